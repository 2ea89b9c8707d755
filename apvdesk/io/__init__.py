"""Importers and exporters (CSV, XLSX, ICS): data in, data out. Filled by later issues."""

"""Printable reports: the PDF action plan and the charts, built from core objects."""

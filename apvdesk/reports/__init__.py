"""Printable reports and charts, built from core objects: every report returns its PDF as bytes."""

"""What the user reads: translations, the names of the domain's values, dates and placeholders.

Shared by the UI, the command line, the reports and the importers; imports only the
domain (core) and the platform, never the store.
"""

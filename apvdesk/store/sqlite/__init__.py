"""The file-only parts of the store: the SQLite workplace file, its checks, lock, backups and rescue.

The shared ORM code in :mod:`apvdesk.store` calls these through hooks; the UI and the
command line import them only where a file is opened or rescued.
"""

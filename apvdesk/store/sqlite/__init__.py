"""The file-only parts of the store: the SQLite workplace file, its checks, lock, backups and rescue.

:mod:`~apvdesk.store.sqlite.backend` fills the hooks of
:class:`apvdesk.store.backend.StoreBackend` that the shared ORM code calls; the rest is
the file itself: its header and pragmas (``sqlite_file``), the checks before it is
opened (``file_checks``, ``content_check``), opening, creating and upgrading it
(``database``), noticing it replaced (``file_identity``), its lock (``lock``,
``lock_record``) and the kiosk gate (``kiosk_gate``), its backups (``backup_making``,
``backups``, ``file_replacement``), its rescue (``rescue`` and ``rescue_*``,
``content_repair``), the plain-SQL reads (``plain_reads``, ``answer_reads``) and the
opening at start-up before SQLAlchemy is loaded (``deferred_store``).

The UI and the command line import this room only where a file is opened, created or
rescued, and then only its front door :mod:`apvdesk.store.sqlite.files`.
"""

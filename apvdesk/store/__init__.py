"""The store: the workplace as the UI and the command line ask for it, and the SQLite file it lives in.

Shared by every database (the ORM code):

- :mod:`~apvdesk.store.service`: :class:`WorkplaceService`, the declared interface of an
  open workplace; :mod:`~apvdesk.store.refusals` what it refuses, and
  :mod:`~apvdesk.store.errors` the errors about the file a user can act on;
- :mod:`~apvdesk.store.workplace_store`: :class:`WorkplaceStore`, which implements it in
  SQLAlchemy 2 with the mixins ``round_methods``, ``answer_methods``, ``release_methods``,
  ``plan_methods``, ``dialogue_methods`` and ``absence_methods``;
  :mod:`~apvdesk.store.service_proxy` passes a stand-in's requests on to it;
- :mod:`~apvdesk.store.backend`: :class:`StoreBackend`, the hooks through which the ORM
  code reaches the database it works on, and nothing else of it;
- the schema: ``models`` (typed models), ``convert`` (rows to domain objects and back),
  ``migrate`` and ``migrations/`` (Alembic from code), ``expected_schema`` (the schema
  without SQLAlchemy), ``content_rules`` and ``content_fault`` (what a value must be,
  and what is wrong with one);
- who holds a workplace open: ``lock_owner`` and ``this_pc``.

The file-only parts are the room :mod:`apvdesk.store.sqlite`: the SQLite backend, the
file's checks, lock, backups, rescue and the deferred opening at start-up. Above the
store, only the modules that open, create or rescue a file import it, through its front
door :mod:`apvdesk.store.sqlite.files`.
"""

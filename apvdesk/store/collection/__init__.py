"""Collection files: answers collected on another PC, merged into the workplace file later.

Design (issue 18, part 2). A workplace file keeps an answer sheet as a random 62-bit id,
its group and one row per answered item (``respondent``, ``answer`` WITHOUT ROWID); the
language is only counted per round (``round_language``); there is no date or time, and
the file is rebuilt after writes so that no page keeps the order of storing
(:mod:`apvdesk.store.answer_methods`). The kiosk, the paper-form grid and the import all
go through ``add_responses``.

A collection file (``.apvcollect``) is a separate small SQLite schema written with the
``sqlite3`` module (choice (a)), not a stripped copy of the workplace schema: what it may
hold is then a short list written in one place, the acceptance test can check that list
table by table, and nothing the workplace schema grows later (plan, results, names) can
slip in by a migration. It is marked with its own SQLite application id (``APVC``) and
its format number in the user version, so a workplace, a foreign or a newer file is told
apart from it and refused untouched. It holds exactly:

- ``collection`` (one row): a random collection id; the workplace's random key
  (``workplace_key`` in the workplace file, made on the first collection) and the round's
  id, so that a collection is merged only into the round it was made from; the round's
  bank snapshot (the questionnaire as the round asks it), the languages offered, the
  anonymity threshold respondents are told, and the kiosk PIN's salted hash;
- ``collection_group``: the groups of the round (id and name) — a place for the site's
  groups only, when sites come (``--site``);
- ``respondent`` / ``answer``: the sheets, by the workplace's rules: a random id and the
  group, one row per answered item, WITHOUT ROWID, in the order of the random ids, and
  the file rebuilt (VACUUM) after every write;
- ``language_count``: how many sheets were given in each language (never per sheet).

No results, no plan, no workplace name, no names of people, no dates.

Merging (:func:`~apvdesk.store.collection.merging.merge_collection`) checks the whole
collection against the round's snapshot and groups, then adds the sheets not merged
before in one transaction of the workplace store: all or nothing, and each sheet exactly
once. A merged sheet keeps its random id from the collection file, so a sheet already in
the workplace file is never added again, and sheets collected after a merge come in at
the next. The workplace keeps a hash of the collection's id and, sealed with the id, how
many sheets were merged in each language (the new sheets' languages are the file's counts
less those), see :mod:`apvdesk.store.collection.sealing`. Afterwards the answers can be wiped from the
collection file (deleted with ``secure_delete`` on, then VACUUM; the collection gets a
new id, so what is collected in it afterwards counts as a new collection).
"""

"""The command line of collection files: ``collect`` writes one, ``merge`` adds its answers back.

``apvdesk collect FILE -o SITE.apvcollect [--round ID] [--site NAME]`` writes a collection
file for a round (its questionnaire, its groups and the kiosk PIN's hash; see
:mod:`apvdesk.store.collection`), to take to another PC. With ``--site`` it holds only the
groups of that site and those of the workplace as a whole (no site: they work everywhere).
``apvdesk merge FILE SITE.apvcollect`` adds the answers collected in it to the round,
exactly once, all or nothing; with ``--wipe`` the answers are then deleted from the
collection file.
``apvdesk import SITE.apvcollect DATA`` adds typed-in answers to a collection
file (:func:`import_into_collection`). Refusals print one line and exit with 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from apvdesk.cli.common import (
    EXIT_OK,
    check_output,
    choose_round,
    choose_site,
    inspect_workplace,
    open_to_write,
    use_language,
)


class CollectionCommandTexts:
    """The sentences of ``collect`` and ``merge``, collected by lupdate under this class's name."""

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CollectionCommandTexts", text)

    def fill(self, text: str, *values: object) -> str:
        from apvdesk.wording.i18n import fill

        return fill(text, *values)

    def collected(self, path: Path, title: str, groups: int) -> str:
        return self.fill(
            self.tr(
                "A collection file for the round “%2” was saved as %1, with its questionnaire and "
                "%3 groups. Take it to the other PC; the answers collected there are added with "
                "apvdesk merge."
            ),
            path,
            title,
            groups,
        )

    def collected_for_site(self, path: Path, title: str, groups: int, site: str) -> str:
        return self.fill(
            self.tr(
                "A collection file for the round “%2” at the site “%4” was saved as %1, with its "
                "questionnaire and %3 groups. Take it to the other PC; the answers collected there "
                "are added with apvdesk merge."
            ),
            path,
            title,
            groups,
            site,
        )

    def wiped(self, path: Path) -> str:
        return self.fill(self.tr("The answers in %1 were deleted from it."), path)

    def imported(self, count: int, data: Path, path: Path) -> str:
        return self.fill(
            self.tr("Added %1 answer sheets from %2 to the collection file %3."), count, data, path
        )


TEXTS = CollectionCommandTexts()


def cmd_collect(args: argparse.Namespace) -> int:
    """Write a collection file for a round of the workplace file."""
    from apvdesk.store.collection.merging import collect, groups_at_site

    source: Path = args.file
    out: Path = args.output
    inspect_workplace(source)
    check_output(out, source)
    store = open_to_write(source)  # the workplace's key is made on the first collection
    try:
        round_id = choose_round(store, source, args.round)
        site = choose_site(store, source, args.site)
        site_id, site_name = (site.id, site.name) if site is not None else (None, "")
        title = store.round(round_id).title
        groups = len(groups_at_site(store.round_groups(round_id), site_id))
        collect(store, round_id, out, site_id)
    finally:
        store.close()
    use_language()
    if site_id is None:
        print(TEXTS.collected(out, title, groups))
    else:
        print(TEXTS.collected_for_site(out, title, groups, site_name))
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Add the answers of a collection file to its round, exactly once."""
    from contextlib import nullcontext

    from apvdesk.app.collection_messages import CollectionMessages
    from apvdesk.store.collection.file import check_collection, holding, wipe_answers
    from apvdesk.store.collection.merging import merge_collection

    source: Path = args.file
    collection: Path = args.collection
    inspect_workplace(source)
    check_collection(collection)  # a foreign, damaged or newer file is refused before the lock
    # --wipe: the collection's lock from before the merge, so no sheet comes in between and is wiped
    with holding(collection) if args.wipe else nullcontext():
        store = open_to_write(source)
        try:
            outcome = merge_collection(store, collection)
            title = store.round(outcome.round_id).title if outcome.round_id is not None else ""
        finally:
            store.close()
        if args.wipe:  # only once its answers are in the workplace file
            wipe_answers(collection)
    use_language()
    print(CollectionMessages().merged(outcome.added, outcome.already, collection, title))
    if args.wipe:
        print(TEXTS.wiped(collection))
    return EXIT_OK


def import_into_collection(args: argparse.Namespace) -> int:
    """``apvdesk import SITE.apvcollect DATA``: check every row of DATA, then add all of them, or none."""
    import datetime as dt

    from apvdesk.core.bank import load_bank_snapshot
    from apvdesk.io.answers_import import read_answers
    from apvdesk.store.collection.file import add_sheets, read_header
    from apvdesk.store.errors import FileMissing

    path: Path = args.file
    data: Path = args.data
    header = read_header(path)
    if not data.exists():
        raise FileMissing(data)
    bank = load_bank_snapshot(header.bank_snapshot, "collection")
    result = read_answers(data, bank, list(header.groups), dt.date.today())
    use_language()
    if not result.ok:
        from apvdesk.cli.common import report_refused_import

        return report_refused_import(data, result)
    added = add_sheets(path, result.responses, bank)
    print(TEXTS.imported(added, data, path))
    return EXIT_OK


def add_collection_commands(commands: Any) -> None:
    """Add ``collect FILE -o OUT [--round ID] [--site NAME]`` and ``merge FILE COLLECTION``."""
    collect = commands.add_parser(
        "collect",
        help="write a collection file to gather answers on another PC",
        description=(
            "Write a collection file for a round (the latest unless --round is given): its "
            "questionnaire, its groups and the kiosk PIN's hash, nothing else. Answers collected "
            "in it on another PC are added back with 'apvdesk merge'."
        ),
    )
    collect.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    collect.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the collection file"
    )
    collect.add_argument("--round", type=int, metavar="ID", help="the round (default: the latest)")
    collect.add_argument(
        "--site",
        metavar="NAME",
        help=(
            "only the groups that work at this site, and the groups that belong to no site "
            "(the workplace as a whole: they work everywhere)"
        ),
    )
    collect.set_defaults(run=cmd_collect)

    merge = commands.add_parser(
        "merge",
        help="add the answers collected in a collection file",
        description=(
            "Add the answers of a collection file to the round it was made for, all or none, "
            "each answer sheet only once: the sheets merged before are not added again, those "
            "collected since are. A collection from another workplace file or round is refused "
            "(exit status 2)."
        ),
    )
    merge.add_argument("file", type=Path, metavar="FILE", help="the workplace file")
    merge.add_argument("collection", type=Path, metavar="COLLECTION", help="the collection file")
    merge.add_argument(
        "--wipe",
        action="store_true",
        help="then delete the answers from the collection file (overwritten, not only unlisted)",
    )
    merge.set_defaults(run=cmd_merge)

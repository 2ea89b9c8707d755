"""The command line of the mapping: the import template and the import of typed-in answers.

The paper questionnaire is printed by ``apvdesk report questionnaire`` (:mod:`apvdesk.cli.reports`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from apvdesk.cli.common import (
    EXIT_OK,
    TEXTS,
    CommandError,
    check_output,
    choose_round,
    inspect_workplace,
    open_read_only,
    open_to_write,
    report_refused_import,
    saved_language,
    use_language,
    write_output,
)


def cmd_template(args: argparse.Namespace) -> int:
    """Write an empty import file (CSV or XLSX) for a round's questions and groups."""
    source: Path = args.file
    out: Path = args.output
    lang: str = args.legend_lang or saved_language()
    inspect_workplace(source)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(TEXTS.bad_template_name, out)
    check_output(out, source)

    store = open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round)
        bank, groups = store.round_bank(round_id), store.round_groups(round_id)
    finally:
        store.close()
    if lang not in bank.languages:
        raise CommandError(TEXTS.bank_lacks_language, lang, bank.languages)

    from apvdesk.io.template import write_template

    write_output(out, lambda: write_template(out, bank, groups, lang))
    use_language()
    print(TEXTS.template_written(out, len(bank.items)))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Check every row of a CSV or XLSX file, then add all its respondents, or none."""
    import datetime as dt

    from apvdesk.io.answers_import import read_answers
    from apvdesk.store.errors import FileMissing

    source: Path = args.file
    data: Path = args.data
    from apvdesk.store.collection.file import is_collection_file

    if is_collection_file(source):
        from apvdesk.cli.collection import import_into_collection

        return import_into_collection(args)
    inspect_workplace(source)
    if not data.exists():
        raise FileMissing(data)

    # read and check with the file opened read-only: a refused import leaves it untouched
    store = open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round)
        apv_round = store.round(round_id)
        bank, groups = store.round_bank(round_id), store.round_groups(round_id)
    finally:
        store.close()
    result = read_answers(data, bank, groups, dt.date.today())
    use_language()
    if not result.ok:
        return report_refused_import(data, result)

    store = open_to_write(source)  # a lock left by a crash is taken over, with one line on stderr
    try:
        added = store.add_responses(round_id, result.responses)
    finally:
        store.close()
    print(TEXTS.imported(added, data, apv_round.title))
    return EXIT_OK

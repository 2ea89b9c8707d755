"""The command line of the mapping: the paper questionnaire, the import template, the import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from apvdesk.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    TEXTS,
    CommandError,
    check_output,
    choose_round,
    message_language,
    saved_language,
    use_language,
    write_output,
)


def cmd_questionnaire(args: argparse.Namespace) -> int:
    """Write the paper questionnaire of a round (the latest unless ``--round``) as a PDF."""
    from apvdesk.store.sqlite.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.form_lang or saved_language()
    inspect_file(source)
    check_output(out, source)

    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
    try:
        form = store.questionnaire_form(choose_round(store, source, args.round))
    finally:
        store.close()
    if lang not in form.bank.languages:
        raise CommandError(TEXTS.bank_lacks_language, lang, form.bank.languages)

    from apvdesk.reports.questionnaire import write_questionnaire_pdf

    write_output(out, lambda: write_questionnaire_pdf(form, out, lang))
    use_language(message_language(lang))
    print(TEXTS.questionnaire_written(out))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    """Write an empty import file (CSV or XLSX) for a round's questions and groups."""
    from apvdesk.store.sqlite.database import inspect_file

    source: Path = args.file
    out: Path = args.output
    lang: str = args.legend_lang or saved_language()
    inspect_file(source)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandError(TEXTS.bad_template_name, out)
    check_output(out, source)

    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(source)
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
    from apvdesk.store.sqlite.database import inspect_file
    from apvdesk.store.sqlite.lock import LockOwner
    from apvdesk.store.workplace_store import WorkplaceStore

    source: Path = args.file
    data: Path = args.data
    inspect_file(source)
    if not data.exists():
        raise FileMissing(data)

    # read and check with the file opened read-only: a refused import leaves it untouched
    store = WorkplaceStore.open_read_only(source)
    try:
        round_id = choose_round(store, source, args.round)
        apv_round = store.round(round_id)
        bank, groups = store.round_bank(round_id), store.round_groups(round_id)
    finally:
        store.close()
    result = read_answers(data, bank, groups, dt.date.today())
    use_language()
    if not result.ok:
        from apvdesk.io.import_messages import ImportMessages

        lines = ImportMessages().lines(result)
        if len(lines) == 1:
            print(f"apvdesk: {TEXTS.nothing_imported_because(lines[0])}", file=sys.stderr)
        else:
            print(f"apvdesk: {TEXTS.nothing_imported(data, result.problem_count)}", file=sys.stderr)
            for line in lines:
                print(f"  {line}", file=sys.stderr)
        return EXIT_USER_ERROR

    from apvdesk.app.lock_notice import takeover_notice

    def taken_over(owner: LockOwner) -> None:  # a crash left the file locked: say so in one line
        print(f"apvdesk: {takeover_notice(source, owner)}", file=sys.stderr)

    store = WorkplaceStore.open(source, on_takeover=taken_over)
    try:
        added = store.add_responses(round_id, result.responses)
    finally:
        store.close()
    print(TEXTS.imported(added, data, apv_round.title))
    return EXIT_OK

"""Reading a round's answers for its results: one plain query, one string per respondent.

A round may hold 5,000 × 56 answers. Rather than one Python row per answer, SQLite joins
each respondent's answers into two strings: the item ids and the answer codes (see
:class:`~apvdesk.core.scoring.AnswerSheets`), in the same order. Respondents who left the
same items blank share one layout, so the place of each item is worked out once per
layout, and each respondent's codes are put into the bank's item order in one C-level
call.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from itertools import groupby, repeat
from operator import itemgetter

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Response
from apvdesk.core.scoring import BLANK_CODE, DONT_KNOW_CODE, MAX_CODED_OPTION, AnswerSheets, answer_code

# Separates the item ids of one respondent. An id holding it is noticed (more ids than
# codes) and the answers are then read one row each.
_SEPARATOR = ","


def _code_sql(options: int) -> str:
    """Return the SQL of an answer's code, for option indexes below ``options``.

    Literal codes compare and copy far faster in SQLite than ``char()``; an option index
    outside every option set of the bank scores and counts as a blank, so it is coded so.
    A respondent without answers has one row of NULLs from the outer join: no code.
    """
    options = min(options, MAX_CODED_OPTION + 1)
    for code in (BLANK_CODE, DONT_KNOW_CODE, _SEPARATOR):
        assert "'" not in code
    whens = " ".join(f"WHEN {option} THEN '{answer_code(option)}'" for option in range(options))
    return (
        f"CASE a.option {whens} ELSE CASE WHEN a.option IS NOT NULL THEN '{BLANK_CODE}' "
        f"WHEN a.item_id IS NOT NULL THEN '{DONT_KNOW_CODE}' END END"
    )


def _sheets_sql(options: int) -> str:
    """Return the query of every respondent of a round, in the order of their ids.

    A row: the group id, the item ids answered and their answer codes in the same order;
    a respondent without answers has NULL for both.
    """
    return (
        f"SELECT r.group_id, group_concat(a.item_id, '{_SEPARATOR}'), group_concat({_code_sql(options)}, '') "
        "FROM respondent AS r LEFT JOIN answer AS a ON a.respondent_id = r.id "
        "WHERE r.round_id = ? GROUP BY r.id ORDER BY r.id"
    )


# The same answers one row each, for the rare file whose item ids hold the separator.
_ROWS_SQL = """
SELECT r.id, r.group_id, a.item_id, a.option
FROM respondent AS r LEFT JOIN answer AS a ON a.respondent_id = r.id
WHERE r.round_id = ?
ORDER BY r.id
"""


def _arranger(layout: str, columns: Sequence[str]) -> tuple[int, Callable[[str], str]]:
    """Return (answers in ``layout``, a function putting such codes into ``columns``' order).

    ``layout`` is a respondent's item ids joined by the separator. Items of ``columns``
    missing from it come out blank; answers to other items are left out.
    """
    item_ids = layout.split(_SEPARATOR)
    answered = len(item_ids)
    place = dict(zip(item_ids, range(answered), strict=True))
    order = list(map(place.get, columns, repeat(answered)))  # index `answered`: the blank
    if order == list(range(len(columns))) and answered == len(columns):
        return answered, str  # already in the columns' order
    if not order:
        return answered, lambda codes: ""
    pick = itemgetter(*order)
    if len(order) == 1:
        return answered, lambda codes: pick(codes + BLANK_CODE)
    return answered, lambda codes: "".join(pick(codes + BLANK_CODE))


def read_answer_sheets(connection: sqlite3.Connection, round_id: int, bank: QuestionBank) -> AnswerSheets:
    """Return the answers of every respondent of a round to the bank's items, in the order of their ids."""
    columns = tuple(item.id for item in bank.items)
    options = max((len(bank.option_set(item).points) for item in bank.items), default=0)
    nothing = BLANK_CODE * len(columns)
    arrangers: dict[str, tuple[int, Callable[[str], str]]] = {}
    group_ids: list[int] = []
    sheets: list[str] = []
    for group_id, layout, codes in connection.execute(_sheets_sql(options), (round_id,)):
        group_ids.append(group_id)
        if layout is None:
            sheets.append(nothing)
            continue
        arranger = arrangers.get(layout)
        if arranger is None:
            arranger = arrangers[layout] = _arranger(layout, columns)
        answered, arrange = arranger
        if len(codes) != answered:  # an item id holds the separator
            return _read_row_by_row(connection, round_id, columns)
        sheets.append(arrange(codes))
    return AnswerSheets(columns, group_ids, sheets)


def _read_row_by_row(connection: sqlite3.Connection, round_id: int, columns: tuple[str, ...]) -> AnswerSheets:
    """Return what :func:`read_answer_sheets` does, reading one row per answer."""
    group_ids: list[int] = []
    sheets: list[str] = []
    for (_, group_id), rows in groupby(connection.execute(_ROWS_SQL, (round_id,)), itemgetter(0, 1)):
        answers = {item_id: option for _, _, item_id, option in rows if item_id is not None}
        group_ids.append(group_id)
        sheets.append(
            "".join(
                answer_code(answers[item_id]) if item_id in answers else BLANK_CODE for item_id in columns
            )
        )
    return AnswerSheets(columns, group_ids, sheets)


def read_responses(connection: sqlite3.Connection, round_id: int) -> list[Response]:
    """Return every answer sheet of a round (its group and answers), in the order of their random ids."""
    people: dict[int, Response] = {}
    for respondent_id, group_id, item_id, option in connection.execute(_ROWS_SQL, (round_id,)):
        person = people.get(respondent_id)
        if person is None:
            person = people[respondent_id] = Response(group_id, answers={}, id=respondent_id)
        if item_id is not None:
            person.answers[item_id] = option
    return list(people.values())

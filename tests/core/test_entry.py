"""Typing in paper forms: digits per cell, refusals, and the typed form as a Response."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.entry import (
    DONT_KNOW,
    GROUP_COLUMN,
    EntrySheet,
    Reading,
    Refusal,
    Typed,
    box_digits,
    entry_columns,
    read_number,
)
from apvdesk.core.model import Group

TODAY = dt.date(2026, 9, 14)


def _item(item_id: str, options: str) -> dict:
    return {"id": item_id, "options": options, "text": {"da": f"{item_id} da", "en": f"{item_id} en"}}


def small_bank() -> QuestionBank:
    """Two scales: one with a five-option set, one with a four-option set."""
    labels5 = ["a", "b", "c", "d", "e"]
    return parse_bank(
        {
            "bank": {"id": "t", "version": "1", "languages": ["da", "en"]},
            "option_sets": {
                "freq": {
                    "points": [100, 75, 50, 25, 0],
                    "labels": {"da": labels5, "en": labels5},
                    "dont_know": {"da": "Ved ikke", "en": "Don't know"},
                },
                "extent": {
                    "points": [100, 67, 33, 0],
                    "labels": {"da": labels5[:4], "en": labels5[:4]},
                    "dont_know": {"da": "Ved ikke", "en": "Don't know"},
                },
            },
            "themes": [
                {
                    "id": "th",
                    "name": {"da": "Tema", "en": "Theme"},
                    "scales": [
                        {
                            "id": "s1",
                            "name": {"da": "S1", "en": "S1"},
                            "high_is_good": True,
                            "items": [_item("a1", "freq"), _item("a2", "freq")],
                        },
                        {
                            "id": "s2",
                            "name": {"da": "S2", "en": "S2"},
                            "high_is_good": True,
                            "items": [_item("b1", "extent"), _item("b2", "extent")],
                        },
                    ],
                }
            ],
        },
        "test",
    )


@pytest.fixture
def sheet() -> EntrySheet:
    return EntrySheet(small_bank(), [Group("Vask", id=11), Group("Butik", id=12), Group("Kørsel", id=13)])


@pytest.mark.parametrize(
    ("typed", "lowest", "highest", "expected"),
    [
        ("3", 0, 5, Typed(Reading.COMPLETE, 3)),
        ("0", 0, 5, Typed(Reading.COMPLETE, 0)),
        ("5", 0, 5, Typed(Reading.COMPLETE, 5)),
        ("6", 0, 5, Typed(Reading.INVALID)),
        ("0", 1, 4, Typed(Reading.INVALID)),
        ("x", 0, 5, Typed(Reading.INVALID)),
        ("", 0, 5, Typed(Reading.INVALID)),
        ("²", 0, 5, Typed(Reading.INVALID)),
        ("-1", 0, 5, Typed(Reading.INVALID)),
        ("1", 1, 12, Typed(Reading.PENDING, 1)),
        ("12", 1, 12, Typed(Reading.COMPLETE, 12)),
        ("13", 1, 12, Typed(Reading.INVALID)),
        ("2", 1, 12, Typed(Reading.COMPLETE, 2)),
        ("01", 0, 12, Typed(Reading.INVALID)),
        ("9", 1, 9, Typed(Reading.COMPLETE, 9)),
    ],
)
def test_read_number(typed: str, lowest: int, highest: int, expected: Typed) -> None:
    assert read_number(typed, lowest, highest) == expected


def test_columns_are_numbered_as_on_paper_with_their_option_count() -> None:
    columns = entry_columns(small_bank())
    assert [(c.number, c.item.id, c.option_count) for c in columns] == [
        (1, "a1", 5),
        (2, "a2", 5),
        (3, "b1", 4),
        (4, "b2", 4),
    ]


def test_reading_refuses_with_the_reason(sheet: EntrySheet) -> None:
    assert sheet.read(1, "5") == (Typed(Reading.COMPLETE, 5), None)
    assert sheet.read(3, "5") == (Typed(Reading.INVALID), Refusal.NO_SUCH_OPTION)
    assert sheet.read(3, "a") == (Typed(Reading.INVALID), Refusal.NOT_A_DIGIT)
    assert sheet.read(GROUP_COLUMN, "4") == (Typed(Reading.INVALID), Refusal.NO_SUCH_GROUP)
    assert sheet.read(GROUP_COLUMN, "0") == (Typed(Reading.INVALID), Refusal.NO_SUCH_GROUP)
    assert sheet.read(GROUP_COLUMN, "3") == (Typed(Reading.COMPLETE, 3), None)


def test_a_typed_form_becomes_a_response(sheet: EntrySheet) -> None:
    assert sheet.set_number(0, GROUP_COLUMN, 2) is None
    assert sheet.set_number(0, 1, 1) is None  # first printed option
    assert sheet.set_number(0, 2, 0) is None  # don't know
    assert sheet.set_number(0, 3, 4) is None  # last of four options
    # column 4 left blank
    assert [sheet.typed_number(0, c) for c in range(5)] == [2, 1, 0, 4, None]
    assert sheet.save_problem(0) is None
    response = sheet.response(0, "pl", TODAY)
    assert (response.group_id, response.language, response.answered_on) == (12, "pl", TODAY)
    assert response.answers == {"a1": 0, "a2": None, "b1": 3}


def test_numbers_out_of_range_are_refused_and_the_value_kept(sheet: EntrySheet) -> None:
    sheet.set_number(0, 3, 2)
    assert sheet.set_number(0, 3, 5) is Refusal.NO_SUCH_OPTION
    assert sheet.set_number(0, GROUP_COLUMN, 4) is Refusal.NO_SUCH_GROUP
    assert sheet.typed_number(0, 3) == 2
    assert sheet.rows[0].group is None


def test_clearing_a_cell_leaves_the_question_unanswered(sheet: EntrySheet) -> None:
    sheet.set_number(0, GROUP_COLUMN, 1)
    sheet.set_number(0, 1, 3)
    sheet.clear(0, 1)
    sheet.clear(0, GROUP_COLUMN)
    assert sheet.rows[0].is_empty()


def test_a_form_needs_a_group_and_an_answer_to_be_saved(sheet: EntrySheet) -> None:
    assert sheet.save_problem(0) is Refusal.NO_GROUP
    sheet.set_number(0, 1, 3)
    assert sheet.save_problem(0) is Refusal.NO_GROUP
    with pytest.raises(ValueError):
        sheet.response(0, "da", TODAY)
    sheet.clear(0, 1)
    sheet.set_number(0, GROUP_COLUMN, 1)
    assert sheet.save_problem(0) is Refusal.NO_ANSWERS
    sheet.set_number(0, 4, 0)
    assert sheet.save_problem(0) is None


def test_saved_forms_can_be_corrected_and_an_empty_form_follows(sheet: EntrySheet) -> None:
    assert sheet.ensure_empty_last_row() is False
    sheet.set_number(0, GROUP_COLUMN, 3)
    sheet.set_number(0, 1, 2)
    assert sheet.unsaved_rows() == [0]
    assert sheet.mark_saved(0, 77, "da") is True
    assert len(sheet.rows) == 2 and sheet.rows[1].is_empty()
    assert sheet.saved_count == 1
    assert sheet.unsaved_rows() == []
    assert sheet.save_problem(0) is Refusal.FORM_SAVED  # nothing new to save
    assert sheet.set_number(0, 1, 2) is None  # the same answer again: still saved
    assert sheet.rows[0].saved
    assert sheet.set_number(0, 1, 1) is None  # a correction: waits to be saved again
    assert not sheet.rows[0].saved and sheet.unsaved_rows() == [0]
    assert sheet.save_problem(0) is None
    assert sheet.response(0, "da", TODAY).id == 77  # it replaces the sheet it was
    sheet.mark_saved(0)
    assert sheet.rows[0].saved and sheet.rows[0].sheet_id == 77 and sheet.rows[0].language == "da"
    assert sheet.clear(0, 1) is None and sheet.unanswered(0) == len(sheet.columns)
    sheet.remove(0)
    assert len(sheet.rows) == 1 and sheet.rows[0].is_empty() and sheet.saved_count == 0


def test_the_paper_digits_are_the_ones_the_grid_takes() -> None:
    assert box_digits(5, False) == ([1, 2, 3, 4, 5], DONT_KNOW, None)
    # "does not apply to me" is stored as "don't know", so it is typed with its digit
    assert box_digits(4, True) == ([1, 2, 3, 4], 0, 0)
    grid = EntrySheet(small_bank(), [Group("A", id=1)])
    assert grid.read(1, "0")[0].value == DONT_KNOW


def test_a_group_not_saved_in_the_file_cannot_be_used() -> None:
    sheet = EntrySheet(small_bank(), [Group("Ny")])
    sheet.set_number(0, GROUP_COLUMN, 1)
    sheet.set_number(0, 1, 1)
    with pytest.raises(ValueError):
        sheet.response(0, "da", TODAY)

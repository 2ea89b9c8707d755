"""The action plan exported as an Excel workbook and as calendar events (.ics)."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from icalendar import Calendar, Event
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.io.plan_calendar import plan_calendar, shorten, write_plan_calendar
from apvdesk.io.plan_workbook import build_plan_workbook, write_plan_workbook
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import fill

PRINTED = dt.date(2026, 10, 20)
STAMP = dt.datetime(2026, 10, 20, 12, 0, tzinfo=dt.UTC)
LONG_HOW = (
    "Fast afløser på weekendholdet, så ingen står alene med vaskeriet om lørdagen "
    "og søndagen – zastępca dla zmiany"
)
ROUND_ID = 7


def make_plan() -> ActionPlan:
    """A plan of three problems and six actions covering every case the exports handle."""
    groups = [Group("Vask og tørring", 16, 1), Group("Chauffører", 6, 2)]
    support = Problem(
        ROUND_ID,
        "support_manager",
        "Lederen er svær at få fat i om aftenen",
        Seriousness.HIGH,
        extent="Aftenholdet, 8 personer",
        causes="Lederen går kl. 16",
        priority=1,
        group_ids=[1, 2],
        id=11,
    )
    demands = Problem(
        ROUND_ID,
        "demands_quantitative",
        "=Travlt før jul",  # a text that looks like a formula must stay a text
        Seriousness.MEDIUM,
        extent="Alle i december",
        causes="Flere ordrer",
        priority=2,
        id=12,
    )
    solved = Problem(
        ROUND_ID, "trust", "Opslag om vagtplan manglede", Seriousness.LOW, solved_at_once=True, id=13
    )
    actions_support = [
        Action(  # done, with effect: deadline and follow-up events, no alarm
            how="Fast telefontid for aftenholdet",
            responsible="Karin Holm",
            start=dt.date(2026, 9, 1),
            deadline=dt.date(2026, 9, 30),
            status=ActionStatus.DONE,
            follow_up_date=dt.date(2026, 12, 1),
            follow_up_method="Spørg på personalemødet",
            effect=Effect.WORKED,
            effect_note="Alle ved nu, hvornår de kan ringe",
            effect_date=dt.date(2026, 10, 15),
            id=101,
        ),
        Action(  # overdue: open and its deadline lies before the plan's date
            how=LONG_HOW,
            responsible="Åse Øberg",
            deadline=dt.date(2026, 10, 1),
            status=ActionStatus.IN_PROGRESS,
            id=102,
        ),
        Action(  # cancelled: no events even though it has dates
            how="Aflyst tiltag",
            deadline=dt.date(2026, 11, 1),
            follow_up_date=dt.date(2027, 1, 1),
            status=ActionStatus.CANCELLED,
            id=103,
        ),
    ]
    actions_demands = [
        Action(how="Ekstra hænder i december", responsible="Jens", deadline=dt.date(2026, 12, 1), id=104),
        Action(how="Tal om prioriteringer", id=105),  # no dates: no events
        Action(how="Ny vagtplan", follow_up_date=dt.date(2027, 2, 1), id=106),  # follow-up only
    ]
    approvals = [
        Approval(ROUND_ID, "Karin Holm", ApproverRole.EMPLOYER, dt.date(2026, 9, 2), plan_revision=3),
        Approval(ROUND_ID, "Tomasz Wiśniewski", ApproverRole.EMPLOYEE_REPRESENTATIVE, dt.date(2026, 9, 3), 2),
    ]
    return ActionPlan(
        workplace=Workplace("Ærø Vask & Renseri", cvr="12345678"),
        round=Round("APV 2026", dt.date(2026, 8, 1), id=ROUND_ID),
        groups=groups,
        problems=[(support, actions_support), (demands, actions_demands), (solved, [])],
        approvals=approvals,
        bank=shipped_bank(),
        printed_on=PRINTED,
        plan_revision=3,
        plan_changed_on=dt.date(2026, 9, 1),  # revision 3 began then; Karin approved it after
    )


def read_workbook(plan: ActionPlan, lang: str = "en") -> Workbook:
    return load_workbook(io.BytesIO(build_plan_workbook(plan, lang)))


def values(workbook: Workbook, sheet: str) -> list[tuple]:
    return list(workbook[sheet].iter_rows(values_only=True))


def as_date(value: object) -> dt.date | None:
    """openpyxl reads date cells back as datetimes at midnight."""
    return value.date() if isinstance(value, dt.datetime) else None


# --- the workbook ------------------------------------------------------------------------


def test_sheets_are_named_and_have_frozen_filtered_headers() -> None:
    workbook = read_workbook(make_plan())
    assert workbook.sheetnames == ["Problems", "Actions", "Approval"]
    for name, columns, rows in (("Problems", "K", 3), ("Actions", "N", 6)):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{columns}{rows + 1}"
        assert sheet.max_row == rows + 1
        header = sheet[1]
        assert all(cell.font.bold and cell.fill.fgColor.rgb.endswith("1D3F66") for cell in header)
        assert all(sheet.column_dimensions[cell.column_letter].width >= 6 for cell in header)
    assert workbook.properties.title == "Action plan – Ærø Vask & Renseri"
    assert workbook.properties.creator == "Ærø Vask & Renseri"


def test_problems_sheet_holds_every_problem_in_plan_order() -> None:
    rows = values(read_workbook(make_plan()), "Problems")
    assert rows[0] == (
        "No.",
        "Priority",
        "Theme",
        "Scale",
        "Kind",
        "Seriousness",
        "Extent",
        "Causes",
        "Groups",
        "Solved at once",
        "Number of actions",
    )
    bank = shipped_bank()
    assert rows[1] == (
        1,
        1,
        bank.theme_of("support_manager").name["en"],
        bank.scale("support_manager").name["en"],
        "Lederen er svær at få fat i om aftenen",
        "High",
        "Aftenholdet, 8 personer",
        "Lederen går kl. 16",
        "Vask og tørring, Chauffører",
        "No",
        3,
    )
    assert rows[2][4] == "=Travlt før jul" and rows[2][10] == 3
    assert rows[2][8] == "The whole workplace (all groups)"  # no group ticked
    assert rows[3][0] == 3 and rows[3][5] == "Low" and rows[3][9] == "Yes" and rows[3][10] == 0


def test_a_formula_like_text_stays_text() -> None:
    sheet = read_workbook(make_plan())["Problems"]
    assert sheet["E3"].data_type == "s" and sheet["E3"].value == "=Travlt før jul"


def test_actions_sheet_holds_every_action_with_real_dates() -> None:
    workbook = read_workbook(make_plan())
    sheet = workbook["Actions"]
    rows = values(workbook, "Actions")
    assert rows[0] == (
        "Problem no.",
        "Problem",
        "What is done",
        "Responsible",
        "Start",
        "Deadline",
        "Status",
        "Follow-up date",
        "How the effect is followed up",
        "Effect",
        "Effect note",
        "Effect date",
        "Overdue",
        "History",
    )
    done = rows[1]
    assert done[:4] == (
        1,
        "Lederen er svær at få fat i om aftenen",
        "Fast telefontid for aftenholdet",
        "Karin Holm",
    )
    assert [as_date(done[i]) for i in (4, 5, 7, 11)] == [
        dt.date(2026, 9, 1),
        dt.date(2026, 9, 30),
        dt.date(2026, 12, 1),
        dt.date(2026, 10, 15),
    ]
    assert done[6] == "Done" and done[8] == "Spørg på personalemødet"
    assert done[9:11] == ("Worked", "Alle ved nu, hvornår de kan ringe") and done[12] == "No"
    for column in "EFHL":
        cell = sheet[f"{column}2"]
        assert cell.is_date and cell.number_format == "d mmm yyyy"
    assert sheet["E3"].value is None  # no start date: an empty cell
    assert [row[12] for row in rows[1:]] == ["No", "Yes", "No", "No", "No", "No"]
    assert rows[2][2] == LONG_HOW and rows[2][6] == "In progress"
    assert rows[3][6] == "Cancelled" and rows[4][6] == "Planned" and rows[4][9] is None
    assert [row[0] for row in rows[1:]] == [1, 1, 1, 2, 2, 2]
    assert sheet["C2"].alignment.wrap_text and sheet["M3"].font.bold
    assert sheet.row_dimensions[3].height >= 3 * 15  # the long text wraps over three lines


def test_overdue_depends_on_the_plan_date() -> None:
    plan = make_plan()
    plan.printed_on = dt.date(2026, 12, 2)  # now the planned December action is late too
    rows = values(read_workbook(plan), "Actions")
    assert [row[12] for row in rows[1:]] == ["No", "Yes", "No", "Yes", "No", "No"]


def test_approval_sheet_tells_whether_the_plan_stands_approved() -> None:
    workbook = read_workbook(make_plan())
    rows = values(workbook, "Approval")
    facts = {row[0]: row[1] for row in rows[:8]}
    assert facts["Workplace"] == "Ærø Vask & Renseri" and facts["APV round"] == "APV 2026"
    assert as_date(facts["Printed"]) == PRINTED and as_date(facts["Plan last changed"]) == dt.date(2026, 9, 1)
    assert facts["Approved"] == "No" and facts["Changed since approval"] == "Yes"
    assert "changed on 1 Sep 2026" in facts["Status"]
    assert "employee representative" in facts["Who approves"]
    table = [row[:4] for row in rows if row[0] in ("Name", "Karin Holm", "Tomasz Wiśniewski")]
    assert table[0] == ("Name", "Role", "Date", "Approval is for")
    assert table[1][:2] == ("Karin Holm", "Employer") and table[1][3] == "For the current plan"
    assert table[2][1] == "Employee representative" and table[2][3] == "For an earlier version"
    assert as_date(table[2][2]) == dt.date(2026, 9, 3)
    sheet = workbook["Approval"]
    header_row = next(cell.row for cell in sheet["A"] if cell.value == "Name")
    assert sheet.auto_filter.ref == f"A{header_row}:D{header_row + 2}"
    assert sheet.cell(header_row + 1, 3).number_format == "d mmm yyyy"


def test_an_approved_plan_and_an_empty_plan() -> None:
    plan = make_plan()
    plan.approvals[1].plan_revision = 3
    facts = {row[0]: row[1] for row in values(read_workbook(plan), "Approval")[:8]}
    assert facts["Approved"] == "Yes" and facts["Changed since approval"] == "No"
    assert facts["Status"] == "The action plan is approved as it stands."

    plan.problems, plan.approvals, plan.plan_changed_on = [], [], None
    workbook = read_workbook(plan)
    assert workbook["Problems"].max_row == 1 and workbook["Actions"].auto_filter.ref == "A1:N1"
    texts = [row[0] for row in values(workbook, "Approval")]
    assert "No approvals have been recorded." in texts


def test_danish_workbook_uses_danish_dates_and_labels(qapp) -> None:
    workbook = read_workbook(make_plan(), "da")
    actions = workbook.worksheets[1]
    assert actions.freeze_panes == "A2"
    assert actions["F2"].is_date and actions["F2"].number_format == "dd-mm-yyyy"
    problems = workbook.worksheets[0]
    assert problems["C2"].value == shipped_bank().theme_of("support_manager").name["da"]
    assert problems["F2"].value == "Høj"  # the label catalogue already knows "High"
    assert workbook.properties.creator == "Ærø Vask & Renseri"


def test_no_answers_go_into_the_workbook() -> None:
    workbook = read_workbook(make_plan())
    texts = {str(v) for sheet in workbook.sheetnames for row in values(workbook, sheet) for v in row if v}
    item_ids = {item.id for item in shipped_bank().items}
    assert not texts & item_ids


# --- the calendar ------------------------------------------------------------------------


def events(data: bytes) -> dict[str, Event]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.events}


def test_calendar_header() -> None:
    data = plan_calendar(make_plan(), "en", stamp=STAMP)
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//apvdesk//apvdesk//DA"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN" and str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Action plan – Ærø Vask & Renseri"
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded


def test_one_all_day_event_per_deadline_and_follow_up() -> None:
    found = events(plan_calendar(make_plan(), "en", stamp=STAMP))
    expected = {
        "101-deadline": dt.date(2026, 9, 30),
        "101-follow-up": dt.date(2026, 12, 1),
        "102-deadline": dt.date(2026, 10, 1),
        "104-deadline": dt.date(2026, 12, 1),
        "106-follow-up": dt.date(2027, 2, 1),
    }
    prefix = next(iter(found)).split("-action-")[0]
    assert prefix.startswith("apvdesk-") and prefix.endswith(f"-round-{ROUND_ID}")
    assert set(found) == {f"{prefix}-action-{key}@apvdesk" for key in expected}
    for key, day in expected.items():
        event = found[f"{prefix}-action-{key}@apvdesk"]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and start == day and end == day + dt.timedelta(days=1)
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event.decoded("DTSTAMP") == STAMP


def test_event_texts_and_alarms() -> None:
    found = events(plan_calendar(make_plan(), "en", stamp=STAMP))
    by_key = {uid.split("-action-")[1].removesuffix("@apvdesk"): event for uid, event in found.items()}
    done = by_key["101-deadline"]
    assert str(done["SUMMARY"]) == "Deadline: Fast telefontid for aftenholdet"
    description = str(done["DESCRIPTION"])
    for text in (
        "Problem 1: Lederen er svær at få fat i om aftenen",
        "Responsible: Karin Holm",
        "Status: Done",
        "How the effect is followed up: Spørg på personalemødet",
        "Action plan: Ærø Vask & Renseri, APV 2026",
    ):
        assert text in description.splitlines()
    assert str(by_key["101-follow-up"]["SUMMARY"]) == "Follow-up: Fast telefontid for aftenholdet"
    late = str(by_key["102-deadline"]["SUMMARY"])
    assert (
        late.startswith("Deadline: Fast afløser")
        and late.endswith("…")
        and len(late) <= len("Deadline: ") + 60
    )
    assert LONG_HOW in str(by_key["102-deadline"]["DESCRIPTION"])
    # a reminder a day before the deadline of an open action; none on done ones or follow-ups
    for key in ("102-deadline", "104-deadline"):
        alarms = by_key[key].walk("VALARM")
        assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == dt.timedelta(days=-1)
    for key in ("101-deadline", "101-follow-up", "106-follow-up"):
        assert by_key[key].walk("VALARM") == []


def test_uids_are_stable_and_sequence_rises_across_exports() -> None:
    first = events(plan_calendar(make_plan(), "en", stamp=STAMP))
    later = STAMP + dt.timedelta(days=3)
    second = events(plan_calendar(make_plan(), "da", stamp=later))
    assert set(first) == set(second) and len(first) == 5
    assert all(second[uid].decoded("SEQUENCE") > first[uid].decoded("SEQUENCE") for uid in first)
    other = make_plan()
    other.workplace.name = "Another laundry"
    assert not set(events(plan_calendar(other, "en", stamp=STAMP))) & set(first)


def test_an_unsaved_plan_still_gets_distinct_uids() -> None:
    plan = make_plan()
    for _, actions in plan.problems:
        for action in actions:
            action.id = None
    uids = list(events(plan_calendar(plan, "en", stamp=STAMP)))
    assert len(uids) == len(set(uids)) == 5
    assert any("-problem-1-action-2-deadline@" in uid for uid in uids)


def test_danish_calendar_parses(qapp) -> None:
    found = events(plan_calendar(make_plan(), "da", stamp=STAMP))
    assert len(found) == 5
    descriptions = " ".join(str(event["DESCRIPTION"]) for event in found.values())
    assert "Gennemført" in descriptions  # the label catalogue already knows "Done"


def test_text_helpers() -> None:
    assert shorten("  kort\n tekst ") == "kort tekst"
    assert shorten("a" * 80, 10) == "a" * 9 + "…"
    assert shorten("ord " * 30, 20) == "ord ord ord ord ord…"
    assert fill("%1 – %2", "50%2 rabat", "x") == "50%2 rabat – x"
    assert fill("%1 %3", "a") == "a %3"


# --- writing files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("write", "name", "magic"),
    [(write_plan_workbook, "plan.xlsx", b"PK"), (write_plan_calendar, "plan.ics", b"BEGIN:VCALENDAR")],
)
def test_files_are_written_atomically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write, name: str, magic: bytes
) -> None:
    target = tmp_path / name
    write(make_plan(), target, "en")
    assert target.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [name]

    target.write_bytes(b"old content")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError("the file is open in another program")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write(make_plan(), target, "en")
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_the_actions_sheet_carries_each_action_s_history() -> None:
    from apvdesk.core.action_history import add_note, move_deadline

    plan = make_plan()
    _problem, actions = plan.problems[0]
    noted = add_note(actions[1], "Halvvejs", dt.date(2026, 11, 2))
    actions[1] = move_deadline(noted, dt.date(2027, 1, 15), "Sygdom", dt.date(2026, 11, 3))
    rows = values(read_workbook(plan), "Actions")
    old = format_date(noted.deadline, "en", printed=True)
    assert rows[2][13].splitlines() == [
        "2 Nov 2026: Note: Halvvejs",
        f"3 Nov 2026: Deadline moved from {old} to 15 Jan 2027 (why: Sygdom)",
    ]
    assert rows[1][13] is None  # no history: an empty cell

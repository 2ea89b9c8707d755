"""Save the action plan as a workbook or a calendar, chosen by the file name's ending."""

from __future__ import annotations

from pathlib import Path

from apvdesk.core.model import ActionPlan

EXPORT_SUFFIXES = (".xlsx", ".ics")


def write_plan_export(plan: ActionPlan, path: Path, lang: str) -> None:
    """Write the plan as XLSX (see plan_workbook) or ICS (see plan_calendar).

    Raises:
        ValueError: The name ends in neither ``.xlsx`` nor ``.ics``.
        OSError: The file cannot be written (an existing file is left as it was).

    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from apvdesk.io.plan_workbook import write_plan_workbook

        write_plan_workbook(plan, path, lang)
    elif suffix == ".ics":
        from apvdesk.io.plan_calendar import write_plan_calendar

        write_plan_calendar(plan, path, lang)
    else:
        raise ValueError(f"an export must end in .xlsx or .ics, not {path.suffix!r}")

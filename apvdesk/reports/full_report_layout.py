"""What a section of the full APV report may ask of the report it is laid out in.

:class:`~apvdesk.reports.full_report.FullReportPdf` lays out the document and hands
itself to its sections (:mod:`apvdesk.reports.full_report_findings`,
:mod:`apvdesk.reports.full_report_plan`) as a :class:`FullReportLayout`, so that the
sections share its numbers, dates, names, headings and tables without importing it back.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from reportlab.platypus import Flowable

from apvdesk.core.full_report import FullReport
from apvdesk.reports.blocks import Blocks
from apvdesk.reports.plan_blocks import ActionPlanPdf
from apvdesk.wording.i18n import Translator


class FullReportLayout(Protocol):
    """The report being laid out, as its sections see it."""

    report: FullReport
    lang: str
    translator: Translator
    blocks: Blocks
    plan_pdf: ActionPlanPdf

    def heading(self, text: str) -> list[Flowable]:
        """Return a section heading."""
        ...

    def number(self, value: float, digits: int = 0) -> str:
        """Return a number in the report's language."""
        ...

    def date(self, value: dt.date | None) -> str:
        """Return a date in the report's language, or ""."""
        ...

    def group_name(self, group_id: int | None) -> str:
        """Return a group's name; None is the whole workplace."""
        ...

    def withheld_text(self) -> str:
        """Return the marker of a withheld figure."""
        ...

    def grid(self, header: list[str], rows: list[list], widths: list[float]) -> Flowable:
        """Return a compact data table."""
        ...

    def fact_columns(self, label_width: float) -> list[float]:
        """Return the widths of a key–value table."""
        ...

    def stop_if_asked(self) -> None:
        """Raise ``ReportCancelled`` when the build is to stop."""
        ...

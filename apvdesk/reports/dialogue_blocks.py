"""What the printed agenda and minutes of a dialogue meeting share: their type and the ratings' dots.

A joint rating is printed as a coloured dot and its name, from green ("works well") to
red ("a real problem"); the dot is never the only carrier of the rating. The full report
prints the ratings of its dialogue findings the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from apvdesk.core.dialogue import Rating
from apvdesk.reports.blocks import TypeSizes, markup, paragraph_styles

DIALOGUE_TYPE = TypeSizes(
    title=19,
    title_leading=23,
    subtitle=12,
    subtitle_leading=15,
    heading=12.5,
    heading_leading=15,
    heading_before=5 * mm,
    heading_after=2,
    intro_before=6,
    intro_after=2,
)
FACT_LABEL = 30 * mm  # the label column of the facts under the title

# A colour per rating, from green ("works well") to red ("a real problem").
RATING_COLOURS = {
    Rating.WORKS_WELL: colors.HexColor("#2e7d32"),
    Rating.MOSTLY_WORKS: colors.HexColor("#7cb342"),
    Rating.MIXED: colors.HexColor("#f9a825"),
    Rating.PROBLEM: colors.HexColor("#ef6c00"),
    Rating.REAL_PROBLEM: colors.HexColor("#c62828"),
}
MARKER = "●"


def dialogue_styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles of the agenda and the minutes (compact), with ``scale`` for the ratings."""
    styles = paragraph_styles(DIALOGUE_TYPE)
    styles["scale"] = ParagraphStyle("scale", styles["body"], fontSize=8.5, leading=12)
    return styles


def rating_markup(rating: Rating, text: str) -> str:
    """Return Paragraph markup for a rating: a coloured dot and its name."""
    colour = RATING_COLOURS[rating].hexval()[2:]
    return f'<font color="#{colour}">{MARKER}</font> {markup(text)}'


def rating_scale(translate_label: Callable[[Rating], str], style: ParagraphStyle) -> Paragraph:
    """Return the five ratings in a row, each with its coloured dot."""
    parts = [rating_markup(rating, translate_label(rating)) for rating in Rating]
    return Paragraph("&nbsp;&nbsp;&nbsp;".join(parts), style)

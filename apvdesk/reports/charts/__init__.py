"""The assessment charts as matplotlib figures, for the screen and the PDF alike.

Every builder returns a :class:`matplotlib.figure.Figure` made without pyplot (so no global
state and no GUI backend), 7 inches wide to fit an A4 page. The fonts are matplotlib's
default DejaVu Sans, which has æøå and the Polish, Romanian and Cyrillic letters. Colours
are never the only carrier of meaning: traffic lights also carry a symbol, and the colour
maps keep their order in greyscale.
"""

from apvdesk.reports.charts.answers import answer_distribution
from apvdesk.reports.charts.common import (
    LIGHT_COLOURS,
    LIGHT_SYMBOLS,
    WIDTH,
    ChartNotAvailable,
    figure_png,
    figure_svg,
    scale_name,
)
from apvdesk.reports.charts.profile import theme_profile
from apvdesk.reports.charts.strain import MapPoint, strain_map, strain_points
from apvdesk.reports.charts.support import support_matrix_chart
from apvdesk.reports.charts.texts import ChartTexts
from apvdesk.reports.charts.trend import RoundData, trend_chart

__all__ = [
    "WIDTH",
    "LIGHT_COLOURS",
    "LIGHT_SYMBOLS",
    "ChartNotAvailable",
    "ChartTexts",
    "MapPoint",
    "RoundData",
    "answer_distribution",
    "figure_png",
    "figure_svg",
    "scale_name",
    "strain_map",
    "strain_points",
    "support_matrix_chart",
    "theme_profile",
    "trend_chart",
]

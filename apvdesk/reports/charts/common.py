"""What every chart shares: size, colours, symbols, notes and export to PNG/SVG."""

from __future__ import annotations

import io
import textwrap

import matplotlib
from matplotlib.figure import Figure

from apvdesk.core.bank import Scale
from apvdesk.core.results import Light, RoundResults, ScaleResult

WIDTH = 7.0  # inches: the text width of an A4 page with margins
DEMANDS = "demands_quantitative"
INFLUENCE = "influence"
# Colours chosen so that their luminance differs clearly (dark red, mid green, light
# yellow); each light also has its own symbol for greyscale prints and colour-blind readers.
LIGHT_COLOURS = {Light.GREEN: "#4dac26", Light.YELLOW: "#fee08b", Light.RED: "#b2182b"}
LIGHT_SYMBOLS = {Light.GREEN: "●", Light.YELLOW: "▲", Light.RED: "■"}
MATRIX_COLOURMAP = "viridis"  # perceptually uniform, colour-blind safe, monotone in greyscale
DISTRIBUTION_COLOURMAP = "cividis"  # colour-blind safe, lightness rises steadily (greyscale)
DISTRIBUTION_HATCHES = ("", "///", "...", "\\\\\\", "xxx", "---", "+++", "ooo")
DONT_KNOW_COLOUR = "#e6e6e6"
DONT_KNOW_HATCH = "||"
MIN_LABELLED_SHARE = 7.0  # per cent: narrower segments carry no printed percentage
TREND_MARKERS = ("o", "s", "^", "D", "v", "P")
TREND_LINES = ("-", "--", ":", "-.")
INK = "#222222"
MUTED = "#777777"


# Names come from the user (a group called "Løn $5 og $6 tillæg", say): every text is drawn
# as written, never read as mathtext. The strain chart's numbered markers use mathtext on
# purpose, as marker shapes, which this setting does not touch.
matplotlib.rcParams["text.parse_math"] = False


class ChartNotAvailable(ValueError):
    """The round lacks what a chart needs; the message says what, in the chart's language."""


def figure_png(fig: Figure, dpi: int = 200) -> bytes:
    """Return the figure as PNG bytes (for the screen or a raster PDF image)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def figure_svg(fig: Figure) -> bytes:
    """Return the figure as SVG bytes (vector, for embedding in a PDF)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg")
    return buffer.getvalue()


def scale_name(scale: Scale, lang: str) -> str:
    """Return the scale's name in ``lang`` (English, then the id, when missing)."""
    return scale.name.get(lang) or scale.name.get("en") or scale.id


def wrap_label(text: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def new_figure(height: float) -> Figure:
    return Figure(figsize=(WIDTH, height), layout="constrained")


def result_of(results: RoundResults, scale_id: str, group_id: int | None) -> ScaleResult | None:
    return results.results.get((scale_id, group_id))


def note_figure(title: str, text: str) -> Figure:
    fig = new_figure(2.0)
    fig.suptitle(title, fontsize=12, fontweight="bold")
    fig.text(0.5, 0.45, wrap_label(text, 80), ha="center", va="center", fontsize=10, color=INK, gid="note")
    return fig

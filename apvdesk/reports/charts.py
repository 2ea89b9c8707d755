"""The assessment charts as matplotlib figures, for the screen and the PDF alike.

Every builder returns a :class:`matplotlib.figure.Figure` made without pyplot (so no global
state and no GUI backend), 7 inches wide to fit an A4 page. The fonts are matplotlib's
default DejaVu Sans, which has æøå and the Polish, Romanian and Cyrillic letters. Colours
are never the only carrier of meaning: traffic lights also carry a symbol, and the colour
maps keep their order in greyscale.
"""

from __future__ import annotations

import io
import statistics
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from apvdesk.core.bank import SUPPORT_KINDS, SUPPORT_SOURCES, QuestionBank, Scale
from apvdesk.core.model import Group, Round
from apvdesk.core.results import Light, RoundResults, ScaleResult, Withheld, light_for
from apvdesk.core.support_matrix import SUPPORT_SCALES, SupportMatrix
from apvdesk.i18n import Translator

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


class ChartNotAvailable(ValueError):
    """The round lacks what a chart needs; the message says what, in the chart's language."""


class ChartTexts:
    """The fixed texts of the charts, in one language (lupdate context "ChartTexts")."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator = Translator(lang)

    def tr(self, text: str) -> str:
        return self._translator.translate("ChartTexts", text)

    def workplace(self) -> str:
        return self.tr("Whole workplace")

    def withheld(self, reason: Withheld | None, threshold: int) -> str:
        if reason is Withheld.PROTECTS_OTHER_GROUP:
            return self.tr("withheld (protects a smaller group)")
        return self.tr("withheld (n < %1)").replace("%1", str(threshold))

    def high_is_heavy(self) -> str:
        return self.tr("high = heavy")

    def light_names(self) -> dict[Light, str]:
        return {
            Light.GREEN: self.tr("good"),
            Light.YELLOW: self.tr("keep an eye on"),
            Light.RED: self.tr("a problem"),
        }

    def profile_title(self) -> str:
        return self.tr("Theme profile")

    def mean_axis(self) -> str:
        return self.tr("Mean, 0–100")

    def profile_note(self, red_below: float, green_from: float) -> str:
        return (
            self.tr(
                "Dotted lines: the limits %1 and %2 of the traffic light; "
                "for demands, where high is heavy, they are mirrored."
            )
            .replace("%1", self.number(red_below))
            .replace("%2", self.number(green_from))
        )

    def number(self, value: float) -> str:
        """Return a limit such as 66.7 with the language's decimal sign (66,7 in Danish)."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "da" else text

    def sources(self) -> dict[str, str]:
        return {"colleagues": self.tr("Colleagues"), "manager": self.tr("Nearest manager")}

    def kinds(self) -> dict[str, str]:
        return {
            "practical": self.tr("Practical"),
            "emotional": self.tr("Emotional"),
            "professional": self.tr("Professional"),
        }

    def matrix_title(self, name: str) -> str:
        return self.tr("Social support: %1").replace("%1", name)

    def matrix_scale(self) -> str:
        return self.tr("Mean points (high = much support)")

    def no_items(self) -> str:
        return self.tr("no items")

    def matrix_withheld(self, reason: Withheld | None, threshold: int) -> str:
        if reason is Withheld.PROTECTS_OTHER_GROUP:
            return self.tr("The support matrix is withheld so that a smaller group cannot be worked out.")
        return self.tr("The support matrix is withheld: fewer than %1 answers.").replace("%1", str(threshold))

    def map_title(self) -> str:
        return self.tr("Demands, influence and support")

    def strain_corner(self) -> str:
        return self.tr("High demands,\nlow influence")

    def strain_sentence(self) -> str:
        return self.tr(
            "Work with high demands, low influence and low support strains the most: "
            "a hollow triangle in the shaded corner calls for action first."
        )

    def split_caption(self) -> str:
        return self.tr(
            "The lines at 50 divide high from low: the same limit for every group and "
            "round, so the map can be compared over time. Groups withheld for anonymity are not shown."
        )

    def support_legend(self) -> str:
        return self.tr("Size: social support")

    def support_high(self) -> str:
        return self.tr("Support 50 or more")

    def support_low(self) -> str:
        return self.tr("Support below 50")

    def no_demands(self) -> str:
        return self.tr("This round does not ask about demands and influence.")

    def distribution_title(self, scale: str, group: str) -> str:
        return self.tr("Answers per question: %1 (%2)").replace("%1", scale).replace("%2", group)

    def distribution_axis(self) -> str:
        return self.tr("Share of the answers, per cent")

    def distribution_note(self) -> str:
        return self.tr(
            "Each bar is one question; n is the number who answered it. Blank answers are left out. "
            "Shares below %1 % are not printed."
        ).replace("%1", self.number(MIN_LABELLED_SHARE))

    def distribution_withheld(self, reason: Withheld | None, threshold: int) -> str:
        if reason is Withheld.PROTECTS_OTHER_GROUP:
            return self.tr("The answers are withheld so that a smaller group cannot be worked out.")
        if reason is Withheld.NO_ANSWERS:
            return self.tr("No answers yet.")
        return self.tr("The answers are withheld: fewer than %1 answers.").replace("%1", str(threshold))

    def dont_know(self) -> str:
        return self.tr("Don't know")

    def trend_title(self) -> str:
        return self.tr("Development across rounds")

    def one_round(self) -> str:
        return self.tr(
            "There is only one round with these questions so far. "
            "The development appears here when a later round has answers."
        )


# --- helpers ---------------------------------------------------------------------------


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


def _wrap(text: str, width: int = 30) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _new_figure(height: float) -> Figure:
    return Figure(figsize=(WIDTH, height), layout="constrained")


def _get(results: RoundResults, scale_id: str, group_id: int | None) -> ScaleResult | None:
    return results.results.get((scale_id, group_id))


def _note_figure(title: str, text: str) -> Figure:
    fig = _new_figure(2.0)
    fig.suptitle(title, fontsize=12, fontweight="bold")
    fig.text(0.5, 0.45, _wrap(text, 80), ha="center", va="center", fontsize=10, color=INK, gid="note")
    return fig


# --- 1. theme profile ------------------------------------------------------------------


def theme_profile(
    bank: QuestionBank,
    results: RoundResults,
    apv_round: Round,
    groups: Sequence[Group] = (),
    group_id: int | None = None,
    lang: str = "da",
) -> Figure:
    """Return one horizontal bar per scale: the workplace's mean, and the group's beside it.

    Each bar has its traffic-light colour and symbol; a withheld value is an empty, dashed
    bar saying so. Bars carry the gid ``"bar"`` (``"withheld"`` when withheld).

    Args:
        bank: The round's question bank (scale names in ``lang``).
        results: The round's results.
        apv_round: The round, for its traffic-light limits.
        groups: The round's groups, for the group's name.
        group_id: The group to show beside the workplace; None for the workplace alone.
        lang: "da" or "en".

    """
    t = ChartTexts(lang)
    scales = bank.scales
    series: list[tuple[int | None, str]] = []
    if group_id is not None:
        names = {g.id: g.name for g in groups}
        series.append((group_id, names.get(group_id, str(group_id))))
    series.append((None, t.workplace()))
    per_scale = 0.24 * len(series) + 0.14
    fig = _new_figure(1.6 + per_scale * len(scales))
    ax = fig.add_subplot()
    bar_height = 0.8 / len(series)
    lights = t.light_names()
    ticks, labels = [], []
    for row, scale in enumerate(scales):
        top = row - 0.4
        for index, (gid, _name) in enumerate(series):
            y = top + bar_height * (index + 0.5)
            result = _get(results, scale.id, gid)
            hatch = "///" if gid is None and len(series) > 1 else None
            if result is None or not result.shown or result.mean is None:
                ax.barh(
                    y, 100, bar_height * 0.9, color="none", edgecolor=MUTED, linestyle="--", gid="withheld"
                )
                reason = result.withheld if result is not None else Withheld.NO_ANSWERS
                ax.text(2, y, t.withheld(reason, results.threshold), va="center", fontsize=7.5, color=MUTED)
                continue
            light = light_for(result.mean, scale.high_is_good, apv_round.green_from, apv_round.red_below)
            ax.barh(
                y,
                result.mean,
                bar_height * 0.9,
                color=LIGHT_COLOURS[light],
                edgecolor="#444444",
                linewidth=0.6,
                hatch=hatch,
                gid="bar",
            )
            label = f"{LIGHT_SYMBOLS[light]} {result.mean:.0f}  (n = {result.n})"
            ax.text(
                result.mean + 1.2,
                y,
                label,
                va="center",
                fontsize=7.5,
                color=INK,
                gid=f"label:{light}",
                zorder=4,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6},
            )
        low, high = apv_round.red_below, apv_round.green_from
        limits = (low, high) if scale.high_is_good else (100 - high, 100 - low)
        ax.vlines(limits, row - 0.45, row + 0.45, colors=INK, linestyles=":", linewidth=0.9, zorder=3)
        ticks.append(row)
        name = _wrap(scale_name(scale, lang), 28)
        labels.append(name if scale.high_is_good else f"{name}\n({t.high_is_heavy()})")
    ax.set_yticks(ticks, labels, fontsize=8)
    ax.set_ylim(len(scales) - 0.5, -0.5)
    ax.set_xlim(0, 118)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel(t.mean_axis(), fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    title = t.profile_title() if group_id is None else f"{t.profile_title()}: {series[0][1]}"
    ax.set_title(title, fontsize=12, fontweight="bold", loc="left")
    handles: list[Patch | Line2D] = [
        Patch(
            facecolor=LIGHT_COLOURS[light],
            edgecolor="#444444",
            label=f"{LIGHT_SYMBOLS[light]} {lights[light]}",
        )
        for light in Light
    ]
    if len(series) > 1:
        handles.append(Patch(facecolor="white", edgecolor="#444444", label=series[0][1]))
        handles.append(Patch(facecolor="white", edgecolor="#444444", hatch="///", label=t.workplace()))
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncol=min(len(handles), 5),
        fontsize=7.5,
        frameon=False,
        title=_wrap(t.profile_note(apv_round.red_below, apv_round.green_from), 110),
        title_fontsize=7,
    )
    return fig


# --- 2. support matrix -----------------------------------------------------------------


def support_matrix_chart(
    matrix: SupportMatrix, name: str = "", lang: str = "da", threshold: int = 5
) -> Figure:
    """Return the support matrix as a heatmap: source × kind, with the mean and n per cell.

    Cells carry the gid ``"cell"`` (a mean) or ``"empty"`` (no items). A withheld matrix
    gives a figure that only says why.

    Args:
        matrix: The matrix from :func:`apvdesk.core.support_matrix.support_matrices`.
        name: The group's name (default: the whole workplace).
        lang: "da" or "en".
        threshold: The round's anonymity threshold, for the withheld message.

    """
    t = ChartTexts(lang)
    title = t.matrix_title(name or t.workplace())
    if not matrix.shown:
        return _note_figure(title, t.matrix_withheld(matrix.withheld, threshold))
    import numpy as np  # matplotlib's own dependency

    data = np.full((len(SUPPORT_SOURCES), len(SUPPORT_KINDS)), np.nan)
    for r, source in enumerate(SUPPORT_SOURCES):
        for c, kind in enumerate(SUPPORT_KINDS):
            mean = matrix.cell(source, kind).mean
            if mean is not None:
                data[r, c] = mean
    fig = _new_figure(3.4)
    ax = fig.add_subplot()
    image = ax.imshow(np.ma.masked_invalid(data), cmap=MATRIX_COLOURMAP, vmin=0, vmax=100, aspect="auto")
    colourmap = image.get_cmap()
    for r, source in enumerate(SUPPORT_SOURCES):
        for c, kind in enumerate(SUPPORT_KINDS):
            cell = matrix.cell(source, kind)
            if cell.mean is None:
                ax.add_patch(
                    Rectangle(
                        (c - 0.5, r - 0.5),
                        1,
                        1,
                        facecolor="#eeeeee",
                        edgecolor="#bbbbbb",
                        hatch="..",
                        gid="empty",
                    )
                )
                text = t.no_items() if not cell.has_items else "–"
                ax.text(c, r, text, ha="center", va="center", fontsize=9, color=MUTED)
                continue
            red, green, blue, _ = colourmap(cell.mean / 100)
            dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.5
            ax.add_patch(
                Rectangle((c - 0.5, r - 0.5), 1, 1, fill=False, edgecolor="white", linewidth=2, gid="cell")
            )
            ax.text(
                c,
                r,
                f"{cell.mean:.0f}\nn = {cell.n}",
                ha="center",
                va="center",
                fontsize=10,
                color="white" if dark else "black",
                fontweight="bold",
            )
    kinds, sources = t.kinds(), t.sources()
    ax.set_xticks(range(len(SUPPORT_KINDS)), [kinds[k] for k in SUPPORT_KINDS], fontsize=9)
    ax.set_yticks(range(len(SUPPORT_SOURCES)), [sources[s] for s in SUPPORT_SOURCES], fontsize=9)
    ax.tick_params(length=0)
    ax.xaxis.tick_top()
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(image, ax=ax, shrink=0.9)
    bar.set_label(t.matrix_scale(), fontsize=8)
    bar.ax.tick_params(labelsize=8)
    fig.suptitle(title, fontsize=12, fontweight="bold", x=0.02, ha="left")
    return fig


# --- 3. demand-control-support map -----------------------------------------------------


@dataclass(frozen=True)
class MapPoint:
    """One group (or the workplace, ``group_id`` None) on the demand–control–support map."""

    group_id: int | None
    name: str
    demands: float
    influence: float
    support: float | None


def strain_points(
    bank: QuestionBank, results: RoundResults, groups: Sequence[Group], lang: str = "da"
) -> list[MapPoint]:
    """Return the workplace and each shown group with demands, influence and support.

    A group is left out when its demands, influence or either support figure is withheld.

    Raises:
        ChartNotAvailable: The round asks about neither demands nor influence.

    """
    t = ChartTexts(lang)
    scale_ids = {s.id for s in bank.scales}
    if DEMANDS not in scale_ids or INFLUENCE not in scale_ids:
        raise ChartNotAvailable(t.no_demands())
    asks_support = all(s in scale_ids for s in SUPPORT_SCALES)
    names: dict[int | None, str] = {g.id: g.name for g in groups}
    names[None] = t.workplace()
    points = []
    for group_id in (None, *results.group_ids):
        needed = [DEMANDS, INFLUENCE, *(SUPPORT_SCALES if asks_support else ())]
        found = [_get(results, s, group_id) for s in needed]
        if any(r is None or not r.shown or r.mean is None for r in found):
            continue
        means = [r.mean for r in found if r is not None and r.mean is not None]
        support = statistics.fmean(means[2:]) if asks_support else None
        points.append(MapPoint(group_id, names.get(group_id, str(group_id)), means[0], means[1], support))
    return points


def strain_map(
    bank: QuestionBank, results: RoundResults, groups: Sequence[Group] = (), lang: str = "da"
) -> Figure:
    """Return the demand–control–support map: demands (x) against influence (y).

    Marker size grows with social support; support below 50 is a hollow triangle. The
    iso-strain corner (demands above 50, influence below 50) is shaded. The split is the
    fixed 50-line rather than the groups' medians: a small workplace has too few groups
    for a median to mean much, and a fixed line compares across rounds. Points carry the
    gid ``"point"``.

    Raises:
        ChartNotAvailable: The round asks about neither demands nor influence.

    """
    t = ChartTexts(lang)
    points = strain_points(bank, results, groups, lang)
    fig = _new_figure(5.2)
    ax = fig.add_subplot()
    ax.add_patch(
        Rectangle(
            (50, 0), 50, 50, facecolor="#f2dede", edgecolor="#b2182b", hatch="..", linewidth=0.8, zorder=0
        )
    )
    ax.text(
        98,
        2,
        t.strain_corner(),
        ha="right",
        va="bottom",
        fontsize=8,
        color="#7a0f1d",
        fontweight="bold",
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5},
    )
    ax.axvline(50, color=MUTED, linewidth=0.8, linestyle="--", zorder=1)
    ax.axhline(50, color=MUTED, linewidth=0.8, linestyle="--", zorder=1)
    keys: list[Line2D] = []
    for number, point in enumerate(points, start=1):
        support = point.support
        low = support is not None and support < 50
        colour = INK if point.group_id is None else "#3b528b"
        ax.scatter(
            point.demands,
            point.influence,
            s=40 + 2.5 * (support if support is not None else 50),
            marker="^" if low else "o",
            facecolors="none" if low else colour,
            edgecolors=colour,
            linewidths=1.8,
            zorder=3,
            gid="point",
        )
        ax.annotate(
            str(number),
            (point.demands, point.influence),
            xytext=(7, 6),
            textcoords="offset points",
            fontsize=9,
            fontweight="bold",
            color=INK,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 0.8},
            zorder=4,
        )
        label = point.name if support is None else f"{point.name} ({support:.0f})"
        keys.append(
            Line2D(
                [], [], marker=f"${number}$", linestyle="", color=INK, markersize=7, label=_wrap(label, 30)
            )
        )
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_aspect("equal")
    ax.set_xlabel(f"{scale_name(bank.scale(DEMANDS), lang)} ({t.high_is_heavy()})", fontsize=9)
    ax.set_ylabel(scale_name(bank.scale(INFLUENCE), lang), fontsize=9)
    ax.tick_params(labelsize=8)
    ax.set_title(t.map_title(), fontsize=12, fontweight="bold", loc="left")
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor="#3b528b",
            markeredgecolor="#3b528b",
            label=t.support_high(),
        ),
        Line2D(
            [],
            [],
            marker="^",
            linestyle="",
            markersize=9,
            markerfacecolor="none",
            markeredgecolor="#3b528b",
            markeredgewidth=1.8,
            label=t.support_low(),
        ),
    ]
    ax.legend(
        handles=handles + keys,
        loc="upper left",
        bbox_to_anchor=(1.03, 1.0),
        fontsize=8,
        frameon=False,
        title=t.support_legend(),
        title_fontsize=8,
        alignment="left",
    )
    caption = _wrap(t.strain_sentence(), 105) + "\n" + _wrap(t.split_caption(), 105)
    fig.text(0.01, 0.0, caption, fontsize=7.5, color=INK, va="bottom", ha="left")
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=(0, 0.1, 1, 0.9))  # room for the caption below the map
    return fig


# --- 4. trend across rounds ------------------------------------------------------------


@dataclass(frozen=True)
class RoundData:
    """One round with its bank and results, as the trend chart needs it."""

    apv_round: Round
    bank: QuestionBank
    results: RoundResults


def trend_chart(rounds: Sequence[RoundData], scale_ids: Sequence[str], lang: str = "da") -> Figure:
    """Return the workplace's mean per round for each chosen scale (line with markers).

    Only rounds that ask a scale and show its workplace result give it a point. With fewer
    than two such rounds the figure holds a note instead of a chart. Lines carry the gid
    ``"trend"``.

    Args:
        rounds: The rounds to show, in any order (sorted by start date here).
        scale_ids: The scales to draw, one line each.
        lang: "da" or "en".

    """
    t = ChartTexts(lang)
    ordered = sorted(rounds, key=lambda r: (r.apv_round.start_date, r.apv_round.id or 0))
    lines: list[tuple[Scale, list[tuple[int, float]]]] = []
    used: set[int] = set()
    for scale_id in scale_ids:
        values, scale = [], None
        for x, data in enumerate(ordered):
            if scale_id not in {s.id for s in data.bank.scales}:
                continue
            scale = data.bank.scale(scale_id)
            result = _get(data.results, scale_id, None)
            if result is not None and result.shown and result.mean is not None:
                values.append((x, result.mean))
        if scale is not None and values:
            lines.append((scale, values))
            used.update(x for x, _ in values)
    if len(used) < 2:
        return _note_figure(t.trend_title(), t.one_round())
    fig = _new_figure(4.0)
    ax = fig.add_subplot()
    for index, (scale, values) in enumerate(lines):
        name = scale_name(scale, lang)
        if not scale.high_is_good:
            name += f" ({t.high_is_heavy()})"
        ax.plot(
            [x for x, _ in values],
            [v for _, v in values],
            marker=TREND_MARKERS[index % len(TREND_MARKERS)],
            linestyle=TREND_LINES[index % len(TREND_LINES)],
            linewidth=1.6,
            markersize=7,
            label=name,
            gid="trend",
        )
    shown = sorted(used)
    ax.set_xticks(
        shown,
        [
            _wrap(f"{ordered[x].apv_round.start_date:%d.%m.%Y} {ordered[x].apv_round.title}", 18)
            for x in shown
        ],
        fontsize=8,
    )
    ax.set_xlim(shown[0] - 0.4, shown[-1] + 0.4)
    ax.set_ylim(0, 100)
    ax.set_ylabel(t.mean_axis(), fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(t.trend_title(), fontsize=12, fontweight="bold", loc="left")
    ax.legend(loc="best", fontsize=8, frameon=False)
    return fig


# --- 5. answer distribution per item ---------------------------------------------------


def _luminance(colour: Sequence[float]) -> float:
    red, green, blue = colour[:3]
    return 0.299 * red + 0.587 * green + 0.114 * blue


def answer_distribution(
    bank: QuestionBank,
    results: RoundResults,
    scale_id: str,
    group_id: int | None = None,
    lang: str = "da",
    groups: Sequence[Group] = (),
) -> Figure:
    """Return one horizontal stacked bar per item of a scale: the share choosing each option.

    The segments follow the options' printed order, then "don't know"; each has its own
    hatch and a shade of a sequential colour map, so the chart reads in greyscale and for
    colour-blind readers. Shares are of those who answered the item (blank answers left
    out); segments wide enough carry their percentage. Segments carry the gid
    ``"segment:<item id>"``. A withheld group gives a figure that only says why.

    Args:
        bank: The round's question bank.
        results: The round's results with their distributions.
        scale_id: The scale whose items are shown.
        group_id: The group; None for the whole workplace.
        lang: "da" or "en".
        groups: The round's groups, for the group's name.

    """
    t = ChartTexts(lang)
    scale = bank.scale(scale_id)
    names: dict[int | None, str] = {g.id: g.name for g in groups}
    names[None] = t.workplace()
    title = t.distribution_title(scale_name(scale, lang), names.get(group_id, str(group_id)))
    distributions = [results.distributions.get((item.id, group_id)) for item in scale.items]
    withheld = next((d for d in distributions if d is None or not d.shown), None)
    if withheld is not None or not distributions:
        reason = withheld.withheld if withheld is not None else Withheld.NO_ANSWERS
        return _note_figure(_wrap(title, 75), t.distribution_withheld(reason, results.threshold))
    from matplotlib import colormaps

    colourmap = colormaps[DISTRIBUTION_COLOURMAP]
    fig = _new_figure(2.3 + 0.55 * len(scale.items))
    ax = fig.add_subplot()
    legend: dict[str, Patch] = {}
    ticks = []
    for row, (item, distribution) in enumerate(zip(scale.items, distributions, strict=True)):
        assert distribution is not None and distribution.counts is not None
        option_set = bank.option_set(item)
        labels = option_set.labels.get(lang) or option_set.labels.get("en") or ()
        counts = [*distribution.counts, distribution.dont_know or 0]
        answered = sum(counts)
        steps = max(1, len(distribution.counts) - 1)
        left = 0.0
        for index, count in enumerate(counts):
            is_dont_know = index == len(distribution.counts)
            if is_dont_know:
                face: tuple[float, float, float, float] | str = DONT_KNOW_COLOUR
                hatch = DONT_KNOW_HATCH
                name = option_set.dont_know.get(lang) or t.dont_know()
                dark = False
            else:
                red, green, blue, alpha = colourmap(0.05 + 0.9 * index / steps)
                face = (red, green, blue, alpha)
                hatch = DISTRIBUTION_HATCHES[index % len(DISTRIBUTION_HATCHES)]
                name = labels[index] if index < len(labels) else str(index + 1)
                dark = _luminance(face) < 0.5
            share = 100.0 * count / answered if answered else 0.0
            ink = "white" if dark else "black"
            ax.barh(
                row,
                share,
                0.7,
                left=left,
                color=face,
                edgecolor="white",
                linewidth=0.8,
                hatch=hatch,
                hatchcolor="#ffffff99" if dark else "#00000066",
                gid=f"segment:{item.id}",
            )
            if share >= MIN_LABELLED_SHARE:
                ax.text(
                    left + share / 2,
                    row,
                    f"{share:.0f} %",
                    ha="center",
                    va="center",
                    fontsize=7.5,
                    color=ink,
                    fontweight="bold",
                    bbox={"facecolor": face, "edgecolor": "none", "pad": 0.8},
                )
            left += share
            key = "dont_know" if is_dont_know else f"{index}:{name}"
            if key not in legend:
                legend[key] = Patch(
                    facecolor=face,
                    edgecolor="#444444",
                    hatch=hatch,
                    hatchcolor="#ffffff99" if dark else "#00000066",
                    label=_wrap(name, 18),
                )
        text = item.text.get(lang) or item.text.get("en") or item.id
        ticks.append(f"{_wrap(text, 38)}\n(n = {answered})")
    ax.set_yticks(range(len(scale.items)), ticks, fontsize=7.5)
    ax.set_ylim(len(scale.items) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel(t.distribution_axis(), fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.suptitle(_wrap(title, 75), fontsize=12, fontweight="bold", x=0.02, ha="left")
    handles = [v for k, v in legend.items() if k != "dont_know"]
    if "dont_know" in legend:
        handles.append(legend["dont_know"])
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncol=min(len(handles), 6),
        fontsize=7.5,
        frameon=False,
        title=_wrap(t.distribution_note(), 110),
        title_fontsize=7,
    )
    return fig

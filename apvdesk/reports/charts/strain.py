"""The demands–influence–support map, with the iso-strain corner shaded."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group
from apvdesk.core.results import RoundResults
from apvdesk.core.support_matrix import SUPPORT_SCALES
from apvdesk.reports.charts.common import (
    DEMANDS,
    INFLUENCE,
    INK,
    MUTED,
    ChartNotAvailable,
    new_figure,
    result_of,
    scale_name,
    wrap_label,
)
from apvdesk.reports.charts.texts import ChartTexts
from apvdesk.wording.formatting import format_number


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
        found = [result_of(results, s, group_id) for s in needed]
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
    fig = new_figure(5.2)
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
        label = point.name if support is None else f"{point.name} ({format_number(support, 0, lang=t.lang)})"
        # the number in plain text, as on the map: a "$1$" marker is mathtext, read out as "$1$"
        keys.append(Line2D([], [], marker="none", linestyle="", label=wrap_label(f"{number}  {label}", 30)))
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
    caption = wrap_label(t.strain_sentence(), 105) + "\n" + wrap_label(t.split_caption(), 105)
    fig.text(0.01, 0.0, caption, fontsize=7.5, color=INK, va="bottom", ha="left")
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=(0, 0.1, 1, 0.9))  # room for the caption below the map
    return fig

"""The theme profile: one bar per scale with its traffic light."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from apvdesk.core.bank import QuestionBank, Scale
from apvdesk.core.model import Group, Round
from apvdesk.core.results import Light, RoundResults, Withheld, light_for
from apvdesk.reports.charts.common import (
    INK,
    LIGHT_COLOURS,
    LIGHT_SYMBOLS,
    MUTED,
    new_figure,
    result_of,
    scale_name,
    wrap_label,
)
from apvdesk.reports.charts.texts import ChartTexts
from apvdesk.wording.formatting import format_mean


def _label(scale: Scale, lang: str, heavy: str) -> str:
    """Return a scale's label: its name wrapped, and for demands what high means."""
    name = wrap_label(scale_name(scale, lang), 32)
    return name if scale.high_is_good else f"{name}\n({heavy})"


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
    scale_labels = [_label(scale, lang, t.high_is_heavy()) for scale in scales]
    lines = max((label.count("\n") + 1 for label in scale_labels), default=1)
    # each row as tall as its bars, and as its longest label (8 pt lines), so labels never overlap
    per_scale = max(0.24 * len(series) + 0.14, 0.14 * lines + 0.06)
    fig = new_figure(1.6 + per_scale * len(scales))
    ax = fig.add_subplot()
    bar_height = 0.8 / len(series)
    lights = t.light_names()
    ticks, labels = [], []
    for row, scale in enumerate(scales):
        top = row - 0.4
        for index, (gid, _name) in enumerate(series):
            y = top + bar_height * (index + 0.5)
            result = result_of(results, scale.id, gid)
            hatch = "///" if gid is None and len(series) > 1 else None
            if result is None or not result.shown or result.mean is None:
                ax.barh(
                    y, 100, bar_height * 0.9, color="none", edgecolor=MUTED, linestyle="--", gid="withheld"
                )
                reason = result.withheld if result is not None else Withheld.NO_ANSWERS
                ax.text(2, y, t.withheld(reason, results.threshold), va="center", fontsize=7.5, color=MUTED)
                continue
            light_limits = (scale.high_is_good, apv_round.green_from, apv_round.red_below)
            # the light the results hold (an exposure scale's is set by who reports exposure too)
            light = result.light or light_for(result.mean, *light_limits)
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
            mean = format_mean(result.mean, *light_limits, lang=lang)
            label = f"{LIGHT_SYMBOLS[light]} {mean}  (n = {result.n})"
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
        labels.append(scale_labels[row])
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
        title=wrap_label(t.profile_note(apv_round.red_below, apv_round.green_from), 110),
        title_fontsize=7,
    )
    return fig

"""The development of chosen scales across rounds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

from apvdesk.core.bank import QuestionBank, Scale
from apvdesk.core.model import Round
from apvdesk.core.results import RoundResults
from apvdesk.reports.charts.common import (
    TREND_LINES,
    TREND_MARKERS,
    new_figure,
    note_figure,
    result_of,
    scale_name,
    wrap_label,
)
from apvdesk.reports.charts.texts import ChartTexts
from apvdesk.wording.formatting import format_date


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
            result = result_of(data.results, scale_id, None)
            if result is not None and result.shown and result.mean is not None:
                values.append((x, result.mean))
        if scale is not None and values:
            lines.append((scale, values))
            used.update(x for x, _ in values)
    if len(used) < 2:
        return note_figure(t.trend_title(), t.one_round())
    fig = new_figure(4.0)
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

    def tick(x: int) -> str:
        apv_round = ordered[x].apv_round
        return wrap_label(f"{format_date(apv_round.start_date, lang, printed=True)} {apv_round.title}", 18)

    ax.set_xticks(shown, [tick(x) for x in shown], fontsize=8)
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

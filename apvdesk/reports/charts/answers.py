"""The answer distribution per item: stacked, hatched bars that read in greyscale."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group
from apvdesk.core.results import RoundResults, Withheld
from apvdesk.reports.charts.common import (
    DISTRIBUTION_COLOURMAP,
    DISTRIBUTION_HATCHES,
    DONT_KNOW_COLOUR,
    DONT_KNOW_HATCH,
    MIN_LABELLED_SHARE,
    new_figure,
    note_figure,
    scale_name,
    wrap_label,
)
from apvdesk.reports.charts.texts import ChartTexts
from apvdesk.wording.formatting import format_percent


def luminance(colour: Sequence[float]) -> float:
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
        return note_figure(wrap_label(title, 75), t.distribution_withheld(reason, results.threshold))
    from matplotlib import colormaps

    colourmap = colormaps[DISTRIBUTION_COLOURMAP]
    fig = new_figure(2.3 + 0.55 * len(scale.items))
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
                dark = luminance(face) < 0.5
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
                    format_percent(share, lang=lang),
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
                    label=wrap_label(name, 18),
                )
        text = item.text.get(lang) or item.text.get("en") or item.id
        ticks.append(f"{wrap_label(text, 38)}\n(n = {answered})")
    ax.set_yticks(range(len(scale.items)), ticks, fontsize=7.5)
    ax.set_ylim(len(scale.items) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel(t.distribution_axis(), fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.suptitle(wrap_label(title, 75), fontsize=12, fontweight="bold", x=0.02, ha="left")
    handles = [v for k, v in legend.items() if k != "dont_know"]
    if "dont_know" in legend:
        handles.append(legend["dont_know"])
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncol=min(len(handles), 6),
        fontsize=7.5,
        frameon=False,
        title=wrap_label(t.distribution_note(), 110),
        title_fontsize=7,
    )
    return fig

"""The support matrix: source (colleagues, manager) × kind of support, as a heatmap."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from apvdesk.core.bank import SUPPORT_KINDS, SUPPORT_SOURCES
from apvdesk.core.support_matrix import SupportMatrix
from apvdesk.reports.charts.common import MATRIX_COLOURMAP, MUTED, new_figure, note_figure
from apvdesk.reports.charts.texts import ChartTexts
from apvdesk.wording.formatting import format_number


def support_matrix_chart(
    matrix: SupportMatrix, name: str = "", lang: str = "da", threshold: int = 5
) -> Figure:
    """Return the support matrix as a heatmap: source × kind, with the mean and n per cell.

    Cells carry the gid ``"cell"`` (a mean) or ``"empty"`` (no items). A withheld matrix
    gives a figure that only says why: no mean and no n, since how many answered each
    cell would tell who answered "don't know".

    Args:
        matrix: The matrix from :func:`apvdesk.core.support_matrix.support_matrices`.
        name: The group's name (default: the whole workplace).
        lang: "da" or "en".
        threshold: The round's anonymity threshold, for the withheld message.

    """
    t = ChartTexts(lang)
    title = t.matrix_title(name or t.workplace())
    if not matrix.shown:
        return note_figure(title, t.matrix_withheld(matrix.withheld, threshold))
    import numpy as np  # matplotlib's own dependency

    data = np.full((len(SUPPORT_SOURCES), len(SUPPORT_KINDS)), np.nan)
    for r, source in enumerate(SUPPORT_SOURCES):
        for c, kind in enumerate(SUPPORT_KINDS):
            mean = matrix.cell(source, kind).mean
            if mean is not None:
                data[r, c] = mean
    fig = new_figure(3.4)
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
                f"{format_number(cell.mean, 0, lang=t.lang)}\nn = {cell.n}",
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

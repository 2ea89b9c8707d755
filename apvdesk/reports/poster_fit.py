"""Fitting the poster on its one page: the largest type that fits, and where the spare room goes.

Every size of the poster is multiplied by a scale, largest first, until the head, the
cards and the bottom fit on the page together; the introduction is shown only when there
is room for it, and the rest of the room goes between the cards (up to a limit), then
above the contacts box. Whatever does not fit even at the smallest scale is squeezed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from apvdesk.reports.pdf_document import PAGE_HEIGHT
from apvdesk.reports.poster_layout import PosterLayout
from apvdesk.reports.poster_look import HEIGHT, MARGIN, WIDTH

# Every size is multiplied by one of these, largest first, until the poster fits.
SCALES = tuple(round(1.0 - 0.03 * step, 2) for step in range(16))  # 1.0 … 0.55
_MAX_EXTRA_CARD_GAP = 6 * mm  # spare room goes between the cards, up to this much more each


def _height(flowables: list[Flowable], canvas: Canvas) -> float:
    return sum(flowable.wrapOn(canvas, WIDTH, HEIGHT * 4)[1] for flowable in flowables)


def _draw_column(canvas: Canvas, flowables: list[Flowable], top: float, gaps: Sequence[float]) -> None:
    """Draw flowables one under the other from ``top`` down, each after its gap."""
    y = top
    for flowable, gap in zip(flowables, gaps, strict=True):
        _, height = flowable.wrapOn(canvas, WIDTH, HEIGHT * 4)
        y -= gap + height
        flowable.drawOn(canvas, MARGIN, y)


def lay_out(canvas: Canvas, make_layout: Callable[[float], PosterLayout]) -> None:
    """Draw the poster at the largest scale that fits on the page (or the smallest, squeezed).

    The head and the cards hang from the top margin; the contacts box and the footer stand
    on the bottom margin. The introduction is shown when there is room for it; the rest of
    the spare room goes between the cards (up to a limit), then above the contacts box.
    """
    for scale in SCALES:
        layout = make_layout(scale)
        head, cards, bottom = layout.head(), layout.cards(), layout.bottom()
        gap = layout.size.gap
        spare = HEIGHT - _height(head + cards + bottom, canvas) - gap * (len(cards) + 1)
        if spare < 0:
            continue
        intro = layout.intro() if cards else []
        intro_height = _height(intro, canvas)
        if intro_height <= spare:
            head, spare = head + intro, spare - intro_height
        card_gap = gap + min(_MAX_EXTRA_CARD_GAP * scale, spare / (len(cards) + 1))
        _draw_column(canvas, head + cards, PAGE_HEIGHT - MARGIN, [0.0] * len(head) + [card_gap] * len(cards))
        _draw_column(canvas, bottom, MARGIN + _height(bottom, canvas), [0.0] * len(bottom))
        return
    # Even the smallest type does not fit: squeeze the smallest layout into the page.
    layout = make_layout(SCALES[-1])
    story = [*layout.head(), *layout.cards(), Spacer(1, layout.size.gap), *layout.bottom()]
    squeezed = KeepInFrame(WIDTH, HEIGHT, story, mode="shrink")
    _, height = squeezed.wrapOn(canvas, WIDTH, HEIGHT)
    squeezed.drawOn(canvas, MARGIN, MARGIN + HEIGHT - height)

"""The assessment charts of a round: which chart, the round's data, the figure, and its image.

:class:`ChartChoice` says which chart (and for which group, scales or theme);
:func:`load_chart_data` reads what every chart of a round needs in one go, off the GUI
thread; :func:`build_chart` builds the matplotlib figure, and :func:`render_figure` draws
it to an image in any thread. Import this module lazily: it loads matplotlib.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Round
from apvdesk.core.results import RoundResults
from apvdesk.core.round_people import groups_in_results
from apvdesk.core.site_view import site_results
from apvdesk.core.support_matrix import SUPPORT_SCALES, SupportMatrix, support_matrices
from apvdesk.reports import charts
from apvdesk.reports.charts.texts import whole_named

PROFILE, MATRIX, MAP, TREND = "profile", "matrix", "map", "trend"
DISTRIBUTION = "distribution"
SUPPORT_CHOICE = "__support__"
SCREEN_DPI = 100  # dots per inch at a device pixel ratio of 1, as matplotlib's own Qt canvas


@dataclass(frozen=True)
class ChartData:
    """What the charts of one round need, read in one go off the GUI thread."""

    apv_round: Round
    bank: QuestionBank
    groups: list[Group]
    results: RoundResults
    matrices: dict[int | None, SupportMatrix]
    history: list[charts.RoundData]
    whole_name: str = ""  # what group None is called: a site's name when its figures stand in for it


@dataclass(frozen=True)
class ChartChoice:
    """Which chart to build: the kind, and the group, scales or theme the kind asks for."""

    chart: str = PROFILE
    group_id: int | None = None  # profile, matrix, distribution; None for the whole workplace
    group_name: str = ""  # the matrix's title names the group
    trend_scale: str = SUPPORT_CHOICE  # trend: a scale id, or both support scales
    items_scale: str | None = None  # distribution: the scale whose items are shown (None: the first)


def load_chart_data(store, round_id: int) -> ChartData:
    """Read the round, its released results and support matrices, and every round's released results.

    Raises ValueError while the round's results are not released (its collection is open).
    """
    apv_round = store.round(round_id)
    bank = store.round_bank(round_id)
    results = store.results(round_id)
    if results is None:
        raise ValueError(f"the results of round {round_id} are not released yet")
    history = []
    for other in store.rounds():
        if other.id == round_id:
            history.append(charts.RoundData(apv_round, bank, results))
        elif other.id is not None:
            earlier = store.results(other.id) if store.respondent_count(other.id) else None
            if earlier is not None:
                history.append(charts.RoundData(other, store.round_bank(other.id), earlier))
    matrices = support_matrices(bank, results)  # drawn from the released answers to the items
    groups = groups_in_results(apv_round.group_ids, store.groups(), results.respondents)
    return ChartData(apv_round, bank, groups, results, matrices, history)


def site_chart_data(data: ChartData, site_id: int, name: str) -> ChartData | None:
    """Return ``data`` as one site shows it: its groups, its own figures in place of the workplace's.

    Earlier rounds show the site's figures where they released some. None when this
    round released none for the site.
    """
    results = site_results(data.results, site_id)
    if results is None:
        return None
    history = []
    for earlier in data.history:
        view = results if earlier.results is data.results else site_results(earlier.results, site_id)
        if view is not None:
            history.append(dataclasses.replace(earlier, results=view))
    groups = [group for group in data.groups if group.id in results.group_ids]
    matrices = support_matrices(data.bank, results)
    return ChartData(data.apv_round, data.bank, groups, results, matrices, history, name)


def build_chart(data: ChartData, choice: ChartChoice, lang: str) -> Figure:
    """Build the chosen chart; raise charts.ChartNotAvailable when the round cannot have it."""
    with whole_named(data.whole_name):
        return _build_chart(data, choice, lang)


def _build_chart(data: ChartData, choice: ChartChoice, lang: str) -> Figure:
    group_id = choice.group_id
    if choice.chart == PROFILE:
        return charts.theme_profile(data.bank, data.results, data.apv_round, data.groups, group_id, lang)
    if choice.chart == MATRIX:
        name = choice.group_name if group_id is not None else ""
        return charts.support_matrix_chart(data.matrices[group_id], name, lang, data.results.threshold)
    if choice.chart == MAP:
        return charts.strain_map(data.bank, data.results, data.groups, lang)
    if choice.chart == DISTRIBUTION:
        scale_id = choice.items_scale or data.bank.scales[0].id
        return charts.answer_distribution(data.bank, data.results, scale_id, group_id, lang, data.groups)
    scale_ids = list(SUPPORT_SCALES) if choice.trend_scale == SUPPORT_CHOICE else [choice.trend_scale]
    return charts.trend_chart(data.history, scale_ids, lang)


def render_figure(figure: Figure, size: QSize, ratio: float) -> QImage:
    """Draw ``figure`` filling ``size`` (device-independent pixels) at the device pixel ratio ``ratio``.

    Runs in any thread, as long as no other thread touches the figure meanwhile.
    """
    figure.set_dpi(SCREEN_DPI * ratio)
    figure.set_size_inches(max(size.width(), 1) / SCREEN_DPI, max(size.height(), 1) / SCREEN_DPI)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    height, width = pixels.shape[:2]
    image = QImage(width, height, QImage.Format.Format_RGBA8888)  # owns its pixels; copied in
    np.frombuffer(image.bits(), np.uint8).reshape(height, image.bytesPerLine())[:, : width * 4] = (
        pixels.reshape(height, width * 4)
    )
    image.setDevicePixelRatio(ratio)
    return image

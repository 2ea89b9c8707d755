"""Rounding for display: halves up, one rule, and a printed mean never crosses its light's limit."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Round
from apvdesk.core.results import Light, RoundResults, ScaleResult, light_for
from apvdesk.core.rounding import mean_decimals, round_half_up
from apvdesk.reports.charts.profile import theme_profile
from apvdesk.wording.formatting import format_mean, format_number, format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "rounded"),
    [(62.5, 0, 63), (12.5, 0, 13), (87.5, 0, 88), (0.5, 0, 1), (2.25, 1, 2.3), (62.49999999999999, 0, 63)],
)
def test_halves_round_up(value: float, decimals: int, rounded: float) -> None:
    assert round_half_up(value, decimals) == rounded


def test_numbers_and_percentages_print_halves_up_in_each_language() -> None:
    assert format_number(62.5, 0, lang="da") == "63"
    assert format_number(2.25, 1, lang="da") == "2,3"
    assert format_number(2.25, 1, lang="en") == "2.3"
    assert format_percent(12.5, lang="da") == "13\u00a0%"  # a space that does not break
    assert format_percent(87.5, lang="en") == "88%"
    assert format_percent(0, lang="en") == "0%" and format_percent(25, lang="da") == "25\u00a0%"


@pytest.mark.parametrize(
    ("mean", "high_is_good", "printed"),
    [
        (49.8, True, "49.8"),  # red below 50: never a red "50"
        (49.5, True, "49.5"),
        (50.2, True, "50"),
        (66.6, True, "66.6"),  # yellow below 66.7: never a yellow "67"
        (66.65, True, "66.65"),
        (66.7, True, "67"),
        (62.5, True, "63"),
        (50.2, False, "50.2"),  # demands: red above 50
        (33.4, False, "33.4"),  # demands: green at 33.3 or less
    ],
)
def test_a_printed_mean_has_the_same_light_as_the_mean(mean: float, high_is_good: bool, printed: str) -> None:
    assert format_mean(mean, high_is_good, 66.7, 50.0, "en") == printed
    decimals = mean_decimals(mean, high_is_good, 66.7, 50.0)
    assert light_for(round_half_up(mean, decimals), high_is_good, 66.7, 50.0) == light_for(
        mean, high_is_good, 66.7, 50.0
    )


def test_the_profile_chart_labels_49_8_as_red_49_8() -> None:
    bank = shipped_bank()
    scale = next(s for s in bank.scales if s.high_is_good)
    result = ScaleResult(scale.id, None, 12, 49.8, 10.0, None, 12.5, Light.RED)
    results = RoundResults(5, (), {None: 12}, {(scale.id, None): result})
    figure = theme_profile(bank, results, Round("APV", dt.date(2026, 9, 1)), lang="da")
    labels = [text.get_text() for ax in figure.axes for text in ax.texts if "(n = 12)" in text.get_text()]
    assert labels == ["■ 49,8  (n = 12)"]

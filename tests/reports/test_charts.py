"""The assessment charts: what each figure holds, withheld groups, Danish labels, greyscale."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import matplotlib.image
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from apvdesk.core.results import Light
from apvdesk.core.support_matrix import support_matrices
from apvdesk.reports import charts
from apvdesk.store.workplace_store import WorkplaceStore


@pytest.fixture
def demo(demo_file):
    store = WorkplaceStore.open(demo_file)
    apv_round = store.rounds()[0]
    assert apv_round.id is not None
    rid = apv_round.id
    data = {
        "round": apv_round,
        "bank": store.round_bank(rid),
        "groups": store.round_groups(rid),
        "results": store.results(rid),
        "responses": store.responses(rid),
    }
    yield data
    store.close()


def _gids(fig: Figure, gid: str) -> list:
    return [a for a in fig.findobj() if a.get_gid() == gid]


def _texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(Text))


def _png_ok(fig: Figure) -> None:
    png = charts.figure_png(fig, dpi=60)
    assert png.startswith(b"\x89PNG")
    image = matplotlib.image.imread(io.BytesIO(png))
    assert image.shape[1] == pytest.approx(charts.WIDTH * 60, abs=2)


def test_theme_profile_has_a_bar_per_scale_and_danish_names(demo):
    fig = charts.theme_profile(demo["bank"], demo["results"], demo["round"], demo["groups"], None, "da")
    assert len(_gids(fig, "bar")) == len(demo["bank"].scales) == 17
    assert not _gids(fig, "withheld")
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Støtte fra kolleger" in ticks
    assert any("Arbejdsmængde" in t for t in ticks)
    _png_ok(fig)


def test_theme_profile_of_a_withheld_group_shows_empty_bars(demo):
    drivers = next(g for g in demo["groups"] if g.name.startswith("Chauffør"))
    fig = charts.theme_profile(demo["bank"], demo["results"], demo["round"], demo["groups"], drivers.id, "en")
    assert len(_gids(fig, "withheld")) == 17
    assert len(_gids(fig, "bar")) == 17  # the workplace beside it
    assert "withheld (n < 5)" in _texts(fig)
    assert drivers.name in _texts(fig)


def test_lights_differ_in_greyscale_and_carry_their_own_symbols(demo):
    def luminance(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    levels = sorted(luminance(charts.LIGHT_COLOURS[light]) for light in Light)
    assert min(b - a for a, b in zip(levels, levels[1:], strict=False)) > 0.15
    assert len(set(charts.LIGHT_SYMBOLS.values())) == 3
    group = demo["groups"][0]
    fig = charts.theme_profile(demo["bank"], demo["results"], demo["round"], demo["groups"], group.id, "da")
    seen = set()
    for light in Light:
        for text in _gids(fig, f"label:{light}"):
            assert text.get_text().startswith(charts.LIGHT_SYMBOLS[light])
            seen.add(light)
    assert seen == set(Light)  # the demo's first group has all three


def test_support_matrix_has_six_cells_with_n(demo):
    matrices = support_matrices(demo["bank"], demo["results"])
    fig = charts.support_matrix_chart(matrices[None], "", "da", 5)
    assert len(_gids(fig, "cell")) == 6
    assert "n = 49" in _texts(fig) or "n = 48" in _texts(fig)  # 40 at the laundry, 9 in the linen room
    group = demo["groups"][0]
    fig = charts.support_matrix_chart(matrices[group.id], group.name, "da", 5)
    assert len(_gids(fig, "cell")) == 6
    assert "Vask og tørring" in _texts(fig)
    _png_ok(fig)


def test_support_matrix_of_a_withheld_group_is_only_a_note(demo):
    matrices = support_matrices(demo["bank"], demo["results"])
    withheld = [g for g in demo["groups"] if not matrices[g.id].shown]
    assert len(withheld) == 2
    for group in withheld:
        fig = charts.support_matrix_chart(matrices[group.id], group.name, "en", 5)
        assert not _gids(fig, "cell") and _gids(fig, "note")
        assert "withheld" in _texts(fig)


def test_support_matrix_marks_cells_without_items(demo):
    matrices = support_matrices(demo["bank"], demo["results"])
    matrix = matrices[None]
    cells = dict(matrix.cells)
    key = ("manager", "practical")
    cells[key] = dataclasses.replace(cells[key], item_ids=(), n=0, mean=None)
    fig = charts.support_matrix_chart(dataclasses.replace(matrix, cells=cells), "", "en", 5)
    assert len(_gids(fig, "cell")) == 5 and len(_gids(fig, "empty")) == 1
    assert "no items" in _texts(fig)


def test_strain_map_places_the_workplace_and_shown_groups_only(demo):
    fig = charts.strain_map(demo["bank"], demo["results"], demo["groups"], "da")
    points = charts.strain_points(demo["bank"], demo["results"], demo["groups"], "da")
    shown = [g.id for g in demo["groups"] if demo["results"].get("influence", g.id).shown]
    assert [p.group_id for p in points] == [None, *shown]
    assert len(_gids(fig, "point")) == len(points) == 4  # the workplace, washing, ironing, linen room
    texts = _texts(fig)
    assert "Vask og tørring" in texts and "Linnedrum Lærkehøj" in texts and "Chauffør" not in texts
    assert "Indflydelse på eget arbejde" in fig.axes[0].get_ylabel()
    _png_ok(fig)


def test_strain_map_needs_demands_and_influence(demo):
    bank = demo["bank"].with_themes(["social_support"])
    with pytest.raises(charts.ChartNotAvailable, match="demands and influence"):
        charts.strain_map(bank, demo["results"], demo["groups"], "en")


def test_trend_draws_a_line_per_scale_over_the_rounds(demo):
    now = charts.RoundData(demo["round"], demo["bank"], demo["results"])
    earlier_round = dataclasses.replace(
        demo["round"], title="APV 2023", start_date=dt.date(2023, 9, 1), id=99
    )
    earlier_bank = demo["bank"].with_themes(["social_support"])  # asked no demands then
    earlier = charts.RoundData(earlier_round, earlier_bank, demo["results"])
    fig = charts.trend_chart([now, earlier], ["support_colleagues", "demands_quantitative"], "da")
    lines = _gids(fig, "trend")
    assert [len(line.get_xdata()) for line in lines] == [2, 1]
    assert "Støtte fra kolleger" in _texts(fig)
    assert [t.get_text().startswith("01-09-2023") for t in fig.axes[0].get_xticklabels()] == [True, False]
    _png_ok(fig)
    english = charts.trend_chart([now, earlier], ["support_colleagues"], "en")
    assert english.axes[0].get_xticklabels()[0].get_text().startswith("1 Sep 2023")  # as every English date


def test_strain_map_legend_numbers_are_plain_text(demo):
    fig = charts.strain_map(demo["bank"], demo["results"], demo["groups"], "en")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert any(text.startswith("1  ") for text in legend) and not any("$" in text for text in legend)
    assert all(
        line.get_marker() in ("none", "None", None, "o", "^")
        for line in fig.axes[0].get_legend().legend_handles
    )


def test_trend_with_one_round_is_a_note(demo):
    fig = charts.trend_chart(
        [charts.RoundData(demo["round"], demo["bank"], demo["results"])], ["support_colleagues"], "en"
    )
    assert not _gids(fig, "trend") and _gids(fig, "note")
    assert "only one round" in _texts(fig)


def test_svg_export(demo):
    fig = charts.theme_profile(demo["bank"], demo["results"], demo["round"], demo["groups"], None, "en")
    assert b"<svg" in charts.figure_svg(fig)[:500]


def test_answer_distribution_has_a_bar_per_item_summing_to_100(demo):
    bank, results = demo["bank"], demo["results"]
    scale = bank.scale("demands_quantitative")
    fig = charts.answer_distribution(bank, results, scale.id, None, "da", demo["groups"])
    assert len(fig.axes[0].get_yticklabels()) == len(scale.items)
    for item in scale.items:
        segments = _gids(fig, f"segment:{item.id}")
        options = len(bank.option_set(item).points)
        assert len(segments) == options + 1  # the options and "don't know"
        assert sum(s.get_width() for s in segments) == pytest.approx(100.0)
        hatches = [s.get_hatch() for s in segments]
        assert len(set(hatches)) == len(hatches)  # each option its own pattern
        answered = (
            sum(results.distribution(item.id, None).counts) + results.distribution(item.id, None).dont_know
        )
        assert any(f"(n = {answered})" in t.get_text() for t in fig.axes[0].get_yticklabels())
    texts = _texts(fig)
    assert "Arbejdsmængde og tidspres" in texts and charts.ChartTexts("da").workplace() in texts
    assert "Altid" in texts and "Ved ikke" in texts
    assert "\u00a0%" in texts
    _png_ok(fig)


def test_answer_distribution_shades_keep_their_order_in_greyscale(demo):
    bank = demo["bank"]
    fig = charts.answer_distribution(bank, demo["results"], "support_manager", None, "en")
    item = bank.scale("support_manager").items[0]
    faces = [s.get_facecolor() for s in _gids(fig, f"segment:{item.id}")][:-1]  # without "don't know"
    levels = [0.299 * r + 0.587 * g + 0.114 * b for r, g, b, _ in faces]
    assert levels == sorted(levels) and min(b - a for a, b in zip(levels, levels[1:], strict=False)) > 0.08


def test_answer_distribution_of_a_withheld_group_is_only_a_note(demo):
    drivers = next(g for g in demo["groups"] if g.name.startswith("Chauffør"))
    fig = charts.answer_distribution(
        demo["bank"], demo["results"], "demands_quantitative", drivers.id, "en", demo["groups"]
    )
    assert _gids(fig, "note") and not [a for a in fig.findobj() if str(a.get_gid()).startswith("segment:")]
    assert "withheld: fewer than 5 answers" in _texts(fig)
    shop = next(g for g in demo["groups"] if g.name.startswith("Butik"))
    fig = charts.answer_distribution(demo["bank"], demo["results"], "support_manager", shop.id, "en")
    assert "smaller group" in _texts(fig)


def test_names_with_dollar_signs_are_drawn_as_written(demo):
    groups = [dataclasses.replace(g, name="Løn $5 og $6 tillæg") for g in demo["groups"][:1]] + demo[
        "groups"
    ][1:]
    fig = charts.theme_profile(demo["bank"], demo["results"], demo["round"], groups, groups[0].id, "da")
    texts = fig.findobj(Text)
    assert any("Løn $5 og $6 tillæg" in t.get_text() for t in texts)
    assert not any(t.get_parse_math() for t in texts)  # not read as mathtext ("5 og " in italics)
    _png_ok(fig)

"""The dialogue agenda: templates validated, agenda proposed per theme, ratings per scale."""

from __future__ import annotations

from pathlib import Path

import pytest

from apvdesk.app.resources import agenda_templates, shipped_bank
from apvdesk.core.bank import BankError
from apvdesk.core.dialogue import (
    AgendaPoint,
    Rating,
    judgements_by_scale,
    load_agenda_templates,
    propose_agenda,
)


def test_every_template_speaks_to_a_theme_and_scale_of_the_bank():
    bank = shipped_bank()
    themes = {t.id for t in bank.themes}
    scales = {s.id for s in bank.scales}
    for template in agenda_templates():
        assert template.theme_id in themes
        assert template.scale_id is None or template.scale_id in scales
    assert {t.theme_id for t in agenda_templates()} == themes  # every theme has a point


def test_social_support_points_cover_the_seed():
    ids = [t.id for t in agenda_templates() if t.theme_id == "social_support"]
    for needed in (
        "community_relations",
        "community_talk",
        "manager_support",
        "support_fit",
        "after_episode",
    ):
        assert needed in ids


def test_the_agenda_follows_the_rounds_themes():
    asked = shipped_bank().with_themes(["social_support", "demands", "influence"])
    points = propose_agenda(agenda_templates(), asked, "da")
    scales = {p.scale_id for p in points}
    assert "community" in scales and "demands_quantitative" in scales and "influence" in scales
    assert "trust" not in scales  # social capital is not asked
    assert [p.position for p in points] == list(range(len(points)))
    assert points[0].title == "Fællesskabet"
    english = propose_agenda(agenda_templates(), asked, "en")
    assert english[0].title == "The team"
    assert propose_agenda(agenda_templates(), asked, "pl")[0].title == "Zespół"  # every language now
    assert propose_agenda(agenda_templates(), asked, "de")[0].title == "The team"  # one it lacks: English


def test_a_broken_agenda_file_names_the_key(tmp_path: Path):
    path = tmp_path / "agenda.toml"
    path.write_text(
        '[[points]]\nid = "x"\ntheme = "t"\ntitle.da = "A"\nquestion.da = "B"\n', encoding="utf-8"
    )
    with pytest.raises(BankError, match=r"points\[0\]\.title\.en"):
        load_agenda_templates(path)


def test_the_most_serious_rating_speaks_for_a_scale():
    points = [
        AgendaPoint("a", "?", scale_id="community", rating=Rating.MOSTLY_WORKS),
        AgendaPoint("b", "?", scale_id="community", rating=Rating.PROBLEM),
        AgendaPoint("c", "?", scale_id="support_fit"),  # not rated
        AgendaPoint("d", "?", rating=Rating.REAL_PROBLEM),  # no scale
    ]
    judgements = judgements_by_scale(points)
    assert list(judgements) == ["community"]
    assert judgements["community"].rating == Rating.PROBLEM
    assert [p.title for p in judgements["community"].points] == ["a", "b"]

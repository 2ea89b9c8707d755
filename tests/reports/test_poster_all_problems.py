"""Every problem of the plan is on the poster: employees read it, so none is left off silently."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, ActionPlan, Problem, Round, Seriousness, Workplace
from apvdesk.core.poster import poster_content
from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

SCALES = (
    "support_colleagues",
    "quantitative_demands",
    "influence",
    "violence",
    "support_manager",
    "community",
)
KIND = (
    "Problem nummer {n}: mange oplever, at de står alene med travlheden om morgenen, når leverancerne kommer."
)
HOW = "Tiltag {n}.{m}: et fast ugentligt møde, hvor vi fordeler opgaverne på ny og aftaler, hvem der hjælper."


def _plan(count: int) -> ActionPlan:
    problems = [
        (
            Problem(
                1,
                SCALES[(n - 1) % len(SCALES)],
                KIND.format(n=n),
                Seriousness.HIGH,
                priority=n,
                translations={"pl": f"Problem numer {n}: wielu czuje się samotnie w pośpiechu."},
            ),
            [
                Action(
                    HOW.format(n=n, m=m),
                    "Karin Holm",
                    deadline=dt.date(2027, 1, m),
                    translations={"pl": "Spotkanie."},
                )
                for m in (1, 2)
            ],
        )
        for n in range(1, count + 1)
    ]
    return ActionPlan(
        Workplace("Vaskeri Solsiden ApS", manager="Karin Holm", safety_representatives=["Jens Berg"]),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [],
        problems,
        [],
        shipped_bank(),
        dt.date(2026, 10, 20),
    )


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("second", [None, "pl"])
@pytest.mark.parametrize("count", [6, 8])
def test_every_problem_of_the_plan_is_printed(count: int, second: str | None) -> None:
    content = poster_content(_plan(count))
    assert len(content.problems) == count and content.more_problems == 0
    pages = _pages(build_poster_pdf(content, shipped_poster_texts(), "da", second))
    assert len(pages) == 1
    for n in range(1, count + 1):
        assert f"Problem nummer {n}:" in pages[0], n
    assert "Flere problemer" not in pages[0]


def test_a_poster_asked_to_show_fewer_says_how_many_more_the_plan_holds() -> None:
    content = poster_content(_plan(6), max_problems=4)
    text = _pages(build_poster_pdf(content, shipped_poster_texts(), "da", "pl"))[0]
    assert "Problem nummer 4:" in text and "Problem nummer 5:" not in text
    assert "Flere problemer i handlingsplanen: 2" in text
    assert "Więcej problemów w planie działań: 2" in text

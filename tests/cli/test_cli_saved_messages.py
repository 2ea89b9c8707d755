"""Every command that writes a file says so in one pattern: "The poster was saved as …".

Danish: "Plakaten er gemt som …", never "Skrev plakaten til …". Each command runs as the
user runs it, in its own process, and the file it names is there afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from tests.cli.test_cli import ENGLISH, run

DANISH = "[General]\nlanguage=da\n"

# command, output name, the English and the Danish sentence ({out}: the name given).
SAID: dict[str, tuple[list[str], str, str, str]] = {
    "poster": (
        ["report", "poster", "{src}", "-o", "{out}"],
        "poster.pdf",
        "The poster was saved as {out}.",
        "Plakaten er gemt som {out}.",
    ),
    "action-plan": (
        ["report", "action-plan", "{src}", "-o", "{out}"],
        "plan.pdf",
        "The action plan was saved as {out}.",
        "Handlingsplanen er gemt som {out}.",
    ),
    "export-xlsx": (
        ["export", "{src}", "-o", "{out}"],
        "plan.xlsx",
        "The action plan was saved as {out}.",
        "Handlingsplanen er gemt som {out}.",
    ),
    "questionnaire": (
        ["report", "questionnaire", "{src}", "-o", "{out}"],
        "form.pdf",
        "The questionnaire was saved as {out}.",
        "Spørgeskemaet er gemt som {out}.",
    ),
    "agenda": (
        ["report", "agenda", "{src}", "-o", "{out}"],
        "agenda.pdf",
        "The agenda of the dialogue meeting was saved as {out}.",
        "Dagsordenen for dialogmødet er gemt som {out}.",
    ),
    "template": (
        ["template", "{src}", "-o", "{out}"],
        "answers.csv",
        "An empty import file with {questions} questions was saved as {out}.",
        "En tom importfil med {questions} spørgsmål er gemt som {out}.",
    ),
}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("saved") / "demo.apvdesk"
    write_demo(path, respondents=12, seed=7)
    return path


def _questions(source: Path) -> int:
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open(source)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None
        assert apv_round.id is not None
        return len(store.round_bank(apv_round.id).items)
    finally:
        store.close()


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("kind", sorted(SAID))
def test_a_written_file_is_announced_as_saved(source: Path, tmp_path: Path, kind: str, lang: str) -> None:
    args, name, english, danish = SAID[kind]
    out = tmp_path / name
    result = run(
        tmp_path,
        *(a.format(src=source, out=out) for a in args),
        settings=ENGLISH if lang == "en" else DANISH,
    )
    assert result.returncode == 0, result.stderr
    expected = (english if lang == "en" else danish).format(
        out=out, questions=_questions(source) if kind == "template" else ""
    )
    assert result.stdout == expected + "\n"
    assert out.stat().st_size > 0
    assert "Wrote" not in result.stdout and "Skrev" not in result.stdout

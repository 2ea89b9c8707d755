"""The command line of the mapping: the empty template, importing answers, the paper questionnaire."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

ENGLISH = "[General]\nlanguage=en\n"


def run(tmp_path: Path, *args: object, settings: str | None = ENGLISH) -> subprocess.CompletedProcess[str]:
    """Run apvdesk with its data folder in ``tmp_path`` (English messages unless told)."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    if settings is not None:
        (data / "settings.ini").write_text(settings, encoding="utf-8")
    env = dict(os.environ, APVDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *names: str) -> list[str]:
    """Exit 2, no traceback, stderr naming ``names``; return stderr's lines."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    for name in names:
        assert name in result.stderr, (name, result.stderr)
    return result.stderr.splitlines()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run(folder, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    return folder / "demo.apvdesk"


@pytest.fixture
def workplace(demo_file: Path, tmp_path: Path) -> Path:
    (tmp_path / "work").mkdir()
    path = tmp_path / "work" / "work.apvdesk"  # alone in its folder, so leftovers show
    shutil.copyfile(demo_file, path)
    return path


class Round:
    """What a test needs to know about the latest round of a file."""

    def __init__(self, path: Path) -> None:
        from apvdesk.store.workplace_store import WorkplaceStore

        store = WorkplaceStore.open_read_only(path)
        try:
            apv_round = store.latest_round()
            assert apv_round is not None and apv_round.id is not None
            self.id = apv_round.id
            self.bank = store.round_bank(self.id)
            self.groups = {g.name: g.id for g in store.round_groups(self.id)}
            self.responses = store.responses(self.id)
            self.languages = store.language_counts(self.id)
        finally:
            store.close()
        self.frequency = [item.id for item in self.bank.items if item.option_set_id == "frequency"]

    def new_since(self, before: Round) -> list:
        old = {r.id for r in before.responses}
        return [r for r in self.responses if r.id not in old]

    def languages_since(self, before: Round) -> dict[str, int]:
        """Return how many sheets were added in each language (counted per round, never per sheet)."""
        added = {lang: n - before.languages.get(lang, 0) for lang, n in self.languages.items()}
        return {lang: n for lang, n in added.items() if n}


def danish_csv(items: list[str], bad_group: bool = False) -> str:
    """Four respondents with Danish labels and group names, as Danish Excel saves them."""
    a, b, c = items[:3]
    rows = [
        f"group;language;{a};{b};{c}",
        "Vask og tørring;Dansk;Ofte;Somme tider;Ved ikke",
        "Strygning og finish;da; altid ;;sjældent",
        "Chauffører (kører alene);;Aldrig eller næsten aldrig;Ved ikke;Ofte",
        f"{'Lager og pakning' if bad_group else 'Butik og kundeservice'};en;Often;3;0",
    ]
    return "\r\n".join(rows) + "\r\n"


def file_state(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


# --- acceptance: a Danish CSV from Excel --------------------------------------------


def test_windows_1252_semicolon_csv_with_danish_labels_imports(workplace: Path, tmp_path: Path) -> None:
    before = Round(workplace)
    data = tmp_path / "svar.csv"
    data.write_bytes(danish_csv(before.frequency).encode("cp1252"))
    result = run(tmp_path, "import", workplace, data)
    assert result.returncode == 0, result.stderr
    assert "Added 4 respondents" in result.stdout
    after = Round(workplace)
    added = after.new_since(before)
    assert len(added) == 4
    a, b, c = before.frequency[:3]
    by_group = {r.group_id: r for r in added}
    washing = by_group[before.groups["Vask og tørring"]]
    assert washing.answers == {a: 1, b: 2, c: None}
    assert by_group[before.groups["Strygning og finish"]].answers == {a: 0, c: 3}
    drivers = by_group[before.groups["Chauffører (kører alene)"]]
    assert drivers.answers == {a: 4, b: None, c: 1}
    shop = by_group[before.groups["Butik og kundeservice"]]
    assert shop.answers == {a: 1, b: 2, c: None}
    assert after.languages_since(before) == {"da": 3, "en": 1}
    assert all(r.language == "" and r.answered_on is None for r in added)  # nothing kept per sheet


def test_one_bad_row_imports_nothing_and_leaves_the_file_as_it_was(workplace: Path, tmp_path: Path) -> None:
    before = Round(workplace)
    data = tmp_path / "svar.csv"
    data.write_bytes(danish_csv(before.frequency, bad_group=True).encode("cp1252"))
    state = file_state(workplace)
    result = run(tmp_path, "import", workplace, data)
    # the fourth respondent is on spreadsheet row 5: the header is row 1
    lines = assert_user_error(result, "Row 5", "Lager og pakning", "Nothing was imported")
    assert len(lines) == 1
    assert result.stdout == ""
    assert file_state(workplace) == state
    assert Round(workplace).responses == before.responses


def test_every_bad_row_is_listed(workplace: Path, tmp_path: Path) -> None:
    items = Round(workplace).frequency
    data = tmp_path / "bad.csv"
    data.write_text(
        f"group;{items[0]};{items[1]}\nVask og tørring;7;Ofte\nVask og tørring;Ofte;Tit\nNowhere;1;1\n",
        encoding="utf-8",
    )
    state = file_state(workplace)
    lines = assert_user_error(run(tmp_path, "import", workplace, data), "3 problems")
    assert [line.split(",")[0].split(":")[0].strip() for line in lines[1:]] == ["Row 2", "Row 3", "Row 4"]
    assert "Tit" in lines[2] and "column C" in lines[2]
    assert file_state(workplace) == state


# --- other encodings, separators and workbooks --------------------------------------


@pytest.mark.parametrize(
    ("encoding", "separator"), [("utf-8-sig", ","), ("utf-8", "\t"), ("utf-16", "\t"), ("cp1252", ";")]
)
def test_codes_with_any_separator_and_encoding(
    workplace: Path, tmp_path: Path, encoding: str, separator: str
) -> None:
    before = Round(workplace)
    a, b = before.frequency[:2]
    lines = [
        ["group", "language", a, b],
        ["Strygning og finish", "en", "1", "0"],
        ["Vask og tørring", "", "5", ""],
    ]
    data = tmp_path / "codes.csv"
    data.write_bytes("\n".join(separator.join(line) for line in lines).encode(encoding))
    result = run(tmp_path, "import", workplace, data)
    assert result.returncode == 0, result.stderr
    after = Round(workplace)
    added = after.new_since(before)
    assert sorted((r.answers for r in added), key=len) == [{a: 4}, {a: 0, b: None}]
    assert after.languages_since(before) == {"da": 1, "en": 1}


def formula_workbook(path: Path, rows: list[list[object]], saved: str | None) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    if saved is not None:  # give the formula a saved result, as Excel does
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode().replace("<v />", f"<v>{saved}</v>")
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path


def test_xlsx_with_codes_and_a_formula(workplace: Path, tmp_path: Path) -> None:
    before = Round(workplace)
    a, b = before.frequency[:2]
    rows: list[list[object]] = [["group", "language", a, b], ["Butik og kundeservice", "English", 2, "=1+2"]]
    state = file_state(workplace)
    bad = formula_workbook(tmp_path / "bad.xlsx", rows, saved=None)
    assert_user_error(run(tmp_path, "import", workplace, bad), "Row 2", "column D", b)
    assert file_state(workplace) == state
    good = formula_workbook(tmp_path / "good.xlsx", rows, saved="3")
    result = run(tmp_path, "import", workplace, good)
    assert result.returncode == 0, result.stderr
    after = Round(workplace)
    [added] = after.new_since(before)
    assert added.answers == {a: 1, b: 2}
    assert after.languages_since(before) == {"en": 1}


def test_the_template_round_trips(workplace: Path, tmp_path: Path) -> None:
    before = Round(workplace)
    template = tmp_path / "skabelon.xlsx"
    result = run(tmp_path, "template", workplace, "-o", template, "--lang", "da")
    assert result.returncode == 0, result.stderr
    assert str(len(before.bank.items)) in result.stdout
    workbook = load_workbook(template)
    assert workbook.sheetnames == ["Answers", "Legend"]
    sheet = workbook["Answers"]
    header = [c.value for c in sheet[1]]
    assert header == ["group", "language", *(item.id for item in before.bank.items)]
    for index, group in enumerate(before.groups):
        sheet.append([group, "", *[(index + i) % 6 for i in range(len(header) - 2)]])
    workbook.save(template)
    result = run(tmp_path, "import", workplace, template)
    assert result.returncode == 0, result.stderr
    assert f"Added {len(before.groups)} respondents" in result.stdout
    added = Round(workplace).new_since(before)
    assert len(added) == len(before.groups)

    csv_template = tmp_path / "skabelon.csv"
    assert run(tmp_path, "template", workplace, "-o", csv_template).returncode == 0
    assert csv_template.read_bytes().startswith(b"\xef\xbb\xbfgroup;language;")


# --- bad files and arguments ----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (os.urandom(4000) + b"\x00", ["neither a CSV file nor an Excel spreadsheet"]),
        (b"", ["is empty"]),
        (b"group;language\r\n", ["no answers"]),
        (b"group;language;q_unknown\r\nVask og t\xf8rring;da;1\r\n", ["Row 1", "q_unknown"]),
        (b"PK\x03\x04\x00\x00junk", ["neither a CSV file nor an Excel spreadsheet"]),
    ],
    ids=["junk", "empty", "header-only", "unknown-column", "broken-zip"],
)
def test_a_bad_file_is_one_clear_line(
    workplace: Path, tmp_path: Path, content: bytes, words: list[str]
) -> None:
    data = tmp_path / "data.csv"
    data.write_bytes(content)
    state = file_state(workplace)
    lines = assert_user_error(run(tmp_path, "import", workplace, data), *words, "Nothing was imported")
    assert len(lines) == 1
    assert file_state(workplace) == state


def test_bad_arguments(workplace: Path, tmp_path: Path) -> None:
    assert_user_error(run(tmp_path, "import", workplace, tmp_path / "missing.csv"), "missing.csv")
    (tmp_path / "x.csv").write_text("group\nVask og tørring\n", encoding="utf-8")
    assert_user_error(run(tmp_path, "import", workplace, tmp_path / "x.csv", "--round", "999"), "999")
    assert_user_error(run(tmp_path, "import", tmp_path / "nofile.apvdesk", tmp_path / "x.csv"), "nofile")
    assert_user_error(run(tmp_path, "template", workplace, "-o", tmp_path / "t.ods"), "t.ods")
    assert_user_error(run(tmp_path, "template", workplace, "-o", tmp_path / "t.xlsx", "--lang", "xx"), "xx")
    assert not (tmp_path / "t.xlsx").exists()


def test_help_names_the_new_commands(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    for command in ("report questionnaire", "template", "import"):
        assert command in result.stdout
    assert run(tmp_path, "import", "--help").returncode == 0


# --- the paper questionnaire ------------------------------------------------------------


def test_report_questionnaire(workplace: Path, tmp_path: Path) -> None:
    pytest.importorskip("apvdesk.reports.questionnaire")
    out = tmp_path / "spørgeskema.pdf"
    result = run(
        tmp_path, "report", "questionnaire", workplace, "-o", out, settings="[General]\nlanguage=da\n"
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    languages = Round(workplace).bank.languages
    other = languages[-1]
    result = run(
        tmp_path, "report", "questionnaire", workplace, "-o", tmp_path / "other.pdf", "--lang", other
    )
    assert result.returncode == 0, result.stderr
    bad = run(tmp_path, "report", "questionnaire", workplace, "-o", tmp_path / "x.pdf", "--lang", "xx")
    assert len(assert_user_error(bad, "xx", ", ".join(languages))) == 1
    bad = run(tmp_path, "report", "questionnaire", workplace, "-o", tmp_path / "x.pdf", "--round", "42")
    assert len(assert_user_error(bad, "42")) == 1
    bad = run(tmp_path, "report", "questionnaire", workplace, "-o", tmp_path / "no" / "x.pdf")
    assert len(assert_user_error(bad, "x.pdf")) == 1
    assert not (tmp_path / "x.pdf").exists()

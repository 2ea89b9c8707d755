"""The command line of the full APV report: ``report full``."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli_dialogue import ENGLISH, assert_user_error, run


def test_report_full_writes_a_pdf(demo_file: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "report", "full", demo_file.name, "-o", "report.pdf", "--lang", "en")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "report.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert "report.pdf" in result.stdout
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Dialogue findings" in text


def test_report_full_with_round(demo_file: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "report", "full", demo_file.name, "-o", "r.pdf", "--round", "1")
    assert result.returncode == 0, result.stderr
    line = assert_user_error(
        run(tmp_path, "report", "full", demo_file.name, "-o", "r2.pdf", "--round", "99"), demo_file.name
    )
    assert "99" in line
    assert not (tmp_path / "r2.pdf").exists()


def test_report_full_without_any_round(tmp_path: Path) -> None:
    from apvdesk.store.sqlite.database import create_file

    path = tmp_path / "empty.apvdesk"
    create_file(path).dispose()
    line = assert_user_error(
        run(tmp_path, "report", "full", path.name, "-o", "r.pdf", settings=ENGLISH), path.name
    )
    assert "no APV round" in line
    assert not (tmp_path / "r.pdf").exists()


def test_report_full_missing_file(tmp_path: Path) -> None:
    result = run(tmp_path, "report", "full", "missing.apvdesk", "-o", "r.pdf")
    assert_user_error(result, "missing.apvdesk")
    assert not (tmp_path / "r.pdf").exists()

"""Qt's lrelease and lupdate are found as PySide6 installs them, on Linux and on Windows (.exe)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tools import build_translations
from tools.build_translations import compile_all, qt_tool_command


def program(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"MZ")  # only its being a file counts
    return path


@pytest.fixture
def nothing_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)


def test_windows_finds_pysides_lrelease_exe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nothing_on_path: None
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    pyside = tmp_path / "Lib" / "site-packages" / "PySide6"
    program(pyside / "lrelease")  # a file without .exe is not what Windows runs
    exe = program(pyside / "lrelease.exe")
    program(pyside / "lupdate.exe")
    scripts = tmp_path / "Scripts"
    assert qt_tool_command("lrelease", pyside, scripts) == [str(exe)]
    assert qt_tool_command("lupdate", pyside, scripts) == [str(pyside / "lupdate.exe")]


def test_windows_falls_back_to_the_wrapper_in_scripts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nothing_on_path: None
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    scripts = tmp_path / ".venv" / "Scripts"
    program(scripts / "pyside6-lrelease")
    with pytest.raises(SystemExit, match="lrelease"):
        qt_tool_command("lrelease", tmp_path / "PySide6", scripts)
    wrapper = program(scripts / "pyside6-lrelease.exe")
    assert qt_tool_command("lrelease", tmp_path / "PySide6", scripts) == [str(wrapper)]


def test_linux_uses_the_names_without_exe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nothing_on_path: None
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    pyside, scripts = tmp_path / "PySide6", tmp_path / "bin"
    program(pyside / "lrelease.exe")
    wrapper = program(scripts / "pyside6-lrelease")
    assert qt_tool_command("lrelease", pyside, scripts) == [str(wrapper)]
    binary = program(pyside / "lrelease")
    assert qt_tool_command("lrelease", pyside, scripts) == [str(binary)]


def test_path_is_the_last_resort(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", lambda name: rf"C:\Tools\{name}.exe")
    assert qt_tool_command("lupdate", tmp_path, tmp_path) == [r"C:\Tools\pyside6-lupdate.exe"]


def test_the_installed_lrelease_compiles_a_catalogue(tmp_path: Path) -> None:
    (command,) = build_translations.lrelease_command()
    assert Path(command).is_file()
    (tmp_path / "x_da.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="da">\n'
        "<context><name>C</name><message><source>Answers</source><translation>Svar</translation>"
        "</message></context>\n</TS>\n",
        encoding="utf-8",
    )
    (qm,) = compile_all(tmp_path)
    assert qm == tmp_path / "x_da.qm" and "Svar".encode("utf-16-be") in qm.read_bytes()

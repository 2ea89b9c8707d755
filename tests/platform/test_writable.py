"""Whether a place may be written is found by trying, never by os.access (blind to Windows' ACLs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from apvdesk.platform import writable
from apvdesk.platform.writable import can_read, can_write, can_write_in, may_write
from tests.platform.windows_errors import windows_error
from tests.platform.write_refusal import AS_ROOT, refusing_writes


def test_a_folder_one_may_write_in_is_writable_and_keeps_no_trace(tmp_path: Path) -> None:
    (tmp_path / "Firma.apvdesk").write_bytes(b"x")
    assert can_write_in(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["Firma.apvdesk"]


def test_an_existing_file_is_tried_without_being_changed(tmp_path: Path) -> None:
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(b"content")
    stamp = path.stat().st_mtime_ns
    assert can_write(path) and may_write(path)
    assert path.read_bytes() == b"content" and path.stat().st_mtime_ns == stamp


def test_a_missing_folder_cannot_be_written(tmp_path: Path) -> None:
    assert not can_write_in(tmp_path / "gone")
    assert not may_write(tmp_path / "gone" / "plan.pdf")
    assert not can_write(tmp_path)  # a folder is no file to write


@pytest.mark.skipif(AS_ROOT, reason="root may write in any folder whatever its permission bits")
def test_a_read_only_folder_and_file_by_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "Firma.apvdesk"
    path.write_bytes(b"x")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        assert not can_write_in(folder)
        assert not can_write(path)
        assert not may_write(folder / "new.pdf")
        assert can_read(path)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_folder_that_refuses_writes_though_os_access_says_yes(tmp_path: Path, monkeypatch) -> None:
    # What a Windows share with an access list looks like: the mode bits allow, the try is refused.
    folder = tmp_path / "Fælles"
    folder.mkdir()
    path = folder / "Firma.apvdesk"
    path.write_bytes(b"x")
    assert os.access(folder, os.W_OK) and os.access(path, os.W_OK)
    with refusing_writes(folder, monkeypatch):
        assert not can_write_in(folder)
        assert not can_write(path)
        assert not may_write(folder / "plan.pdf")
    assert can_write_in(folder) and can_write(path)


def test_a_file_another_program_holds_still_counts_as_writable(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "Handlingsplan.pdf"
    path.write_bytes(b"%PDF")

    def held(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise windows_error(32, "Processen kan ikke få adgang til filen", str(path))

    monkeypatch.setattr(writable.os, "open", held)
    assert can_write(path)  # the hold passes; the permission is there


def test_access_denied_by_windows_is_not_writable(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(b"x")

    def denied(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise windows_error(5, "Adgang nægtet", str(path))

    monkeypatch.setattr(writable.os, "open", denied)
    assert not can_write(path) and not can_write_in(tmp_path)

"""A rename onto a file another program holds is tried again for a moment, then the error stands."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from apvdesk.platform import file_retry
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.platform.file_retry import replace_file
from tests.platform.windows_errors import windows_error


class FlakyReplace:
    """os.replace that raises ``errors`` first (one per call), then renames."""

    def __init__(self, *errors: OSError) -> None:
        self.errors = list(errors)
        self.calls = 0
        self.real = os.replace

    def __call__(self, source, target) -> None:  # noqa: ANN001 - os.replace's own arguments
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        self.real(source, target)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / "new.pdf", tmp_path / "Handlingsplan.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    return source, target


def test_a_sharing_violation_twice_then_the_rename_goes_through(files, monkeypatch) -> None:
    source, target = files
    flaky = FlakyReplace(windows_error(32, filename=str(target)), windows_error(32, filename=str(target)))
    monkeypatch.setattr(os, "replace", flaky)
    waits: list[float] = []
    replace_file(source, target, sleep=waits.append)
    assert flaky.calls == 3 and target.read_bytes() == b"new" and not source.exists()
    assert waits == [0.05, 0.1]  # growing waits


def test_access_denied_on_an_existing_target_is_tried_again(files, monkeypatch) -> None:
    source, target = files
    monkeypatch.setattr(os, "replace", FlakyReplace(windows_error(5), windows_error(33)))
    replace_file(source, target, sleep=lambda _s: None)
    assert target.read_bytes() == b"new"


def test_a_file_that_stays_held_raises_the_last_error_after_a_second_and_a_half(files, monkeypatch) -> None:
    source, target = files
    held = [windows_error(32, filename=str(target)) for _ in range(10)]
    flaky = FlakyReplace(*held)
    monkeypatch.setattr(os, "replace", flaky)
    waits: list[float] = []
    with pytest.raises(PermissionError) as caught:
        replace_file(source, target, sleep=waits.append)
    assert caught.value.winerror == 32  # type: ignore[attr-defined]
    assert flaky.calls == len(file_retry.WAITS) + 1
    assert waits == sorted(waits) and 1.0 <= sum(waits) <= 2.0
    assert target.read_bytes() == b"old" and source.read_bytes() == b"new"


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EACCES, "Permission denied"),  # POSIX: a refusal, not a hold
        PermissionError("the file is open in another program"),  # no number at all
    ],
)
def test_other_failures_are_raised_at_once(files, monkeypatch, error: OSError) -> None:
    source, target = files
    flaky = FlakyReplace(error)
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OSError):
        replace_file(source, target, sleep=lambda _s: pytest.fail("no wait for a failure that stays"))
    assert flaky.calls == 1


def test_access_denied_without_a_target_is_not_tried_again(tmp_path, monkeypatch) -> None:
    source = tmp_path / "new.pdf"
    source.write_bytes(b"new")
    flaky = FlakyReplace(windows_error(5))
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(PermissionError):
        replace_file(source, tmp_path / "none.pdf", sleep=lambda _s: None)
    assert flaky.calls == 1


def test_the_safe_writer_waits_for_a_reader_that_lets_go(tmp_path, monkeypatch) -> None:
    target = tmp_path / "Handlingsplan.pdf"
    target.write_bytes(b"last week's plan")
    flaky = FlakyReplace(windows_error(32), windows_error(32))
    monkeypatch.setattr(os, "replace", flaky)
    monkeypatch.setattr(file_retry.time, "sleep", lambda _s: None)
    write_atomically(b"%PDF this week's plan", target)
    assert target.read_bytes() == b"%PDF this week's plan"
    assert [p.name for p in tmp_path.iterdir()] == ["Handlingsplan.pdf"]


def test_the_safe_writer_keeps_windows_number_when_the_file_stays_held(tmp_path, monkeypatch) -> None:
    target = tmp_path / "Handlingsplan.pdf"
    target.write_bytes(b"last week's plan")
    monkeypatch.setattr(os, "replace", FlakyReplace(*[windows_error(32) for _ in range(10)]))
    monkeypatch.setattr(file_retry.time, "sleep", lambda _s: None)
    with pytest.raises(PermissionError) as caught:
        write_atomically(b"%PDF this week's plan", target)
    assert caught.value.filename == str(target)
    assert caught.value.winerror == 32  # type: ignore[attr-defined]
    assert target.read_bytes() == b"last week's plan"
    assert [p.name for p in tmp_path.iterdir()] == ["Handlingsplan.pdf"]  # no temporary file left

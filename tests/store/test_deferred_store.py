"""A file opened at start-up before SQLAlchemy: same checks, same lock, same data, full store later."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.store.errors import DamagedFile, NotAWorkplaceFile
from apvdesk.store.sqlite.backups import list_backups
from apvdesk.store.sqlite.deferred_store import DeferredStore, import_store_modules
from apvdesk.store.sqlite.lock import lock_owner, lock_path
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.apvdesk"
    write_demo(path, respondents=25, seed=4)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_overview_is_read_without_loading_the_store(demo: Path) -> None:
    reader = WorkplaceStore.open_read_only(demo)
    expected = reader.overview()
    reader.close()
    deferred = DeferredStore.open(demo)
    assert deferred is not None
    try:
        assert deferred.overview() == expected
        assert deferred.workplace() == expected.workplace
        assert deferred.latest_round() == expected.round
        assert expected.round is not None and expected.round.id is not None
        assert deferred.round_actions(expected.round.id) == expected.round_actions
        assert not deferred.loaded
        owner = lock_owner(demo)  # held like any file opened for changes (another copy is kept out)
        assert owner is not None and owner.is_this_process()
        assert [b.reason for b in list_backups(demo)] == ["opened"]  # the backup on opening, as usual
    finally:
        deferred.close()
    assert not lock_path(demo).exists()


def test_anything_else_loads_the_full_store_which_keeps_the_lock(demo: Path) -> None:
    deferred = DeferredStore.open(demo)
    assert deferred is not None
    import_store_modules()  # what the window does in the background
    workplace = deferred.workplace()
    workplace.name = "Vaskeriet Nord"
    deferred.save_workplace(workplace)  # not its own: passed on to the full store
    assert deferred.loaded
    assert deferred.overview().workplace.name == "Vaskeriet Nord"
    assert lock_path(demo).exists()
    deferred.close()
    assert not lock_path(demo).exists()
    again = WorkplaceStore.open(demo)
    assert again.workplace().name == "Vaskeriet Nord"
    again.close()


def test_an_older_file_is_left_to_the_full_store_untouched(tmp_path: Path) -> None:
    path = tmp_path / "old.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0005.apvdesk", path)
    before = digest(path)
    assert DeferredStore.open(path) is None
    assert digest(path) == before and not lock_path(path).exists()


@pytest.mark.parametrize("damage", ["text", "pages"])
def test_a_bad_file_is_refused_as_before_and_nothing_is_left_beside_it(demo: Path, damage: str) -> None:
    if damage == "text":
        demo.write_text("not a workplace")
        expected: type[Exception] = NotAWorkplaceFile
    else:
        data = bytearray(demo.read_bytes())
        page = 4096
        data[page * 3 : page * 3 + 200] = b"\xff" * 200  # a table page, not the header
        demo.write_bytes(bytes(data))
        expected = DamagedFile
    before = digest(demo)
    with pytest.raises(expected):
        DeferredStore.open(demo)
    assert digest(demo) == before
    assert not lock_path(demo).exists()

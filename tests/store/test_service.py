"""The declared service interface: WorkplaceStore and DeferredStore are both a WorkplaceService.

Checked three ways: mypy accepts both where a WorkplaceService is expected (and refuses a
class that lacks a request, so the check bites); at run time every member of the Protocol
is defined on both classes, with the same parameters (DeferredStore passes nothing on
through ``__getattr__`` that the Protocol names); and an open store and a deferred
opening pass ``isinstance`` without the deferred one loading the full store.
"""

from __future__ import annotations

import importlib.util
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.store.service import WorkplaceService
from apvdesk.store.sqlite import files
from apvdesk.store.sqlite.deferred_store import DeferredStore
from apvdesk.store.workplace_store import WorkplaceStore

ROOT = Path(__file__).resolve().parents[2]


def protocol_members() -> dict[str, object]:
    """Return the Protocol's members (methods and properties) by name, its bases' included."""
    members: dict[str, object] = {}
    for klass in reversed(WorkplaceService.__mro__):
        if klass is object or "Protocol" in klass.__name__ and klass.__module__ == "typing":
            continue
        members.update(
            (name, value)
            for name, value in vars(klass).items()
            if not name.startswith("_") and (callable(value) or isinstance(value, property))
        )
    return members


def defined_on(cls: type, name: str) -> object | None:
    """Return the member ``name`` as a class defines it (never through ``__getattr__``)."""
    for klass in cls.__mro__:
        if klass is object:
            break
        if name in vars(klass):
            return vars(klass)[name]
    return None


@pytest.fixture(scope="module")
def workplace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("service") / "Service.apvdesk"
    write_demo(path, respondents=12, seed=3)
    return path


def test_the_protocol_lists_what_the_windows_and_the_command_line_ask():
    members = protocol_members()
    assert {"path", "read_only", "close", "overview", "results", "add_responses", "action_plan"} <= set(
        members
    )
    assert "responses" not in members  # single answer sheets are not shown anywhere
    assert {"open", "open_read_only", "create", "create_demo"}.isdisjoint(members)  # constructors


@pytest.mark.parametrize("cls", [WorkplaceStore, DeferredStore])
def test_every_request_is_defined_with_the_same_parameters(cls: type):
    for name, member in protocol_members().items():
        if isinstance(member, property):
            continue  # attributes: checked on open instances below
        defined = defined_on(cls, name)
        assert callable(defined), f"{cls.__name__} does not define {name}"
        expected = list(inspect.signature(member).parameters.values())
        found = list(inspect.signature(defined).parameters.values())
        assert [(p.name, p.kind, p.default) for p in found] == [
            (p.name, p.kind, p.default) for p in expected
        ], name


def test_an_open_store_and_a_deferred_opening_are_workplace_services(workplace: Path):
    store = WorkplaceStore.open(workplace)
    try:
        assert isinstance(store, WorkplaceService)
        assert store.path == workplace and store.read_only is False
    finally:
        store.close()
    deferred = DeferredStore.open(workplace)
    assert deferred is not None
    try:
        assert isinstance(deferred, WorkplaceService)
        assert deferred.path == workplace and deferred.read_only is False
        assert not deferred.loaded  # nothing of the check loaded SQLAlchemy's store
        assert deferred.respondent_count(deferred.latest_round().id) == 12  # passed on: loads it
        assert deferred.loaded
    finally:
        deferred.close()
    reader = WorkplaceStore.open_read_only(workplace)
    try:
        assert isinstance(reader, WorkplaceService) and reader.read_only
    finally:
        reader.close()


def test_the_front_door_opens_either_as_a_workplace_service(workplace: Path):
    for deferred, kind in ((True, DeferredStore), (False, WorkplaceStore)):
        opened = files.open_workplace(workplace, deferred=deferred)
        try:
            assert type(opened) is kind
        finally:
            opened.close()
    assert inspect.signature(files.open_workplace).return_annotation == "WorkplaceService"
    assert inspect.signature(files.open_workplace_read_only).return_annotation == "WorkplaceService"


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_mypy_accepts_both_where_a_workplace_service_is_expected(tmp_path: Path):
    both = tmp_path / "both.py"
    both.write_text(
        textwrap.dedent(
            """
            from apvdesk.store.service import WorkplaceService
            from apvdesk.store.sqlite.deferred_store import DeferredStore
            from apvdesk.store.workplace_store import WorkplaceStore


            def services(store: WorkplaceStore, deferred: DeferredStore) -> list[WorkplaceService]:
                return [store, deferred]
            """
        )
    )
    lacking = tmp_path / "lacking.py"
    lacking.write_text(
        textwrap.dedent(
            """
            from pathlib import Path

            from apvdesk.store.service import WorkplaceService


            class Lacking:
                path = Path("x")
                read_only = False


            def service() -> WorkplaceService:
                return Lacking()
            """
        )
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--follow-imports=silent",
            "--ignore-missing-imports",
            "--no-error-summary",
            str(both),
            str(lacking),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = done.stdout.splitlines()
    assert [line for line in errors if "both.py" in line] == []
    assert any("lacking.py" in line and "WorkplaceService" in line for line in errors), done.stdout

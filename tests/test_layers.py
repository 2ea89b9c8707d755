"""The rooms of apvdesk and which may import which: one table, checked from the source.

Data flows down: ui and cli -> app -> store, reports, io -> wording -> platform -> core.
Nothing points back up, no two modules import each other (not even lazily or for type
checking only), no module grows past 400 lines, and only the modules that open or rescue
a file reach into the SQLite room. The imports are read with ``ast``, so a forbidden
import fails here even inside a function body. docs/architecture.md explains the rooms.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "apvdesk"

QT = ("PySide6", "shiboken6")
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts", "PySide6.QtPrintSupport")
DATABASE = ("sqlalchemy", "alembic")

# room: (the rooms it may import, the libraries it may not import)
ROOMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # the domain: pure Python; every other room may use it
    "core": ((), (*QT, *DATABASE)),
    # the machine: paths, settings, the one safe writer
    "platform": (("core",), (*WIDGETS, *DATABASE)),
    # what the user reads: translations, labels, dates
    "wording": (("core", "platform"), (*WIDGETS, *DATABASE)),
    # the workplace file (shared ORM code, and the SQLite room store/sqlite)
    "store": (("core", "platform", "wording"), (*QT,)),
    # printed reports and files read or written: core objects in, bytes out
    "reports": (("core", "platform", "wording"), (*WIDGETS, *DATABASE)),
    "io": (("core", "platform", "wording"), (*WIDGETS, *DATABASE)),
    # what the UI and the command line share above the store
    "app": (("core", "platform", "wording", "store", "reports", "io"), (*WIDGETS, *DATABASE)),
    # the windows: never SQL
    "ui": (("core", "platform", "wording", "store", "reports", "io", "app"), (*DATABASE,)),
    # the command line: may start the windows (apvdesk FILE), never SQL itself
    "cli": (("core", "platform", "wording", "store", "reports", "io", "app", "ui"), (*WIDGETS, *DATABASE)),
}
ROOT_MODULES = {"__init__.py", "__main__.py"}
MAX_LINES = 400

# The modules above the store that open, create or rescue a workplace *file*: only they
# may reach into the SQLite room, and only through its front door (store/sqlite/files.py).
# Everything else asks an open workplace (store/service.py), whatever database it is in.
SQLITE_FRONT_DOOR = "apvdesk.store.sqlite.files"
OPENS_OR_RESCUES = {
    "apvdesk.cli.common",  # every subcommand opens and checks its file here
    "apvdesk.ui.file_opening",  # File > Open, the lock's questions, the deferred opening
    "apvdesk.ui.file_creation",  # File > New, the example file
    "apvdesk.ui.file_moving",  # moving the open file out of a synced folder (OneDrive)
    "apvdesk.ui.kiosk.unlock_dialog",  # opening a file a kiosk holds, with its PIN
    "apvdesk.ui.read_only_bar",  # a file opened read-only, watched until its writer lets go
    "apvdesk.ui.screenshot",  # opens a copy of the file
    "apvdesk.ui.self_test",  # opens the file to start its kiosk (the bundle check)
    "apvdesk.ui.dialogs.rescue_file",  # the rescue of a damaged file
    "apvdesk.ui.dialogs.restore_backup",  # putting a backup in the file's place
    "apvdesk.app.demo_file",  # creates the demo file
    "apvdesk.app.file_messages",  # tells a damaged workplace file from a foreign one
}


def _rules() -> dict[str, tuple[str, ...]]:
    """Return, per room, every module prefix it may not import."""
    rules = {}
    for room, (allowed, libraries) in ROOMS.items():
        others = tuple(f"apvdesk.{other}" for other in ROOMS if other != room and other not in allowed)
        rules[room] = (*libraries, *others)
    return rules


RULES = _rules()


def imported_modules(source: str, module: str = "apvdesk.x") -> set[str]:
    """Return every module a source file imports, with ``from a import b`` also as ``a.b``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's own package
                base = module.split(".")[: -node.level]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


def _is_banned(name: str, banned: tuple[str, ...]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


def _violations(layer: str) -> list[str]:
    folder = PACKAGE / layer
    problems = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(relative.parts)
        if path.name == "__init__.py":
            module += ".__init__"  # so relative imports resolve against the package itself
        for name in sorted(imported_modules(path.read_text(encoding="utf-8"), module)):
            if _is_banned(name, RULES[layer]):
                problems.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return problems


def _modules() -> dict[str, Path]:
    """Return every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _own_name(module: str, path: Path) -> str:
    """Return the name relative imports resolve against (a package's ``__init__`` counts)."""
    return f"{module}.__init__" if path.name == "__init__.py" else module


def import_graph() -> dict[str, set[str]]:
    """Return, per module of the package, the modules of the package it imports.

    Every import counts: at the top, inside a function, or for type checking only. A
    module's own package (its ``__init__``) is not counted as a dependency of it.
    """
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        deps = set()
        for name in imported_modules(path.read_text(encoding="utf-8"), _own_name(module, path)):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module and not module.startswith(name + "."):
                deps.add(name)
        graph[module] = deps
    return graph


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the groups of modules that import each other, directly or round a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        for dep in sorted(graph.get(module, ())):
            if dep not in index:
                visit(dep)
                low[module] = min(low[module], low[dep])
            elif dep in stack:
                low[module] = min(low[module], index[dep])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return circles


@pytest.mark.parametrize("layer", sorted(RULES))
def test_each_room_imports_only_what_it_may(layer):
    assert (PACKAGE / layer).is_dir(), f"apvdesk/{layer} is missing: update ROOMS and docs/architecture.md"
    assert _violations(layer) == []


def test_the_package_root_holds_only_the_rooms():
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in ROOT_MODULES)
    rooms = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    assert loose == []
    assert rooms == set(ROOMS)


def test_no_two_modules_import_each_other():
    assert import_circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert import_circles(graph) == [["a", "b", "c"]]


def test_no_module_is_over_400_lines():
    long = []
    for module, path in _modules().items():
        if ".migrations." in module:
            continue  # Alembic revisions are written once and never edited
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long.append(f"{path.relative_to(PACKAGE.parent)}: {lines}")
    assert long == []


def test_only_opening_and_rescuing_reach_into_the_sqlite_room():
    reaching = []
    for module, path in _modules().items():
        if module.count(".") < 1 or module.split(".")[1] not in ("ui", "cli", "app"):
            continue
        names = imported_modules(path.read_text(encoding="utf-8"), _own_name(module, path))
        for name in sorted(names):
            if not _is_banned(name, ("apvdesk.store.sqlite",)):
                continue
            through_the_door = name == SQLITE_FRONT_DOOR or name.startswith(SQLITE_FRONT_DOOR + ".")
            if module not in OPENS_OR_RESCUES or not through_the_door:
                reaching.append(f"{module} imports {name}")
    assert reaching == []


@pytest.mark.parametrize(
    ("source", "banned"),
    [
        ("import PySide6.QtCore", QT),
        ("from PySide6 import QtWidgets", ("PySide6.QtWidgets",)),
        ("from PySide6.QtWidgets import QLabel", ("PySide6.QtWidgets",)),
        ("def f():\n    import sqlalchemy\n", DATABASE),
        ("from sqlalchemy.orm import Session", DATABASE),
        ("import alembic.command as cmd", DATABASE),
        ("from ..store import models", ("apvdesk.store",)),
        ("from ..store.models import Base", ("apvdesk.store",)),
    ],
)
def test_the_checker_sees_every_form_of_import(source, banned):
    names = imported_modules(source, "apvdesk.core.scoring")
    assert any(_is_banned(name, banned) for name in names)


def test_the_checker_does_not_flag_allowed_imports():
    source = "import sqlite3\nfrom apvdesk.core.bank import Item\nfrom . import model\nimport PySide6_extra\n"
    names = imported_modules(source, "apvdesk.core.scoring")
    assert not any(_is_banned(name, RULES["core"]) for name in names)


def test_importing_the_domain_loads_neither_qt_nor_sqlalchemy():
    code = (
        "import sys\n"
        "import apvdesk.core.scoring, apvdesk.core.results, apvdesk.core.bank, apvdesk.core.demo\n"
        "import apvdesk.app.resources\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('PySide6', 'shiboken6', 'sqlalchemy', 'alembic'))\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
        timeout=60,
    )
    assert done.stdout.strip() == ""

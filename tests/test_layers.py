"""The layer rules: data flows ui -> store -> core, and nothing below points back up.

Each package may import only what its layer allows; the rules are read from the source
with ``ast``, so a forbidden import fails here even inside a function body.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "apvdesk"

QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic")
RULES: dict[str, tuple[str, ...]] = {
    # the domain: no GUI, no database, and nothing from the layers above it
    "core": (*QT, *DATABASE, "apvdesk.store", "apvdesk.ui", "apvdesk.reports", "apvdesk.io"),
    # the workplace file hands out core objects; it knows nothing of windows
    "store": (*QT, "apvdesk.ui", "apvdesk.reports", "apvdesk.io"),
    # the UI reaches the data through the store's service API only
    "ui": (*DATABASE,),
    # reports and importers take core objects and return bytes or files
    "reports": (*DATABASE, "PySide6.QtWidgets", "apvdesk.ui"),
    "io": (*DATABASE, "PySide6.QtWidgets", "apvdesk.ui"),
}


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


@pytest.mark.parametrize("layer", sorted(RULES))
def test_each_layer_imports_only_what_it_may(layer):
    if not (PACKAGE / layer).is_dir():
        pytest.skip(f"apvdesk/{layer} does not exist yet")
    assert _violations(layer) == []


def test_the_core_and_store_layers_exist():
    # the rules above would pass vacuously if the folders moved
    assert (PACKAGE / "core" / "scoring.py").is_file()
    assert (PACKAGE / "store" / "workplace_store.py").is_file()


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

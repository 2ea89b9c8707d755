"""Build hook: ship resources/ inside the wheel and compile the translations.

The top-level ``resources/`` folder is copied to ``apvdesk/resources`` in the build,
and every ``resources/i18n/*.ts`` is compiled to ``.qm`` with Qt's lrelease, so an
installed wheel finds the same files the checkout does (see ``apvdesk/platform/paths.py``).
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent


class BuildWithResources(build_py):
    """Copy resources/ into the package and build the .qm files."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "apvdesk" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(HERE / "resources", target, ignore=shutil.ignore_patterns("*.qm"))
        sys.path.insert(0, str(HERE))
        from tools.build_translations import compile_all

        compile_all(target / "i18n")


setup(cmdclass={"build_py": BuildWithResources})

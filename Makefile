# apvdesk — the two set-up commands are `make run` and `make test`.
# On Windows (GNU make in PowerShell or cmd, with Python 3.11 as `py -3.11`) the virtual
# environment's programs are in .venv\Scripts with .exe; without make, see packaging/README.md.
VENV := .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= py -3.11
SEP := $(strip \)
BIN := $(VENV)$(SEP)Scripts
EXE := .exe
else
PYTHON ?= python3
BIN := $(VENV)/bin
EXE :=
SEP := /
endif
PY := $(BIN)$(SEP)python$(EXE)
# `touch` and `rm -rf` are not Windows commands: Python does their work on every system.
TOUCH = $(PY) -c "import pathlib, sys; [pathlib.Path(p).touch() for p in sys.argv[1:]]"

.PHONY: run test translations translations-update lint typecheck pytest screenshots bench wheel bundle bundle-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip "setuptools>=69" wheel

$(VENV)/.run-installed: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e .
	$(TOUCH) $@

$(VENV)/.test-installed: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e ".[test,dev,server]"
	$(TOUCH) $@ $(VENV)/.run-installed

translations: $(VENV)/.run-installed
	$(PY) -m tools.build_translations

run: $(VENV)/.run-installed translations
	$(PY) -m apvdesk

lint: $(VENV)/.test-installed
	$(BIN)$(SEP)ruff$(EXE) check apvdesk tests tools

typecheck: $(VENV)/.test-installed
	$(BIN)$(SEP)mypy$(EXE)

# QT_QPA_PLATFORM is set for pytest by tests/conftest.py too; `VAR=value command` is a
# POSIX shell's syntax, which Windows' shells do not have, so there it comes from conftest.
ifeq ($(OS),Windows_NT)
pytest: $(VENV)/.test-installed translations
	$(PY) -m pytest
else
pytest: $(VENV)/.test-installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
endif

test: $(VENV)/.test-installed translations lint typecheck pytest

screenshots: $(VENV)/.run-installed translations
	$(PY) -m tools.screenshots

bench: $(VENV)/.run-installed translations
	$(PY) -m tools.bench

wheel: $(VENV)/.test-installed
	$(PY) -m pip wheel --no-deps --no-build-isolation -w dist .

$(VENV)/.bundle-installed: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e ".[bundle]"
	$(TOUCH) $@

# The one-folder bundle in dist/bundle/apvdesk (packaging/apvdesk.spec, docs/packaging.md).
bundle: $(VENV)/.bundle-installed translations
	$(BIN)$(SEP)pyinstaller$(EXE) --noconfirm --clean --log-level WARN \
		--distpath dist/bundle --workpath build/bundle packaging/apvdesk.spec

# Runs the bundle offscreen (--version, demo, reports, a screenshot) and prints its size.
bundle-check: $(VENV)/.test-installed
	$(PY) -m tools.bundle_check

clean:
	$(PYTHON) -c "import glob, os, shutil; [shutil.rmtree(p, ignore_errors=True) for p in ['build', 'dist', *glob.glob('*.egg-info')]]; [os.remove(p) for p in glob.glob('resources/i18n/*.qm')]"
translations-update: $(VENV)/.run-installed
	$(PY) -m tools.update_translations

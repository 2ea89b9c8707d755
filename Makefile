# apvdesk — the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test translations translations-update lint typecheck pytest screenshots bench wheel bundle bundle-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip "setuptools>=69" wheel

$(VENV)/.run-installed: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.run-installed

translations: $(VENV)/.run-installed
	$(PY) -m tools.build_translations

run: $(VENV)/.run-installed translations
	$(PY) -m apvdesk

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check apvdesk tests tools

typecheck: $(VENV)/.test-installed
	$(VENV)/bin/mypy

pytest: $(VENV)/.test-installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: $(VENV)/.test-installed translations lint typecheck pytest

screenshots: $(VENV)/.run-installed translations
	$(PY) -m tools.screenshots

bench: $(VENV)/.run-installed translations
	$(PY) -m tools.bench

wheel: $(VENV)/.test-installed
	$(PY) -m pip wheel --no-deps --no-build-isolation -w dist .

$(VENV)/.bundle-installed: pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --quiet -e '.[bundle]'
	touch $@

# The one-folder bundle in dist/bundle/apvdesk (packaging/apvdesk.spec, docs/packaging.md).
bundle: $(VENV)/.bundle-installed translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist/bundle --workpath build/bundle packaging/apvdesk.spec

# Runs the bundle offscreen (--version, demo, reports, a screenshot) and prints its size.
bundle-check: $(VENV)/.test-installed
	$(PY) -m tools.bundle_check

clean:
	rm -rf build dist *.egg-info resources/i18n/*.qm
translations-update: $(VENV)/.run-installed
	$(PY) -m tools.update_translations

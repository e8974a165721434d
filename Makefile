# ClearSKY QGIS plugin — developer commands.  See README.md.
SHELL := /bin/bash
VENV_PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PROJ_DATA ?= /usr/share/proj
export PYTHONDONTWRITEBYTECODE := 1
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: setup test test-matrix lint format translations demo package bench bench-quick bench-startup live-check clean

setup:
	@scripts/setup.sh

## make test: install what is missing, lint, and run the whole suite in real QGIS (offscreen).
## The emulator answers PascalCase (as the vendor's own clients read it, reference §5c) in the first
## run and in the matrix, and camelCase (as the vendor docs' examples) in the second (§1.1).
test: setup lint
	@mkdir -p build && export XDG_RUNTIME_DIR=$$(mktemp -d) && \
	CLEARSKY_EMULATOR_CASING=pascal $(VENV_PY) -P -m pytest test $(PYTEST_ARGS) && \
	echo "== again on Debian's own shapely/pyproj (what QGIS on Debian 12 / Ubuntu 22.04 gives the plugin), camelCase answers ==" && \
	CLEARSKY_EMULATOR_CASING=camel .venv-deb/bin/python -P -m pytest -q -m "not gui" test $(PYTEST_ARGS)

## make test-matrix: the suite in Debian trixie (QGIS 3.40) and sid chroots (root; cached in build/chroots)
test-matrix:
	@scripts/matrix.sh

lint: setup
	@$(VENV_PY) -m ruff check . && $(VENV_PY) -m ruff format --check . >/dev/null || \
	  { echo "ruff: run 'make format' or fix the findings above"; exit 1; }
	@$(VENV_PY) scripts/lint_plugin.py
	@$(VENV_PY) scripts/translations.py --check

## make translations: extract every user-facing string into i18n/*.ts and compile the .qm (lrelease)
translations: setup
	@$(VENV_PY) scripts/translations.py

format: setup
	@$(VENV_PY) -m ruff format . && $(VENV_PY) -m ruff check --fix .

## make demo: emulator + QGIS with the plugin from this checkout (Xvfb when there is no display)
demo: setup
	@scripts/demo.sh

## make bench: download, UI-thread, AOI, start-up, tile and request benchmarks (not part of make test)
bench: setup
	@$(VENV_PY) -P bench/run.py

## make bench-quick: the same figures with fewer repeats and 256 MiB files (under two minutes)
bench-quick: setup
	@$(VENV_PY) -P bench/run.py --quick

## make bench-startup: only the QGIS start-up figures (with the plugin, with watched areas checked at start)
bench-startup: setup
	@$(VENV_PY) -P bench/run.py --startup

## make live-check: free calls to the real API compared with the emulator's docs profile (needs
## CLEARSKY_API_KEY and network; never part of make test or CI; spends nothing)
live-check: setup
	@$(VENV_PY) -P scripts/live_check.py

## make package: the installable plugin zip, from committed files only (no tests, no dev files)
package:
	@python3 scripts/check_metadata.py && mkdir -p dist && git archive --format=zip --prefix=clearsky_downloader/ \
	  -o dist/clearsky_downloader-$(VERSION).zip HEAD && \
	  echo "dist/clearsky_downloader-$(VERSION).zip" && unzip -l dist/clearsky_downloader-$(VERSION).zip | tail -1

clean:
	rm -rf --one-file-system build dist .pytest_cache .ruff_cache

# Film Viewer: `make run` starts the app, `make test` runs every check.
# Both create .venv with the pinned dependencies of constraints.txt first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QT_ENV := QT_QPA_PLATFORM=offscreen

TS := $(wildcard resources/translations/*.ts)
# English is the source language: its catalogue holds only the plural forms.
TS_FULL := $(filter-out %_en.ts,$(TS))
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench lock screenshots translations clean

run: $(STAMP) $(QM)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP) $(QM) lint
	$(QT_ENV) $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(QT_ENV) $(BIN)/python bench/startup.py
	$(QT_ENV) $(BIN)/python bench/tabs.py
	$(QT_ENV) $(BIN)/python bench/find.py
	$(QT_ENV) $(BIN)/python bench/library.py

# The README's pictures, rendered offscreen by the app itself.
screenshots: $(STAMP)
	$(BIN)/python main.py --screenshot docs/summaries.png --tab summaries --size 900x600
	$(BIN)/python main.py --screenshot docs/details.png --tab details --size 900x640
	$(BIN)/python main.py --screenshot docs/find.png --tab synopsis --find Lenin --size 1000x650
	sample=$$(mktemp -d) && \
	$(QT_ENV) $(BIN)/python -c 'import sys; from pathlib import Path; \
	from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); \
	from bench.films import kodi_sample; print(kodi_sample(Path(sys.argv[1])))' "$$sample" && \
	film="$$sample/The Night Ferry (1987).nfo" && \
	$(BIN)/python main.py --screenshot docs/nfo-cast.png --tab cast --size 900x560 "$$film" && \
	$(BIN)/python main.py --screenshot docs/nfo-tech-specs.png --tab tech-specs --size 900x420 "$$film" && \
	$(BIN)/python main.py --screenshot docs/nfo-details.png --tab details --size 900x720 "$$film" && \
	$(BIN)/python main.py --screenshot docs/nfo-cast-dark.png --tab cast --size 900x560 --color-scheme dark "$$film" && \
	rm -r "$$sample"
	shelf=$$(mktemp -d) && \
	$(QT_ENV) $(BIN)/python -c 'import sys; from pathlib import Path; \
	from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); \
	from bench.films import sample_library; sample_library(Path(sys.argv[1]))' "$$shelf" && \
	XDG_CACHE_HOME="$$shelf/.cache" $(BIN)/python main.py --screenshot docs/library.png --tab summaries --size 1100x560 "$$shelf" && \
	XDG_CACHE_HOME="$$shelf/.cache" $(BIN)/python main.py --screenshot docs/library-search.png --search 'strike*' --size 1100x420 "$$shelf" && \
	XDG_CACHE_HOME="$$shelf/.cache" $(BIN)/python main.py --screenshot docs/library-dark.png --tab summaries --size 1100x560 --color-scheme dark "$$shelf" && \
	for scheme in light dark; do \
	XDG_CACHE_HOME="$$shelf/.cache" $(BIN)/python main.py --screenshot docs/library-browse-$$scheme.png --browse --size 1100x640 --color-scheme $$scheme "$$shelf" && \
	XDG_CACHE_HOME="$$shelf/.cache" $(BIN)/python main.py --screenshot docs/library-statistics-$$scheme.png --statistics --size 520x720 --color-scheme $$scheme "$$shelf" || exit 1; \
	done && \
	rm -r "$$shelf"

# Compiled catalogues; the wheel build compiles its own (hatch_build.py).
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the translation sources from the code's tr() and translate() calls.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(git ls-files 'filmviewer/*.py') $(addprefix -ts ,$(TS_FULL))
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $$(git ls-files 'filmviewer/*.py') -ts resources/translations/filmviewer_en.ts

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Re-pin every dependency to its newest allowed release, in a throw-away venv.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet '.[dev]'
	(echo "# Pinned dependencies; regenerate with 'make lock'."; \
	 .lock-venv/bin/python -m pip freeze --all --exclude filmviewer --exclude setuptools) > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .hypothesis $(QM)

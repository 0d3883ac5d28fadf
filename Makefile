# One task runner; the README names these targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint samples bench bench-scale bench-search browser clean

$(BIN)/boardkb: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip>=25.1"
	$(BIN)/pip install -q -e . --group dev
	@touch $@

install: $(BIN)/boardkb  ## set up .venv with boardkb and the dev tools

demo: install  ## ingest the bundled samples, then serve them at http://127.0.0.1:8001/
	$(BIN)/boardkb ingest samples/ --db boardkb.db
	$(BIN)/boardkb serve --db boardkb.db

test: install  ## lint, then the test suite
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

browser:  ## install Debian's Chromium for the browser tests (as root)
	apt-get update -qq && apt-get install -y -qq chromium

samples: install  ## re-render samples/*.pdf from samples-src/*.yml
	$(BIN)/python samples-src/render.py

bench: install  ## ingest speed on the samples, in pages per second
	$(BIN)/python bench/ingest_speed.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/table_detection.py

bench-scale: install  ## the speed issue's corpus-scale figures (several minutes)
	$(BIN)/python bench/scale.py

SEARCHBENCH ?= /tmp/searchbench
bench-search: install  ## search at 1M passages: FTS5 variants and Tantivy beside the search SQL (builds $(SEARCHBENCH) once)
	$(BIN)/pip install -q --group bench
	$(BIN)/pip install -q --upgrade --target $(SEARCHBENCH)/newer-sqlite pysqlite3-binary==0.5.4.post2
	$(BIN)/python bench/search_alternatives.py $(SEARCHBENCH)/big.db --newer-sqlite $(SEARCHBENCH)/newer-sqlite

clean:
	rm -rf $(VENV) *.egg-info boardkb.db boardkb.db-wal boardkb.db-shm

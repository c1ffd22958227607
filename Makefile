# Set-up and entry points. `make demo` and `make test` need only Python 3.11+ and the
# package registries; everything else is installed into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/recoupe analyze examples/ --db recoupe.db --json recoupe.json
	$(BIN)/recoupe measures --db recoupe.db --min 3

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_link.py

clean:
	rm -rf $(VENV) recoupe.db recoupe.db-wal recoupe.db-shm recoupe.json

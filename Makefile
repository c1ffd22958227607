# Set-up and entry points. `make demo` and `make test` need only Python 3.11+ and the
# package registries; everything else is installed into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

CHROMIUM := /usr/bin/chromium

.PHONY: demo test install bench clean browser eval

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/recoupe analyze examples/ --db recoupe.db --json recoupe.json
	$(BIN)/recoupe measures --db recoupe.db --min 3
	$(BIN)/recoupe report --html recoupe.html --db recoupe.db
	@echo
	@echo "Report: open recoupe.html in a browser (works offline)."
	@echo "Browse and review: $(BIN)/recoupe serve --db recoupe.db   then open http://127.0.0.1:8000/"

# Debian's Chromium for the browser tests (Playwright's own browser download cannot work here).
browser:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	  || echo "recoupe: could not install chromium; the browser tests will be skipped"

test: install browser
	$(BIN)/python -m pytest -q

# The real-news dev set (eval/) and the seed articles, scored by ../shared/eval/score.py.
eval: install
	$(BIN)/python eval/run.py

bench: install
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_link.py

clean:
	rm -rf $(VENV) recoupe.db recoupe.db-wal recoupe.db-shm recoupe.json recoupe.html

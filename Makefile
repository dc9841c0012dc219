# Two entry points: `make demo` and `make test` (see README). Everything runs from .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck eval clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(STAMP)
	rm -f sitreps.db sitreps.db-wal sitreps.db-shm
	$(BIN)/sitreps ingest --samples --db sitreps.db
	$(BIN)/sitreps events --db sitreps.db --format table
	@echo
	@echo "Try next:"
	@echo "  $(BIN)/sitreps extract ../shared/seed/ --published 2019-08-29 --outlet 'Daily NK'"
	@echo "  $(BIN)/sitreps inspect src/sitreps/samples/reports.jsonl --format table | less -R"
	@echo "  $(BIN)/sitreps events --db sitreps.db --type DESERTION --format jsonl"
	@echo "  $(BIN)/sitreps export --db sitreps.db --format geojson -o events.geojson"
	@echo "  $(BIN)/sitreps eval --samples"
	@echo "  $(BIN)/sitreps serve --db sitreps.db    # the web desk on http://127.0.0.1:8000/"

test: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q
	$(BIN)/sitreps eval eval/dev --samples --baseline bench/eval_baseline.json

eval: $(STAMP)
	$(BIN)/sitreps eval eval/dev --samples
	$(BIN)/sitreps eval eval/heldout

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) sitreps.db sitreps.db-wal sitreps.db-shm

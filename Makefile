# The front door. `make run` and `make test` work on a fresh machine with Python >= 3.11.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run init test bench eval lint format clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is needed (set PYTHON=python3.11)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install  ## initialise the default store with the seed pack, then start the daemon
	$(BIN)/watcher init
	$(BIN)/watcher run

init: install
	$(BIN)/watcher init

test: install  ## the whole suite (tests needing ../shared skip with a reason when it is absent)
	$(BIN)/pytest

bench: install  ## benchmarks: our code and a baseline in the same run, with the ratio
	$(BIN)/python bench/bench_match.py
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_storage.py

eval: install  ## precision/recall of the seed pack's queries on ../shared/eval
	$(BIN)/python bench/eval_matching.py
	$(BIN)/python bench/eval_ingest.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy indicators storage

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info

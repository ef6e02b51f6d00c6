# Two commands a user needs: `make demo` (try it) and `make test` (run the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two test processes (pytest-xdist; the tests keep their databases, Redis numbers and
# RabbitMQ vhosts per process): about half the serial time on two cores. `PYTEST_ARGS=`
# runs them one at a time.
PYTEST_ARGS ?= -n 2

.PHONY: demo test lint format bench install dev clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

## Create .venv, install, create ./toancanh.db, load the demo corpus, serve the dashboard.
demo: install
	$(BIN)/toancanh demo
	$(BIN)/toancanh serve

## Create the dev environment, check style and types, run the whole test suite.
test: dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest $(PYTEST_ARGS)

lint: dev
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

format: dev
	$(BIN)/ruff check --fix src tests bench scripts
	$(BIN)/ruff format src tests bench scripts

## Benchmarks (figures on the last line of each).
bench: dev
	$(BIN)/python bench/ingest.py --pages 10000
	$(BIN)/python bench/search.py --articles 200000
	$(BIN)/python bench/analyze.py --articles 2000
	$(BIN)/python bench/trends.py --articles 1000000 --watches 50
	$(BIN)/python bench/web.py --articles 200000 --workers 2
	$(BIN)/python bench/scale.py --pages 600
	$(BIN)/python bench/startup.py --runs 15

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis

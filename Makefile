# Set-up and everyday tasks. Every target creates .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test eval bench lint install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/interview-coach

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m eval

bench: $(STAMP)
	$(BIN)/python benchmarks/analysis.py

lint: $(STAMP)
	$(BIN)/ruff check src tests eval benchmarks
	$(BIN)/ruff format --check src tests eval benchmarks

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

# Set-up and everyday tasks. Every target creates .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
# llama-cpp-python (test extra) builds from source: a portable build runs on any x86-64 CPU.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: run test eval bench lint install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The app alone: what `make run` needs.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $(STAMP)

# The app plus what the tests need (a browser driver, a local LLM server, linters).
$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(TEST_STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/interview-coach

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m eval

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/analysis.py
	$(BIN)/python benchmarks/speech.py
	$(BIN)/python benchmarks/live_sessions.py
	$(BIN)/python benchmarks/pages.py
	$(BIN)/python benchmarks/hostile_documents.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests eval benchmarks
	$(BIN)/ruff format --check src tests eval benchmarks

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

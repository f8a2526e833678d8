# The README's contract: `make run` runs the product, `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint types pytest bench lock install system-deps messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements/pip.txt requirements/lock.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/pip.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# axe-core for the accessibility checks (package-lock.json pins it with its integrity hash).
NODE_STAMP := node_modules/.installed-stamp
$(NODE_STAMP): package.json package-lock.json | system-deps
	npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $(NODE_STAMP)

run: $(STAMP)
	$(BIN)/sanctuary migrate
	$(BIN)/sanctuary seed-demo
	$(BIN)/sanctuary serve --host $(HOST) --port $(PORT)

system-deps:
	bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) system-deps $(NODE_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: $(STAMP) system-deps lint types pytest

bench: $(STAMP) system-deps
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

lock:
	uv pip compile pyproject.toml requirements/build.in --extra dev --generate-hashes --python-version 3.11 -o requirements/lock.txt -q

clean:
	rm -rf $(VENV) var build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache

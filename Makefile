# The two commands of the README: `make run` (serve on SQLite) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck pytest browser openapi examples admin-key bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: create the venv, install, migrate the SQLite file under ./var/ and serve on 127.0.0.1:8000
run: $(STAMP)
	CPNI_ENV=$${CPNI_ENV:-development} $(BIN)/cpni-api migrate
	CPNI_ENV=$${CPNI_ENV:-development} $(BIN)/cpni-api serve --host $(HOST) --port $(PORT)

## admin-key: print a new admin API key for the local SQLite service (last line of the output)
admin-key: $(STAMP)
	CPNI_ENV=$${CPNI_ENV:-development} $(BIN)/cpni-api api-keys create --name "$${NAME:-local admin}" --scopes admin

## test: lint, type-check and run every test against SQLite and PostgreSQL
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests migrations docs bench scripts
	$(BIN)/ruff format --check src tests migrations docs bench scripts
	$(BIN)/hadolint Dockerfile

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) browser
	scripts/run-pytest $(BIN)/python

## browser: installs Debian's Chromium (driven by Playwright in tests/console/test_browser.py) and a CJK fallback
## font for the certification PDF, with apt-get, unless they are there; without them those tests skip locally
## and fail under CI=true
BROWSER_PACKAGES := chromium fonts-droid-fallback
browser:
	@if command -v chromium >/dev/null 2>&1 && [ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]; then :; \
	else apt-get install -y --no-install-recommends $(BROWSER_PACKAGES) \
	  || (apt-get update && apt-get install -y --no-install-recommends $(BROWSER_PACKAGES)) \
	  || echo "Chromium could not be installed: the browser tests skip (and fail under CI=true)"; fi

## bench: the disclosure-check benchmark (SQLite and PostgreSQL); results go to docs/benchmarks.md
bench: $(STAMP)
	command -v wrk >/dev/null || (apt-get install -y wrk || (apt-get update && apt-get install -y wrk))
	cd bench && npm ci --no-audit --no-fund --silent
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## openapi: regenerate openapi/openapi.json from the app
openapi: $(STAMP)
	$(BIN)/cpni-api openapi --output openapi/openapi.json

## examples: record the document's examples from a scripted flow through the app (ADR 0034), then `make openapi`
examples: $(STAMP)
	$(BIN)/python -m scripts.record_examples
	$(MAKE) openapi

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/node_modules

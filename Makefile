# The two commands of the README: `make run` (serve on SQLite) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck pytest browser typescript-tools openapi examples client admin-key bench clean

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

pytest: $(STAMP) browser typescript-tools
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

## client: regenerate the clients from openapi/openapi.json: clients/python (openapi-python-client, pinned in the
## test extra) and clients/typescript/schema.d.ts (openapi-typescript, pinned in its package-lock.json); a test
## fails when either drifts (ADR 0035)
client: $(STAMP) typescript-tools
	scripts/generate-clients python $(BIN)/python clients/python
	scripts/generate-clients typescript clients/typescript/schema.d.ts

## typescript-tools: installs openapi-typescript with `npm ci` in clients/typescript when node is there (once per
## lock file); without it the TypeScript drift test skips locally and fails under CI=true
TS_TOOLS := clients/typescript/node_modules/.installed
typescript-tools:
	@if [ $(TS_TOOLS) -nt clients/typescript/package-lock.json ]; then :; \
	elif command -v npm >/dev/null 2>&1; then \
	  (cd clients/typescript && npm ci --no-audit --no-fund --silent) && touch $(TS_TOOLS); \
	else echo "npm not found: the TypeScript client's drift test skips (and fails under CI=true)"; fi

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis bench/node_modules \
	  clients/typescript/node_modules

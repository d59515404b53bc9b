# The two commands: `make serve` runs regserver on SQLite + a local directory;
# `make test` runs every check and test, starting PostgreSQL itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
BUF := node_modules/.bin/buf
CODEGEN := .tools/bin/.versions
# Extra flags for `make serve`, e.g. make serve ARGS="--port 6000"
ARGS ?=

.PHONY: serve test lint generate check-generated install clean fuzz ui check-ui test-ui

$(INSTALLED): pyproject.toml clients/python/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e clients/python -e '.[dev]'
	touch $@

$(BUF): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(CODEGEN): scripts/install-codegen-tools
	scripts/install-codegen-tools

install: $(INSTALLED)

serve: $(INSTALLED)
	$(BIN)/regserver serve $(ARGS)

generate: $(INSTALLED) $(BUF) $(CODEGEN)
	$(BIN)/python tools/generate.py
	$(MAKE) --no-print-directory ui

check-generated: $(INSTALLED) $(BUF) $(CODEGEN)
	$(BIN)/python tools/generate.py --check

lint: $(INSTALLED) $(BUF)
	$(BUF) lint
	@if git rev-parse --verify --quiet main >/dev/null; then \
		echo "buf breaking against main"; $(BUF) breaking --against '.git#branch=main'; \
	else echo "buf breaking: no main branch to compare against"; fi
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Each client's own suite (go test, node --test, JUnit) against a real regserver from the venv,
# then pytest last: its summary line closes the run. The cross-language test there runs the
# examples these targets build.
CLIENT_ENV := REGSERVER_BIN=$(CURDIR)/$(BIN)/regserver REGSERVER_METRICS_PORT=-1 REGSERVER_HTTP_PORT=-1
TS_DEPS := clients/typescript/node_modules/.package-lock.json

$(TS_DEPS): clients/typescript/package.json clients/typescript/package-lock.json
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error

# The web UI (ui/, TypeScript) is built into the Python package (src/regserver/http/ui) and
# committed, so a pip install serves it with no Node.js; `check-ui` fails when that build is stale.
UI_DEPS := ui/node_modules/.package-lock.json
UI_BUILD := src/regserver/http/ui

$(UI_DEPS): ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund --loglevel=error

ui: $(UI_DEPS) $(TS_DEPS)
	cd ui && npm run --silent build

check-ui: $(UI_DEPS) $(TS_DEPS)
	@out="$$(mktemp -d)"; trap 'rm -rf "$$out"' EXIT; \
	(cd ui && npx tsc -p tsconfig.json --noEmit && npx vite build --logLevel error --outDir "$$out" --emptyOutDir) && \
	if diff -r "$$out" $(UI_BUILD) >/dev/null; then echo "web UI build is up to date with ui/"; \
	else diff -rq "$$out" $(UI_BUILD); echo "the committed web UI build is stale: run make ui" >&2; exit 1; fi

# The UI's own logic (formatting, filters, tag edits) in node's test runner.
test-ui: $(UI_DEPS)
	cd ui && npm test

.PHONY: build-clients test-clients
build-clients: $(INSTALLED) $(TS_DEPS)
	cd clients/go && go build -o bin/serving-example ./cmd/serving-example
	cd clients/typescript && npm run --silent build
	cd clients/java && mvn -B -q package -DskipTests

test-clients: build-clients
	cd clients/go && test -z "$$(gofmt -l .)" && go vet ./...
	cd clients/go && $(CLIENT_ENV) go test ./...
	cd clients/typescript && $(CLIENT_ENV) npm test
	cd clients/java && $(CLIENT_ENV) mvn -B test

test: lint check-generated check-ui
	scripts/ensure-postgres
	scripts/ensure-promtool
	scripts/ensure-chromium
	$(MAKE) --no-print-directory test-clients test-ui
	$(BIN)/pytest

# The descriptor-built fuzzer of tests/test_fuzz.py with a long budget (make test runs it short).
FUZZ_EXAMPLES ?= 500
fuzz: $(INSTALLED)
	REGSERVER_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -p no:cacheprovider --timeout 3600 tests/test_fuzz.py

clean:
	rm -rf $(VENV) node_modules .tools ui/node_modules ui/dist-test clients/typescript/node_modules clients/typescript/dist clients/go/bin clients/java/target regserver-data .pytest_cache .mypy_cache .ruff_cache

# Benchmarks (not part of `make test`): regserver on SQLite and PostgreSQL beside
# MLflow, written to benchmarks/RESULTS.md. MLflow installs itself into
# benchmarks/.mlflow-venv on first use.
.PHONY: bench bench-quick
bench: $(INSTALLED)
	scripts/ensure-postgres
	$(BIN)/python -m benchmarks

bench-quick: $(INSTALLED)
	scripts/ensure-postgres
	$(BIN)/python -m benchmarks --quick

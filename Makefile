# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck schema ci clean migration bench wrk chromium

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## migrate, seed demo data, print the demo token (reused while it works: var/demo-admin-token) and serve on SQLite + memory://; PORT=8080 make run binds another port (default 8000)
	$(BIN)/oms demo-run

# The suite's processes (pytest-xdist): each has its own database, bus namespace and ports.
TEST_WORKERS ?= 2

test: $(STAMP) chromium  ## the suite on the embedded default (or what OMS_TEST_* name); TEST_WORKERS=1 runs it in one process
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy app.py settings.py cli.py graphql_view.py graphql_http.py graphql_ws.py graphql_compiled.py persisted.py intake_view.py request_log.py metrics.py cli_errors.py cli_data.py cli_worker.py cli_bench.py background.py report_view.py importer.py export_view.py ide dashboard schema resolvers services models subscriptions

schema: $(STAMP)  ## rewrite schema.graphql and docs/permissions.md from the code
	$(BIN)/python -m schema.export

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) var .pytest_cache

migration: $(STAMP)  ## make migration name=what_changed  (writes SQL for SQLite and PostgreSQL)
	$(BIN)/python migrations/generate.py $(name)

chromium:  ## the browser the browser tests drive (Debian's package; tests/browser)
	command -v chromium >/dev/null || (apt-get install -y chromium || (apt-get update && apt-get install -y chromium))

wrk:  ## the load generator `make bench` drives (Debian's package)
	command -v wrk >/dev/null || (apt-get install -y wrk || (apt-get update && apt-get install -y wrk))

$(BIN)/py-spy: $(STAMP)
	$(BIN)/python -m pip install --quiet py-spy

bench: $(STAMP) wrk $(BIN)/py-spy  ## the API over HTTP against a raw baseline on PostgreSQL + Redis (bench/RESULTS.md)
	$(BIN)/oms bench --http $(BENCH_ARGS)
	$(BIN)/oms bench --relay --dataset 40000
	$(BIN)/oms bench --fanout --subscribers 200 --events 20
	$(BIN)/oms bench --writes $(BENCH_ARGS)

# wirearchive: every target that needs the virtual environment builds it first.
#   make demo    install into .venv, crawl the bundled sample sites offline, process, serve on :8001
#   make test    the test suite (what CI runs)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WIREARCHIVE_DATA ?= $(CURDIR)/data
export WIREARCHIVE_DATA
SOURCE ?=
PORT ?= 8001
PYTEST_ARGS ?=

.PHONY: install demo test crawl process serve schedule bench bench-extract bench-people bench-dates \
        bench-translate models lint clean browser-deps docs screenshots samples help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# a current pip: the resolver of pip 23 fails on lxml[html-clean] asked for twice (trafilatura, newspaper4k)
	$(BIN)/pip install -q --upgrade pip
	# torch first: the CPU wheel on this machine; otherwise pip fetches GBs of CUDA wheels for argostranslate
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev,bench]'
	touch $@

install: $(STAMP)  ## create .venv and install wirearchive with its dependencies

FIXTURE_MODEL := $(wildcard ../shared/models/translate-zh_en-fixture.argosmodel)

demo: install  ## build the archive from the bundled sample sites (offline) and serve it on :8001
	$(BIN)/python -m samples.demo --port $(PORT) $(if $(FIXTURE_MODEL),--test-model $(FIXTURE_MODEL))

test: install browser-deps  ## run the test suite
	$(BIN)/pytest -q $(PYTEST_ARGS)

browser-deps:  ## install Debian's chromium and a Chinese font for the browser tests (when root and missing)
	@{ command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; } || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null) \
	  || echo "chromium not installed: browser tests will be skipped"; }

crawl: install  ## crawl the live sources (SOURCE=chinanews for one) into $(WIREARCHIVE_DATA)/raw
	$(BIN)/wirearchive crawl $(SOURCE)

process: install  ## run the pipeline over the raw archive into $(WIREARCHIVE_DATA)/wirearchive.db
	$(BIN)/wirearchive process

serve: install  ## serve the archive with Datasette on :8001
	$(BIN)/wirearchive serve --port $(PORT)

schedule: install  ## print a cron line for incremental crawls (INSTALL=1 adds it to crontab)
	$(BIN)/wirearchive schedule $(if $(INSTALL),--install)

models: install  ## install the real argos translation models (needs internet: argos's package index)
	$(BIN)/wirearchive models install-index

bench: bench-extract bench-people bench-dates bench-translate  ## all benchmarks

bench-extract: install  ## extraction accuracy and speed vs trafilatura, GNE, newspaper4k
	$(BIN)/python -m bench.bench_extract --repeat 3

bench-people: install  ## person precision/recall, roles
	$(BIN)/python -m bench.bench_people

bench-dates: install  ## date resolution accuracy
	$(BIN)/python -m bench.bench_dates

bench-translate: install  ## translation throughput, workers, cache
	$(BIN)/python -m bench.bench_translate

docs: install  ## regenerate docs/schema.md, docs/cli.md and metadata.json column descriptions
	$(BIN)/python -m tools.schema_docs
	$(BIN)/python -m tools.cli_docs

screenshots: install browser-deps  ## retake docs/images/*.png from a fresh demo archive in Chromium
	$(BIN)/python tools/screenshots.py

samples: install  ## regenerate the sample sites and samples/expected.json from samples/build_samples.py
	$(BIN)/python samples/build_samples.py

lint: install  ## ruff check, ruff format --check, mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:  ## remove the data folder and caches (not .venv)
	rm -rf data .pytest_cache build *.egg-info

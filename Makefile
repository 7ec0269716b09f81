# byline — two commands for a newcomer: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install run index test test-fast test-slow eval bench clean-index

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

index/manifest.json: | $(STAMP)
	$(BIN)/byline ingest corpus/

## Build the index from corpus/ (only what changed is re-embedded).
index: $(STAMP)
	$(BIN)/byline ingest corpus/

## Create .venv, install, build the index when missing, start byline.
run: $(STAMP) index/manifest.json
	$(BIN)/byline chat

## Install, then run the whole test suite (unit, end-to-end with the real model, eval thresholds).
test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not model and not browser and not slow"

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

clean-index:
	rm -rf index/chroma index/docs index/bm25 index/manifest.json

## Benchmark: ingest vs raw encode, query latency vs llama-index at 1k/10k/100k chunks, cold start,
## memory → evals/reports/bench.md (synthetic-corpus vectors cached in bench/cache/).
bench: $(STAMP)
	nice -n 19 $(BIN)/byline bench

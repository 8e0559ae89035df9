# The README's two commands are `make report` and `make test`; each does its own set-up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SEEDS ?= seeds
REPORTS ?= reports
REGION ?=
METRIC ?=
SINCE ?=
UNTIL ?=
JOBS ?=
LAB_PORT ?= 8888

.PHONY: install system-deps report refresh test bench bench-report lab clean strip-notebooks accuracy

install: system-deps $(VENV)/.installed

# System packages: a CJK font, Chromium (HTML -> PDF and browser tests), poppler (pdftotext/pdftoppm).
system-deps:
	@bash scripts/system-deps.sh

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e '.[dev]'
	@$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (analysis)" >/dev/null
	@touch $@

report: install
	$(PY) -m analysis report $(SEEDS) --out $(REPORTS) \
	  $(if $(REGION),--region '$(REGION)') $(if $(METRIC),--metric '$(METRIC)') \
	  $(if $(SINCE),--since '$(SINCE)') $(if $(UNTIL),--until '$(UNTIL)') $(if $(JOBS),--jobs $(JOBS))

refresh: install
	$(PY) -m analysis refresh $(SEEDS) --out $(REPORTS) $(if $(FORCE),--force)

test: install
	$(PY) -m pytest

bench: install
	$(PY) benchmarks/run.py $(if $(JOBS),--jobs $(JOBS))

# Pages, MB and seconds per report at 5 (the seeds) and generated corpus sizes: SIZES=5,1000,10000
bench-report: install
	$(PY) benchmarks/run.py --reports $(if $(JOBS),--jobs $(JOBS)) $(if $(SIZES),--sizes $(SIZES))

# LAB_PORT=8890 make lab; as root it adds --allow-root (see scripts/lab.sh)
lab: install
	@LAB_PORT='$(LAB_PORT)' bash scripts/lab.sh $(VENV)/bin/jupyter

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
	find $(REPORTS) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# Scores of the extractor on the development corpus (tests/corpus): SPLIT=dev|heldout|all
accuracy: install
	$(PY) tests/accuracy.py --split $(or $(SPLIT),dev) --fields $(if $(WRONG),--wrong)

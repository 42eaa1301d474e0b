# The two commands of the README: `make run` and `make test`; both build .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp
DEMO_LIBRARY ?= $(HOME)/.local/share/shortlist/sample-library.shortlist

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/python main.py --library "$(DEMO_LIBRARY)" --with-samples

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python tests/benchmarks/bench_parse.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tests/benchmarks/bench_switch.py

clean:
	rm -rf $(VENV) .pytest_cache

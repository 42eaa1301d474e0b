# The two commands of the README: `make run` and `make test`; both build .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp
DEMO_LIBRARY ?= $(HOME)/.local/share/shortlist/sample-library.shortlist

.PHONY: run test bench translations clean

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
	$(VENV)/bin/python tests/benchmarks/bench_corpus.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tests/benchmarks/bench_switch.py

# Re-extract the UI strings into the .ts (translate new ones there, e.g. with pyside6-linguist), then compile the .qm.
TS := resources/translations/shortlist_zh_CN.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate ui/*.py main.py -ts $(TS) -locations none -no-obsolete -target-language zh_CN
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

clean:
	rm -rf $(VENV) .pytest_cache

# The two commands of the README: `make run` and `make test`; both build .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp
DEMO_LIBRARY ?= $(HOME)/.local/share/shortlist/sample-library.shortlist

# Debian/Ubuntu packages Qt needs: HEADLESS_LIBS for the offscreen tests, GUI_LIBS on top for a window
# (python3-venv too, when the interpreter cannot make a virtual environment).
HEADLESS_LIBS := libegl1 libgl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-noto-cjk
GUI_LIBS := $(HEADLESS_LIBS) libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0

# Install the missing ones with apt-get when we are root or sudo needs no password; otherwise stop with the command to run.
define ensure_packages
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done; \
	    $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || echo python3-venv); \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then sudo=; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=sudo; \
	    else echo "Missing system packages. Run:  sudo apt-get install $$(echo $$missing)"; exit 1; fi; \
	    echo "Installing system packages Qt needs: $$(echo $$missing)"; \
	    $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	fi
endef

.PHONY: run test bench translations clean system-libs-gui system-libs-headless

system-libs-gui:
	$(call ensure_packages,$(GUI_LIBS))

system-libs-headless:
	$(call ensure_packages,$(HEADLESS_LIBS))

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: system-libs-gui $(STAMP)
	$(VENV)/bin/python main.py --library "$(DEMO_LIBRARY)" --with-samples

test: system-libs-headless $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python tests/benchmarks/bench_parse.py
	$(VENV)/bin/python tests/benchmarks/bench_corpus.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tests/benchmarks/bench_switch.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tests/benchmarks/bench_search.py

# Re-extract the UI strings into the .ts (translate new ones there, e.g. with pyside6-linguist), then compile the .qm.
TS := resources/translations/shortlist_zh_CN.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate ui/*.py main.py -ts $(TS) -locations none -no-obsolete -target-language zh_CN
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

clean:
	rm -rf $(VENV) .pytest_cache

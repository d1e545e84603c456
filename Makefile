# Pishkhan: `make run` starts the app on a demo dealership; `make test` runs every test.
# Both create .venv and install what they need; nothing else is required.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
QM     := resources/translations/pishkhan_fa.qm resources/translations/pishkhan_en.qm
TS     := $(wildcard resources/translations/fa/*.ts resources/translations/en/*.ts)
# Debian packages the tests use: pdftotext/pdftoppm to read back the printed documents.
# As root (CI) they are installed; otherwise a newcomer is told, and those tests skip,
# except when CI or PISHKHAN_REQUIRE_POSTGRES=1 is set (there a missing tool fails).
SYSTEM_PACKAGES := poppler-utils
SYSTEM_COMMANDS := pdftotext pdftoppm

.PHONY: run test lint format typecheck translations i18n-update system-deps bench package clean help

help:
	@echo "make run    - start Pishkhan on a demo dealership (creates .venv on first use)"
	@echo "make test   - run the whole test suite offscreen"
	@echo "make package - build the app with PyInstaller, and the .deb (installer/dist/)"
	@echo "make lint / typecheck / bench / translations / clean"

$(VENV)/.run-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[hq,dev]'
	touch $(VENV)/.run-installed $@

$(QM): $(TS) | $(VENV)/.run-installed
	$(PY) tools/i18n.py build

translations: $(QM)

i18n-update: $(VENV)/.dev-installed
	$(PY) tools/i18n.py update
	$(PY) tools/i18n.py missing || true

system-deps:
	@missing=""; for c in $(SYSTEM_COMMANDS); do command -v $$c >/dev/null || missing=1; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing $(SYSTEM_PACKAGES)"; \
	    (apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null 2>&1 || \
	     (apt-get update -qq >/dev/null && apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null)); \
	  elif [ -n "$$CI" ] || [ "$$PISHKHAN_REQUIRE_POSTGRES" = 1 ]; then \
	    echo "please install: $(SYSTEM_PACKAGES) (e.g. sudo apt-get install $(SYSTEM_PACKAGES))"; exit 1; \
	  else \
	    echo "note: $(SYSTEM_PACKAGES) is not installed; the tests that read PDFs back will be skipped."; \
	    echo "      To run them too: sudo apt-get install $(SYSTEM_PACKAGES)"; \
	  fi; \
	fi

run: $(VENV)/.run-installed $(QM)
	$(PY) main.py --demo

test: $(VENV)/.dev-installed $(QM) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

# The one-folder app (PyInstaller) and, on Linux, the .deb, in installer/dist/ (installer/build.py).
$(VENV)/.package-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -e '.[package]'
	touch $(VENV)/.run-installed $@

package: $(VENV)/.package-installed $(QM)
	$(PY) installer/build.py

bench: $(VENV)/.dev-installed $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py

clean:
	rm -rf $(VENV) build *.egg-info $(QM)

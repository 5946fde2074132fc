# The two commands of the README:
#   make run   install into .venv, migrate, load the demo archive, serve http://127.0.0.1:8000 (SQLite)
#              with a background-jobs worker beside the server (emails, Similar Q&A refresh)
#   make test  install into .venv (with test tools) and run the whole test suite
# Set DATABASE_URL=postgres://user@host:5432/name to use PostgreSQL for either.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint messages install install-dev clean

$(BIN)/python:
	@echo "==> Creating the virtual environment in $(VENV)/"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	@echo "==> Installing the requirements into $(VENV)/ (about a minute the first time)"
	@$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	@echo "==> Installing the requirements and the test tools into $(VENV)/ (about a minute the first time)"
	@$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	@echo "==> Migrating the database"
	@$(BIN)/python manage.py migrate --noinput --verbosity 0
	@echo "==> Loading the demo archive"
	@$(BIN)/python manage.py seed_demo
	@# The worker runs the background jobs (README, "Background jobs") and stops with the server.
	@# With JOBS_BACKEND=django_tasks.backends.immediate.ImmediateBackend no worker is needed.
	@if [ -n "$$JOBS_BACKEND" ] && [ "$$JOBS_BACKEND" != "django_tasks_db.DatabaseBackend" ]; then \
	  echo "==> Background jobs run at once, inside the request that queues them ($$JOBS_BACKEND): no worker"; \
	  echo "==> Serving at http://127.0.0.1:8000 (Ctrl-C to stop)"; \
	  exec $(BIN)/python manage.py runserver 127.0.0.1:8000; \
	fi; \
	echo "==> Starting a background-jobs worker (manage.py db_worker): it sends the emails and refreshes Similar Q&A (quiet: a failing job is logged by accounts.jobs)"; \
	$(BIN)/python manage.py db_worker --no-reload --interval 1 --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	echo "==> Serving at http://127.0.0.1:8000 (Ctrl-C to stop the server and the worker)"; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .

# After changing or adding a string a user reads: extract the catalogue (needs GNU gettext's
# xgettext), translate the new entries in locale/<language>/LC_MESSAGES/django.po, then run it
# again to compile the .mo (in Python: polib). Both files are committed: serving needs no gettext.
messages: install-dev
	@if command -v xgettext >/dev/null; then \
	  $(BIN)/python manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=bench --ignore=tests; \
	else echo "==> xgettext not found (apt-get install gettext): compiling the catalogues as they are"; fi
	$(BIN)/python -c "import pathlib, polib; [polib.pofile(str(p)).save_as_mofile(str(p.with_suffix('.mo'))) for p in pathlib.Path('locale').glob('*/LC_MESSAGES/django.po')]"

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

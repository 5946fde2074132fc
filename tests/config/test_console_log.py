"""What the console shows while the site runs: each record once; an expected 403/404 as one line."""

import io
import logging

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def console():
    """What settings.LOGGING's console handler writes."""
    [handler] = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def test_a_403_is_one_line_without_a_traceback(client, console):
    client.force_login(f.patient())
    assert client.get(reverse("doctors:staff_doctors")).status_code == 403
    assert console.getvalue().splitlines() == ["Forbidden (Permission denied): /staff/doctors/"]


def test_a_404_is_one_line_printed_once_in_development(client, console, settings):
    settings.DEBUG = True  # Django's own console handler prints only then
    assert client.get("/questions/987654/nothing-here/").status_code == 404
    assert console.getvalue().splitlines() == ["Not Found: /questions/987654/nothing-here/"]


@pytest.mark.parametrize("name", ["django.request", "django.security.csrf", "django.db.backends", "qa.services",
                                  "accounts.jobs"])
def test_every_record_reaches_one_console_handler(name):
    """A record is printed by each handler on its way up: one of them, or every line shows twice."""
    handlers, logger = [], logging.getLogger(name)
    while logger is not None:
        handlers += [h for h in logger.handlers if type(h) is logging.StreamHandler]  # not pytest's capture
        logger = logger.parent if logger.propagate else None
    assert len(handlers) == 1


def test_a_500_keeps_its_traceback(console):
    logging.getLogger("django.request").error("Internal Server Error: /x", exc_info=ZeroDivisionError("boom"),
                                              extra={"status_code": 500})
    assert "ZeroDivisionError: boom" in console.getvalue()


def test_signing_up_in_development_prints_the_confirmation_link_near_the_end(client, capsys, console, settings,
                                                                             django_capture_on_commit_callbacks):
    """``make run`` prints emails to the console: a new user finds the link among the last lines,
    with room left for the server's request lines (sign-up, the next page and its static files)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    capsys.readouterr()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), {"email": "newbie@example.org", "password1":
                                                           "amber-harbour-5820", "password2": "amber-harbour-5820"})
    assert response.status_code == 302
    printed = (capsys.readouterr().out + console.getvalue()).splitlines()
    [link_line] = [n for n, line in enumerate(printed) if "/accounts/confirm-email/" in line]
    assert len(printed) - link_line <= 12, printed[link_line:]

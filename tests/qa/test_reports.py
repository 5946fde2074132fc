"""Reporting a thread: a few reports an hour per account or per address (counted behind a proxy
by the address it saw), the text kept when refused, and one open report per signed-in reporter."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from accounts.throttle import client_ip
from qa.models import Report
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def threads():
    return [f.thread(tags=["acne"], title=f"Thread {n}") for n in range(3)]


def report(client, thread, note="", **extra):
    return client.post(reverse("qa:report", args=[thread.pk, thread.slug]),
                       {"reason": "misinformation", "note": note}, **extra)


def test_a_visitor_past_the_hourly_limit_gets_429_and_keeps_the_note(client, threads, settings):
    settings.QA_REPORTS_PER_HOUR = 2
    assert report(client, threads[0]).status_code == 302
    assert report(client, threads[1]).status_code == 302
    refused = report(client, threads[2], note="The dose given is ten times too high")
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "many reports in the last hour" in page
    assert "The dose given is ten times too high" in page  # nothing typed is lost
    assert Report.objects.count() == 2
    # Another visitor (another address) is not affected.
    assert report(client, threads[2], REMOTE_ADDR="203.0.113.9").status_code == 302
    assert Report.objects.count() == 3


def test_invalid_reports_do_not_count_towards_the_limit(client, threads, settings):
    settings.QA_REPORTS_PER_HOUR = 1
    url = reverse("qa:report", args=[threads[0].pk, threads[0].slug])
    for _ in range(3):
        assert client.post(url, {"reason": "nope"}).status_code == 400
    assert report(client, threads[0]).status_code == 302


def test_behind_a_proxy_visitors_are_told_apart_by_the_address_the_proxy_saw(client, threads, settings):
    settings.QA_REPORTS_PER_HOUR = 1
    settings.TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    assert report(client, threads[0], HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy).status_code == 302
    assert report(client, threads[1], HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy).status_code == 302
    # A visitor who writes their own X-Forwarded-For still has the proxy's entry on the right.
    forged = "192.0.2.77, 198.51.100.1"
    assert report(client, threads[2], HTTP_X_FORWARDED_FOR=forged, **proxy).status_code == 429


@pytest.mark.parametrize(("proxies", "forwarded", "expected"), [
    (0, "198.51.100.1", "10.0.0.2"),  # no proxy trusted: the header is the visitor's to write
    (1, "198.51.100.1", "198.51.100.1"),
    (1, "192.0.2.77, 198.51.100.1", "198.51.100.1"),
    (2, "192.0.2.77, 198.51.100.1, 10.0.0.3", "198.51.100.1"),
    (2, "198.51.100.1", "198.51.100.1"),  # fewer hops than proxies: the leftmost
    (1, "", "10.0.0.2"),
])
def test_client_ip(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_a_signed_in_reporter_has_one_open_report_per_thread(client, threads, settings):
    settings.QA_REPORTS_PER_HOUR = 5
    client.force_login(f.user())
    assert report(client, threads[0], note="Wrong dose").status_code == 302
    assert report(client, threads[0], note="Also a wrong drug name").status_code == 302
    assert report(client, threads[0], note="Wrong dose").status_code == 302
    only = Report.objects.get()
    assert only.note == "Wrong dose\n\nAlso a wrong drug name"
    # Once staff have handled it, a new report is a new one.
    only.resolution = Report.Resolution.DISMISSED
    only.save()
    assert report(client, threads[0], note="Still wrong").status_code == 302
    assert Report.objects.count() == 2


def test_a_signed_in_reporter_is_limited_whatever_their_address(client, threads, settings):
    settings.QA_REPORTS_PER_HOUR = 1
    client.force_login(f.user())
    assert report(client, threads[0], REMOTE_ADDR="198.51.100.1").status_code == 302
    assert report(client, threads[1], REMOTE_ADDR="198.51.100.2").status_code == 429

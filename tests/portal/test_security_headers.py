"""Every page type sends a Content-Security-Policy without 'unsafe-inline' and a Permissions-Policy,
and no page holds inline script, inline style or event-handler attributes that the policy would block."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", re.IGNORECASE)
_INLINE_STYLE = re.compile(r"<style[\s>]|\sstyle=\"|\son[a-z]+=\"", re.IGNORECASE)


def _pages():
    thread = f.thread(tags=["acne"], title="Spots on my chin")
    article = f.article(tags=["acne"], title="Acne explained")
    doctor = thread.answers.get().doctor
    pending = f.question(dept=doctor.department)
    patient = f.patient()
    staff = f.user(is_staff=True, is_superuser=True)
    anonymous = [reverse("portal:home"), thread.get_absolute_url(), reverse("qa:question_list"),
                 reverse("portal:tag", args=["acne"]), reverse("portal:search") + "?q=spots", reverse("qa:tag_list"),
                 reverse("faq:article_list"), article.get_absolute_url(), reverse("qa:doctor_list"),
                 doctor.get_absolute_url(), reverse("qa:ask"), reverse("account_login"),
                 reverse("account_signup"), "/no-such-page/", "/readyz"]
    return [(None, url) for url in anonymous] + [
        (patient, reverse("qa:my_questions")), (patient, reverse("qa:notifications")),
        (patient, reverse("accounts:account")), (patient, reverse("qa:ask")),
        (patient, reverse("qa:queue")),  # 403
        (doctor.user, reverse("qa:queue")), (doctor.user, reverse("qa:question_work", args=[pending.pk])),
        (doctor.user, reverse("qa:my_work")),
        (staff, reverse("doctors:staff_doctors")), (staff, reverse("qa:staff_reports")),
        (staff, reverse("qa:staff_audit")), (staff, reverse("admin:index")),
        (staff, reverse("admin:qa_answer_changelist")),
    ]


def test_every_page_type_sends_the_security_headers_and_holds_no_inline_code():
    for user, url in _pages():
        client = Client()
        if user is not None:
            client.force_login(user)
        response = client.get(url)
        assert response.status_code in {200, 403, 404}, url
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, url
        assert "frame-ancestors 'none'" in policy, url
        assert "camera=()" in response["Permissions-Policy"], url
        if "html" in response["Content-Type"]:
            page = response.content.decode()
            assert not _INLINE_SCRIPT.search(page), url
            assert not _INLINE_STYLE.search(page), url


def test_a_page_from_the_page_cache_also_sends_them(client):
    url = reverse("portal:home")
    client.get(url)
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit"
    assert "script-src 'self'" in cached["Content-Security-Policy"]
    assert "Permissions-Policy" in cached

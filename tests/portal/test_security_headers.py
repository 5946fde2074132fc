"""Every page type sends a Content-Security-Policy without 'unsafe-inline' and a Permissions-Policy,
and no page holds inline script, inline style or event-handler attributes that the policy would block."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", re.IGNORECASE)
# A JSON-LD data block (schema.org structured data) is not script: browsers never run it. It is the
# only kind of inline <script> element allowed, written exactly so, and it must hold JSON.
_JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def inline_scripts(page: str) -> list[str]:
    """The inline scripts of ``page``, once its JSON-LD data blocks (each checked to be JSON that
    cannot end its element early) are set aside."""
    for block in _JSON_LD.findall(page):
        json.loads(block)
        assert "<" not in block and ">" not in block and "&" not in block
    return [match.group(0) for match in _INLINE_SCRIPT.finditer(_JSON_LD.sub("", page))]
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
                 reverse("account_signup"), "/no-such-page/", "/readyz",
                 "/api/docs", "/api/openapi.json", "/api/v1/threads", f"/api/v1/threads/{thread.pk}"]
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
            assert inline_scripts(page) == [], url
            assert not _INLINE_STYLE.search(page), url


@pytest.mark.parametrize("page", [
    '<script>alert(1)</script>',
    '<script type="application/ld+json" onload="x">{}</script>',
    '<script type="text/javascript">{}</script>',
    '<SCRIPT TYPE="module">import x from "/y";</SCRIPT>',
    '<script type="application/ld+json">{}</script><script>alert(1)</script>',
])
def test_only_json_ld_data_blocks_pass_as_inline_scripts(page):
    assert inline_scripts(page) != []


def test_json_ld_data_blocks_are_not_inline_scripts():
    assert inline_scripts('<script type="application/ld+json">{"a": "\\u003C/script\\u003E"}</script>') == []
    with pytest.raises(json.JSONDecodeError):
        inline_scripts('<script type="application/ld+json">alert(1)</script>')


def test_a_page_from_the_page_cache_also_sends_them(client):
    url = reverse("portal:home")
    client.get(url)
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit"
    assert "script-src 'self'" in cached["Content-Security-Policy"]
    assert "Permissions-Policy" in cached

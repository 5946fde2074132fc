"""Every page type in Traditional Chinese: no English left in what the site itself says.

Each page is rendered at its /zh-hant/ address with Chinese content. What remains in English must
be content marked as English (``lang="en"``) or one of the few names that stay as they are (the
site's name, FAQ, Q&A); everything else the page says — text, button values, placeholders,
labels, titles, alternative texts — is a Latin word only if a string was left untranslated.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from qa import services
from qa.models import Report
from tests import factories as f

pytestmark = pytest.mark.django_db

# Names that stay as they are in Chinese text, and the notation of the pages (units, formats).
ALLOWED = {"FAQ", "Q", "A", "Markdown", "HTML", "JPEG", "PNG", "HEIC", "WebP", "MB", "SPF", "TOTP", "API", "IP",
           "App", "JSON", "zip", "OpenAPI", "RSS", "Atom", "Facebook", "LINE", "WhatsApp",
           "English",  # a language is offered by its own name
           "hives"}  # "hives": the English example of a lay name, on the page where doctors add them
WORD = re.compile(r"[A-Za-z]{2,}")
SKIPPED_TAGS = {"script", "style", "template"}
ATTRIBUTES = ("placeholder", "aria-label", "title", "alt")


class _UIText(HTMLParser):
    """The words a reader sees or hears that the site wrote: text and the attributes read out,
    outside elements whose own ``lang`` is not Chinese and outside scripts."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is it foreign (content in another language, or a script)?
        self.words: list[str] = []

    def foreign(self) -> bool:
        return any(self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        foreign = (tag in SKIPPED_TAGS or (lang is not None and not lang.startswith("zh"))
                   or attrs.get("translate") == "no")
        if not (self.foreign() or foreign):
            for name in ATTRIBUTES:
                if attrs.get(name):
                    self.words += WORD.findall(attrs[name])
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.words += WORD.findall(attrs["value"])
        if tag not in self.VOID:
            self.stack.append(foreign)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self.foreign():
            self.words += WORD.findall(data)


def english_left(html: str) -> list[str]:
    start = html.find("<body")
    body = html[html.index(">", start) + 1:] if start >= 0 else html
    parser = _UIText()
    parser.feed(body)
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    words = parser.words + (WORD.findall(title.group(1)) if title else [])
    return sorted({w for w in words if w not in ALLOWED and w not in settings.SITE_NAME.split()})


@pytest.fixture
def world():
    dept = f.department()
    dept.name_zh, dept.description_zh = "皮膚科", "皮膚、頭髮與指甲的問題。"
    dept.save()
    eczema = f.tag("Eczema")
    eczema.name_zh, eczema.description_zh = "濕疹", "皮膚乾、癢、紅。"
    eczema.save()
    doctor = f.doctor(dept=dept, name="陳怡婷醫師")
    doctor.hospital, doctor.bio = "示範皮膚科診所", "專長：濕疹與青春痘。"
    doctor.save()
    thread = f.thread(tags=[eczema], by=doctor, title="小孩手肘內側一直很癢",
                      body="三歲的小孩手肘內側紅紅的、一直抓，晚上睡不好。",
                      answer_body="這看起來像異位性皮膚炎，請每天擦保濕乳液。")
    f.thread(tags=[eczema], by=doctor, title="洗碗後手指脫皮", body="洗碗之後手指乾裂、脫皮。",
             answer_body="這可能是手部濕疹。")
    article = f.article(tags=[eczema], title="濕疹的照顧", reviewer=doctor, dept=dept)
    article.summary, article.language = "濕疹怎麼照顧。", "zh-hant"
    article.save()
    for section in article.sections.all():
        section.heading, section.body = "概說", "濕疹是常見的皮膚病。"
        section.save()
    patient = f.patient(password="a long enough passphrase 42")
    editable = f.question(tags=[eczema], asker=patient, title="頭皮很癢", body="頭皮很癢，有白色皮屑。")
    pending = f.question(tags=[eczema], asker=patient, title="腳底起水泡很癢", body="腳底起了小水泡，很癢。")
    mine = f.thread(tags=[eczema], asker=patient, by=doctor, title="臉上長痘痘", body="最近臉上一直長痘痘。",
                    answer_body="請用溫和的洗面乳。")
    services.question_claim(question=pending, doctor=doctor)
    Report.objects.create(question=thread, reason=Report.Reason.choices[0][0], note="內容有誤")
    staff = f.user(is_staff=True, is_superuser=True)
    applicant = f.doctor(dept=dept, name="林醫師", status="applied")
    applicant.hospital = "示範兒童診所"
    applicant.save()
    with translation.override("en"):
        return {
            "thread": thread.get_absolute_url(), "article": article.get_absolute_url(), "tag": "/tags/eczema/",
            "dept": dept.get_absolute_url(), "doctor": doctor.get_absolute_url(), "pending": pending.pk,
            "editable": editable.pk,
            "mine": mine.pk, "users": {"patient": patient, "doctor": doctor.user, "staff": staff,
                                       "applicant": applicant.user},
        }


PAGES = {
    None: ["/", "/questions/", "{dept}", "/tags/", "{tag}", "{thread}", "/search/?q=濕疹", "/search/?q=查無此症狀",
           "/faq/", "{article}", "/doctors/", "{doctor}", "/accounts/login/", "/accounts/signup/",
           "/accounts/password/reset/", "/no-such-page/"],
    "patient": ["/ask/", "/my/questions/", "/my/questions/{pending}/", "/my/questions/{editable}/edit/",
                "/my/notifications/", "/accounts/", "/accounts/password/change/", "/accounts/sessions/",
                "/doctor/queue/"],  # a patient at the doctors' queue: the 403 page
    "doctor": ["/doctor/queue/", "/doctor/questions/{pending}/", "/doctor/my-work/", "/doctor/updates/"],
    "staff": ["/staff/reports/", "/staff/audit/", "/staff/doctors/", "{tag}aliases/"],
    "applicant": ["/doctor/apply/"],
}


@pytest.mark.parametrize(("who", "template"), [(who, path) for who, paths in PAGES.items() for path in paths])
def test_every_page_type_is_fully_chinese(world, who, template):
    client = Client()
    if who:
        client.force_login(world["users"][who])
    path = "/zh-hant" + template.format(**world)
    response = client.get(path)
    assert response.status_code in (200, 403, 404), (path, response.status_code)
    page = response.content.decode()
    assert '<html lang="zh-Hant">' in page
    left = english_left(page)
    assert left == [], f"{path}: {left}"

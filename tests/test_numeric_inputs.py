"""Every numeric form field and numeric query parameter of the site, sent numbers that are not plain
ASCII digits in range: "²" (a superscript, which ``str.isdigit()`` accepts), "٣" (Arabic-Indic) and
"１" (full width), which ``int()`` reads, a number far too large for the database, and negative
numbers. Each is a form error (400, or 200 showing the error) or a 404 for a missing page — never a
500 — and what the user typed in the other fields is still on the page.

The cases are listed from the code: each form class with a number or an id in it (qa/forms.py,
doctors/forms.py), each view reading a number from the query string (``page``, ``follow_up``,
``before``/``after``, the audit log's question, the search filters), and each URL with an id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from qa.models import Notification, Question, Report
from qa.services import question_claim
from tests import factories as f

pytestmark = pytest.mark.django_db

NOT_PLAIN_NUMBERS = ["²", "٣", "１", str(10**30), "-1", "-40"]

TITLE = f.ASK_DATA["title"]


@dataclass
class Site:
    """One small archive with someone in each role, and the objects their pages are about."""

    clients: dict[str, Client]
    thread: Question
    own_question: Question
    work_question: Question
    doctor_pk: int


@pytest.fixture
def site():
    dept = f.department()
    f.tag("Acne")
    patient = f.patient()
    thread = f.thread(tags=["acne"], title="Spots on my chin", asker=patient)
    own = f.question(asker=patient, title="My pending question")
    doctor = f.doctor(dept=dept)
    work = f.question(dept=dept, title="A question being answered")
    question_claim(question=work, doctor=doctor)
    f.answer(f.question(dept=dept), by=doctor)  # rows behind every id in a URL: an answer, a report
    Report.objects.create(question=thread, reason=Report.Reason.choices[0][0])
    clients = {"visitor": Client()}
    for role, user in (("patient", patient), ("doctor", doctor.user), ("staff", f.user(is_staff=True)),
                       ("applicant", f.patient())):
        clients[role] = Client()
        clients[role].force_login(user)
    assert Notification.objects.filter(user=patient).exists()
    return Site(clients=clients, thread=thread, own_question=own, work_question=work, doctor_pk=doctor.pk)


@dataclass
class Case:
    """A request carrying ``raw`` where a number belongs."""

    id: str
    role: str
    method: str
    url: Callable[[Site, str], str]
    data: Callable[[Site, str], dict] = lambda site, raw: {}
    ok: tuple[int, ...] = (400,)  # what a correct page answers
    kept: str | None = None  # text the user typed, still on the page


def ask(**fields):
    return lambda site, raw: f.ask_data(action="preview", **{k: (v(raw) if callable(v) else v) for k, v in
                                                             fields.items()})


def at(name, *args):
    return lambda site, raw: reverse(name, args=[a(site) if callable(a) else a for a in args])


def pk_url(name, *args):
    """The URL named ``name`` with ``raw`` in place of its id (the first argument)."""
    def build(site, raw):
        url = reverse(name, args=[987654321, *[a(site) if callable(a) else a for a in args]])
        return url.replace("987654321", raw, 1)
    return build


def query(id, role, name, *args, ok=(200,), kept=None, **params):
    """A GET of the page ``name`` with ``raw`` in each parameter given as None."""
    return Case(id, role, "get", at(name, *args),
                lambda site, raw: {k: (raw if v is None else v) for k, v in params.items()}, ok=ok, kept=kept)


def edit_data(site, raw, **fields):
    data = f.ask_data(title="My pending question, edited")
    data.pop("consent")
    return {**data, **fields}


CASES = [
    # The ask form (AskForm): ids and choices.
    Case("ask department", "patient", "post", at("qa:ask"), ask(department=lambda raw: raw), kept=TITLE),
    Case("ask tags", "patient", "post", at("qa:ask"), ask(tags=lambda raw: [raw]), kept=TITLE),
    Case("ask age", "patient", "post", at("qa:ask"), ask(age_bracket=lambda raw: raw), kept=TITLE),
    Case("ask sex", "patient", "post", at("qa:ask"), ask(sex=lambda raw: raw), kept=TITLE),
    Case("ask duration", "patient", "post", at("qa:ask"), ask(duration=lambda raw: raw), kept=TITLE),
    Case("ask itch", "patient", "post", at("qa:ask"), ask(itch=lambda raw: raw), kept=TITLE),
    Case("ask pain", "patient", "post", at("qa:ask"), ask(pain=lambda raw: raw), kept=TITLE),
    Case("ask body sites", "patient", "post", at("qa:ask"), ask(body_sites=lambda raw: [raw]), kept=TITLE),
    Case("ask warning signs", "patient", "post", at("qa:ask"), ask(warning_signs=lambda raw: [raw]), kept=TITLE),
    # The hidden follow-up id is bookkeeping the patient cannot see: a bad one is dropped, the
    # preview shows (200), and the question follows up nothing.
    Case("ask follow_up_of", "patient", "post", at("qa:ask"), ask(follow_up_of=lambda raw: raw), ok=(200,),
         kept=TITLE),
    query("ask ?follow_up=", "patient", "qa:ask", follow_up=None),
    # The live triage notice reads the age bracket and the ticked signs.
    Case("triage age", "patient", "post", at("qa:ask_triage"),
         lambda site, raw: {"title": TITLE, "age_bracket": raw, "warning_signs": [raw]}, ok=(200,)),
    # Editing a question (the same form, without consent).
    Case("edit department", "patient", "post", at("qa:question_edit", lambda s: s.own_question.pk),
         lambda site, raw: edit_data(site, raw, department=raw), kept="My pending question, edited"),
    Case("edit tags", "patient", "post", at("qa:question_edit", lambda s: s.own_question.pk),
         lambda site, raw: edit_data(site, raw, tags=[raw]), kept="My pending question, edited"),
    Case("edit age", "patient", "post", at("qa:question_edit", lambda s: s.own_question.pk),
         lambda site, raw: edit_data(site, raw, age_bracket=raw), kept="My pending question, edited"),
    # Reporting a thread.
    Case("report reason", "visitor", "post", at("qa:report", lambda s: s.thread.pk, lambda s: s.thread.slug),
         lambda site, raw: {"reason": raw, "note": "The dose is wrong"}, kept="The dose is wrong"),
    # The doctor's forms and filters.
    Case("answer tags", "doctor", "post", at("qa:answer", lambda s: s.work_question.pk),
         lambda site, raw: {"body": "Try a gentle wash.", "tags": [raw], "action": "preview"},
         kept="Try a gentle wash."),
    Case("decline duplicate", "doctor", "post", at("qa:decline", lambda s: s.work_question.pk),
         lambda site, raw: {"reason": "duplicate", "duplicate": raw, "note": "Asked before"}, kept="Asked before"),
    Case("decline duplicate link", "doctor", "post", at("qa:decline", lambda s: s.work_question.pk),
         lambda site, raw: {"reason": "duplicate", "duplicate": f"/questions/{raw}/x/", "note": "Asked before"},
         kept="Asked before"),
    Case("decline reason", "doctor", "post", at("qa:decline", lambda s: s.work_question.pk),
         lambda site, raw: {"reason": raw, "note": "Asked before"}, kept="Asked before"),
    query("queue ?age=", "doctor", "qa:queue", age=None, ok=(400,)),
    query("queue ?tag=", "doctor", "qa:queue", tag=None, ok=(400,)),
    query("queue ?body_site=", "doctor", "qa:queue", body_site=None, ok=(400,)),
    query("my work ?page=", "doctor", "qa:my_work", page=None),
    Case("apply department", "applicant", "post", at("doctors:apply"),
         lambda site, raw: {"full_name": "Ann Lee", "department": raw, "licence_number": "L-1",
                            "hospital": "Fictional Clinic"}, kept="Fictional Clinic"),
    # Staff pages.
    query("audit ?question=", "staff", "qa:staff_audit", question=None, actor="dr-lee", ok=(400,), kept="dr-lee"),
    query("audit ?page=", "staff", "qa:staff_audit", page=None),
    query("reports ?page=", "staff", "qa:staff_reports", page=None),
    query("reports ?page= (all)", "staff", "qa:staff_reports", page=None, show="all"),
    query("staff doctors ?status=", "staff", "doctors:staff_doctors", status=None),
    Case("staff decision reason", "staff", "post", at("doctors:staff_decide", lambda s: s.doctor_pk, "suspend"),
         lambda site, raw: {"reason": raw}, ok=(302,)),
    # Public lists and search.
    query("search ?page=", "visitor", "portal:search", q="spots", page=None, kept="spots"),
    query("search ?department=", "visitor", "portal:search", q="spots", department=None, kept="spots"),
    query("search ?tag=", "visitor", "portal:search", q="spots", tag=None, kept="spots"),
    query("list ?before=", "visitor", "qa:question_list", before=None),
    query("list ?after=", "visitor", "qa:question_list", after=None),
    query("list ?after= beside ?before=", "visitor", "qa:question_list", before="1-1", after=None),
    # Ids in URLs: the resolver takes ASCII digits only; a huge id is no row (404), never a crash.
    Case("thread id", "visitor", "get", pk_url("portal:thread_short"), ok=(404,)),
    Case("thread id (signed in)", "patient", "get", pk_url("portal:thread", "x"), ok=(404,)),
    Case("report id", "visitor", "get", pk_url("qa:report", "x"), ok=(404,)),
    Case("edit id", "patient", "get", pk_url("qa:question_edit"), ok=(404,)),
    Case("withdraw id", "patient", "post", pk_url("qa:question_withdraw"), ok=(404,)),
    Case("add information id", "patient", "post", pk_url("qa:question_add_information"),
         lambda site, raw: {"body": "More"}, ok=(404,)),
    Case("notification id", "patient", "post", pk_url("qa:notification_open"), ok=(404,)),
    Case("work id", "doctor", "get", pk_url("qa:question_work"), ok=(404,)),
    Case("claim id", "doctor", "post", pk_url("qa:claim"), ok=(404,)),
    Case("edit answer id", "doctor", "get", pk_url("qa:edit_answer"), ok=(404,)),
    Case("report decision id", "staff", "post", pk_url("qa:staff_report_decide", "dismiss"), ok=(404,)),
    Case("doctor decision id", "staff", "post", pk_url("doctors:staff_decide", "verify"), ok=(404,)),
]


@pytest.mark.parametrize("raw", NOT_PLAIN_NUMBERS)
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_a_number_that_is_not_plain_is_refused_and_what_was_typed_is_kept(site, case, raw):
    client = site.clients[case.role]
    url = case.url(site, raw)
    response = getattr(client, case.method)(url, case.data(site, raw))

    assert response.status_code in case.ok, (url, response.status_code)
    if case.kept is not None:
        assert case.kept in response.content.decode()


@pytest.mark.parametrize("raw", ["²", "٣", "１", "-3"])
def test_a_page_number_that_is_not_plain_shows_the_first_page(site, raw, monkeypatch):
    """``?page=٣`` is not page 3: numbers are plain ASCII digits (accounts.inputs), or no number."""
    monkeypatch.setattr("qa.search.PAGE_SIZE", 1)
    for n in range(3):
        f.thread(title=f"Red spots, case {n}")
    visitor = site.clients["visitor"]
    assert visitor.get(reverse("portal:search"), {"q": "spots", "page": "3"}).context["results"].page == 3

    search = visitor.get(reverse("portal:search"), {"q": "spots", "page": raw})

    assert search.status_code == 200 and search.context["results"].page == 1
    assert 'value="spots"' in search.content.decode()


@pytest.mark.parametrize("raw", NOT_PLAIN_NUMBERS)
def test_a_bad_follow_up_id_links_the_question_to_nothing(raw):
    client = Client()
    client.force_login(f.patient())
    response = client.post(reverse("qa:ask"), f.ask_data(action="submit", title="A new question", follow_up_of=raw))
    assert response.status_code == 302
    assert Question.objects.get(title="A new question").follow_up_of is None


@pytest.mark.parametrize("form_class, name, data", [
    ("qa.forms.AskForm", "more_tags", None),
    ("qa.forms.DeclineForm", "duplicate", {"reason": "needs_exam"}),
    ("qa.forms.AuditFilterForm", "actor", {}),
    ("doctors.forms.ApplyForm", "full_name", None),
    ("doctors.forms.ApplyForm", "licence_number", None),
    ("doctors.forms.ApplyForm", "hospital", None),
])
def test_one_line_fields_drop_control_and_bidi_override_characters(form_class, name, data):
    from django.utils.module_loading import import_string

    from accounts.inputs import OneLineField

    form = import_string(form_class)
    assert isinstance(form.base_fields[name], OneLineField)
    if data is not None:
        bound = form({**data, name: "Dr\r\nX-Forged: 1\u202eevil"})
        assert bound.is_valid(), bound.errors
        assert bound.cleaned_data[name] == "Dr X-Forged: 1 evil"


def test_every_one_line_text_field_of_qa_doctors_and_faq_forms_is_a_one_line_field():
    """A text field without a Textarea (and not hidden) is one line: it must drop control characters."""
    import inspect

    from django import forms as django_forms

    import doctors.forms
    import qa.forms
    from accounts.inputs import OneLineField

    plain = []
    for module in (qa.forms, doctors.forms):
        for name, form in inspect.getmembers(module, inspect.isclass):
            if not issubclass(form, django_forms.BaseForm) or form.__module__ != module.__name__:
                continue
            for field_name, field in form.base_fields.items():
                if (type(field) is django_forms.CharField
                        and not isinstance(field.widget, django_forms.Textarea | django_forms.HiddenInput)):
                    plain.append(f"{name}.{field_name}")
    assert plain == []
    assert isinstance(qa.forms.AskForm.base_fields["title"], OneLineField)  # the model's field, too

"""Who may open and act on every queue, verification, report and FAQ-review URL.

qa's workspace and staff pages, doctors' apply and verification pages and faq's review button,
in one matrix: the roles are the same, and qa is the layer that can see all three.

One world per test (two departments, a doctor in each state, a patient, a staff member, a pending
question, a published thread with a report, an FAQ article; each made only when the test needs it),
then every role against every URL:

* refused (403 or 404, on GET and on POST): nothing in the database changes;
* allowed: GET 200 on a page, POST 302 on an action, and the action really happened;
* a state-changing URL never answers GET with 200 (405 once the permission check has passed).
"""

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from doctors import services as doctor_services
from doctors import urls as doctors_urls
from doctors.models import DoctorProfile, VerificationEvent
from faq.models import Article
from qa import urls as qa_urls
from qa import workspace_views
from qa.models import Answer, AnswerRevision, Clarification, DeclineReason, Outcome, Question, QuestionEvent, Report
from qa.services import question_claim, report_create
from tests import factories as f

pytestmark = pytest.mark.django_db

Status = DoctorProfile.Status

ANONYMOUS = "anonymous"
PATIENT = "patient"
APPLICANT = "applicant"
OTHER_DEPT = "verified doctor of another department"
SUSPENDED = "suspended doctor"
VERIFIED = "verified doctor"
STAFF = "staff"
ROLES = (ANONYMOUS, PATIENT, APPLICANT, OTHER_DEPT, SUSPENDED, VERIFIED, STAFF)


# --- The world and the roles -------------------------------------------------------------------

class World:
    """The test's data, each piece made the first time a test needs it (the matrix stays fast)."""

    @cached_property
    def dept(self):
        return f.department("Dermatology")

    @cached_property
    def other_dept(self):
        return f.department("Hair and Nails")

    @cached_property
    def doctor(self):
        return f.doctor(dept=self.dept, name="Dr. Same Department")

    @cached_property
    def other_doctor(self):
        return f.doctor(dept=self.other_dept, name="Dr. Other Department")

    @cached_property
    def colleague(self):
        return f.doctor(dept=self.dept, name="Dr. Colleague")

    # The applicant and the suspended doctor are of the question's department: only their status stops them.
    @cached_property
    def applicant(self):
        return f.doctor(status=Status.APPLIED, dept=self.dept)

    @cached_property
    def suspended(self):
        return f.doctor(status=Status.SUSPENDED, dept=self.dept)

    @cached_property
    def patient(self):
        return f.patient()

    @cached_property
    def staff(self):
        return f.user(is_staff=True)

    @cached_property
    def question(self):
        """Pending, in the verified doctor's department."""
        return f.question(dept=self.dept, tags=["acne"], title="A pending question")

    @cached_property
    def thread(self):
        """Published, answered by the verified doctor."""
        return f.thread(dept=self.dept, by=self.doctor, title="A published thread")

    @cached_property
    def own_answer(self):
        return self.thread.answers.get()

    @cached_property
    def foreign_answer(self):
        return f.answer(f.question(dept=self.dept), by=self.colleague, body="A colleague's reply.")

    @cached_property
    def report(self):
        return report_create(question=self.thread, reason=Report.Reason.SPAM)

    @cached_property
    def outcome(self):
        from qa.services import outcome_report

        return outcome_report(question=self.thread, asker=self.thread.asker, result="better", note="Much better.")

    @cached_property
    def article(self):
        return f.article(dept=self.dept, reviewed_on=date(2020, 1, 1))


def build_world():
    """A World with everything made now."""
    w = World()
    for name, value in vars(World).items():
        if isinstance(value, cached_property):
            getattr(w, name)
    return w


def role_user(role, w):
    """The signed-in user for ``role`` (None: anonymous)."""
    return {
        ANONYMOUS: None,
        PATIENT: w.patient,
        APPLICANT: w.applicant.user,
        OTHER_DEPT: w.other_doctor.user,
        SUSPENDED: w.suspended.user,
        VERIFIED: w.doctor.user,
        STAFF: w.staff,
    }[role]


def client_for(role, w, **kwargs):
    client = Client(**kwargs)
    user = role_user(role, w)
    if user is not None:
        client.force_login(user)
    return client


def claim_for_doctor(w):
    """Some actions need the verified doctor's live claim to succeed."""
    question_claim(question=w.question, doctor=w.doctor)


def snapshot():
    """Everything a refused request could try to change."""
    return {
        "questions": sorted(Question.objects.values_list(
            "pk", "status", "claimed_by_id", "claim_expires_at", "decline_reason", "published_at", "privacy_hide")),
        "tags": sorted(Question.tags.through.objects.values_list("question_id", "tag_id")),
        "clarifications": Clarification.objects.count(),
        "answers": sorted(Answer.objects.values_list("pk", "body")),
        "revisions": AnswerRevision.objects.count(),
        "doctors": sorted(DoctorProfile.objects.values_list("pk", "user_id", "status", "verified_at")),
        "reports": sorted(Report.objects.values_list("pk", "resolution", "resolved_by_id")),
        "articles": sorted(Article.objects.values_list("pk", "last_reviewed_on", "reviewed_by_id")),
        "question events": QuestionEvent.objects.count(),
        "outcomes": sorted(Outcome.objects.values_list("pk", "review")),
        "verification events": VerificationEvent.objects.count(),
    }


def refreshed(obj):
    obj.refresh_from_db()
    return obj


# --- The URLs ----------------------------------------------------------------------------------
# kind: "page" (GET shows it), "action" (POST-only), "form" (GET shows it, POST submits it).
# url(w) builds the address; data(w) the POST body that succeeds for whoever may act;
# prepare(w) puts the world in the state the action needs; done(w, user) proves it happened.

@dataclass(frozen=True)
class Url:
    kind: str
    url: Any
    data: Any = lambda w: {}
    prepare: Any = None
    done: Any = None


URLS = {
    "queue": Url(kind="page", url=lambda w: reverse("qa:queue")),
    "my_work": Url(kind="page", url=lambda w: reverse("qa:my_work")),
    "question_work": Url(kind="page", url=lambda w: reverse("qa:question_work", args=[w.question.pk])),
    "claim": Url(
        kind="action", url=lambda w: reverse("qa:claim", args=[w.question.pk]),
        done=lambda w, user: refreshed(w.question).claimed_by_id == w.doctor.pk,
    ),
    "release": Url(
        kind="action", url=lambda w: reverse("qa:release", args=[w.question.pk]), prepare=claim_for_doctor,
        done=lambda w, user: refreshed(w.question).status == Question.Status.PENDING,
    ),
    "answer": Url(
        kind="action", url=lambda w: reverse("qa:answer", args=[w.question.pk]), prepare=claim_for_doctor,
        data=lambda w: {"body": "Wash gently and use an emollient.", "action": "publish"},
        done=lambda w, user: refreshed(w.question).status == Question.Status.ANSWERED,
    ),
    "request_info": Url(
        kind="action", url=lambda w: reverse("qa:request_info", args=[w.question.pk]),
        data=lambda w: {"message": "Is it itchy at night?"},
        done=lambda w, user: refreshed(w.question).status == Question.Status.NEEDS_INFO,
    ),
    "decline": Url(
        kind="action", url=lambda w: reverse("qa:decline", args=[w.question.pk]),
        data=lambda w: {"reason": DeclineReason.NEEDS_EXAM, "note": "Please see a dermatologist."},
        done=lambda w, user: refreshed(w.question).status == Question.Status.DECLINED,
    ),
    "review_privacy": Url(
        kind="action", url=lambda w: reverse("qa:review_privacy", args=[w.question.pk]),
        data=lambda w: {"hide": "Riverbank Bakery"},
        done=lambda w, user: refreshed(w.question).privacy_hide == ["Riverbank Bakery"],
    ),
    "outcomes": Url(kind="page", url=lambda w: reverse("qa:outcomes")),
    "outcome_review": Url(
        kind="action", url=lambda w: reverse("qa:outcome_review", args=[w.outcome.pk, "approve"]),
        done=lambda w, user: refreshed(w.outcome).review == "approved",
    ),
    "edit_answer (own)": Url(
        kind="form", url=lambda w: reverse("qa:edit_answer", args=[w.own_answer.pk]),
        data=lambda w: {"body": "An edited reply."},
        done=lambda w, user: refreshed(w.own_answer).body == "An edited reply.",
    ),
    "edit_answer (colleague's)": Url(
        kind="form", url=lambda w: reverse("qa:edit_answer", args=[w.foreign_answer.pk]),
        data=lambda w: {"body": "An edited reply."},
    ),
    "staff_doctors": Url(kind="page", url=lambda w: reverse("doctors:staff_doctors")),
    # The targets are the role users themselves: an applicant cannot verify themselves, a suspended
    # doctor cannot reinstate themselves.
    "staff_decide verify": Url(
        kind="action", url=lambda w: reverse("doctors:staff_decide", args=[w.applicant.pk, "verify"]),
        done=lambda w, user: refreshed(w.applicant).status == Status.VERIFIED,
    ),
    "staff_decide reject": Url(
        kind="action", url=lambda w: reverse("doctors:staff_decide", args=[w.applicant.pk, "reject"]),
        data=lambda w: {"reason": "The licence number does not match."},
        done=lambda w, user: refreshed(w.applicant).status == Status.REJECTED,
    ),
    "staff_decide suspend": Url(
        kind="action", url=lambda w: reverse("doctors:staff_decide", args=[w.doctor.pk, "suspend"]),
        data=lambda w: {"reason": "Complaint under review."},
        done=lambda w, user: refreshed(w.doctor).status == Status.SUSPENDED,
    ),
    "staff_decide reinstate": Url(
        kind="action", url=lambda w: reverse("doctors:staff_decide", args=[w.suspended.pk, "reinstate"]),
        done=lambda w, user: refreshed(w.suspended).status == Status.VERIFIED,
    ),
    "staff_reports": Url(kind="page", url=lambda w: reverse("qa:staff_reports")),
    "staff_report_decide unpublish": Url(
        kind="action", url=lambda w: reverse("qa:staff_report_decide", args=[w.report.pk, "unpublish"]),
        done=lambda w, user: refreshed(w.report).resolution == Report.Resolution.UNPUBLISHED
        and refreshed(w.thread).status == Question.Status.REMOVED,
    ),
    "staff_report_decide dismiss": Url(
        kind="action", url=lambda w: reverse("qa:staff_report_decide", args=[w.report.pk, "dismiss"]),
        done=lambda w, user: refreshed(w.report).resolution == Report.Resolution.DISMISSED,
    ),
    "staff_audit": Url(kind="page", url=lambda w: reverse("qa:staff_audit")),
    "faq:article_reviewed": Url(
        kind="action", url=lambda w: reverse("faq:article_reviewed", args=[w.article.slug]),
        done=lambda w, user: refreshed(w.article).last_reviewed_on != date(2020, 1, 1)
        and w.article.reviewed_by_id == w.doctor.pk,
    ),
    "apply": Url(
        kind="form", url=lambda w: reverse("doctors:apply"),
        data=lambda w: {"full_name": "Ada Applicant", "department": w.dept.pk, "licence_number": "NEW-123",
                        "hospital": "City Clinic"},
        # Someone who already has a profile is told so; everyone else now has one.
        done=lambda w, user: DoctorProfile.objects.filter(user=user).exists(),
    ),
    "qa:report": Url(
        kind="form", url=lambda w: reverse("qa:report", args=[w.thread.pk, w.thread.slug]),
        data=lambda w: {"reason": Report.Reason.MISINFORMATION, "note": "Check the dose."},
        done=lambda w, user: w.thread.reports.filter(reason=Report.Reason.MISINFORMATION).exists(),
    ),
    "qa:report (unpublished question)": Url(
        kind="form", url=lambda w: reverse("qa:report", args=[w.question.pk, w.question.slug]),
        data=lambda w: {"reason": Report.Reason.SPAM},
    ),
}


# --- The expected table: role -> URL -> (GET status, POST status) ------------------------------
# 405: the permission check passed but the method is not one the URL takes. Every view checks the
# role before the method, so those who may not act get 403/404 on GET and POST alike.

def _table():
    refused = (403, 403)
    table = {role: {} for role in ROLES}
    workspace_pages = ("queue", "my_work", "question_work", "outcomes")
    question_actions = ("claim", "release", "answer", "request_info", "decline", "review_privacy", "outcome_review")
    staff_pages = ("staff_doctors", "staff_reports", "staff_audit")
    staff_actions = ("staff_decide verify", "staff_decide reject", "staff_decide suspend",
                     "staff_decide reinstate", "staff_report_decide unpublish", "staff_report_decide dismiss")
    for role in ROLES:
        row = table[role]
        for name in (*workspace_pages, *question_actions, "edit_answer (own)", "edit_answer (colleague's)"):
            row[name] = refused
        row.update(dict.fromkeys(staff_pages, (200, 405) if role == STAFF else refused))
        row.update(dict.fromkeys(staff_actions, (405, 302) if role == STAFF else refused))
        row["faq:article_reviewed"] = refused
        # Signed out, the page says how applying works (every "For doctors" link leads there).
        row["apply"] = (200, 403) if role == ANONYMOUS else (200, 302)
        row["qa:report"] = (200, 302)
        row["qa:report (unpublished question)"] = (404, 404)

    mine = table[VERIFIED]
    mine.update(dict.fromkeys(workspace_pages, (200, 405)))
    mine.update(dict.fromkeys(question_actions, (405, 302)))
    mine["edit_answer (own)"] = (200, 302)
    mine["edit_answer (colleague's)"] = (404, 404)
    mine["faq:article_reviewed"] = (405, 302)

    other = table[OTHER_DEPT]
    other.update({"queue": (200, 405), "my_work": (200, 405), "outcomes": (200, 405), "question_work": (404, 405)})
    other.update(dict.fromkeys(question_actions, (405, 404)))
    other["edit_answer (own)"] = (404, 404)
    other["edit_answer (colleague's)"] = (404, 404)
    return table


EXPECTED = _table()
assert all(set(row) == set(URLS) for row in EXPECTED.values()), "every role covers every URL"

MATRIX = [pytest.param(role, name, id=f"{role}-{name}") for role in ROLES for name in URLS]


@pytest.mark.parametrize(("role", "name"), MATRIX)
def test_permission_matrix(role, name):
    w = World()
    spec = URLS[name]
    if spec.prepare:
        spec.prepare(w)
    client = client_for(role, w)
    url, data = spec.url(w), spec.data(w)
    expected_get, expected_post = EXPECTED[role][name]
    before = snapshot()

    got_get = client.get(url).status_code
    assert snapshot() == before, "a GET changed the database"
    got_post = client.post(url, data).status_code

    assert (got_get, got_post) == (expected_get, expected_post)
    if spec.kind == "action":
        assert got_get != 200, "a state-changing URL answered GET"
    if expected_post == 302:
        assert spec.done(w, role_user(role, w)), "the POST redirected but did not act"
    else:
        assert snapshot() == before, "a refused POST changed the database"


def test_matrix_covers_every_doctors_url_and_every_workspace_and_staff_url_of_qa():
    covered = {name.split(" ")[0] for name in URLS}
    assert {pattern.name for pattern in doctors_urls.urlpatterns} <= covered
    workspace_and_staff = {
        pattern.name for pattern in qa_urls.urlpatterns
        if str(pattern.pattern).startswith(("doctor/", "staff/"))
    }
    assert workspace_and_staff
    assert workspace_and_staff <= covered
    # Every view of the doctors' workspace is in the matrix, whatever its path.
    workspace_names = {
        pattern.name for pattern in qa_urls.urlpatterns
        if getattr(pattern.callback, "view_class", None) and pattern.callback.view_class.__module__
        == workspace_views.__name__
    }
    assert workspace_names <= covered


# --- Focused tests ------------------------------------------------------------------------------

def test_refused_posts_leave_question_doctor_report_and_article_unchanged():
    """The issue's named fields, checked by hand for every refused role and every action."""
    w = build_world()
    actions = [name for name, spec in URLS.items() if spec.kind != "page" and name != "apply"]
    for role in ROLES:
        client = client_for(role, w)
        for name in actions:
            if EXPECTED[role][name][1] == 302:
                continue
            spec = URLS[name]
            client.post(spec.url(w), spec.data(w))
    question = refreshed(w.question)
    assert question.status == Question.Status.PENDING
    assert question.claimed_by_id is None and question.claim_expires_at is None
    assert refreshed(w.applicant).status == Status.APPLIED
    assert refreshed(w.suspended).status == Status.SUSPENDED
    assert refreshed(w.doctor).status == Status.VERIFIED
    assert refreshed(w.report).resolution == ""
    assert refreshed(w.thread).is_published
    assert refreshed(w.article).last_reviewed_on == date(2020, 1, 1)
    assert refreshed(w.foreign_answer).body == "A colleague's reply."
    assert not Report.objects.filter(question=w.question).exists()


def test_other_department_question_looks_like_a_missing_one():
    w = World()
    client = client_for(OTHER_DEPT, w)
    missing = w.question.pk + 1000
    for view in ("question_work", "claim"):
        method = client.get if view == "question_work" else client.post
        assert method(reverse(f"qa:{view}", args=[w.question.pk])).status_code == 404
        assert method(reverse(f"qa:{view}", args=[missing])).status_code == 404


def test_suspension_takes_effect_in_an_open_session():
    w = World()
    client = client_for(VERIFIED, w)
    assert client.get(reverse("qa:queue")).status_code == 200

    doctor_services.doctor_suspend(profile=w.doctor, by=w.staff, reason="Complaint under review.")

    assert client.get(reverse("qa:queue")).status_code == 403
    assert client.post(reverse("qa:claim", args=[w.question.pk])).status_code == 403
    assert refreshed(w.question).status == Question.Status.PENDING


@pytest.mark.parametrize("role", [APPLICANT, SUSPENDED, VERIFIED])
def test_applying_again_does_not_touch_an_existing_profile(role):
    w = World()
    profile = role_user(role, w).doctor_profile
    before = (profile.status, profile.department_id, profile.licence_number)
    response = client_for(role, w).post(reverse("doctors:apply"), URLS["apply"].data(w))
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.status, profile.department_id, profile.licence_number) == before
    assert DoctorProfile.objects.filter(user=profile.user).count() == 1


def test_article_review_of_a_draft_is_404_even_for_its_department():
    w = World()
    draft = f.article(dept=w.dept, published=False)
    response = client_for(VERIFIED, w).post(reverse("faq:article_reviewed", args=[draft.slug]))
    assert response.status_code == 404
    assert refreshed(draft).last_reviewed_on is None


def test_staff_unknown_action_is_400_and_changes_nothing():
    w = World()
    client = client_for(STAFF, w)
    decide = reverse("doctors:staff_decide", args=[w.applicant.pk, "promote"])
    report_decide = reverse("qa:staff_report_decide", args=[w.report.pk, "delete"])
    before = snapshot()
    assert client.post(decide).status_code == 400
    assert client.post(report_decide).status_code == 400
    assert snapshot() == before


def _csrf_token(client, url):
    client.get(url)
    return client.cookies["csrftoken"].value


def test_claim_without_csrf_token_is_refused():
    w = World()
    client = client_for(VERIFIED, w, enforce_csrf_checks=True)
    url = reverse("qa:claim", args=[w.question.pk])

    assert client.post(url).status_code == 403
    assert refreshed(w.question).status == Question.Status.PENDING
    assert not QuestionEvent.objects.exclude(action=QuestionEvent.Action.SUBMIT).exists()


def test_claim_with_csrf_token_goes_through():
    """The control for the test above: the 403 there was the missing token, nothing else."""
    w = World()
    client = client_for(VERIFIED, w, enforce_csrf_checks=True)
    token = _csrf_token(client, reverse("qa:question_work", args=[w.question.pk]))
    response = client.post(reverse("qa:claim", args=[w.question.pk]), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert refreshed(w.question).claimed_by_id == w.doctor.pk


def test_staff_verify_without_csrf_token_is_refused():
    w = World()
    client = client_for(STAFF, w, enforce_csrf_checks=True)
    url = reverse("doctors:staff_decide", args=[w.applicant.pk, "verify"])

    assert client.post(url).status_code == 403
    assert refreshed(w.applicant).status == Status.APPLIED

    # The same request with the token goes through: the 403 above was the missing token.
    token = _csrf_token(client, reverse("doctors:staff_doctors"))
    assert client.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    assert refreshed(w.applicant).status == Status.VERIFIED

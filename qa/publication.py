"""What follows when a thread becomes public, changes, or stops being public: counters, the search
document, Similar Q&A, cache stamps and notifications. The one place for these side effects
(docs/ARCHITECTURE.md); qa.services calls it from inside the transaction of the change.

Work that can wait (the Similar Q&A refresh, emails) is a background job (``qa.tasks``,
``accounts.tasks``) queued in the transaction of the change: it runs on a worker once the change
commits, so a failure there can never undo the change, is tried again (accounts.jobs), and the
request that made the change stays short. The search document stays in the transaction: search
must never list a thread that is no longer public, nor miss one that is, and one row is cheap.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Count, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.mail import send_later
from doctors.models import DoctorProfile
from qa import cache, search, tasks
from qa.models import Answer, Notification, Question, Tag


def _count(question: Question, delta: int) -> None:
    """Keep Tag.num_published and DoctorProfile.num_published_answers (+1 or -1 per thread), and
    when the topics' lists of threads changed (Tag.threads_changed_at)."""
    Tag.objects.filter(questions=question).update(num_published=F("num_published") + delta,
                                                  threads_changed_at=timezone.now())
    doctors = Answer.objects.filter(question=question).values("doctor_id")
    DoctorProfile.objects.filter(pk__in=doctors).update(num_published_answers=F("num_published_answers") + delta)


def _refresh_similar_later(question: Question) -> None:
    # A job of this transaction (qa.tasks): retried if it fails; the nightly rebuild catches up too.
    tasks.refresh_similar.enqueue(question_pk=question.pk)


def thread_published(question: Question) -> None:
    """The question was just answered: it is public from now on."""
    _count(question, +1)
    search.index_question(question)
    cache.thread_changed(question)
    _refresh_similar_later(question)
    notify(question=question, kind=Notification.Kind.ANSWERED)


def thread_unpublished(question: Question) -> None:
    """Staff took the thread down: out of counts, search, every sidebar and every cached page."""
    _count(question, -1)
    search.index_question(question)  # removes it
    cache.thread_changed(question)
    _refresh_similar_later(question)


def thread_retagged(question: Question, *, added: set[int], removed: set[int]) -> None:
    """A doctor changed the topics of a question; only a public thread's counts and pages care."""
    if not question.is_published or not (added or removed):
        return
    now = timezone.now()
    Tag.objects.filter(pk__in=added).update(num_published=F("num_published") + 1, threads_changed_at=now)
    Tag.objects.filter(pk__in=removed).update(num_published=F("num_published") - 1, threads_changed_at=now)
    search.index_question(question)  # the thread's topics are indexed (a search for a topic finds them)
    cache.thread_changed(question)
    _refresh_similar_later(question)


def thread_text_changed(question: Question) -> None:
    """The text of a public thread changed (an answer edited): search and cached pages follow."""
    if question.is_published:
        search.index_question(question)
        cache.thread_changed(question)


def threads_anonymised(pks: Iterable[int]) -> None:
    """The asker of these public threads deleted their account: no page may keep their name."""
    cache.threads_changed(pks)


def archive_changed() -> None:
    """Something every page may show changed: a topic, a department, a doctor, an FAQ article."""
    cache.archive_changed()


def deliverable(address: str) -> bool:
    """Whether an email to ``address`` can reach anyone: not empty, and not in the ``.invalid``
    top-level domain, reserved never to resolve (RFC 2606) — the demo accounts' addresses."""
    domain = address.rpartition("@")[2].rstrip(".").lower()
    return bool(domain) and not (domain == "invalid" or domain.endswith(".invalid"))


def notify(*, question: Question, kind: str) -> Notification | None:
    """Tell the asker on the site now, and by email (a job queued in this transaction)."""
    asker = question.asker
    if asker is None:
        return None
    notification = Notification.objects.create(user=asker, question=question, kind=kind)
    if not deliverable(asker.email):
        return notification  # the demo archive's askers, for one: the site tells them, no email
    # In the asker's language (the request is the doctor's), its links too; their question's if they
    # never chose one.
    with translation.override(asker.language or question.language):
        path = (reverse("qa:question_outcome", args=[question.pk]) if kind == Notification.Kind.OUTCOME
                else question.get_absolute_url())
        context = {"question": question, "notification": notification, "SITE_NAME": settings.SITE_NAME,
                   "url": settings.SITE_URL + path}
        body = render_to_string("qa/email/notification.txt", context, using="text")  # plain text: no escaping
        subject = f"{notification.get_kind_display()} — {settings.SITE_NAME}"
    send_later(subject=subject, body=body, to=[asker.email])
    return notification


def recount_all() -> tuple[int, int]:
    """Recount every tag's published threads (and when its newest was published) and every
    doctor's published answers (after bulk imports); returns the numbers of tags and doctors. Call
    inside a transaction."""
    threads = Question.objects.published().filter(tags=OuterRef("pk")).order_by().values("tags")
    tags = Tag.objects.update(
        num_published=Coalesce(Subquery(threads.annotate(n=Count("pk")).values("n")), 0),
        threads_changed_at=Subquery(threads.annotate(latest=Max("published_at")).values("latest")),
    )
    answers = (
        Answer.objects.on_published_questions().filter(doctor=OuterRef("pk")).order_by()
        .values("doctor").annotate(n=Count("pk")).values("n")
    )
    doctors = DoctorProfile.objects.update(num_published_answers=Coalesce(Subquery(answers), 0))
    return tags, doctors

"""Reads with rules for the public archive.

Every function returns querysets or lists whose query count does not grow with the data:
related rows come through ``select_related``/``prefetch_related``, never a query per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import connections, router
from django.db.models import (
    CharField,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
    Value,
    prefetch_related_objects,
)
from django.utils import timezone
from django.utils.translation import get_language

from accounts import languages
from accounts.languages import Language
from accounts.models import SecurityEvent
from accounts.paths import path_builder
from doctors.models import Department, DoctorProfile, VerificationEvent, verified_doctor_of
from qa import lifecycle, prepared, privacy, triage
from qa.models import (
    Answer,
    Clarification,
    Notification,
    Outcome,
    Photo,
    Question,
    QuestionEvent,
    Report,
    SimilarThread,
    Tag,
    TagAlias,
    published_q,
)


def visible_answers_prefetch(to_attr: str = "visible_answers", lookup: str = "answers") -> Prefetch:
    """Prefetch the answers the public may see, with their doctor and department, oldest first."""
    return Prefetch(
        lookup,
        queryset=Answer.objects.visible().select_related("doctor__department").order_by("answered_at", "pk"),
        to_attr=to_attr,
    )


def published_question_rows(*, department: Department | None = None, tag: Tag | None = None,
                            language: str | None = None) -> QuerySet[Question]:
    """Published questions, newest first, in a department or topic and written in a language if
    given: nothing loaded with them (a list page reads their stored cards, qa.cards)."""
    qs = Question.objects.published()
    if language is not None:
        qs = qs.filter(language=language)
    if department is not None:
        qs = qs.filter(department=department)
    if tag is not None:
        qs = qs.filter(tags=tag)
    return qs.order_by("-published_at", "-pk")


def published_questions(*, department: Department | None = None, tag: Tag | None = None) -> QuerySet[Question]:
    """Published questions, newest first, ready to be shown as cards (tags and answers prefetched)."""
    return (
        published_question_rows(department=department, tag=tag)
        .select_related("department")
        .prefetch_related("tags", visible_answers_prefetch())
    )


def question_for_thread(pk: int) -> Question | None:
    """The published question with its department, the thread it follows up and the asker's update
    (if any), or None. ``with_thread_details`` adds the rest of what the thread page shows."""
    # get() rather than first(): no ORDER BY to compile, and the thread page runs this on every miss.
    try:
        return Question.objects.published().select_related("department", "follow_up_of", "outcome").get(pk=pk)
    except Question.DoesNotExist:
        return None


def with_thread_details(question: Question, *more: Question) -> Question:
    """``question`` (and ``more`` questions, in the same queries) with its tags, visible answers,
    clarifications and published follow-ups prefetched (four queries, none if they are already
    there). The thread page calls it only when its stored parts are missing or stale."""
    prefetch_related_objects(
        [question, *more],
        "tags",
        visible_answers_prefetch(),
        Prefetch("clarifications", queryset=Clarification.objects.select_related("doctor")),
        Prefetch("follow_ups", queryset=Question.objects.published().order_by("published_at"),
                 to_attr="published_follow_ups"),
    )
    return question


def questions_sharing_tags(
    tag_ids: Iterable[int], *, limit: int, exclude_pk: int | None = None
) -> list[Question]:
    """Published questions sharing tags with ``tag_ids``.

    Ranked by the number of shared tags, then by recency. Each result carries
    ``shared_tags`` and ``visible_answers`` (for the replying doctor and the reply excerpt).
    """
    tag_ids = list(tag_ids)
    if not tag_ids or limit <= 0:
        return []
    qs = Question.objects.published().filter(tags__in=tag_ids)
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    # The filter on tags comes before annotate, so Count counts only the shared tags.
    return list(
        qs.annotate(shared_tags=Count("tags"))
        .select_related("department")
        .prefetch_related(visible_answers_prefetch())
        .order_by("-shared_tags", "-published_at", "-pk")[:limit]
    )


@dataclass(frozen=True, slots=True)
class SimilarCard:
    """One entry of the "Similar Q&A" sidebar: plain values, no model instances."""

    pk: int
    title: str
    url: str
    excerpt: str
    shared_tags: int
    shared_topics: tuple[str, ...] = ()  # names of the shared tags, the rarest first: why it is listed
    language: str = Language.ENGLISH  # of the thread (its title and excerpts)

    @property
    def lang(self) -> str:
        """The BCP 47 tag of the thread's language, for the ``lang`` attribute of its texts."""
        return languages.html_lang(self.language)
    doctor_name: str = ""  # empty when the thread has no reply the public may see
    doctor_url: str = ""
    doctor_department: str = ""
    reply_excerpt: str = ""


def clip(text: str, length: int) -> str:
    """Whitespace collapsed, cut to ``length`` characters with an ellipsis (as ``truncatechars``)."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "\u2026"


SIMILAR_EXCERPT = 160


# The sidebar's one query, written out: building and compiling it with the ORM took longer than
# running it, and the thread page runs it whenever its sidebar is not cached. A question has at
# most one answer (a constraint), so each similar thread is one row.
_SIMILAR_SQL = """
SELECT s.similar_id, q.title, q.slug, q.language, s.shared_tags, substr(q.body, 1, %(excerpt)s),
       a.summary, d.status, d.display_name, d.slug, department.name, department.name_zh,
       (SELECT {shared_topics}
        FROM qa_question_tags mine
        JOIN qa_question_tags theirs ON theirs.tag_id = mine.tag_id AND theirs.question_id = s.similar_id
        JOIN qa_tag t ON t.id = mine.tag_id
        WHERE mine.question_id = s.question_id)
FROM qa_similarthread s
JOIN qa_question q ON q.id = s.similar_id
LEFT JOIN qa_answer a ON a.question_id = q.id
LEFT JOIN doctors_doctorprofile d ON d.id = a.doctor_id
LEFT JOIN doctors_department department ON department.id = d.department_id
WHERE s.question_id = %(question)s AND q.status = %(public)s
ORDER BY s.rank
LIMIT %(limit)s
"""


# The shared topics come back as "count:name<RS>Chinese name" items joined by the unit separator
# (neither separator is ever in a name).
_TOPIC_SEPARATOR, _NAME_SEPARATOR = "\x1f", "\x1e"
_SIMILAR_SQL_BY_VENDOR = {
    vendor: _SIMILAR_SQL.format(shared_topics=aggregate) for vendor, aggregate in (
        ("postgresql", "string_agg(t.num_published || ':' || t.name || chr(30) || t.name_zh, chr(31))"),
        ("sqlite", "group_concat(t.num_published || ':' || t.name || char(30) || t.name_zh, char(31))"),
    )
}


def _shared_topics(packed: str | None, language: str) -> tuple[str, ...]:
    """Tag names in ``language`` from "count:name<RS>Chinese name" items, the rarest first (the
    ones that say most)."""
    items = []
    for item in (packed or "").split(_TOPIC_SEPARATOR):
        if item:
            count, _, names = item.partition(":")
            name, _, name_zh = names.partition(_NAME_SEPARATOR)
            items.append((int(count or 0), name, name_zh if language == Language.CHINESE and name_zh else name))
    return tuple(shown for _count, _name, shown in sorted(items))


def _thread_path(**values) -> str:
    return Question(**values).get_absolute_url()


def similar_questions(question: Question, *, limit: int) -> list[SimilarCard]:
    """The "Similar Q&A" sidebar, from the precomputed table (qa.similarity), in one indexed query
    of plain values, with the topics each thread shares. A reply by a doctor who is no longer
    verified is not shown."""
    reader = connections[router.db_for_read(SimilarThread)]  # a public read: a replica may serve it
    rows = prepared.fetch(reader, "similar_threads", _SIMILAR_SQL_BY_VENDOR[reader.vendor], {
        "excerpt": SIMILAR_EXCERPT * 3, "question": question.pk, "public": lifecycle.PUBLIC, "limit": limit,
    })
    thread_path = path_builder(_thread_path, pk=987654321, slug="thread-slug")
    doctor_path = path_builder("qa:doctor_profile", slug="doctor-slug")
    page_language = get_language()
    cards = []
    for (pk, title, slug, language, shared, body, summary, status, doctor, doctor_slug, department, department_zh,
         topics) in rows:
        reply = {}
        if status == DoctorProfile.Status.VERIFIED:
            reply = {
                "doctor_name": doctor,
                "doctor_url": doctor_path(slug=doctor_slug),
                "doctor_department": (department_zh if page_language == Language.CHINESE and department_zh
                                      else department) or "",
                "reply_excerpt": clip(summary, SIMILAR_EXCERPT),
            }
        cards.append(SimilarCard(
            pk=pk, title=title, url=thread_path(pk=pk, slug=slug), excerpt=clip(body, SIMILAR_EXCERPT),
            shared_tags=shared, shared_topics=_shared_topics(topics, page_language), language=language, **reply,
        ))
    return cards


def tags_with_counts() -> QuerySet[Tag]:
    """Every tag with its number of published threads (``num_published``, kept by the services), by name."""
    return Tag.objects.order_by("name")


def popular_tags(*, limit: int) -> list[Tag]:
    """Tags with the most published threads, through the (num_published, name) index."""
    return list(Tag.objects.filter(num_published__gt=0).order_by("-num_published", "name")[:limit])


# --- The patient's side -------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOPWORDS = frozenset(
    """
    about above after again against also always and any are because been before being below between both but
    can could did does doing down during each few for from further had has have having her here hers him his
    how into its itch itchy just like little more most much my myself never not now off once only other our out
    over own really same she should since some such than that the their them then there these they this those
    through too under until very was were what when where which while who why will with would you your yours
    doctor hello thank thanks please help skin question weeks week days months years
    """.split()  # noqa: SIM905 - a word list reads best as text
)


def keywords(text: str, *, limit: int = 8) -> list[str]:
    """The most telling words of a text: no stop words, longest first, each once."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    unique = dict.fromkeys(w for w in words if w not in _STOPWORDS)
    return sorted(unique, key=len, reverse=True)[:limit]


def suggest_tags(text: str, *, limit: int = 5) -> list[Tag]:
    """Existing tags whose name, slug words or aliases occur in ``text``, where the text does not
    negate them ("no fever" suggests no topic about fevers)."""
    return _tags_in(triage.affirmed(text), limit=limit)


def _tags_in(affirmed_text: str, *, limit: int) -> list[Tag]:
    """Topics named in ``affirmed_text``: English names and aliases as whole words, Chinese ones
    anywhere in a run of Han characters (Chinese has no spaces: 我手上起了很多風疹塊), unless
    negated right before (沒有風疹塊, 不癢)."""
    haystack = " " + " ".join(w.lower() for w in _WORD.findall(affirmed_text)) + " "
    chinese = languages.fold(" ".join(_HAN_RUN.findall(affirmed_text)))
    if not haystack.strip() and not chinese:
        return []
    found = []
    for tag in Tag.objects.only("pk", "name", "name_zh", "slug").prefetch_related("aliases"):
        terms = {tag.name.lower(), tag.slug.replace("-", " "), languages.fold(tag.name_zh)}
        terms |= {alias.key for alias in tag.aliases.all()}
        terms |= {part.strip(" ()").lower() for part in re.split(r"[()]", tag.name) if len(part.strip()) > 3}
        if any(_chinese_term_in(term, chinese) if _HAN.search(term) else f" {term} " in haystack
               for term in terms if term):
            found.append(tag)
    return found[:limit]


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9]+")
# qa.triage.affirmed drops negated words, but a Chinese sentence is one "word" to it: the negation
# right before a term inside it is read here. A negation word, a few verbs of having or feeling,
# then the term or a list ending in it: 沒有風疹塊, 沒有出現風疹塊, 不癢, 無發燒或風疹塊.
_ZH_NEGATED = re.compile(
    r"(?:沒有|沒|無|不|未|並無|並未|不曾|從未|否認)"
    r"(?:什麼|任何|明顯|再|會|太|很|那麼|有|出現|長|起|發|感到|覺得|看到|發現){0,2}"
    r"(?:[^\s、或和跟及與]{1,6}(?:、|或是|或者|或|和|跟|及|與))*$"
)
# Questions and idioms that contain a negation word but negate nothing: 有沒有, 是不是, 不斷, 不停…
_ZH_NOT_NEGATION = re.compile(r"(.)[不沒]\1|有沒有|不知道|不確定|不清楚|不斷|不停|不時|不少|不久|不舒服|不小心")
_MIN_CHINESE_TERM = 2  # one character is part of too many words (疹 in every rash)


def _chinese_term_in(term: str, text: str) -> bool:
    """Whether ``term`` occurs in ``text`` (runs of Han characters, space-separated) somewhere it
    is not negated."""
    if len(term) < _MIN_CHINESE_TERM:
        return False
    start = text.find(term)
    while start != -1:
        run = text[:start].rpartition(" ")[2]
        if not _ZH_NEGATED.search(_ZH_NOT_NEGATION.sub("#", run[-40:])):
            return True
        start = text.find(term, start + 1)
    return False


_MAX_NAME = 200  # longer is no name of a topic; nothing is looked up


def tag_named(text: str) -> Tag | None:
    """The topic ``text`` names, compared folded (accounts.languages.fold): one of its aliases, its
    English or Chinese name, or its slug ("Hives", "hives", "蕁麻疹" → urticaria). None for
    anything else, including text no database would accept (NUL characters, very long)."""
    if not text or len(text) > _MAX_NAME or "\x00" in text:
        return None
    key = languages.fold(text)
    if not key:
        return None
    alias = TagAlias.objects.filter(key=key).select_related("tag").first()
    if alias is not None:
        return alias.tag
    # An indexed guess narrows the folded comparison to a few rows.
    for tag in Tag.objects.filter(Q(name__iexact=key) | Q(name_zh__iexact=key) | Q(slug__iexact=key)
                                  | Q(name__iexact=text.strip()) | Q(name_zh=text.strip())):
        if key in {languages.fold(tag.name), languages.fold(tag.name_zh), languages.fold(tag.slug)}:
            return tag
    return None


def tag_aliases(tag: Tag) -> list[TagAlias]:
    """A topic's aliases, English first, each by name, with who added them."""
    return list(TagAlias.objects.filter(tag=tag).select_related("added_by").order_by("language", "name"))


@dataclass(frozen=True)
class OtherName:
    name: str
    lang: str  # for the ``lang`` attribute (accounts.languages.html_lang)


def tag_other_names(tag: Tag, aliases: Iterable[TagAlias], *, language: str) -> list[OtherName]:
    """What a topic is also called, beside its name in the page's ``language``: its name in the
    other language, and its aliases; English first, each once (compared folded)."""
    shown = {languages.fold(tag.name_in(language))}
    names = [(tag.name, languages.Language.ENGLISH)]
    names += [(a.name, a.language) for a in aliases if a.language == languages.Language.ENGLISH]
    if tag.name_zh:
        names.append((tag.name_zh, languages.Language.CHINESE))
    names += [(a.name, a.language) for a in aliases if a.language != languages.Language.ENGLISH]
    others = []
    for name, lang in names:
        key = languages.fold(name)
        if key and key not in shown:
            shown.add(key)
            others.append(OtherName(name=name, lang=languages.html_lang(lang)))
    return others


def similar_to_draft(*, text: str, tag_ids: Iterable[int] = (), limit: int = 5) -> list[Question]:
    """Published threads that may already answer a draft: by shared tags — those chosen and those
    the text implies ("hives on my arms": urticaria) — then shared title words. Words the text
    negates ("no fever") count for neither.

    Candidates come from two capped, indexed reads; scoring happens on at most a hundred rows.
    """
    text = triage.affirmed(text)
    implied = [tag.pk for tag in _tags_in(text, limit=settings.QA_MAX_TAGS)]
    tag_ids = list(dict.fromkeys([*tag_ids, *implied]))
    words = keywords(text, limit=6)
    candidates: dict[int, Question] = {}
    for q in questions_sharing_tags(tag_ids, limit=50):
        candidates[q.pk] = q
    if words:
        title_match = Q()
        for word in words:
            title_match |= Q(title__icontains=word)
        for q in (
            Question.objects.published().filter(title_match).select_related("department")
            .prefetch_related(visible_answers_prefetch()).order_by("-published_at")[:50]
        ):
            candidates.setdefault(q.pk, q)

    def score(q: Question) -> tuple:
        title = q.title.lower()
        return (2 * getattr(q, "shared_tags", 0) + sum(w in title for w in words), q.published_at)

    ranked = sorted(candidates.values(), key=score, reverse=True)
    return [q for q in ranked if score(q)[0] > 0][:limit]


def question_for_viewer(pk: int, user) -> Question | None:
    """The question if ``user`` may open it (see QuestionQuerySet.for_viewer), else None."""
    return (
        Question.objects.for_viewer(user)
        .select_related("department", "duplicate_of")
        .prefetch_related("tags", "body_sites", "clarifications__doctor", visible_answers_prefetch())
        .filter(pk=pk)
        .first()
    )


def photo_for_viewer(key: str, user) -> Photo | None:
    """The photo if ``user`` may see it, else None (a 404: whoever else asks, it does not exist).

    Who may: the asker (and, before the question is sent, the uploader); the verified doctors of
    the question's department once it has reached doctors (the rule of the queue and of
    question_for_doctor); staff. Publication changes nothing: a photo is never public.
    """
    if not getattr(user, "is_authenticated", False) or not key:
        return None
    photo = Photo.objects.select_related("question").filter(key=key).first()
    if photo is None:
        return None
    question = photo.question
    if question is None:
        return photo if photo.uploader_id == user.pk else None
    if question.asker_id is not None and question.asker_id == user.pk:
        return photo
    if user.is_staff:
        return photo
    doctor = verified_doctor_of(user)
    if (doctor is not None and doctor.department_id == question.department_id
            and question.status not in (Question.Status.DRAFT, Question.Status.WITHDRAWN)):
        return photo
    return None


def my_questions(user) -> QuerySet[Question]:
    """Every question the user asked, newest first, for "My questions"."""
    return (
        Question.objects.filter(asker=user)
        .select_related("department")
        .prefetch_related("tags")
        .order_by("-asked_at", "-pk")
    )


def unread_notification_count(user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


# --- The public doctor pages ------------------------------------------------------------------

def latest_public_answers(doctor: DoctorProfile, *, limit: int) -> list[Answer]:
    """The doctor's latest replies on published threads, with their question."""
    return list(
        Answer.objects.on_published_questions()
        .filter(doctor=doctor)
        .select_related("question__department")
        .order_by("-answered_at", "-pk")[:limit]
    )


# --- The doctors' workspace -------------------------------------------------------------------

def _open_for(doctor: DoctorProfile, now: datetime) -> Q:
    """What the doctor's queue lists: waiting questions, and the doctor's own live claims."""
    return lifecycle.waiting_q(now) | Q(status=Question.Status.CLAIMED, claimed_by=doctor)


def queue(doctor: DoctorProfile, *, tag=None, body_site: str = "", age_bracket: str = "",
          now: datetime | None = None, limit: int = 100) -> list[Question]:
    """The doctor's department's waiting questions: emergencies first, then crises, then urgent
    ones (qa.triage), then the longest waiting."""
    now = now or timezone.now()
    qs = Question.objects.filter(_open_for(doctor, now), department=doctor.department_id)
    if tag is not None:
        qs = qs.filter(tags=tag)
    if body_site:
        qs = qs.filter(body_sites__site=body_site)
    if age_bracket:
        qs = qs.filter(age_bracket=age_bracket)
    return list(
        qs.select_related("claimed_by")
        .prefetch_related("tags", "body_sites", "photos")
        .order_by("-triage_priority", "asked_at", "pk")[:limit]
    )


def queue_counts(doctor: DoctorProfile, *, now: datetime | None = None) -> dict[str, int]:
    """Waiting, claimed (live claims) and answered today, in the doctor's department: one query."""
    now = now or timezone.now()
    start_of_day = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return Question.objects.filter(department=doctor.department_id).aggregate(
        waiting=Count("pk", filter=lifecycle.waiting_q(now)),
        claimed=Count("pk", filter=lifecycle.live_claim_q(now)),
        answered_today=Count("pk", filter=published_q() & Q(published_at__gte=start_of_day)),
    )


def question_for_doctor(doctor: DoctorProfile, pk: int) -> Question | None:
    """A question of the doctor's department that has reached doctors (drafts never have)."""
    return (
        Question.objects.filter(department=doctor.department_id, pk=pk)
        .exclude(status__in=[Question.Status.DRAFT, Question.Status.WITHDRAWN])
        .select_related("department", "claimed_by", "duplicate_of", "follow_up_of")
        .prefetch_related("tags", "body_sites", "clarifications__doctor", "answers__doctor", "photos")
        .first()
    )


def my_claims(doctor: DoctorProfile, *, now: datetime | None = None) -> list[Question]:
    now = now or timezone.now()
    return list(Question.objects.filter(lifecycle.live_claim_q(now), claimed_by=doctor).order_by("claim_expires_at"))


def my_answers(doctor: DoctorProfile) -> QuerySet[Answer]:
    return Answer.objects.filter(doctor=doctor).select_related("question").order_by("-answered_at", "-pk")


def median_minutes_to_answer(doctor: DoctorProfile) -> float | None:
    """Median time from asking to this doctor's answer, in minutes, over all their answers.

    The database sorts the waits and returns the middle one or two: two small queries, however
    many answers the doctor has written."""
    waits = (
        Answer.objects.filter(doctor=doctor)
        .annotate(wait=ExpressionWrapper(F("answered_at") - F("question__asked_at"), output_field=DurationField()))
        .order_by("wait")
        .values_list("wait", flat=True)
    )
    count = waits.count()
    if not count:
        return None
    middle = list(waits[(count - 1) // 2: count // 2 + 1])
    return sum(wait.total_seconds() for wait in middle) / len(middle) / 60


# --- Staff ------------------------------------------------------------------------------------

def reports(*, show: str) -> QuerySet[Report]:
    qs = Report.objects.select_related("question", "resolved_by").order_by("-created_at", "-pk")
    return qs.filter(resolution="") if show == "open" else qs


_AUDIT_COLUMNS = ("created_at", "pk", "action", "actor_name", "question_id", "question_title", "doctor_name",
                  "detail")


def audit_events(*, action: str = "", actor: str = "", question_id: int | None = None) -> QuerySet:
    """The audit log: the questions' events (qa), the doctors' verification events (doctors) and
    the accounts' security events (two-factor changes, sign-ins of doctors and staff: accounts),
    newest first, as rows of plain values (``_AUDIT_COLUMNS``) for a paginator."""
    questions = QuestionEvent.objects.annotate(
        question_title=F("question__title"), doctor_name=F("doctor__display_name"),
    )
    doctors = VerificationEvent.objects.annotate(
        question_id_=Value(None, output_field=IntegerField()), question_title=Value(None, output_field=CharField()),
        doctor_name=F("doctor__display_name"),
    )
    security = SecurityEvent.objects.annotate(
        question_id_=Value(None, output_field=IntegerField()), question_title=Value(None, output_field=CharField()),
        doctor_name=Value(None, output_field=CharField()),
    )
    if action:
        questions, doctors, security = (questions.filter(action=action), doctors.filter(action=action),
                                        security.filter(action=action))
    if actor:
        questions, doctors, security = (questions.filter(actor_name__icontains=actor),
                                        doctors.filter(actor_name__icontains=actor),
                                        security.filter(actor_name__icontains=actor))
    columns = [*_AUDIT_COLUMNS]
    if question_id:
        return questions.filter(question_id=question_id).values(*columns).order_by("-created_at", "-pk")
    other_columns = [("question_id_" if c == "question_id" else c) for c in columns]
    return (
        questions.values(*columns).order_by()
        .union(doctors.values(*other_columns).order_by(), security.values(*other_columns).order_by(), all=True)
        .order_by("-created_at", "-pk")
    )


# --- The askers' updates (Outcome) ---------------------------------------------------------

def outcomes_to_review(doctor: DoctorProfile) -> list[Outcome]:
    """Updates on the published threads of the doctor's department that no one has reviewed yet."""
    return list(Outcome.objects.filter(review=Outcome.Review.PENDING, question__department=doctor.department_id)
                .filter(published_q("question__")).select_related("question").order_by("reported_at")[:100])


def outcome_for_doctor(doctor: DoctorProfile, pk: int) -> Outcome | None:
    return (Outcome.objects.filter(pk=pk, question__department=doctor.department_id).filter(published_q("question__"))
            .select_related("question").first())


def outcomes_of(doctor: DoctorProfile) -> list[Outcome]:
    """The updates on the threads the doctor answered, newest first."""
    return list(Outcome.objects.filter(question__answers__doctor=doctor).select_related("question")
                .order_by("-reported_at")[:50])


def better_outcomes_count(doctor: DoctorProfile) -> int:
    """How many askers the doctor answered said, in an update shown on the thread, that it got better."""
    return Outcome.objects.filter(question__answers__doctor=doctor, review=Outcome.Review.APPROVED,
                                  result=Outcome.Result.BETTER).filter(published_q("question__")).count()


# --- Personal details, for the private pages (qa.models.TypedText) ---------------------------

def privacy_marks_of(obj) -> tuple[list[str], list[str]]:
    """What a doctor marked on the question ``obj`` is, or belongs to: (keep, hide)."""
    question = obj if hasattr(obj, "privacy_keep") else getattr(obj, "question", None)
    if question is None:
        return [], []
    return list(question.privacy_keep or []), list(question.privacy_hide or [])


def kind_label(kind: str) -> str:
    """"phone number", "address"…: the kind of a detail in words, in the page's language."""
    return str(privacy.KIND_LABELS[kind])


def personal_details(obj) -> list[dict]:
    """The details hidden (or kept) in every public text field of ``obj`` (a question, a draft or an
    answer) and, for a saved question, of its clarifications, in order, each once: dicts with
    ``label`` (its kind, in words), ``text`` and ``kept``."""
    objects = [obj]
    if hasattr(obj, "clarifications") and obj.pk is not None:
        objects += list(obj.clarifications.all())
    rows, seen = [], set()
    for item in objects:
        keep, hide = privacy_marks_of(item)
        for name in item.PUBLIC_TEXT:
            hidden, kept = item.hidden_details(name, keep=keep, hide=hide)
            for detail, is_kept in [*((d, False) for d in hidden), *((d, True) for d in kept)]:
                key = (detail.kind, detail.text.casefold(), is_kept)
                if key not in seen:
                    seen.add(key)
                    rows.append({"label": kind_label(detail.kind), "text": detail.text, "kept": is_kept})
    return rows

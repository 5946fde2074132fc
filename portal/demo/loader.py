"""Load the demo archive (the data files beside this module, read by portal.demo.content)
through the apps' services, so that it is audited like real use. Idempotent: a second run
changes nothing.

Every row is found by a natural key before it is created (slugs, usernames, a question's
asker and title, an answer's question), so running the loader again, or after an interrupted
run, only adds what is missing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction

from accounts.languages import DEFAULT, detect, fold
from accounts.services import email_mark_verified
from doctors.models import Department, DoctorProfile
from doctors.services import department_save, doctor_apply, doctor_verify
from faq import selectors as faq_selectors
from faq.models import Article, Reference, Section
from portal.demo import content
from portal.demo.illustrations import DEMO_PHOTO_QUESTIONS, DEMO_PHOTOS_PER_QUESTION, illustration
from qa import images, publication
from qa.models import Answer, Question, Tag, TagAlias
from qa.services import answer_publish, photo_stage, photos_attach, question_claim, question_submit

DEMO_READING = 2  # FAQ articles linked under each demo reply ("Read more in our FAQ")
DEMO_EMAIL_DOMAIN = "demo.invalid"  # .invalid never resolves: no demo email can reach anyone.
# Ends every demo doctor's bio, so that no visitor takes a demo profile for a real doctor or hospital.
FICTIONAL_NOTE = "This doctor and their hospital are fictional: they belong to the demo archive."


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, was_created: bool) -> None:
        self.created[kind] = self.created.get(kind, 0) + int(was_created)

    @property
    def total(self) -> int:
        return sum(self.created.values())


def _moment(day: str, key: str, offset_days: int = 0) -> datetime:
    """A stable time of day derived from the key, so reruns compute identical timestamps."""
    minutes = int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % (10 * 60)
    base = datetime.combine(date.fromisoformat(day), time(8, 0), tzinfo=UTC)
    return base + timedelta(days=offset_days, minutes=minutes)


def _user(username: str, report: LoadReport, **extra):
    # Demo addresses count as confirmed: the questions of demo patients go straight to doctors.
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@{DEMO_EMAIL_DOMAIN}",
                                     "email_confirmed_at": datetime(2023, 9, 1, tzinfo=UTC), **extra}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        email_mark_verified(user=user)  # allauth's record of the confirmed address
    report.add("users", created)
    return user


def _doctor(key: str, data: dict, departments: dict, report: LoadReport) -> DoctorProfile:
    user = _user(f"demo-{key}", report)
    profile = DoctorProfile.objects.filter(user=user).first()
    report.add("doctors", profile is None)
    if profile is None:
        profile = doctor_apply(user=user, full_name=data["display_name"], department=departments[data["department"]],
                               licence_number=data["licence_number"], hospital=data["hospital"],
                               bio=f"{data['bio']} {FICTIONAL_NOTE}",
                               applied_at=datetime(2023, 9, 1, tzinfo=UTC))
    return profile


def _question(item: dict, asker, departments: dict, tags: dict, report: LoadReport) -> Question:
    existing = Question.objects.filter(asker=asker, title=item["title"]).first()
    report.add("questions", existing is None)
    if existing is not None:
        return existing
    question, _ = question_submit(
        asker=asker,
        title=item["title"],
        body=item["body"],
        age_bracket=item["age"],
        sex=item["sex"],
        department=departments[item["department"]],
        tags=[tags[slug] for slug in item["tags"]],
        asked_at=_moment(item["asked"], item["key"]),
        enforce_limits=False,
    )
    return question


@transaction.atomic
def load_demo() -> LoadReport:
    report = LoadReport()
    people = content.people()
    departments = {}
    for position, data in enumerate(people["DEPARTMENTS"]):
        department = Department.objects.filter(slug=data["slug"]).first()
        report.add("departments", department is None)
        if department is None:
            department = department_save(department=Department(
                slug=data["slug"], name=data["name"], description=data["description"], position=position,
                name_zh=data.get("name_zh", ""), description_zh=data.get("description_zh", "")))
        departments[department.slug] = department

    tags = {}
    for data in people["TAGS"]:
        tag, created = Tag.objects.get_or_create(
            slug=data["slug"],
            defaults={"name": data["name"], "name_zh": data["name_zh"], "description": data["description"],
                      "description_zh": data["description_zh"]},
        )
        tags[tag.slug] = tag
        report.add("tags", created)
        for alias in data["aliases"]:
            report.add("tag aliases", TagAlias.objects.get_or_create(
                key=fold(alias), defaults={"tag": tag, "name": alias, "language": detect(alias)})[1])

    staff = _user("demo-staff", report, is_staff=True)
    doctors = {}
    for key, data in people["DOCTORS"].items():
        doctor = _doctor(key, data, departments, report)
        if not doctor.is_verified:
            doctor_verify(profile=doctor, verified_by=staff, at=datetime(2023, 9, 15, tzinfo=UTC))
        doctors[key] = doctor
    for key, data in people["APPLICANTS"].items():
        _doctor(key, data, departments, report)

    patients = [_user(f"demo-patient-{n:02d}", report) for n in range(1, people["PATIENT_COUNT"] + 1)]

    # The articles first: the demo doctors link the two that share the most topics under each reply.
    for item in content.articles():
        _article(item, departments, tags, doctors, report)

    for index, item in enumerate([*content.threads(), *content.pending()]):
        question = _question(item, patients[index % len(patients)], departments, tags, report)
        # A question is answered once, by the doctor who claimed it: the first reply of each
        # demo thread is loaded (the queue never lets a second doctor answer).
        for answer in item["answers"][:1]:
            exists = Answer.objects.filter(question=question).exists()
            report.add("answers", not exists)
            if not exists:
                doctor = doctors[answer["doctor"]]
                at = _moment(item["asked"], item["key"] + answer["doctor"], answer["after_days"]) + timedelta(hours=2)
                # Historical import: claimed shortly before the reply, through the same services.
                question_claim(question=question, doctor=doctor, now=at - timedelta(minutes=10))
                reading = _reading(question)
                answer_publish(question=question, doctor=doctor, body=answer["body"], more_info=answer["more_info"],
                               reading=reading, answered_at=at)

    for item in content.pending()[:DEMO_PHOTO_QUESTIONS]:
        question = Question.objects.filter(title=item["title"], asker__username__startswith="demo-patient-").first()
        exists = question is None or question.photos.exists()
        report.add("photos", not exists)
        if not exists:
            staged = [photo_stage(uploader=question.asker, photo=images.process(illustration(item["key"], n)),
                                  caption="Demo illustration: drawn shapes, not a photo", enforce_limits=False)
                      for n in range(1, DEMO_PHOTOS_PER_QUESTION + 1)]
            photos_attach(question=question, asker=question.asker, photos=staged)

    if report.total:
        publication.archive_changed()  # topics and articles were added outside any service
    return report


def _reading(question: Question) -> list[int]:
    """The articles a demo doctor links under a reply: those sharing the most topics, in the
    question's language; a Chinese reply falls back on English ones where too few Chinese articles
    cover its topics, but an English reply never sends its reader to a Chinese page."""
    offered = [key for key, _title in faq_selectors.reading_offered([tag.pk for tag in question.tags.all()],
                                                                       limit=100)]
    written_in = dict(Article.objects.filter(pk__in=offered).values_list("pk", "language"))
    fallback = [key for key in offered if written_in[key] == DEFAULT != question.language]
    return [*[key for key in offered if written_in[key] == question.language], *fallback][:DEMO_READING]


def _article(item: dict, departments: dict, tags: dict, doctors: dict, report: LoadReport) -> None:
    article, created = Article.objects.get_or_create(
        slug=item["slug"],
        defaults={
            "title": item["title"],
            "department": departments[item["department"]],
            "summary": item["summary"],
            "language": detect(f"{item['title']} {item['summary']}"),
            "reviewed_by": doctors[item["reviewer"]],
            "last_reviewed_on": date.fromisoformat(item["reviewed"]),
            "is_published": True,
            "created_at": _moment(item["reviewed"], item["slug"], -30),
        },
    )
    report.add("articles", created)
    if created:
        article.full_clean()
        article.tags.set([tags[slug] for slug in item["tags"]])
    for position, section in enumerate(item["sections"], start=1):
        _, made = Section.objects.get_or_create(
            article=article,
            position=position,
            defaults={"kind": section["kind"], "heading": section["heading"], "body": section["body"]},
        )
        report.add("sections", made)
    for position, ref in enumerate(item["references"], start=1):
        _, made = Reference.objects.get_or_create(
            article=article, position=position, defaults={"title": ref["title"], "url": ref["url"]}
        )
        report.add("references", made)

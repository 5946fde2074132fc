"""Small builders for test data. Each returns saved rows and takes only what a test varies."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
import struct
import time
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.utils import timezone

from accounts.services import email_mark_verified
from doctors.models import Department, DoctorProfile
from faq.models import Article, Reference, Section
from qa.models import AgeBracket, Question, Sex, Tag
from qa.services import answer_publish, question_claim, question_submit

_seq = itertools.count(1)


def user(*, two_factor: bool | None = None, **extra):
    """An account with an unconfirmed address. Staff get two-factor authentication (which they
    need for the staff pages and the admin) unless ``two_factor=False``."""
    n = next(_seq)
    u = get_user_model().objects.create_user(
        username=extra.pop("username", f"user{n}"), email=extra.pop("email", f"user{n}@example.org"), **extra
    )
    EmailAddress.objects.create(user=u, email=u.email, primary=True, verified=False)
    if two_factor if two_factor is not None else u.is_staff:
        with_totp(u)
    return u


def with_totp(u) -> str:
    """Turn on two-factor authentication (an authenticator app) for ``u``; returns the TOTP secret."""
    secret = base64.b32encode(os.urandom(20)).decode()
    Authenticator.objects.create(user=u, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)})
    return secret


def totp_code(secret: str, *, at: float | None = None) -> str:
    """The code an authenticator app shows for ``secret`` (RFC 6238: SHA-1, 30 s, 6 digits)."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(int.from_bytes(digest[offset:offset + 4], 'big') & 0x7FFFFFFF) % 1_000_000:06d}"


def department(name: str = "Dermatology", slug: str | None = None) -> Department:
    return Department.objects.get_or_create(slug=slug or name.lower().replace(" ", "-"), defaults={"name": name})[0]


def tag(name: str) -> Tag:
    return Tag.objects.get_or_create(slug=name.lower().replace(" ", "-"), defaults={"name": name})[0]


def doctor(*, status: str = DoctorProfile.Status.VERIFIED, dept: Department | None = None, name: str | None = None,
           two_factor: bool = True):
    """A doctor; with two-factor authentication (verified doctors need it for their pages) unless told otherwise."""
    n = next(_seq)
    return DoctorProfile.objects.create(
        user=user(two_factor=two_factor),
        display_name=name or f"Dr. Test {n}",
        slug=f"dr-test-{n}",
        department=dept or department(),
        hospital="Test Hospital",
        licence_number=f"LIC-{n:06d}",
        bio="A test doctor.",
        status=status,
        verified_at=timezone.now() if status == DoctorProfile.Status.VERIFIED else None,
    )


def question(*, tags=(), title: str | None = None, dept: Department | None = None, asked_at: datetime | None = None,
             asker=None, body: str = "Red itchy spots on my back for two weeks.") -> Question:
    n = next(_seq)
    question, _ = question_submit(
        asker=asker or patient(),
        title=title or f"Question number {n}",
        body=body,
        age_bracket=AgeBracket.AGE_30_39,
        sex=Sex.FEMALE,
        department=dept or department(),
        tags=[tag(t) if isinstance(t, str) else t for t in tags],
        asked_at=asked_at,
        enforce_limits=False,
    )
    return question


def thread(*, tags=(), title: str | None = None, published_at: datetime | None = None, by=None,
           answer_body: str = "This looks like **eczema**; see a dermatologist if it spreads.", **kwargs) -> Question:
    """A published thread: a question with one verified doctor's answer."""
    published_at = published_at or timezone.now()
    q = question(tags=tags, title=title, asked_at=published_at - timedelta(days=1), **kwargs)
    answer(q, by=by, body=answer_body, at=published_at)
    q.refresh_from_db()
    return q


def answer(q: Question, *, by=None, body: str = "A reply.", at: datetime | None = None):
    """Answer as a doctor does: claim, then publish; then what follows the commit (Similar Q&A,
    the email) runs, as it would in production (test transactions never commit)."""
    by = by or doctor(dept=q.department)
    at = at or timezone.now()
    question_claim(question=q, doctor=by, now=min(at, timezone.now()) - timedelta(minutes=1))
    with TestCase.captureOnCommitCallbacks(execute=True):
        return answer_publish(question=q, doctor=by, body=body, answered_at=at)


def article(*, tags=(), title: str | None = None, published: bool = True, reviewed_on=None, reviewer=None,
            dept: Department | None = None, language: str = "en") -> Article:
    n = next(_seq)
    a = Article.objects.create(
        language=language,
        title=title or f"Article {n}",
        slug=f"article-{n}",
        department=dept or department(),
        summary="A short summary.",
        is_published=published,
        last_reviewed_on=reviewed_on,
        reviewed_by=reviewer,
    )
    a.tags.set([tag(t) if isinstance(t, str) else t for t in tags])
    Section.objects.create(article=a, position=1, kind=Section.Kind.OVERVIEW, heading="Overview", body="What it is.")
    Section.objects.create(article=a, position=2, kind=Section.Kind.URGENT, heading="When to seek urgent help",
                           body="- Trouble breathing")
    Reference.objects.create(article=a, position=1, title="A reference", url="https://www.nhs.uk/conditions/")
    return a


def patient(*, confirmed: bool = True, **extra):
    """A patient account, with a confirmed email address unless told otherwise."""
    u = user(**extra)
    if confirmed:
        email_mark_verified(user=u)
    return u


ASK_DATA = {
    "title": "Red scaly patches on both elbows",
    "body": "For three months I have had red, thick, scaly patches on both elbows. They do not itch much.",
    "age_bracket": "30-39",
    "sex": "female",
    "duration": "months",
    "itch": "mild",
    "pain": "none",
    "tried": "Moisturiser twice a day.",
    "body_sites": ["arms"],
    "consent": "on",
}


def ask_data(**overrides) -> dict:
    """POST data for the ask form; ``department`` defaults to Dermatology."""
    data = {**ASK_DATA, "department": department().pk}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}

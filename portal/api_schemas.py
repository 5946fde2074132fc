"""What the JSON API (portal.api) sends: public fields only. Question and answer texts are the
public copies (personal details replaced by placeholders); no email address, username, licence
number or text as typed is ever a field here."""

from __future__ import annotations

from datetime import date, datetime

from ninja import Schema


class Error(Schema):
    detail: str


class DepartmentRef(Schema):
    slug: str
    name: str


class TopicRef(Schema):
    slug: str
    name: str
    name_zh: str = ""  # the name in Traditional Chinese, when it has one


class DoctorRef(Schema):
    """A verified doctor as a reply or an article names them."""

    name: str
    slug: str
    url: str
    department: DepartmentRef


# --- Threads --------------------------------------------------------------------------------

class ThreadSummary(Schema):
    id: int
    language: str  # of the question: "en" or "zh-hant"
    title: str
    url: str
    excerpt: str
    published_at: datetime
    department: DepartmentRef
    topics: list[TopicRef]
    answered_by: DoctorRef | None = None
    reply_summary: str = ""


class ThreadPage(Schema):
    items: list[ThreadSummary]
    next_cursor: str | None = None
    next: str | None = None  # the next page's address, with the same filters


class AnswerOut(Schema):
    doctor: DoctorRef
    body: str  # Markdown, as the doctor wrote it (public copy)
    body_html: str  # sanitized HTML
    more_info: str
    more_info_html: str
    summary: str  # plain text
    language: str
    answered_at: datetime
    updated_at: datetime


class SimilarThread(Schema):
    id: int
    title: str
    url: str
    excerpt: str
    shared_topics: list[str]
    doctor_name: str
    doctor_url: str
    doctor_department: str
    reply_excerpt: str


class ThreadDetail(Schema):
    id: int
    language: str  # of the question: "en" or "zh-hant"
    title: str
    url: str
    body: str
    tried: str
    asker: str  # age range and sex ("30~39 year old female"), or the public name the asker chose
    published_at: datetime
    department: DepartmentRef
    topics: list[TopicRef]
    answer: AnswerOut | None = None
    similar: list[SimilarThread]


# --- Topics, FAQ, doctors, search ---------------------------------------------------------

class Topic(Schema):
    slug: str
    name: str
    name_zh: str
    aliases: list[str]  # other names, lay words and synonyms in both languages
    description: str
    published_threads: int
    url: str


class TopicList(Schema):
    items: list[Topic]


class Department(Schema):
    slug: str
    name: str
    description: str
    url: str


class DepartmentList(Schema):
    items: list[Department]


class ArticleSummary(Schema):
    slug: str
    language: str
    title: str
    summary: str
    url: str
    department: DepartmentRef
    topics: list[TopicRef]
    last_reviewed_on: date | None = None


class ArticleList(Schema):
    items: list[ArticleSummary]


class SectionOut(Schema):
    kind: str
    heading: str
    body: str
    body_html: str


class ReferenceOut(Schema):
    title: str
    url: str


class ArticleDetail(ArticleSummary):
    reviewed_by: DoctorRef | None = None
    sections: list[SectionOut]
    references: list[ReferenceOut]


class Doctor(Schema):
    slug: str
    name: str
    url: str
    department: DepartmentRef
    hospital: str
    bio: str
    published_answers: int


class DoctorList(Schema):
    items: list[Doctor]


class DoctorAnswer(Schema):
    thread_id: int
    title: str
    url: str
    answered_at: datetime


class DoctorDetail(Doctor):
    latest_answers: list[DoctorAnswer]


class SearchHit(Schema):
    id: int
    title: str
    url: str
    published_at: datetime
    department: DepartmentRef
    title_html: str  # the title, HTML-escaped, with the matches in <mark>
    excerpt_html: str


class SearchPage(Schema):
    query: str
    total: int
    capped: bool  # only the best matches were ranked: there may be more
    page: int
    pages: int
    results: list[SearchHit]

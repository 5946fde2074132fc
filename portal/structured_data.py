"""JSON-LD of a thread page: a schema.org ``QAPage`` and its ``BreadcrumbList``.

Built from the public copy only (``Question.title/body``, ``Answer.body_html``, ``asker_label``),
and from the answers visitors may see (those of verified doctors).
"""

from __future__ import annotations

import html

from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import SafeString

from doctors.structured_data import CONTEXT, absolute_url, breadcrumb_list, iso, json_ld_script, physician
from qa.models import Answer, Question


def _plain(fragment: str) -> str:
    """The text of a sanitized HTML fragment, whitespace folded."""
    return " ".join(html.unescape(strip_tags(fragment)).split())


def _answer(answer: Answer, thread_url: str) -> dict:
    """The doctor's reply with its More Info (the longer explanation under it), as the page shows both."""
    text = _plain(answer.body_html)
    if answer.more_info_html:
        text = f"{text}\n\nMore Info: {_plain(answer.more_info_html)}"
    return {
        "@type": "Answer",
        "text": text,
        "dateCreated": iso(answer.answered_at),
        "url": f"{thread_url}#answer-{answer.pk}",
        "upvoteCount": 0,
        "author": physician(answer.doctor),
    }


def thread_breadcrumbs(question: Question) -> dict:
    """Home › Department › Thread, as the page's visible breadcrumbs."""
    return breadcrumb_list([
        ("Home", reverse("portal:home")),
        (question.department.name, question.department.get_absolute_url()),
        (question.title, question.get_absolute_url()),
    ])


def asker_name(question: Question) -> str:
    """The asker as the page shows them: their chosen public name, else "Patient", then the age
    range and sex ("Patient, 30~39 year old female")."""
    return question.asker_label if question.asker_pseudonym else f"Patient, {question.asker_label}"


def qa_page(question: Question) -> dict:
    """The ``QAPage`` of a published thread whose visible answers are prefetched
    (``qa.selectors.with_thread_details``). The doctor's reply is the accepted answer; a thread
    whose reply is no longer shown (its doctor was suspended) has neither accepted nor suggested
    answers."""
    url = absolute_url(question.get_absolute_url())
    answers = list(question.visible_answers)
    entity = {
        "@type": "Question",
        "name": question.title,
        "text": " ".join(question.body.split()),
        "answerCount": len(answers),
        "dateCreated": iso(question.asked_at),
        "author": {"@type": "Person", "name": asker_name(question)},
        "url": url,
    }
    if answers:
        entity["acceptedAnswer"] = _answer(answers[0], url)
        if len(answers) > 1:
            entity["suggestedAnswer"] = [_answer(answer, url) for answer in answers[1:]]
    return {"@type": "QAPage", "url": url, "mainEntity": entity}


def thread_json_ld(question: Question) -> SafeString:
    """The thread page's ``<script type="application/ld+json">`` blocks: the QAPage, then the
    breadcrumbs."""
    return SafeString(
        json_ld_script({"@context": CONTEXT, **qa_page(question)})
        + json_ld_script({"@context": CONTEXT, **thread_breadcrumbs(question)})
    )

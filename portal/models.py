"""What the portal stores: the rendered parts of thread pages (portal.thread_page)."""

from django.db import models

from qa.models import StoredRendering


class StoredThreadPage(StoredRendering):
    """A thread page's parts as HTML in one page language, rendered once and reused by every cold
    render of the page (as Discourse keeps "cooked" posts): the body (question, clarifications,
    topics, reply, More Info, FAQ links, update, follow-ups), its JSON-LD and its Related FAQ list.
    When a copy is valid: ``qa.models.StoredRendering``. The Similar Q&A list is not stored here: it
    changes with other threads, and is one query.
    """

    body_html = models.TextField()
    json_ld = models.TextField()
    related_html = models.TextField()

    class Meta(StoredRendering.Meta):
        pass

"""What the portal stores: the rendered parts of thread pages (portal.thread_page)."""

from django.db import models

from qa.models import Question


class StoredThreadPage(models.Model):
    """A thread page's parts as HTML, rendered once and reused by every cold render of the page
    (as Discourse keeps "cooked" posts): the body (question, clarifications, topics, reply, More
    Info, FAQ links, update, follow-ups), its JSON-LD and its Related FAQ list.

    Valid only while ``version`` equals the thread's ``Question.page_version``, ``generation``
    equals ``qa.models.PageGeneration`` (both move in the transaction of any change that alters
    these parts: qa.cache) and ``layout`` is the fingerprint of the code and templates that render
    them (``portal.thread_page.layout``: a deploy that changes them makes every row stale). A stale
    row is never shown; it is rendered again on the next visit.
    The Similar Q&A list is not stored here: it changes with other threads, and is one query.
    """

    question = models.OneToOneField(Question, on_delete=models.CASCADE, primary_key=True, related_name="+")
    version = models.PositiveIntegerField()
    generation = models.PositiveBigIntegerField()
    layout = models.CharField(max_length=16)
    body_html = models.TextField()
    json_ld = models.TextField()
    related_html = models.TextField()
    rendered_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"thread {self.question_id} v{self.version}/{self.generation}"

"""The stored parts of thread pages (portal.thread_page, portal.models.StoredThreadPage): a cold
page reads them instead of rendering, and a stale copy is never shown. The matrix of changes that
must reach a cold page is in tests/qa/test_caching.py ("cache emptied")."""

import io
import itertools

import pytest
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal import thread_page
from portal.models import StoredThreadPage
from qa import services
from qa.models import Question, StoredThreadCard
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    return f.thread(tags=["acne"], title="Spots on my chin", answer_body="Wash twice a day.")


def visit(url, client=None):
    cache.clear()  # every visit cold: nothing from the page cache
    response = (client or Client()).get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_first_visit_stores_the_parts_and_the_next_cold_visit_reads_them(thread):
    url = thread.get_absolute_url()
    first = visit(url)
    stored = StoredThreadPage.objects.get(question=thread)
    assert "Wash twice a day." in stored.body_html and '"QAPage"' in stored.json_ld
    assert "Related FAQ" in stored.related_html
    with CaptureQueriesContext(connection) as queries:
        again = visit(url)
    assert again == first
    assert len(queries) == 2  # the head with the parts, the Similar Q&A


def test_a_stale_copy_is_never_shown_even_when_stored_from_data_read_before_the_change(thread):
    """A visit that read the thread just before a change, and stores what it rendered after the
    change committed, stores it under the old version: the next visit renders again."""
    url = thread.get_absolute_url()
    head = thread_page.head(thread.pk)  # a visit reads the head (version v)…
    answer = thread.answers.get()
    services.answer_edit(answer=answer, by=answer.doctor.user, body="Revised: wash once a day.")
    thread_page.parts_of(head)  # …and stores its parts as version v
    assert StoredThreadPage.objects.get(question=thread).version < Question.objects.get(pk=thread.pk).page_version
    assert thread_page.head(thread.pk).parts is None
    page = visit(url)
    assert "Revised: wash once a day." in page
    assert thread_page.head(thread.pk).parts is not None  # stored again, current


def test_an_approved_update_from_the_asker_reaches_a_cold_page(thread):
    url = thread.get_absolute_url()
    assert "Update from the asker" not in visit(url)
    outcome = services.outcome_report(question=thread, asker=thread.asker, result="better", note="Clear now.")
    assert "Update from the asker" not in visit(url)  # waits for the review
    services.outcome_review(outcome=outcome, by=f.user(is_staff=True), approve=True)
    assert "Clear now." in visit(url)


def test_an_unpublished_thread_is_a_404_whatever_is_stored(thread):
    url = thread.get_absolute_url()
    visit(url)
    services.question_unpublish(question=thread, by=f.user(is_staff=True), reason="Spam")
    cache.clear()
    assert Client().get(url).status_code == 404
    assert StoredThreadPage.objects.filter(question=thread).exists()  # kept, but never read


def test_a_failure_to_store_still_serves_the_page(thread, monkeypatch):
    def broken(rows):
        raise DatabaseError("read-only database")

    monkeypatch.setattr(thread_page, "store", broken)
    assert "Wash twice a day." in visit(thread.get_absolute_url())
    assert not StoredThreadPage.objects.exists()


def test_what_only_the_asker_sees_is_never_stored(thread):
    """The asker's links (follow-up, how is it now) are added per visit, not kept in the parts
    every visitor shares."""
    asker = Client()
    asker.force_login(thread.asker)
    assert "Ask a follow-up question" in visit(thread.get_absolute_url(), asker)
    assert "Ask a follow-up question" not in visit(thread.get_absolute_url())
    assert "follow-up" not in StoredThreadPage.objects.get(question=thread).body_html


def test_a_deploy_that_changes_how_the_parts_are_rendered_makes_every_stored_copy_stale(thread, monkeypatch):
    visit(thread.get_absolute_url())
    assert thread_page.head(thread.pk).parts is not None
    monkeypatch.setattr(thread_page, "layout", lambda: "0123456789abcdef")  # new templates or code
    assert thread_page.head(thread.pk).parts is None
    visit(thread.get_absolute_url())
    assert StoredThreadPage.objects.get(question=thread).layout == "0123456789abcdef"


def test_the_command_stores_every_thread_missing_or_stale_and_only_those(thread):
    from django.core.management import call_command

    other = f.thread(tags=["acne"], title="Another")
    f.question(title="Still pending")  # not public: never stored
    visit(thread.get_absolute_url())
    call_command("store_thread_pages", stdout=io.StringIO())
    both = {(pk, language) for pk in (thread.pk, other.pk) for language in ("en", "zh-hant")}
    assert set(StoredThreadPage.objects.values_list("question_id", "language")) == both
    assert set(StoredThreadCard.objects.values_list("question_id", "language")) == both
    assert all(thread_page.head(pk).parts is not None for pk in (thread.pk, other.pk))


def test_similar_qa_changes_leave_the_stored_parts_current_and_still_show(thread, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    visit(thread.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        f.thread(tags=["acne"], title="A new neighbour")  # its publication refreshes the thread's Similar Q&A
    assert thread_page.head(thread.pk).parts is not None
    call_command("rebuild_similar", stdout=io.StringIO())
    assert thread_page.head(thread.pk).parts is not None
    assert "A new neighbour" in visit(thread.get_absolute_url())


def test_bulk_rendering_ranks_related_faq_as_one_thread_at_a_time():
    from faq import selectors as faq_selectors

    f.article(tags=["acne"], title="Acne basics")
    f.article(tags=["acne", "scars"], title="Acne scars")
    f.article(tags=["scars"], title="Scars")
    f.article(tags=["eczema"], title="Eczema")
    f.article(tags=["acne", "scars"], title="痤瘡疤痕", language="zh-hant")
    sets = {1: [f.tag("acne").pk], 2: [f.tag("acne").pk, f.tag("scars").pk], 3: [f.tag("eczema").pk], 4: []}
    for limit, language in itertools.product((1, 2, 6), (None, "en", "zh-hant")):
        many = faq_selectors.related_articles_for_many(sets, limit=limit, language=language)
        for key, tags in sets.items():
            one = faq_selectors.related_articles(tags, limit=limit, language=language)
            assert [a.pk for a in many[key]] == [a.pk for a in one], (limit, language, key)


def test_the_command_renders_only_what_is_stale(thread):
    from django.core.management import call_command

    visit(thread.get_absolute_url())  # its English parts are stored, its card is not
    rendered_at = StoredThreadPage.objects.get(question=thread, language="en").rendered_at
    call_command("store_thread_pages", stdout=io.StringIO())
    assert StoredThreadPage.objects.get(question=thread, language="en").rendered_at == rendered_at  # left as it was
    assert StoredThreadCard.objects.filter(question=thread, language="en").exists()
    # and every other page language is stored too
    assert StoredThreadPage.objects.filter(question=thread, language="zh-hant").exists()
    assert StoredThreadCard.objects.filter(question=thread, language="zh-hant").exists()

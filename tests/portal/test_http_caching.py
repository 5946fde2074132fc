"""HTTP caching of public pages (portal.middleware): validators and 304s for revisits and crawlers,
Cache-Control for a shared cache in front for anonymous visitors, private for signed-in ones."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from qa import services
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    return f.thread(tags=["acne"], title="Spots on my chin", answer_body="Wash twice a day.")


def public_urls(thread):
    return [thread.get_absolute_url(), reverse("qa:question_list"), reverse("portal:tag", args=["acne"]),
            reverse("portal:search") + "?q=spots", reverse("portal:home"), f"/api/v1/threads/{thread.pk}"]


@pytest.mark.parametrize("cached", [True, False], ids=["from the page cache", "rendered"])
def test_public_pages_carry_validators_and_answer_a_revisit_with_304(thread, cached):
    for url in public_urls(thread):
        first = Client().get(url)
        assert first.status_code == 200, url
        etag, last_modified = first["ETag"], first["Last-Modified"]
        cache_control = first["Cache-Control"]
        assert "public" in cache_control and "s-maxage=" in cache_control and "max-age=0" in cache_control, url
        if not cached:
            cache.clear()
        again = Client().get(url, HTTP_IF_NONE_MATCH=etag)
        if not cached:
            cache.clear()
        since = Client().get(url, HTTP_IF_MODIFIED_SINCE=last_modified)
        for response in (again, since):
            if cached:
                assert response.status_code == 304 and response.content == b"", url
                assert response["ETag"] == etag
        if not cached:  # rendered again: the same bytes, the same ETag
            assert again.status_code == 304, url


def test_a_change_gives_a_new_etag_and_the_new_page(client, thread):
    url = thread.get_absolute_url()
    etag = client.get(url)["ETag"]
    answer = thread.answers.get()
    services.answer_edit(answer=answer, by=answer.doctor.user, body="Wash once a day.")
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag
    assert "Wash once a day." in response.content.decode()


def test_signed_in_pages_are_private_and_never_shared(client, thread):
    client.force_login(f.patient())
    response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert "s-maxage" not in response["Cache-Control"] and "Cookie" in response["Vary"]


def test_an_unpublished_question_is_never_marked_shareable(client):
    pending = f.question(title="Pending rash")
    client.force_login(pending.asker)
    response = client.get(pending.get_absolute_url())
    assert response.status_code == 200 and "public" not in response["Cache-Control"]
    assert Client().get(pending.get_absolute_url()).status_code == 404

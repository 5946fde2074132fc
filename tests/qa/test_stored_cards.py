"""The thread cards of list and topic pages, stored rendered (qa.cards): read with the page's rows
in one query, never shown stale, even with the cache emptied (restarted, evicted)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from doctors import services as doctor_services
from qa import services
from qa.models import StoredThreadCard
from tests import factories as f
from tests.qa.admin_forms import admin_change
from tests.qa.test_caching import admin_url, staff_client  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    return f.thread(tags=["acne"], title="Spots on my chin", by=f.doctor(name="Dr. Iris Vale"))


def lists(thread):
    return [reverse("qa:question_list"), reverse("portal:tag", args=["acne"]), thread.department.get_absolute_url()]


def visit(url):
    cache.clear()  # nothing from the page cache
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def _retag(t, admin):
    services.question_retag(question=t, doctor=t.answers.get().doctor, tags=[f.tag("acne"), f.tag("Rosacea")])
    return ">Rosacea<", None


def _doctor_renamed(t, admin):
    admin_change(admin, admin_url(t.answers.get().doctor), display_name="Dr. Iris Vale-Moreau")
    return "replied by Dr. Iris Vale-Moreau", "replied by Dr. Iris Vale<"


def _doctor_suspended(t, admin):
    doctor_services.doctor_suspend(profile=t.answers.get().doctor, by=f.user(is_staff=True), reason="Check")
    return None, "replied by Dr. Iris Vale"


def _tag_renamed(t, admin):
    admin_change(admin, admin_url(f.tag("acne")), name="Acne vulgaris")
    return ">Acne vulgaris<", None


def _department_renamed(t, admin):
    admin_change(admin, admin_url(t.department), name="Skin Clinic")
    return "· Skin Clinic ·", None


def _unpublished(t, admin):
    services.question_unpublish(question=t, by=f.user(is_staff=True))
    return None, "Spots on my chin"


CHANGES = {"retag": _retag, "doctor renamed": _doctor_renamed, "doctor suspended": _doctor_suspended,
           "topic renamed": _tag_renamed, "department renamed": _department_renamed, "unpublished": _unpublished}


@pytest.mark.parametrize("change", CHANGES)
def test_list_pages_show_every_change_to_a_card_with_the_cache_emptied(staff_client, thread, change):  # noqa: F811
    before = {url: visit(url) for url in lists(thread)}  # the cards are stored now
    assert StoredThreadCard.objects.filter(question=thread).exists()
    expected, gone = CHANGES[change](thread, staff_client)
    for url in lists(thread) if change != "topic renamed" else lists(thread)[:1]:
        page = visit(url)
        if expected:
            assert expected not in before[url] and expected in page, url
        if gone:
            assert gone in before[url] and gone not in page, url


def test_a_list_page_reads_its_rows_with_their_stored_cards_in_one_query(thread):
    for n in range(5):
        f.thread(tags=["acne"], title=f"Other {n}")
    url = reverse("qa:question_list")
    first = visit(url)
    with CaptureQueriesContext(connection) as queries:
        again = visit(url)
    assert again == first and len(queries) == 1
    assert StoredThreadCard.objects.count() == 6


def test_a_failure_to_store_cards_still_serves_the_list(thread, monkeypatch):
    from django.db import DatabaseError

    from qa import cards

    def broken(rows):
        raise DatabaseError("read-only database")

    monkeypatch.setattr(cards, "store", broken)
    assert "Spots on my chin" in visit(reverse("qa:question_list"))
    assert not StoredThreadCard.objects.exists()


def test_the_written_out_rows_query_reads_what_the_orm_keyset_page_reads():
    """qa.cards.page runs its SQL written out: the same rows, in the same pages, as the ORM's
    keyset page over ``published_question_rows`` (the one definition of public), for the whole
    archive, a department, a topic and a language, from the start, before and after a cursor,
    including threads published at the same instant and questions that are not public."""
    import itertools
    from datetime import timedelta

    from django.utils import timezone

    from qa import cards, selectors
    from qa.pagination import encode_cursor, keyset_page

    now = timezone.now().replace(microsecond=0)
    skin, hair = f.department("Dermatology"), f.department("Hair", slug="hair")
    threads = [f.thread(tags=["acne"] if n % 2 else ["eczema"], dept=skin if n % 3 else hair,
                        published_at=now - timedelta(hours=n // 2),  # pairs at one instant
                        body="手肘又紅又癢，已經三個月了。" if n % 4 == 1 else "Red itchy spots on my back.")
               for n in range(14)]
    f.question(tags=["acne"], dept=skin)  # pending: never listed
    withdrawn = f.question(tags=["acne"], dept=skin)
    services.question_withdraw(question=withdrawn, asker=withdrawn.asker)
    scopes = [{}, {"department": skin}, {"department": hair}, {"tag": f.tag("acne")}, {"tag": f.tag("eczema")},
              {"language": "zh-hant"}, {"language": "en", "tag": f.tag("acne")}]
    cursors = [None, *(encode_cursor(t) for t in threads[::3]), "not-a-cursor"]
    for scope, cursor, direction, size in itertools.product(scopes, cursors, ("before", "after"), (1, 4, 20)):
        expected = keyset_page(selectors.published_question_rows(**scope), size=size, **{direction: cursor})
        ids = {key: getattr(value, "pk", value) for key, value in scope.items()}
        got = cards.page(department_id=ids.get("department"), tag_id=ids.get("tag"), language=ids.get("language"),
                         size=size, **{direction: cursor})
        where = (scope, cursor, direction, size)
        assert [row.pk for row in got.items] == [q.pk for q in expected.items], where
        assert (got.older, got.newer) == (expected.older, expected.newer), where

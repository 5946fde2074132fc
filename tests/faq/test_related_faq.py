"""The "Related FAQ" list and the FAQ pages."""

from datetime import date

import pytest
from django.urls import reverse

from faq.selectors import related_articles
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_related_articles_ranked_by_shared_tags_then_most_recently_reviewed():
    acne, back, kp = f.tag("acne"), f.tag("back"), f.tag("keratosis pilaris")
    f.article(tags=[acne], title="One tag, reviewed recently", reviewed_on=date(2026, 10, 1))
    f.article(tags=[acne, back, kp], title="Three tags", reviewed_on=date(2024, 1, 1))
    f.article(tags=[acne, back], title="Two tags, old", reviewed_on=date(2025, 1, 1))
    f.article(tags=[acne, back], title="Two tags, new", reviewed_on=date(2026, 1, 1))
    f.article(tags=[acne, back, kp], title="Draft", published=False)
    f.article(tags=[f.tag("warts")], title="Unrelated")

    result = related_articles([acne.pk, back.pk, kp.pk], limit=10)

    assert [a.title for a in result] == ["Three tags", "Two tags, new", "Two tags, old", "One tag, reviewed recently"]


def test_related_articles_in_the_readers_language_come_first():
    hives, itch = f.tag("hives"), f.tag("itch")
    f.article(tags=[hives, itch], title="蕁麻疹與搔癢", language="zh-hant")
    f.article(tags=[hives], title="Hives explained")
    f.article(tags=[hives], title="蕁麻疹", language="zh-hant")

    english = related_articles([hives.pk, itch.pk], limit=10, language="en")
    chinese = related_articles([hives.pk, itch.pk], limit=10, language="zh-hant")

    assert [a.title for a in english] == ["Hives explained", "蕁麻疹與搔癢", "蕁麻疹"]
    assert [a.title for a in chinese] == ["蕁麻疹與搔癢", "蕁麻疹", "Hives explained"]
    assert [a.title for a in related_articles([hives.pk], limit=1, language="en")] == ["Hives explained"]
    assert [a.title for a in related_articles([hives.pk, itch.pk], limit=10)][0] == "蕁麻疹與搔癢"  # no reader


def test_a_threads_related_faq_lists_the_pages_language_first(client):
    thread = f.thread(tags=["hives", "itch"], title="Welts after a hot shower")
    f.article(tags=["hives", "itch"], title="蕁麻疹與搔癢", language="zh-hant")
    f.article(tags=["hives"], title="Hives explained")

    def related(path):
        page = client.get(path).content.decode()
        return page.split('id="related-faq-heading"')[1].split("</section>")[0]

    english, chinese = related(thread.get_absolute_url()), related("/zh-hant" + thread.get_absolute_url())
    assert english.index("Hives explained") < english.index("蕁麻疹與搔癢")
    assert chinese.index("蕁麻疹與搔癢") < chinese.index("Hives explained")


def test_thread_page_lists_related_faq_with_department_but_not_drafts(client):
    dept = f.department("Dermatology")
    thread = f.thread(tags=["hives"], dept=dept)
    f.article(tags=["hives"], title="Hives explained", dept=dept)
    f.article(tags=["hives"], title="Unfinished hives draft", published=False)

    page = client.get(thread.get_absolute_url()).content.decode()

    related = page.split('id="related-faq-heading"')[1].split("</section>")[0]
    assert "Hives explained" in related
    assert "(Dermatology)" in related
    assert "Unfinished hives draft" not in page


def test_article_page_shows_sections_references_reviewer_and_related_threads(client):
    reviewer = f.doctor(name="Dr. Iris Vale")
    article = f.article(tags=["psoriasis"], title="Psoriasis", reviewer=reviewer, reviewed_on=date(2026, 3, 4))
    f.thread(tags=["psoriasis"], title="Silvery patches on elbows")
    f.question(tags=["psoriasis"], title="Pending psoriasis question")

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert "When to seek urgent help" in page and "urgent-section" in page
    assert 'href="https://www.nhs.uk/conditions/"' in page
    assert "Dr. Iris Vale" in page and "March 4, 2026" in page  # DATE_FORMAT, localised
    assert "Silvery patches on elbows" in page
    assert "Pending psoriasis question" not in page


def test_unpublished_article_is_404_and_absent_from_index_and_tag_page(client):
    draft = f.article(tags=["warts"], title="Draft about warts", published=False)
    f.article(tags=["warts"], title="Published wart guide")

    assert client.get(draft.get_absolute_url()).status_code == 404
    index = client.get(reverse("faq:article_list")).content.decode()
    assert "Published wart guide" in index and "Draft about warts" not in index
    tag_page = client.get(reverse("portal:tag", kwargs={"slug": "warts"})).content.decode()
    assert "Published wart guide" in tag_page and "Draft about warts" not in tag_page


def test_reviewer_hidden_when_no_longer_verified(client):
    reviewer = f.doctor(name="Dr. Gone Away", status="suspended")
    article = f.article(title="Moles", reviewer=reviewer)

    assert "Dr. Gone Away" not in client.get(article.get_absolute_url()).content.decode()

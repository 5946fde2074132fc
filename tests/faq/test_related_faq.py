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

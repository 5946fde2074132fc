"""An FAQ article describes itself as a schema.org MedicalWebPage, reviewed by a named doctor."""

from datetime import date

import pytest

from doctors import services as doctor_services
from tests import factories as f
from tests.portal.discovery import json_ld

pytestmark = pytest.mark.django_db

SITE = "https://forum.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def article():
    dept = f.department("Dermatology")
    reviewer = f.doctor(dept=dept, name="Dr. Ana Reyes")
    return f.article(tags=["acne"], title="Acne explained", dept=dept, reviewer=reviewer,
                     reviewed_on=date(2026, 3, 14))


def test_an_article_is_a_medical_web_page_reviewed_by_its_doctor(client, article):
    page = json_ld(client.get(article.get_absolute_url()).content.decode())["MedicalWebPage"]
    assert page["@context"] == "https://schema.org"
    assert page["name"] == "Acne explained"
    assert page["description"] == "A short summary."
    assert page["url"] == SITE + article.get_absolute_url()
    assert page["lastReviewed"] == "2026-03-14"
    reviewer = page["reviewedBy"]
    assert reviewer["@type"] == ["Person", "IndividualPhysician"]
    assert reviewer["name"] == "Dr. Ana Reyes"
    assert reviewer["medicalSpecialty"] == "https://schema.org/Dermatology"
    assert reviewer["url"] == SITE + article.reviewed_by.get_absolute_url()
    assert reviewer["worksFor"] == {"@type": "Organization", "name": "Test Hospital"}
    assert "licence" not in str(page).lower() and article.reviewed_by.licence_number not in str(page)
    assert page["about"] == [{"@type": "Thing", "name": "acne"}]


def test_breadcrumbs_home_faq_article_match_the_visible_ones(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    items = json_ld(html)["BreadcrumbList"]["itemListElement"]
    assert [(i["position"], i["name"], i["item"]) for i in items] == [
        (1, "Home", SITE + "/"), (2, "FAQ", SITE + "/faq/"), (3, "Acne explained", SITE + article.get_absolute_url()),
    ]
    nav = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert 'href="/">Home</a>' in nav and 'href="/faq/">FAQ</a>' in nav and "Acne explained" in nav


def test_a_reviewer_who_is_no_longer_verified_is_not_named(client, article):
    doctor_services.doctor_suspend(profile=article.reviewed_by, by=f.user(is_staff=True), reason="Check")
    page = json_ld(client.get(article.get_absolute_url()).content.decode())["MedicalWebPage"]
    assert "reviewedBy" not in page and "Dr. Ana Reyes" not in str(page)


def test_an_article_never_reviewed_has_no_review_date(client):
    article = f.article(title="Warts")
    page = json_ld(client.get(article.get_absolute_url()).content.decode())["MedicalWebPage"]
    assert "lastReviewed" not in page and "reviewedBy" not in page

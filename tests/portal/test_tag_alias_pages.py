"""A topic by any of its names: the address redirects to the topic's own, the page says what else
it is called, and staff and verified doctors edit the other names on their own page."""

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse

from doctors.models import DoctorProfile
from qa.lifecycle import Action
from qa.models import QuestionEvent, Tag, TagAlias
from tests import factories as f
from tests.qa.admin_forms import admin_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def urticaria():
    tag = f.tag("Urticaria")
    Tag.objects.filter(pk=tag.pk).update(name_zh="蕁麻疹")
    for name, language in (("hives", "en"), ("welts", "en"), ("風疹塊", "zh-hant")):
        TagAlias.objects.create(tag=tag, name=name, language=language)
    f.thread(tags=[tag], title="Itchy welts that come and go")
    tag.refresh_from_db()
    return tag


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff():
    return signed_in(f.user(is_staff=True))


@pytest.fixture
def doctor():
    return signed_in(f.doctor().user)


def aliases_url(slug="urticaria"):
    return reverse("qa:tag_aliases", args=[slug])


# --- Addresses --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["hives", "Hives", "HIVES", "Ｈｉｖｅｓ", "welts", "Urticaria", "風疹塊", "蕁麻疹"])
def test_any_name_of_a_topic_redirects_to_its_address(client, urticaria, name):
    response = client.get(f"/tags/{name}/")
    assert response.status_code == 301
    assert response["Location"] == "/tags/urticaria/"


@pytest.mark.parametrize("name", ["風疹塊", "蕁麻疹", "Hives"])
def test_a_percent_encoded_name_redirects_too(client, urticaria, name):
    response = client.get(f"/tags/{quote(name)}/")
    assert response.status_code == 301
    assert response["Location"] == "/tags/urticaria/"


def test_the_redirect_keeps_the_query(client, urticaria):
    assert client.get("/tags/hives/?before=123-4")["Location"] == "/tags/urticaria/?before=123-4"


def test_the_topics_own_address_is_its_page(client, urticaria):
    response = client.get("/tags/urticaria/")
    assert response.status_code == 200
    assert "Itchy welts that come and go" in response.content.decode()


@pytest.mark.parametrize("path", ["/tags/nothing-like-it/", "/tags/不存在的主題/", "/tags/%00/", "/tags/%FF%FE/",
                                  "/tags/a%20b/", f"/tags/{'x' * 300}/", f"/tags/{quote('蕁' * 100)}/", "/tags/%20/"])
def test_an_unknown_name_is_a_404(client, urticaria, path):
    assert client.get(path).status_code == 404


# --- The topic's page ---------------------------------------------------------------------------

def test_the_topic_page_says_what_else_it_is_called(client, urticaria):
    page = client.get("/tags/urticaria/").content.decode()
    assert ('Also called: <span lang="en">hives</span>, <span lang="en">welts</span>, '
            '<span lang="zh-Hant">蕁麻疹</span>, <span lang="zh-Hant">風疹塊</span>') in page


def test_only_editors_see_the_link_and_it_never_reaches_the_anonymous_cache(client, urticaria, doctor, staff):
    link = f'href="{aliases_url()}"'
    assert link in doctor.get("/tags/urticaria/").content.decode()  # the doctor first: not cached for others
    anonymous = client.get("/tags/urticaria/")
    assert link not in anonymous.content.decode()
    assert client.get("/tags/urticaria/")["X-Page-Cache"] == "hit"  # now cached…
    after = staff.get("/tags/urticaria/")  # …but not for a signed-in editor
    assert "X-Page-Cache" not in after and link in after.content.decode()
    assert "private" in after["Cache-Control"]
    assert link not in signed_in(f.patient()).get("/tags/urticaria/").content.decode()


# --- The editors' page ------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["anonymous", "patient", "applicant", "suspended"])
def test_everyone_else_gets_403(urticaria, who):
    client = {
        "anonymous": Client,
        "patient": lambda: signed_in(f.patient()),
        "applicant": lambda: signed_in(f.doctor(status=DoctorProfile.Status.APPLIED).user),
        "suspended": lambda: signed_in(f.doctor(status=DoctorProfile.Status.SUSPENDED).user),
    }[who]()
    assert client.get(aliases_url()).status_code == 403
    assert client.post(aliases_url(), {"name": "nettle rash"}).status_code == 403
    alias = TagAlias.objects.get(key="hives")
    assert client.post(reverse("qa:tag_alias_remove", args=["urticaria", alias.pk])).status_code == 403
    assert client.get(aliases_url("nothing-like-it")).status_code == 403
    assert TagAlias.objects.count() == 3 and not QuestionEvent.objects.filter(action__contains="alias").exists()


def test_an_unknown_topic_is_a_404_for_editors(doctor):
    assert doctor.get(aliases_url("nothing-like-it")).status_code == 404


def test_a_doctor_sees_the_names_and_adds_one(doctor, urticaria):
    page = doctor.get(aliases_url())
    assert page.status_code == 200
    body = page.content.decode()
    assert "蕁麻疹" in body and "風疹塊" in body and "welts" in body
    assert "Remove" not in body  # removing is for staff

    response = doctor.post(aliases_url(), {"name": " nettle rash "})
    assert response.status_code == 302 and response["Location"] == aliases_url()
    page = doctor.get(response["Location"]).content.decode()
    assert "“nettle rash” now leads to Urticaria." in page
    assert TagAlias.objects.filter(tag=urticaria, key="nettle rash").exists()
    assert QuestionEvent.objects.get(action=Action.ADD_ALIAS).detail == "Urticaria: nettle rash"
    assert doctor.get("/tags/nettle rash/")["Location"] == "/tags/urticaria/"


@pytest.mark.parametrize("typed", ["Welts", "ECZEMA", "濕疹"])
def test_a_taken_name_is_refused_and_the_typed_value_kept(doctor, urticaria, typed):
    eczema = f.tag("Eczema")
    Tag.objects.filter(pk=eczema.pk).update(name_zh="濕疹")
    response = doctor.post(aliases_url(), {"name": typed})
    assert response.status_code == 400
    page = response.content.decode()
    assert f'value="{typed}"' in page
    assert "already leads to the topic" in page
    assert TagAlias.objects.count() == 3


def test_an_empty_or_long_name_is_refused(doctor, urticaria):
    assert doctor.post(aliases_url(), {"name": "   "}).status_code == 400
    response = doctor.post(aliases_url(), {"name": "x" * 61})
    assert response.status_code == 400 and f'value="{"x" * 61}"' in response.content.decode()
    assert TagAlias.objects.count() == 3


def test_the_form_needs_its_csrf_token(urticaria):
    client = Client(enforce_csrf_checks=True)
    client.force_login(f.doctor().user)
    assert client.post(aliases_url(), {"name": "nettle rash"}).status_code == 403
    page = client.get(aliases_url()).content.decode()
    assert 'name="csrfmiddlewaretoken"' in page
    assert not TagAlias.objects.filter(key="nettle rash").exists()


def test_staff_remove_a_name_and_doctors_cannot(staff, doctor, urticaria):
    hives = TagAlias.objects.get(key="hives")
    url = reverse("qa:tag_alias_remove", args=["urticaria", hives.pk])
    assert f'action="{url}"' in staff.get(aliases_url()).content.decode()
    assert doctor.post(url).status_code == 403
    assert staff.get(url).status_code == 405

    response = staff.post(url)

    assert response.status_code == 302 and response["Location"] == aliases_url()
    assert not TagAlias.objects.filter(key="hives").exists()
    assert QuestionEvent.objects.get(action=Action.REMOVE_ALIAS).detail == "Urticaria: hives"
    assert staff.get("/tags/hives/").status_code == 404
    assert "hives</span>" not in staff.get("/tags/urticaria/").content.decode()


def test_an_alias_of_another_topic_is_not_removed_through_this_one(staff, urticaria):
    other = TagAlias.objects.create(tag=f.tag("Fever"), name="temperature", language="en")
    assert staff.post(reverse("qa:tag_alias_remove", args=["urticaria", other.pk])).status_code == 404
    assert TagAlias.objects.filter(pk=other.pk).exists()


def test_editors_without_two_factor_set_it_up_first(urticaria):
    client = signed_in(f.doctor(two_factor=False).user)
    response = client.get(aliases_url())
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")


def test_the_admin_shows_aliases_but_cannot_add_or_change_them(urticaria):
    admin = signed_in(f.user(is_staff=True, is_superuser=True))
    url = reverse("admin:qa_tag_change", args=[urticaria.pk])
    page = admin.get(url).content.decode()
    assert "風疹塊" in page and "welts" in page
    assert not any(f'name="aliases-{n}-name"' in page for n in range(3))  # shown, not editable
    data = admin_form_data(admin, url)
    data.update({"aliases-0-name": ["changed"], "aliases-3-name": ["added"], "aliases-3-language": ["en"],
                 "aliases-TOTAL_FORMS": ["4"], "aliases-0-DELETE": ["on"]})

    assert admin.post(url, {**data, "_save": "Save"}).status_code in (200, 302)

    assert sorted(TagAlias.objects.values_list("name", flat=True)) == ["hives", "welts", "風疹塊"]

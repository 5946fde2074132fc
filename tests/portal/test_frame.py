"""What every page's frame offers: the way in for doctors, labelled landmarks, readable colours."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page", ["portal:home", "qa:doctor_list", "faq:article_list"])
def test_pages_link_to_the_doctor_application(client, page):
    html = client.get(reverse(page)).content.decode()
    assert f'href="{reverse("doctors:apply")}"' in html


def test_the_doctor_list_invites_dermatologists_to_apply(client):
    html = client.get(reverse("qa:doctor_list")).content.decode()
    assert re.search(rf'<a href="{reverse("doctors:apply")}">Apply to answer questions</a>', html)


def test_each_search_landmark_of_the_search_page_has_its_own_label(client):
    html = client.get(reverse("portal:search"), {"q": "itch"}).content.decode()
    forms = re.findall(r"<form[^>]*role=\"search\"[^>]*>", html)
    labels = [re.search(r'aria-label="([^"]+)"', form) for form in forms]
    assert len(forms) == 2 and all(labels)
    assert len({label.group(1) for label in labels}) == 2


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rule(css: str, selector: str) -> str:
    return re.search(re.escape(selector) + r"\s*\{([^}]*)\}", css).group(1)


def _value(block: str, prop: str) -> str:
    return re.search(re.escape(prop) + r":\s*(#[0-9a-fA-F]{6})", block).group(1)


def test_button_text_colours_reach_4_5_to_1_on_their_backgrounds():
    """axe-core's colour-contrast rule: the header's Search button on the header's tint, the
    home page's "Browse answered questions" (outline secondary) on .bg-light (#f8f9fa)."""
    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text()
    header = _value(_rule(css, ".site-header"), "background")
    search_button = _rule(css, ".site-header .btn-outline-primary")
    secondary = _rule(css, ".btn-outline-secondary")
    assert _contrast(_value(search_button, "--bs-btn-color"), header) >= 4.5
    assert _contrast(_value(search_button, "--bs-btn-hover-bg"), "#ffffff") >= 4.5
    assert _contrast(_value(secondary, "--bs-btn-color"), "#f8f9fa") >= 4.5
    assert _contrast(_value(secondary, "--bs-btn-hover-bg"), "#ffffff") >= 4.5


def test_the_header_search_button_and_home_outline_button_use_those_colours(client):
    html = client.get(reverse("portal:home")).content.decode()
    assert re.search(r'<header class="site-header[^"]*">.*btn-outline-primary[^"]*">Search</button>', html, re.S)
    assert re.search(r'btn-outline-secondary[^"]*" href="[^"]*">Browse answered questions', html)


def test_the_favicon_is_linked_and_served(client):
    from django.contrib.staticfiles import finders

    html = client.get(reverse("portal:home")).content.decode()
    assert '<link rel="icon" href="/static/favicon.ico"' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == "/static/favicon.ico"
    with open(finders.find("favicon.ico"), "rb") as icon:
        assert icon.read(4) == b"\x00\x00\x01\x00"  # an icon file

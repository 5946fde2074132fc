"""{% url %} as the templates' builtin (config/template_urls.py): the same addresses as Django's,
fixed ones remembered per script prefix."""

import pytest
from django.template import Context, Template
from django.urls import NoReverseMatch, reverse, set_script_prefix


def render(source, **context):
    return Template(source).render(Context(context))


def test_fixed_and_variable_addresses_are_those_of_reverse():
    assert render("{% url 'portal:search' %}") == reverse("portal:search")
    assert render("{% url 'portal:tag' slug %}", slug="acne") == reverse("portal:tag", args=["acne"])
    assert render("{% url 'portal:search' as where %}[{{ where }}]") == f"[{reverse('portal:search')}]"


def test_a_site_under_a_prefix_gets_its_own_addresses():
    try:
        set_script_prefix("/forum/")
        assert render("{% url 'portal:search' %}") == "/forum/search/"
    finally:
        set_script_prefix("/")
    assert render("{% url 'portal:search' %}") == "/search/"


def test_an_unknown_name_still_fails_loudly():
    with pytest.raises(NoReverseMatch):
        render("{% url 'no-such-page' %}")

"""The apps are layers, and every dependency points down (docs/ARCHITECTURE.md, "Layers").

Five kinds of dependency are checked: Python imports (lazy ones inside functions too) and dotted
names written as strings; model relations; migration dependencies; template tag libraries loaded
(and templates included or extended); URL names reversed, in Python and in templates. The
site's frame (templates/base.html, the error pages, templates/partials/) and config/ sit above
every app: they may name anything, and nothing below may name them except by extending the frame.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db.migrations.loader import MigrationLoader
from django.template import engines
from django.urls import get_resolver

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["accounts", "doctors", "qa", "faq", "portal"]  # bottom to top
RANK = {app: n for n, app in enumerate(LAYERS)}
FRAME = len(LAYERS)  # config/ and the site's frame templates: above every app

_URL_NAME = re.compile(r"^([a-z_]+):([a-z_]+)$")
_DOTTED = re.compile(r"^([a-z_]+)\.[A-Za-z_][\w.]*$")
_TEMPLATE_TAG = re.compile(r"{%\s*(load|url|include|extends)\s+([^%]*?)%}")


def _violations(owner: str, named: set[str], what: str, where: str) -> list[str]:
    return [f"{where}: {owner} {what} {app}" for app in sorted(named) if RANK.get(app, -1) > RANK[owner]]


# --- 1. Imports, and dotted names in strings ---------------------------------------------------

def python_references(source: str) -> tuple[set[str], set[str]]:
    """(apps imported, URL namespaces reversed) by a Python file. Every ``import``, every string
    that is a dotted name (``"faq.Article"``, ``"portal.views.Thread"``) or a URL name
    (``"portal:thread"``) counts, wherever it is (inside functions too)."""
    imported, namespaces = set(), set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module.split(".")[0])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if match := _DOTTED.match(node.value):
                imported.add(match.group(1))
            elif match := _URL_NAME.match(node.value):
                namespaces.add(match.group(1))
    return imported, namespaces


def _namespace_owners() -> dict[str, str]:
    """URL namespace -> the app whose URLconf declares it."""
    owners = {}
    for namespace, (_, resolver) in get_resolver().namespace_dict.items():
        module = resolver.urlconf_name
        owners[namespace] = (module if isinstance(module, str) else getattr(module, "__name__", "")).split(".")[0]
    return owners


@pytest.mark.parametrize("app", LAYERS)
def test_python_names_only_lower_layers(app):
    owners = _namespace_owners()
    files = sorted((ROOT / app).rglob("*.py"))
    assert files
    offenders = []
    for path in files:
        imported, namespaces = python_references(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        offenders += _violations(app, imported, "imports", where)
        offenders += _violations(app, {owners.get(ns, ns) for ns in namespaces}, "reverses a URL of", where)
    assert offenders == []


# --- 2. Model relations ---------------------------------------------------------------------

@pytest.mark.parametrize("app", LAYERS)
def test_model_relations_point_down(app):
    offenders = []
    for model in apps.get_app_config(app).get_models():
        for field in model._meta.get_fields(include_hidden=True):
            if field.is_relation and not field.auto_created and field.related_model is not None:
                target = field.related_model._meta.app_label
                offenders += _violations(app, {target}, "relates to", f"{model.__name__}.{field.name}")
    assert offenders == []


# --- 3. Migration dependencies ------------------------------------------------------------------

@pytest.mark.parametrize("app", LAYERS)
def test_migrations_depend_only_on_lower_layers(app):
    loader = MigrationLoader(None, ignore_no_migrations=True)  # files only, no database
    offenders = []
    for (label, name), migration in loader.disk_migrations.items():
        if label == app:
            for dependency in migration.dependencies:
                target = dependency[0] if dependency[0] != "__setting__" else settings.AUTH_USER_MODEL.split(".")[0]
                offenders += _violations(app, {target}, "depends on", f"{label}.{name}")
    assert offenders == []


# --- 4 and 5. Templates: tag libraries, included templates, URL names -------------------------------

def template_references(text: str, libraries: dict[str, str]) -> tuple[set[str], set[str], set[str]]:
    """(apps whose tag libraries are loaded, template folders included or extended, URL namespaces)."""
    loaded, folders, namespaces = set(), set(), set()
    for tag, argument in _TEMPLATE_TAG.findall(text):
        words = argument.split()
        if tag == "load":
            loaded.update(libraries.get(name, "").split(".")[0] for name in words if name != "from")
        elif tag == "url" and words and (match := _URL_NAME.match(words[0].strip("'\""))):
            namespaces.add(match.group(1))
        elif tag in {"include", "extends"} and words and "/" in words[0]:
            folders.add(words[0].strip("'\"").split("/")[0])
    return loaded, folders, namespaces


@pytest.mark.parametrize("app", LAYERS)
def test_templates_use_only_lower_layers(app):
    libraries = engines["django"].engine.libraries
    owners = _namespace_owners()
    files = sorted((ROOT / "templates" / app).rglob("*.html")) + sorted((ROOT / "templates" / app).rglob("*.txt"))
    offenders = []
    for path in files:
        loaded, folders, namespaces = template_references(path.read_text(encoding="utf-8"), libraries)
        where = str(path.relative_to(ROOT))
        offenders += _violations(app, loaded, "loads template tags of", where)
        offenders += _violations(app, folders & set(LAYERS), "includes a template of", where)
        offenders += _violations(app, {owners.get(ns, ns) for ns in namespaces}, "reverses a URL of", where)
    assert offenders == []


def test_every_app_template_folder_is_an_app():
    folders = {path.name for path in (ROOT / "templates").iterdir() if path.is_dir()}
    assert folders - {"partials"} <= set(LAYERS)


def test_installed_apps_are_listed_bottom_layer_first():
    ours = [app for app in settings.INSTALLED_APPS if app in RANK]
    assert ours == LAYERS


# --- The checks themselves catch what they are for ---------------------------------------------

def test_python_scanner_sees_lazy_imports_model_strings_and_url_names():
    source = (
        "def f():\n"
        "    from faq.models import Article\n"
        "    import portal.views\n"
        "    return reverse('portal:thread'), apps.get_model('qa.Question'), 'faq.Article'\n"
        "note = 'faq articles are shown by portal'  # prose, not a reference\n"
    )
    imported, namespaces = python_references(source)
    assert imported == {"faq", "portal", "qa"}
    assert namespaces == {"portal"}


def test_template_scanner_sees_libraries_includes_and_urls():
    text = ("{% load static faq_tags %}{% include \"portal/partials/x.html\" with a=b %}"
            "{% url 'portal:home' %}{% extends \"base.html\" %}")
    loaded, folders, namespaces = template_references(text, {"faq_tags": "faq.templatetags.faq_tags",
                                                             "static": "django.templatetags.static"})
    assert loaded == {"faq", "django"}
    assert folders == {"portal"}
    assert namespaces == {"portal"}


def test_url_namespaces_belong_to_their_apps():
    owners = _namespace_owners()
    assert {namespace: owners[namespace] for namespace in LAYERS} == {app: app for app in LAYERS}


def test_a_violation_is_reported():
    assert _violations("qa", {"faq", "doctors", "django"}, "imports", "x.py") == ["x.py: qa imports faq"]

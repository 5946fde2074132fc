"""Template hygiene: a ``{# … #}`` comment must end on its own line (Django prints a multi-line one
as text on the page); longer comments use ``{% comment %}``."""

from pathlib import Path

import pytest
from django.conf import settings

ROOTS = [Path(settings.BASE_DIR) / "templates", *(Path(settings.BASE_DIR).glob("*/templates"))]
TEMPLATES = sorted(path for root in ROOTS for path in root.rglob("*") if path.suffix in {".html", ".txt", ".xml"})


def test_templates_are_found():
    assert len(TEMPLATES) > 20


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(settings.BASE_DIR)))
def test_no_comment_tag_spans_lines(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        opened = line.count("{#")
        assert opened == line.count("#}"), f"{path.name}:{number}: a {{# comment must end on the same line"

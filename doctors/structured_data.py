"""schema.org structured data (JSON-LD) shared by the pages that show doctors' work.

Thread pages (portal) and FAQ articles (faq) both name a doctor and a trail of breadcrumbs, so the
pieces they share live here, in the lowest layer both use. Each page builds its JSON-LD as Python
data (``portal.structured_data``, ``faq.structured_data``) and renders it with ``json_ld_script``:
JSON is never assembled by string templating.

Only public fields are read: a doctor's display name, department, hospital and public profile
(never a licence number or an account's details), and only of verified doctors.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html
from django.utils.safestring import SafeString

from doctors.models import DoctorProfile

CONTEXT = "https://schema.org"
DERMATOLOGY = "https://schema.org/Dermatology"

# As django.utils.html.json_script: a JSON text that cannot close the <script> element holding it.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute_url(path: str) -> str:
    """``path`` (from ``reverse`` or ``get_absolute_url``) on the site's public address, SITE_URL."""
    return settings.SITE_URL + iri_to_uri(path)


def iso(moment: datetime | date | None) -> str | None:
    """An ISO 8601 date or date-time (with its offset), as schema.org's Date and DateTime."""
    return moment.isoformat() if moment is not None else None


def json_ld_script(data: dict) -> SafeString:
    """``<script type="application/ld+json">`` holding ``data``: a data block, which browsers do not
    run (the Content-Security-Policy allows no inline script), with ``<``, ``>`` and ``&`` escaped
    so that no text in it can end the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text.translate(_SCRIPT_ESCAPES)))


def breadcrumb_list(trail: Iterable[tuple[str, str]]) -> dict:
    """A ``BreadcrumbList`` of ``(name, path)`` pairs, from the home page down to the page itself."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute_url(path)}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }


def physician(doctor: DoctorProfile) -> dict:
    """A verified doctor as the author of an answer or the reviewer of an article.

    schema.org's ``Person`` has no ``medicalSpecialty``; ``IndividualPhysician`` has, so the doctor
    is typed as both. The department must be loaded (``select_related("doctor__department")``).
    """
    person = {
        "@type": ["Person", "IndividualPhysician"],
        "name": doctor.display_name,
        "url": absolute_url(doctor.get_absolute_url()),
        "jobTitle": f"Doctor, {doctor.department.name}",
        "medicalSpecialty": DERMATOLOGY,
    }
    if doctor.hospital:
        person["worksFor"] = {"@type": "Organization", "name": doctor.hospital}
    return person

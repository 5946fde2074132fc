"""Personal details in patients' public questions: find them, and publish a redacted copy.

Patients type phone numbers, email addresses, ID numbers, LINE accounts, addresses, birth dates
and names into questions that everyone can read, in English or Traditional Chinese. The site keeps
the original text private and publishes what :func:`redact` makes of it::

    >>> redact("我的手機是0912-345-678，LINE ID: amy_0412")
    '我的手機是[phone number removed]，LINE ID: [account name removed]'
    >>> redact("我的手機是0912-345-678", lang="auto")
    '我的手機是[已移除電話號碼]'

:func:`find` lists the :class:`Detail` objects. :func:`public_copy` is what the site stores for the
public: it takes what a doctor marked after reading (``keep``: details that are not personal;
``hide``: phrases that are) and the kinds to look for; :func:`review` says what it will hide and
keep, for highlighting. Pure Python, no database access.
"""

from qa.privacy.checksums import is_valid_id
from qa.privacy.core import Detail, find, marked, placeholder, public_copy, redact, review
from qa.privacy.kinds import (
    ADDRESS,
    BIRTH_DATE,
    EMAIL,
    HANDLE,
    HEALTH_CARD,
    ID_NUMBER,
    KIND_LABELS,
    KINDS,
    LINK,
    MARKED,
    NAME,
    PASSPORT,
    PHONE,
    PLACEHOLDERS,
    PLACEHOLDERS_ZH_HANT,
)

__all__ = [
    "ADDRESS",
    "BIRTH_DATE",
    "EMAIL",
    "HANDLE",
    "HEALTH_CARD",
    "ID_NUMBER",
    "KIND_LABELS",
    "KINDS",
    "LINK",
    "MARKED",
    "NAME",
    "PASSPORT",
    "PHONE",
    "PLACEHOLDERS",
    "PLACEHOLDERS_ZH_HANT",
    "Detail",
    "find",
    "is_valid_id",
    "marked",
    "placeholder",
    "public_copy",
    "redact",
    "review",
]

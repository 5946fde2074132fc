"""The kinds of personal detail the detector reports, and the words that replace each one.

A placeholder says in plain words what was there, so a reader of the public copy still
understands the question ("call me on [phone number removed]") and the patient sees that the
site, not a typo, took the detail out.
"""

from __future__ import annotations

from django.utils.translation import pgettext_lazy

PHONE = "phone"
EMAIL = "email"
ID_NUMBER = "id_number"  # national ID and resident certificate (統一證號), checksum-validated
HEALTH_CARD = "health_card"  # NHI card number (健保卡號)
PASSPORT = "passport"
LINK = "link"
HANDLE = "handle"  # LINE, WeChat, Instagram and other messaging or social accounts
ADDRESS = "address"
BIRTH_DATE = "birth_date"
NAME = "name"

KINDS = (PHONE, EMAIL, ID_NUMBER, HEALTH_CARD, PASSPORT, LINK, HANDLE, ADDRESS, BIRTH_DATE, NAME)

# Not detected: a phrase a doctor marked as personal after reading the question ("my shop on
# Zhongshan Road", a nickname). Its placeholder says less, since nobody knows what kind it was.
MARKED = "marked"

PLACEHOLDERS = {
    PHONE: "[phone number removed]",
    EMAIL: "[email address removed]",
    ID_NUMBER: "[ID number removed]",
    HEALTH_CARD: "[health insurance card number removed]",
    PASSPORT: "[passport number removed]",
    LINK: "[link removed]",
    HANDLE: "[account name removed]",
    ADDRESS: "[address removed]",
    BIRTH_DATE: "[date of birth removed]",
    NAME: "[name removed]",
}

PLACEHOLDERS_ZH_HANT = {
    PHONE: "[已移除電話號碼]",
    EMAIL: "[已移除電子郵件地址]",
    ID_NUMBER: "[已移除身分證號碼]",
    HEALTH_CARD: "[已移除健保卡號]",
    PASSPORT: "[已移除護照號碼]",
    LINK: "[已移除連結]",
    HANDLE: "[已移除帳號]",
    ADDRESS: "[已移除地址]",
    BIRTH_DATE: "[已移除出生日期]",
    NAME: "[已移除姓名]",
}

MARKED_PLACEHOLDERS = {"en": "[personal detail removed]", "zh-hant": "[已移除個人資料]"}

# The kinds in words for the pages that show a detail and what hides it (the asker's, the doctors'),
# in the page's language; the placeholders above follow the language of the text instead.
KIND_LABELS = {
    PHONE: pgettext_lazy("kind of personal detail", "phone number"),
    EMAIL: pgettext_lazy("kind of personal detail", "email address"),
    ID_NUMBER: pgettext_lazy("kind of personal detail", "ID number"),
    HEALTH_CARD: pgettext_lazy("kind of personal detail", "health insurance card number"),
    PASSPORT: pgettext_lazy("kind of personal detail", "passport number"),
    LINK: pgettext_lazy("kind of personal detail", "link"),
    HANDLE: pgettext_lazy("kind of personal detail", "account name"),
    ADDRESS: pgettext_lazy("kind of personal detail", "address"),
    BIRTH_DATE: pgettext_lazy("kind of personal detail", "date of birth"),
    NAME: pgettext_lazy("kind of personal detail", "name"),
    MARKED: pgettext_lazy("kind of personal detail", "personal detail"),
}

if (set(PLACEHOLDERS) != set(KINDS) or set(PLACEHOLDERS_ZH_HANT) != set(KINDS)
        or set(KIND_LABELS) != {*KINDS, MARKED}):
    raise ValueError("every kind needs a placeholder in each language")

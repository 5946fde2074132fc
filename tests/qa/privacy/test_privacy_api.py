"""find() and redact(): the shape of what they return, placeholders, kept spans and languages."""

import dataclasses

import pytest

from qa.privacy import (
    EMAIL,
    KINDS,
    NAME,
    PHONE,
    PLACEHOLDERS,
    PLACEHOLDERS_ZH_HANT,
    Detail,
    find,
    placeholder,
    redact,
)

TEXT = "My name is Jenny Lin, call 0912-345-678 or write to jenny.lin@gmail.com about my eczema."


def test_find_returns_frozen_details_with_offsets_into_the_text():
    details = find(TEXT)
    assert [(d.kind, d.text) for d in details] == [
        (NAME, "Jenny Lin"),
        (PHONE, "0912-345-678"),
        (EMAIL, "jenny.lin@gmail.com"),
    ]
    for detail in details:
        assert TEXT[detail.start : detail.end] == detail.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        details[0].start = 0


def test_details_are_sorted_and_never_overlap():
    text = "LINE ID: 0912345678, 健保卡 0000 1234 5678, passport E12345678, ID A123456789 " * 3
    details = find(text)
    assert details == sorted(details, key=lambda d: d.start)
    assert all(a.end <= b.start for a, b in zip(details, details[1:], strict=False))


def test_when_detections_overlap_the_longer_one_wins():
    # The email's domain alone would be a link; the email as a whole wins.
    assert [d.kind for d in find("write to amy@example.com")] == [EMAIL]


def test_offsets_count_characters_of_the_original_text_even_with_full_width_and_emoji():
    text = "😀😀 手機：０９１２３４５６７８ 😀"
    [detail] = find(text)
    assert detail.text == "０９１２３４５６７８"
    assert text[detail.start : detail.end] == detail.text


def test_redact_replaces_each_detail_with_words_in_brackets():
    assert redact(TEXT) == (
        "My name is [name removed], call [phone number removed] or write to [email address removed] about my eczema."
    )


def test_redact_accepts_details_found_earlier_and_keeps_the_spans_a_doctor_marked():
    details = find(TEXT)
    phone = next(d for d in details if d.kind == PHONE)
    kept = redact(TEXT, details, keep=[(phone.start, phone.end)])
    assert "0912-345-678" in kept
    assert "jenny.lin@gmail.com" not in kept
    assert redact(TEXT, [phone]) == TEXT.replace("0912-345-678", "[phone number removed]")
    assert redact(TEXT, []) == TEXT


def test_a_detail_that_only_overlaps_a_kept_span_is_still_removed():
    details = find(TEXT)
    phone = next(d for d in details if d.kind == PHONE)
    assert "0912" not in redact(TEXT, details, keep=[(phone.start, phone.start + 4)])


def test_overlapping_details_passed_in_are_merged():
    text = "call 0912-345-678 now"
    details = [Detail(PHONE, 5, 12, text[5:12]), Detail(PHONE, 9, 17, text[9:17])]
    assert redact(text, details) == "call [phone number removed] now"


def test_placeholders_exist_for_every_kind_in_both_languages():
    assert set(PLACEHOLDERS) == set(PLACEHOLDERS_ZH_HANT) == set(KINDS)
    for words in [*PLACEHOLDERS.values(), *PLACEHOLDERS_ZH_HANT.values()]:
        assert words.startswith("[") and words.endswith("]")
    assert PLACEHOLDERS[PHONE] == "[phone number removed]"
    assert PLACEHOLDERS_ZH_HANT[PHONE] == "[已移除電話號碼]"
    assert placeholder(EMAIL, "zh-hant") == "[已移除電子郵件地址]"


def test_redact_writes_placeholders_in_the_language_asked_for():
    text = "我的手機是0912-345-678，謝謝醫生"
    assert redact(text) == "我的手機是[phone number removed]，謝謝醫生"
    assert redact(text, lang="zh-hant") == "我的手機是[已移除電話號碼]，謝謝醫生"


def test_auto_language_follows_the_text_around_each_detail():
    text = "請打給我 0912-345-678 謝謝。\n\nOr email me: amy0412@gmail.com if that is easier."
    assert redact(text, lang="auto") == (
        "請打給我 [已移除電話號碼] 謝謝。\n\nOr email me: [email address removed] if that is easier."
    )
    # A Chinese sentence with a few English words in it is still Chinese.
    assert redact("我的LINE ID是 amy_0412", lang="auto") == "我的LINE ID是 [已移除帳號]"


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="language"):
        redact(TEXT, lang="fr")
    with pytest.raises(ValueError, match="kind"):
        Detail("shoe size", 0, 1, "4")
    with pytest.raises(ValueError, match="span"):
        Detail(PHONE, 3, 3, "")
    with pytest.raises(ValueError, match="outside"):
        redact("short", [Detail(PHONE, 0, 50, "x")])
    with pytest.raises(TypeError):
        find(None)


@pytest.mark.parametrize("text", ["", " ", "\n", "謝謝", "no details here, just a rash for 3 days"])
def test_a_text_without_details_is_returned_unchanged(text):
    assert find(text) == []
    assert redact(text) == text

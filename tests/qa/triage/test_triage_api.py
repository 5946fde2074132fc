"""qa.triage's public API: assess(), the Assessment, notices, checkboxes (no database needed)."""

import dataclasses

import pytest

from qa.triage import CHECKBOX_CHOICES, CHECKBOX_CHOICES_ZH, TIERS, Assessment, Finding, Notice, assess
from qa.triage import rules as data
from qa.triage.engine import rule_codes

from .helpers import codes


def test_tiers_are_ordered_most_pressing_first():
    assert TIERS == ("emergency", "crisis", "urgent")


def test_a_calm_question_gives_an_empty_assessment():
    result = assess("What moisturiser is best for dry winter skin?")
    assert isinstance(result, Assessment)
    assert result.tier == ""
    assert result.findings == []
    assert not result
    assert result.notice("") is None
    assert result.notices() == []


def test_a_finding_says_what_matched_for_the_doctors_queue():
    result = assess("Fever 39 and purple spots on his legs that don't fade under a glass")
    assert result.tier == "emergency"
    finding = result.findings[0]
    assert isinstance(finding, Finding)
    assert finding.code == "meningococcal"
    assert finding.tier == "emergency"
    assert finding.condition and finding.condition_zh
    assert finding.matched == ["purple or dark red spots + fever"]
    assert finding.evidence and all(isinstance(words, str) for words in finding.evidence)
    assert finding.advice and finding.advice_zh


def test_findings_are_listed_most_pressing_first():
    result = assess("My mole is bleeding. I can't breathe. I don't want to live like this.")
    assert [finding.tier for finding in result.findings] == ["emergency", "crisis", "urgent"]
    assert result.tier == "emergency"
    assert result.tiers() == ["emergency", "crisis", "urgent"]


def test_crisis_outranks_urgent_and_is_shown_beside_an_emergency():
    assert assess("my mole is bleeding and I want to die").tier == "crisis"
    both = assess("I can't breathe and I want to die")
    assert both.tier == "emergency"
    assert [notice.tier for notice in both.notices()] == ["emergency", "crisis"]


def test_an_emergency_notice_replaces_the_urgent_one():
    result = assess("my mole is bleeding and my throat is closing")
    assert result.tiers() == ["emergency", "urgent"]
    assert [notice.tier for notice in result.notices()] == ["emergency"]


@pytest.mark.parametrize("tier", TIERS)
def test_every_tier_has_a_notice_in_both_languages(tier):
    result = assess("")
    english, chinese = result.notice(tier, "en"), result.notice(tier, "zh-hant")
    assert isinstance(english, Notice)
    assert english.lang == "en" and chinese.lang == "zh-hant"
    assert english.heading and english.advice and chinese.heading and chinese.advice
    assert english.heading != chinese.heading
    assert any("\u4e00" <= char <= "\u9fff" for char in chinese.advice)


def test_the_emergency_notice_names_the_emergency_numbers():
    notice = assess("").notice("emergency", "en")
    assert "119" in notice.advice and "112" in notice.advice and "911" in notice.advice
    assert "119" in assess("").notice("emergency", "zh-hant").advice


def test_the_crisis_notice_lists_the_taiwan_lines():
    english = assess("I want to kill myself").notice("crisis", "en")
    chinese = assess("我想死").notice("crisis", "zh-hant")
    assert {"1925", "1995"} <= {number for _, number in english.contacts}
    assert "1925" in english.advice and "1995" in english.advice
    assert "安心專線" in chinese.advice
    assert any("安心專線" in name for name, _ in chinese.contacts)


def test_a_notice_carries_the_advice_of_its_findings_in_the_chosen_language():
    result = assess("I have shingles on my forehead and my eye hurts")
    english, chinese = result.notice("emergency", "en"), result.notice("emergency", "zh-hant")
    assert english.points == [result.findings[0].advice]
    assert chinese.points == [result.findings[0].advice_zh]


@pytest.mark.parametrize("lang", ["zh", "zh-TW", "zh_Hant", "ZH-HANT"])
def test_other_spellings_of_chinese_read_as_traditional_chinese(lang):
    assert assess("").notice("urgent", lang).lang == "zh-hant"


def test_unknown_languages_fall_back_to_english():
    assert assess("").notice("urgent", "fr").lang == "en"


def test_an_unknown_tier_is_an_error():
    with pytest.raises(ValueError):
        assess("").notice("critical")


def test_checkbox_choices_are_code_and_label_pairs():
    assert 5 <= len(CHECKBOX_CHOICES) <= 10
    assert [code for code, _ in CHECKBOX_CHOICES] == [code for code, _ in CHECKBOX_CHOICES_ZH]
    for code, label in CHECKBOX_CHOICES:
        assert isinstance(code, str) and code and isinstance(label, str) and label
    for box in data.CHECKBOXES:
        assert data.CHECKBOXES and box.rule in rule_codes()
        assert [rule.tier for rule in data.RULES if rule.code == box.rule] == ["emergency"]


def test_a_ticked_sign_fires_its_rule_without_any_text():
    result = assess("", selected=["purple_spots"])
    assert result.tier == "emergency"
    assert result.codes == ["meningococcal"]
    assert result.findings[0].matched == ["ticked: " + dict(CHECKBOX_CHOICES)["purple_spots"]]


def test_ticked_signs_and_the_text_combine_each_rule_once():
    result = assess("my throat is closing", selected=["breathing", "breathing"])
    assert result.codes == ["airway"]
    assert result.findings[0].matched[0].startswith("ticked: ")
    assert len(result.findings[0].matched) == 2


def test_unknown_ticked_codes_are_ignored_and_rule_codes_are_accepted():
    assert codes("acne", selected=["nope", "", "BREATHING"]) == []
    assert codes("acne", selected=["serious_burn"]) == ["serious_burn"]


def test_selected_accepts_any_iterable_and_a_lone_code():
    assert codes("", selected=(code for code in ["infant_fever"])) == ["infant_fever"]
    assert codes("", selected={"shingles_eye"}) == ["zoster_eye"]
    assert codes("", selected="breathing") == ["airway"]


def test_the_age_bracket_counts_as_a_child():
    text = "fever and a rash, very floppy and not drinking"
    assert codes(text, age_bracket="0-9") == ["sick_child"]
    assert codes(text, age_bracket="30-39") == []
    assert codes(text, age_bracket=" 0-9 ") == ["sick_child"]


def test_the_text_can_name_the_child_whatever_the_bracket():
    assert codes("my 6-week-old has a temperature of 38.2", age_bracket="30-39") == ["infant_fever"]
    assert codes("my toddler has a fever and a rash and is floppy", age_bracket="30-39") == ["sick_child"]


def test_results_are_immutable():
    result = assess("my throat is closing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.tier = ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.findings[0].code = "other"


def test_none_text_is_treated_as_empty():
    assert assess(None).tier == ""

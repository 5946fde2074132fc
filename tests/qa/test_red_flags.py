"""qa.red_flags: urgent warning signs in a patient's question (no database needed)."""

import dataclasses

import pytest

from qa.red_flags import RED_FLAG_CHOICES, RULES, RedFlag, find_red_flags

ALL_CODES = [
    "face_swelling",
    "breathing",
    "mucosal_blisters",
    "fever_spreading_rash",
    "changing_mole",
    "bite_rash_fever",
]
# A bite with a spreading rash and fever is also a fever with a spreading rash.
BITE = ["fever_spreading_rash", "bite_rash_fever"]


def codes(text, **kwargs):
    return [flag.code for flag in find_red_flags(text, **kwargs)]


def cases(table):
    """Parametrize rows of (text, expected codes), each row's id being its text."""
    return pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=t[:60]) for t, e in table])


# --------------------------------------------------------------------------------------
# Positive phrasings, rule by rule, in English and Traditional Chinese
# --------------------------------------------------------------------------------------

POSITIVE = [
    # face_swelling
    ("my lips are swelling", ["face_swelling"]),
    ("tongue swollen since lunch", ["face_swelling"]),
    ("my face puffed up suddenly after the new cream", ["face_swelling"]),
    ("Swelling of the lips and eyelids after taking ibuprofen", ["face_swelling"]),
    ("my throat feels like it's swelling", ["face_swelling"]),
    ("my lips won't stop swelling", ["face_swelling"]),
    ("嘴唇腫起來了", ["face_swelling"]),
    ("舌頭腫", ["face_swelling"]),
    ("吃完藥後臉突然腫起來", ["face_swelling"]),
    ("喉嚨好像腫起來", ["face_swelling"]),
    # breathing
    ("I can't breathe properly", ["breathing"]),
    ("I cant breathe", ["breathing"]),
    ("short of breath since this morning", ["breathing"]),
    ("difficulty swallowing", ["breathing"]),
    ("wheezing after I used the new cream", ["breathing"]),
    ("It is hard to breathe", ["breathing"]),
    ("my throat is closing up", ["breathing"]),
    ("呼吸困難", ["breathing"]),
    ("我喘不過氣", ["breathing"]),
    ("吞嚥困難", ["breathing"]),
    ("覺得無法呼吸", ["breathing"]),
    # mucosal_blisters
    ("blisters in my mouth", ["mucosal_blisters"]),
    ("sores inside the mouth and eyes", ["mucosal_blisters"]),
    ("skin peeling off in sheets", ["mucosal_blisters"]),
    ("my mouth is blistering", ["mucosal_blisters"]),
    ("the skin on my back is sloughing off", ["mucosal_blisters"]),
    ("口腔起水泡", ["mucosal_blisters"]),
    ("眼睛起水泡", ["mucosal_blisters"]),
    ("皮膚大片脫落", ["mucosal_blisters"]),
    ("嘴巴裡面都是水泡", ["mucosal_blisters"]),
    # fever_spreading_rash: both parts, in one clause or in two
    ("high fever and the red rash is spreading fast", ["fever_spreading_rash"]),
    ("fever, the redness spreads every hour and is very painful", ["fever_spreading_rash"]),
    ("temperature of 39.5°C and a painful red rash on my leg", ["fever_spreading_rash"]),
    ("Feverish since yesterday; the rash keeps spreading", ["fever_spreading_rash"]),
    ("I have a fever of 39.5 and the rash is spreading", ["fever_spreading_rash"]),
    ("發燒，紅疹擴散很快", ["fever_spreading_rash"]),
    ("高燒到39度，腿上紅腫蔓延", ["fever_spreading_rash"]),
    ("發燒而且有很痛的紅疹", ["fever_spreading_rash"]),
    ("紅疹不斷擴散，發燒", ["fever_spreading_rash"]),
    # changing_mole
    ("my mole is bleeding", ["changing_mole"]),
    ("the mole on my back grew quickly", ["changing_mole"]),
    ("mole changed colour in weeks", ["changing_mole"]),
    ("a rapidly-growing mole on my arm", ["changing_mole"]),
    ("my mole hasn't stopped bleeding", ["changing_mole"]),
    ("my mole suddenly turned black", ["changing_mole"]),
    ("痣流血", ["changing_mole"]),
    ("背上的痣變大很快", ["changing_mole"]),
    ("痣顏色改變", ["changing_mole"]),
    ("手臂上的痣一直出血", ["changing_mole"]),
    # bite_rash_fever: bite + spreading rash + fever
    ("tick bite last week, now a spreading red rash and fever", BITE),
    ("I was bitten by a spider, the redness around it is spreading and I have a fever", BITE),
    ("Dog bite on my hand two days ago. Red area growing and fever of 39°C", BITE),
    ("被蟲咬之後紅疹擴散，還發燒", BITE),
    ("上週被蜱蟲咬，現在紅腫蔓延又發高燒", BITE),
    # a bull's-eye rash counts for the bite rule, though it is not "spreading"
    ("tick bite, a bull's eye rash and a fever", ["bite_rash_fever"]),
]


@cases(POSITIVE)
def test_positive_phrasings(text, expected):
    assert codes(text) == expected


def test_every_rule_has_english_and_chinese_positives():
    for code in ALL_CODES:
        rows = [text for text, expected in POSITIVE if code in expected]
        chinese = [text for text in rows if any("\u4e00" <= ch <= "\u9fff" for ch in text)]
        assert len(rows) - len(chinese) >= 3, code
        assert len(chinese) >= 2, code


@cases(
    [
        ("MY LIPS ARE SWELLING", ["face_swelling"]),
        ("  my   lips\tare    swelling  ", ["face_swelling"]),
        ("Short  Of\u00a0Breath", ["breathing"]),
        ("ｍｙ　ｌｉｐｓ　ａｒｅ　ｓｗｅｌｌｉｎｇ", ["face_swelling"]),  # full-width letters and spaces
        ("嘴 唇 腫", ["face_swelling"]),
        ("she doesn’t have a fever, but I can’t breathe", ["breathing"]),  # curly apostrophes
    ]
)
def test_case_and_spacing_do_not_matter(text, expected):
    assert codes(text) == expected


# --------------------------------------------------------------------------------------
# Negations: must not fire
# --------------------------------------------------------------------------------------

NEGATED = [
    # face_swelling
    "my lips are not swollen",
    "no swelling of the face or tongue",
    "tongue isn't swollen",
    "without any lip swelling",
    "The swelling on my lips went down",
    "嘴唇沒有腫",
    "舌頭不腫",
    "臉沒腫",
    "嘴唇並未腫起來",
    "沒有嘴唇腫",
    # breathing
    "no trouble breathing",
    "I am not short of breath",
    "no wheezing",
    "without difficulty swallowing",
    "She doesn't have any trouble breathing",
    "never wheezing",
    "沒有呼吸困難",
    "無呼吸困難",
    "吞嚥沒有困難",
    "並未呼吸困難",
    # mucosal_blisters
    "no blisters in my mouth",
    "there aren't any sores in my mouth or eyes",
    "skin is not peeling off in sheets",
    "denies blisters in the mouth",
    "口腔沒有水泡",
    "眼睛沒有起水泡",
    "皮膚沒有大片脫落",
    "無水泡在嘴巴",
    # fever_spreading_rash: the fever part negated ...
    "no fever but the rash spreads fast",
    "without fever, the rash is spreading",
    "the rash is spreading fast but I don't have a fever",
    "I didn't have a fever and the rash is spreading",
    "沒有發燒，但紅疹擴散很快",
    "無發燒，紅疹擴散",
    "不發燒，紅疹擴散很快",
    "沒發燒，紅疹擴散很快",
    "未發燒，紅疹擴散很快",
    "並未發燒，紅疹擴散很快",
    # ... or the rash part negated
    "I have a fever but the rash is not spreading",
    "high fever, the rash isn't painful",
    "發燒，但紅疹沒有擴散",
    "發燒，紅疹不痛",
    # changing_mole
    "my mole is not bleeding",
    "the mole hasn't changed in years",
    "no bleeding from the mole",
    "my moles never bleed",
    "痣沒有流血",
    "痣不會流血",
    "痣沒有變大",
    "痣的顏色沒有改變",
    # bite_rash_fever (fever negated: neither fever rule fires)
    "tick bite, the rash is spreading, but no fever",
    "被蚊子叮，紅疹擴散，沒有發燒",
    "被蟲咬，紅疹擴散，無發燒",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_signs_do_not_fire(text):
    assert codes(text) == []


@cases(
    [
        ("I was not bitten, but I have a fever and the rash is spreading", ["fever_spreading_rash"]),
        ("no insect bites, but high fever and a spreading rash", ["fever_spreading_rash"]),
        ("沒有被蟲咬，但發燒而且紅疹擴散", ["fever_spreading_rash"]),
        ("沒有被咬，發燒，紅疹擴散很快", ["fever_spreading_rash"]),
    ]
)
def test_a_negated_bite_leaves_only_the_fever_rule(text, expected):
    assert codes(text) == expected


@cases(
    [
        # fever alone, rash alone
        ("I have a high fever", []),
        ("the rash is spreading fast", []),
        ("a very painful red rash", []),
        ("發燒三天", []),
        ("紅疹擴散很快", []),
        # bite rule: every two of the three parts are not enough
        ("mosquito bite with a spreading rash", []),
        ("spider bite and a fever", []),
        ("被蚊子叮，發燒", []),
        ("被蟲咬，紅疹擴散", []),
        # a fever that is over, and a rash that spreads slowly
        ("my fever has gone down and the rash is spreading", []),
        ("發燒已經退了，紅疹擴散", []),
        ("fever and the rash is spreading very slowly", []),
        # the mole must change quickly (or bleed, or change colour)
        ("mole grew slowly over ten years", []),
        ("my mole changed shape", []),
    ]
)
def test_rules_with_several_parts_need_every_part(text, expected):
    assert codes(text) == expected


# --------------------------------------------------------------------------------------
# Clause boundaries: negation stays in its clause
# --------------------------------------------------------------------------------------


@cases(
    [
        ("No fever. My lips are swelling", ["face_swelling"]),
        ("no fever\nmy lips are swelling", ["face_swelling"]),
        ("no fever! my lips are swelling", ["face_swelling"]),
        ("Not itchy, but my tongue is swollen", ["face_swelling"]),
        ("no rash; trouble breathing", ["breathing"]),
        ("no rash? wheezing", ["breathing"]),
        ("沒有發燒。嘴唇腫起來", ["face_swelling"]),
        ("沒有紅疹，呼吸困難", ["breathing"]),
        ("沒有紅疹；呼吸困難", ["breathing"]),
        ("不癢！舌頭腫", ["face_swelling"]),
        ("沒有發燒、嘴唇腫", ["face_swelling"]),
        # within one clause the English negation ends at "and", "but" ...
        ("no fever and my lips are swelling", ["face_swelling"]),
        ("I have no fever but the rash spreads fast", []),
        # ... and carries over "or"
        ("no swelling or wheezing", []),
        # the two parts of a rule may sit in different sentences
        ("Fever since Monday. The rash is spreading quickly.", ["fever_spreading_rash"]),
        ("發燒。\n紅疹擴散很快。", ["fever_spreading_rash"]),
    ]
)
def test_clause_boundaries(text, expected):
    assert codes(text) == expected


@cases(
    [
        ("I don't know why my lips are swelling", ["face_swelling"]),
        ("no idea why my tongue is swollen", ["face_swelling"]),
        ("not sure if it matters but I can't breathe well", ["breathing"]),
        ("I have no fever or rash but I cant breathe", ["breathing"]),
    ]
)
def test_phrases_that_only_look_negated_still_fire(text, expected):
    assert codes(text) == expected


# --------------------------------------------------------------------------------------
# Everyday questions: nothing fires
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "itchy red spots on my back for two weeks",
        "acne on my chin",
        "I had a fever last year, now I have dry skin",
        "My eczema flares every winter",
        "How do I treat a mosquito bite?",
        "Is it normal for a tattoo to peel?",
        "I have a mole on my cheek, should I worry?",
        "sore throat and swollen glands",
        "cold sore blister on my lip",
        "fever blister on my lip",
        "hay fever and a spreading rash",
        "my face is red and itchy after shaving",
        "What sunscreen is best for sensitive skin?",
        "背上的紅疹癢了兩個星期",
        "下巴長痘痘",
        "喉嚨腫痛",
        "嘴唇乾裂脫皮",
        "口腔潰瘍",
        "臉上的痘痘腫起來",
        "背上長了一顆痣",
        "痣會不會變成皮膚癌",
        "被蚊子叮了很癢",
    ],
)
def test_everyday_texts_do_not_fire(text):
    assert codes(text) == []


# --------------------------------------------------------------------------------------
# selected codes, de-duplication, ordering
# --------------------------------------------------------------------------------------


def test_selected_codes_are_reported_without_text():
    assert codes("", selected=["breathing"]) == ["breathing"]
    assert codes("acne on my chin", selected=["changing_mole", "face_swelling"]) == [
        "face_swelling",
        "changing_mole",
    ]


def test_selected_and_text_combine():
    assert codes("my mole is bleeding", selected=["breathing"]) == ["breathing", "changing_mole"]


def test_unknown_selected_codes_are_ignored():
    assert codes("acne", selected=["nope", "", "BREATHING", "face swelling"]) == []
    assert codes("acne", selected=["nope", "breathing"]) == ["breathing"]


def test_selected_accepts_any_iterable_and_a_lone_code():
    assert codes("", selected=(c for c in ["bite_rash_fever"])) == ["bite_rash_fever"]
    assert codes("", selected={"mucosal_blisters"}) == ["mucosal_blisters"]
    assert codes("", selected="breathing") == ["breathing"]


def test_selected_ticks_a_many_part_rule_on_its_own():
    assert codes("acne", selected=["fever_spreading_rash"]) == ["fever_spreading_rash"]


@cases(
    [
        ("lips swelling, tongue swollen, face puffed up", ["face_swelling"]),
        ("呼吸困難，喘不過氣，吞嚥困難，I can't breathe", ["breathing"]),
        ("my mole is bleeding. my mole is bleeding. 痣流血", ["changing_mole"]),
    ]
)
def test_each_flag_is_reported_once(text, expected):
    assert codes(text) == expected


def test_each_flag_is_reported_once_when_both_written_and_ticked():
    assert codes("I can't breathe", selected=["breathing", "breathing"]) == ["breathing"]


def test_flags_come_in_rules_order():
    text = "tick bite, spreading rash, fever. My mole is bleeding. I can't breathe. Blisters in my mouth. Lips swollen."
    assert codes(text) == ALL_CODES
    assert codes("", selected=list(reversed(ALL_CODES))) == ALL_CODES


def test_result_items_are_the_rules_own_flags():
    flags = find_red_flags("my lips are swelling")
    assert flags == [RULES[0].flag]
    assert isinstance(flags[0], RedFlag)


# --------------------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\x00" * 1000,
        ".,;!?。，；！？、\n\r",
        "a" * 100_000,
        "lips " * 20_000,
        "no fever, " * 10_000,
        "(" * 100_000,
        "痣" * 100_000,
        "被" * 100_000,
        "mole " + "x" * 100_000,
        "rash is is is is " * 6_000,
        "39.5" * 25_000,
        "'" * 100_000,
        "\U0001f600" * 50_000,
    ],
    ids=lambda text: f"{text[:10]!r}x{len(text)}",
)
def test_any_input_returns_a_list(text):
    assert isinstance(find_red_flags(text), list)


def test_nul_bytes_do_not_hide_a_sign():
    assert codes("my lips\x00 are swelling") == ["face_swelling"]
    assert codes("嘴唇\x00腫") == ["face_swelling"]


def test_a_sign_in_a_long_text_is_still_found():
    text = "itchy skin. " * 8_000 + "My lips are swelling." + " dry skin." * 1_000
    assert len(text) > 100_000
    assert codes(text) == ["face_swelling"]


# --------------------------------------------------------------------------------------
# The data
# --------------------------------------------------------------------------------------


def test_rules_have_the_agreed_codes_in_order():
    assert [rule.flag.code for rule in RULES] == ALL_CODES


def test_choices_are_code_and_label_in_rules_order():
    assert [(rule.flag.code, rule.flag.label) for rule in RULES] == RED_FLAG_CHOICES


def test_every_rule_has_patterns_in_both_languages():
    for rule in RULES:
        assert rule.needs, rule.flag.code
        for sign in rule.needs:
            assert sign.en and sign.zh, rule.flag.code


def test_every_flag_has_a_label_and_one_sentence_of_advice():
    for rule in RULES:
        flag = rule.flag
        assert flag.label.strip() and flag.advice.strip()
        assert flag.advice.endswith(".") and flag.advice.count(".") == 1, flag.code


def test_red_flags_are_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        RULES[0].flag.code = "other"

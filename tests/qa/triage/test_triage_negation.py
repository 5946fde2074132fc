"""Negation, look-alike phrases that only seem negative, and signs that are over (no database)."""

from .helpers import cases, codes, tier


@cases(
    [
        ("no fever", []),
        ("I don't have any trouble breathing", []),
        ("沒有發燒", []),
        ("不會喘", []),
        ("my lips are dry, not swollen", []),
        ("my tongue isn't swollen", []),
        ("no swelling of the lips or tongue", []),
        ("there are no purple spots", []),
        ("without any blisters in the mouth", []),
        ("she doesn't seem to have a fever and the rash is fading", []),
        ("No fever, chills or rigors, just a red spreading area", ["infected_wound"]),
        ("no fever, no chills, the redness is spreading", ["infected_wound"]),
        ("fever: no. throat closing: no.", []),
        ("Any fever? No.", []),
        ("嘴唇沒有腫", []),
        ("舌頭不腫", []),
        ("沒有發燒、發冷或頭暈，只是紅腫擴散", ["infected_wound"]),
        ("有沒有發燒？沒有", []),
        ("眼睛沒有問題", []),
        ("並沒有呼吸困難", []),
        ("也沒有喘", []),
        ("不是壓不退的那種", []),
    ]
)
def test_negated_signs_do_not_count(text, expected):
    assert codes(text) == expected


@cases(
    [
        ("I have no idea why but my throat is closing", "emergency"),
        ("not sure if it matters but I can't breathe", "emergency"),
        ("no fever, but my throat is closing", "emergency"),
        ("no fever and my lips are swelling", "emergency"),
        ("I don't know why my tongue is swollen", "emergency"),
        ("the cream doesn't help and my lips are swelling", "emergency"),
        ("my mole won't stop bleeding", "urgent"),
        ("不知道為什麼舌頭腫起來", "emergency"),
        ("沒有發燒，但是喉嚨很緊", "emergency"),
        ("會不會是過敏？嘴唇腫起來了", "emergency"),
        ("沒有發燒。嘴唇腫起來", "emergency"),
    ]
)
def test_phrases_that_only_look_negative_still_alarm(text, expected):
    assert tier(text) == expected


@cases(
    [
        ("I had a fever last month that is gone, now purple spots", []),
        ("fever two years ago, now a stiff neck", []),
        ("my fever has gone down and the redness is spreading", ["infected_wound"]),
        ("I had a fever, it's gone now. The rash is spreading fast", ["infected_wound"]),
        ("上個月發燒，現在紅腫擴散", ["infected_wound"]),
        ("發燒已經退了，脖子很僵硬", []),
        ("I had shingles near my eye last year", []),
        ("去年長皮蛇在額頭", []),
    ]
)
def test_signs_that_are_over_do_not_count(text, expected):
    assert codes(text) == expected


@cases(
    [
        # a medicine started weeks or months ago still counts; one taken for years does not
        ("started allopurinol two months ago, now blisters all over", ["severe_drug_reaction"]),
        ("I've taken allopurinol for years and have blisters all over", []),
        # a fever that has not gone is still a fever
        ("the fever hasn't gone away and the redness is spreading", ["spreading_infection", "infected_wound"]),
        ("shingles on my forehead and my eye has gone blurry", ["zoster_eye"]),
    ]
)
def test_time_words_are_read_with_care(text, expected):
    assert codes(text) == expected


@cases(
    [
        ("NO FEVER", []),
        ("My Throat Is Closing", ["airway"]),
        ("ｍｙ　ｔｈｒｏａｔ　ｉｓ　ｃｌｏｓｉｎｇ", ["airway"]),  # full-width letters
        ("嘴 唇 腫 起 來", ["anaphylaxis"]),
        ("my lips\x00 are swelling", ["anaphylaxis"]),
        ("she doesn’t have a fever, but I can’t breathe", ["airway"]),  # curly apostrophes
        ("my 6-week-old has a temp of 38.2°C", ["infant_fever"]),
        ("6wk old baby, temp 38,4", ["infant_fever"]),
        ("I have excema and punched out sores", ["eczema_herpeticum"]),
        ("cant breath", ["airway"]),
        ("没有发烧", []),  # a simplified form of 沒 is read as 沒
    ]
)
def test_spelling_spacing_and_script_do_not_matter(text, expected):
    assert codes(text) == expected


@cases(
    [
        ("I don't have a fever, stiff neck or any purple spots", ""),
        ("I do not have hives, swollen lips or trouble breathing", ""),
        ("no fever, my lips are swelling", "emergency"),  # a statement after the list, not one more item
        ("what should I do if my throat closes up?", ""),
        ("if my lips swell what do I do", ""),
        ("萬一嘴唇腫起來怎麼辦？", ""),
        ("在想如果喉嚨腫起來要怎麼辦", ""),
        ("my throat is closing, what do I do if it gets worse?", "emergency"),  # the sign comes before "if"
        ("if I press the purple spots they do not fade and I have a fever, what should I do?", "emergency"),
        ("如果按壓紫斑不會退，又發燒，該怎麼辦", "emergency"),
        ("what should I do if I want to kill myself?", "crisis"),  # thoughts of self-harm always count
        ("I want to end my life because of my psoriasis", "crisis"),  # "because" is not the look-alike "cause"
    ]
)
def test_negated_lists_and_hypothetical_questions(text, expected):
    assert tier(text) == expected


@cases(
    [
        ("脸和嘴唇肿起来，呼吸困难", "emergency"),
        ("我的宝宝两个月大，发烧到38度", "emergency"),
        ("孩子发烧，身上有按压不褪色的紫红色斑点", "emergency"),
        ("我不想活了", "crisis"),
        ("没有发烧，只是手上有点痒", ""),
    ]
)
def test_simplified_chinese_is_read_as_traditional(text, expected):
    assert tier(text) == expected

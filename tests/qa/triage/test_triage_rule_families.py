"""Each family of rules fires on lay phrasings in English and Chinese, and stays quiet on its
look-alikes. The corpus (test_triage_corpus.py) measures the rules at scale; these tests pin the
behaviour of every rule one by one."""

import pytest

from qa.triage import assess
from qa.triage import rules as data

from .helpers import cases, codes


def fires(code, text, **kwargs):
    found = codes(text, **kwargs)
    assert code in found, f"{code} not in {found} for {text!r}"


FAMILIES = {
    "airway": [
        "I can't breathe properly since I took the pill",
        "my throat is closing up",
        "it's getting hard to swallow and my throat feels tight",
        "呼吸困難",
        "喉嚨好像被掐住，快吸不到氣",
    ],
    "anaphylaxis": [
        "my lips are swelling after eating peanuts",
        "hives everywhere and I feel like I'm going to pass out",
        "stung by a bee, now wheezing and my chest is tight",
        "I used my EpiPen 10 minutes ago",
        "吃完蝦子嘴唇腫起來",
        "全身蕁麻疹，頭很暈快昏倒",
    ],
    "severe_drug_reaction": [
        "started lamotrigine a month ago and now I have blisters and sores in my mouth",
        "skin peeling off in sheets after a new antibiotic",
        "my skin hurts to touch and I began allopurinol two weeks ago",
        "吃了別嘌呤醇之後，嘴巴破、眼睛紅腫，全身起水泡",
        "皮膚一片一片剝落，露出紅肉",
    ],
    "dress": [
        "four weeks after starting carbamazepine: fever, a rash everywhere and a swollen face",
        "開始吃抗癲癇藥一個月，發燒、全身起紅疹、臉腫起來",
    ],
    "meningococcal": [
        "fever and purple spots that don't fade when I press a glass on them",
        "a non-blanching rash and she seems very unwell",
        "發燒，身上有壓不退的紫斑",
        "高燒，腿上出血點，用玻璃杯壓還是看得到",
    ],
    "meningitis": [
        "fever, rash and a stiff neck",
        "a rash and he is confused and very drowsy",
        "high temperature and the light hurts my eyes",
        "發燒起疹子，脖子很僵硬",
        "孩子出疹子又叫不醒",
    ],
    "spreading_infection": [
        "a red streak spreading from the cut on my hand and I have chills",
        "the redness is spreading fast and I have a fever",
        "my infected wound is oozing pus and I've got a temperature of 38.5",
        "傷口有一條紅線往上延伸，還發冷",
        "紅腫擴散得很快，而且發燒",
    ],
    "necrotising_fasciitis": [
        "the pain is way worse than it looks",
        "the skin around the wound is turning black and the pain is excruciating",
        "blisters on the red swollen area and a high fever",
        "看起來沒什麼，但是痛到受不了",
        "傷口周圍發黑，還發燒",
    ],
    "zoster_eye": [
        "shingles on my forehead",
        "I think I have shingles and my vision is blurry",
        "shingles rash on the tip of my nose",
        "皮蛇長在眼皮上",
        "帶狀皰疹在額頭，眼睛很痛",
    ],
    "eczema_herpeticum": [
        "my eczema suddenly has punched out sores",
        "eczema with painful blisters and a fever",
        "異位性皮膚炎突然出現一個一個小凹洞",
        "濕疹的地方泡疹擴散",
    ],
    "infant_fever": [
        "my 6-week-old has a temperature of 38.2",
        "newborn with a fever",
        "2 month old baby has a fever of 38",
        "寶寶兩個月大，發燒38.5度",
        "新生兒發燒",
        "my 6-week-old feels very hot to touch",
        "新生兒摸起來很燙",
    ],
    "sick_child": [
        "my toddler has a fever and is floppy",
        "my baby has a fever and spots and is refusing his bottle",
        "寶寶發燒，整個人軟趴趴的",
        "小孩出疹，活動力很差，不喝奶",
    ],
    "erythroderma": [
        "red all over my body and I'm shivering",
        "my whole body is red and I can't get warm",
        "全身發紅，一直發冷",
    ],
    "toxic_shock": [
        "a rash like sunburn, high fever and vomiting",
        "tampon in, fever and a rash",
        "全身像曬傷一樣紅，發高燒又一直吐",
    ],
    "scalded_skin": [
        "my son's skin looks scalded and peels when touched",
        "寶寶皮膚看起來像燙傷，一摸就脫皮",
    ],
    "serious_burn": [
        "I splashed drain cleaner on my arm",
        "got bleach in my eye",
        "electric shock from a socket, burn on my finger",
        "burned my face with hot oil",
        "a large burn on my back from boiling water",
        "熱油噴到臉",
        "被電線電到",
        "大面積燙傷",
        "漂白水噴到眼睛",
    ],
    "snake_bite": [
        "bitten by a snake on my ankle while hiking",
        "a snake bit me on the hand in the garden",
        "被蛇咬到腳",
        "爬山被龜殼花咬",
    ],
    "frostbite_severe": [
        "frostbite on my toes, they are black",
        "frostbitten fingers that are white, hard and numb",
        "腳趾凍傷，現在發黑",
        "手指凍傷起水泡",
    ],
    "frostbite": [
        "mild frostbite on my fingertips after skiing",
        "手指有點凍傷",
    ],
    "heavy_bleeding": [
        "the cut on my hand won't stop bleeding",
        "blood is spurting from the wound",
        "血流不止",
        "傷口一直流血，止不住",
    ],
    "self_harm": [
        "I don't want to live like this",
        "sometimes I want to die",
        "I've thought about killing myself",
        "不想活了",
        "想死",
        "有時候會想自殺",
    ],
    "kawasaki": [
        "my toddler has had a fever for 5 days and his eyes are red",
        "my daughter has had a fever for a week, a strawberry tongue and peeling fingertips",
        "孩子發燒六天，嘴唇乾裂、眼睛紅",
    ],
    "changing_mole": [
        "my mole is bleeding",
        "the mole on my back has got bigger and darker",
        "a mole that changed shape in the last few months",
        "痣流血",
        "背上的痣變大了",
    ],
    "infected_wound": [
        "my cut is infected and oozing pus",
        "the redness around the bite is spreading",
        "傷口化膿",
        "傷口紅腫發炎",
    ],
    "non_healing_sore": [
        "a sore on my lip that won't heal for 2 months",
        "an ulcer on my leg that hasn't healed in 6 weeks",
        "鼻子上的小傷口一直沒好，三個月了",
    ],
    "non_blanching_rash": [
        "tiny red dots that don't fade when I press them",
        "腳上有小紅點，壓了不會退",
    ],
}


def test_every_rule_has_a_family_here():
    assert set(FAMILIES) == {rule.code for rule in data.RULES}


@pytest.mark.parametrize(
    ("code", "text"),
    [pytest.param(code, text, id=f"{code}: {text[:40]}") for code, rows in FAMILIES.items() for text in rows],
)
def test_each_rule_fires_on_its_phrasings(code, text):
    fires(code, text)


def test_every_rule_fires_in_both_languages():
    for code, rows in FAMILIES.items():
        chinese = [text for text in rows if any("\u4e00" <= char <= "\u9fff" for char in text)]
        assert chinese and len(chinese) < len(rows), code


@pytest.mark.parametrize("code", sorted(FAMILIES))
def test_each_rule_has_the_tier_its_data_says(code):
    rule = next(rule for rule in data.RULES if rule.code == code)
    finding = next(f for f in assess(FAMILIES[code][0]).findings if f.code == code)
    assert finding.tier == rule.tier


@cases(
    [
        # one part of a combination is not enough
        ("I have a fever", []),
        ("purple spots on my legs", []),
        ("I started a new medicine last week", []),
        ("I have shingles on my back", []),
        ("my eczema is flaring", []),
        ("a stiff neck", []),
        ("my baby is 6 weeks old", []),
        ("hives on my arms", []),
        ("the skin around the cut is a bit dark", []),
        ("a sore on my lip", []),
        ("this sore has been there 2 months", []),
        ("發燒", []),
        ("紫色的斑點", []),
        ("長皮蛇在腰上", []),
        ("寶寶一個月大", []),
    ]
)
def test_rules_with_several_parts_need_every_part(text, expected):
    assert codes(text) == expected


@cases(
    [
        # fever is only one of the body-wide signs: chills and confusion count too
        ("the redness around my bite is spreading and I have chills", "spreading_infection"),
        ("the redness around my bite is spreading and he is confused", "spreading_infection"),
        # dark spots with feeling very unwell, no fever
        ("purple blotches appearing everywhere and I feel terrible", "meningococcal"),
        # a baby is floppy with a rash, no fever mentioned
        ("baby has a rash and is floppy and limp", "sick_child"),
        # the parts of a sign may sit in different sentences
        ("I have a mole on my back. It is bigger than it was in the summer and one side is darker", "changing_mole"),
        ("a tiny cut on my arm, it looks like nothing, but the pain is excruciating", "necrotising_fasciitis"),
        ("my son pulled hot tea onto himself, his face is red and blistered", "serious_burn"),
        ("小孩被熱水燙到，整個手臂都起水泡", "serious_burn"),
        ("嘴唇下面有一個小破洞，快兩個月了都沒有好", "non_healing_sore"),
    ]
)
def test_alternative_signs_in_a_combination(text, expected):
    fires(expected, text)


@cases(
    [
        ("I have a rash and I'm very drowsy from the antihistamine", []),
        ("is this shingles? it's on my back, no eye problems", []),
        ("my neck is stiff from sleeping badly and I have a small rash", []),
        ("a mole that hasn't changed in years", []),
        ("I had a fever last month that is gone", []),
        ("my glycolic acid toner burns a bit", []),
        ("bleach baths for my daughter's eczema", []),
        ("my lips swelled after lip filler", []),
        ("sunburn on my back is peeling in big sheets", []),
        ("hand foot and mouth: blisters on hands and feet and mouth sores", []),
        ("this itch is killing me", []),
        ("I'm dying to know which cream works", []),
        ("does isotretinoin cause suicidal thoughts?", []),
        ("I cut myself shaving", []),
        ("red lines appear when I scratch my skin", []),
        ("a pimple with pus on my chin", []),
        ("ringworm patch getting bigger slowly", []),
        ("my toddler had chicken pox blisters all over, no fever now", []),
        ("癢死了", []),
        ("痘痘化膿", []),
        ("落枕脖子很僵硬，臉上長疹子", []),
        ("請問帶狀皰疹會不會長到眼睛？我長在背上", []),
        ("曬傷後大片脫皮", []),
        ("吃口服A酸會不會有自殺的副作用", []),
        ("天氣38度好熱", []),
        ("點痣後有點流血", []),
    ]
)
def test_look_alikes_do_not_fire(text, expected):
    assert codes(text) == expected


def test_advice_is_stored_in_both_languages_for_every_rule():
    for rule in data.RULES:
        assert rule.advice.strip() and rule.advice_zh.strip(), rule.code
        assert any("\u4e00" <= char <= "\u9fff" for char in rule.advice_zh), rule.code
        assert rule.condition.strip() and rule.condition_zh.strip(), rule.code

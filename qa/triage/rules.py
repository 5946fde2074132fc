"""The triage rules, as data for doctors to review: concepts, rules, notices, checkboxes.

Nothing here is program logic. A **concept** is one thing a patient may describe ("fever",
"purple spots that do not fade when pressed"), with the ways patients write it in English and
in Traditional Chinese. A **rule** names a condition, its tier, and the combinations of
concepts that point to it; each rule also carries the advice shown to the patient. The
matching is done elsewhere (``qa/triage/engine.py``) and knows no medicine.

How to read a rule::

    when=(
        all_of("purpura | non_blanching", "fever | unwell"),
        all_of("child | age 0-9", "fever", "floppy"),
    )

means: the rule fires if (purple spots OR spots that do not fade) AND (fever OR feeling very
unwell) are described, OR if a child (in the text, or the "0-9" age bracket chosen on the
form) AND fever AND floppiness are. Concepts may sit anywhere in the question.

How to read a phrasing (the same for every concept):

==============  ======================================================================
``swollen``     that word (English: a whole word; Chinese: those characters)
``lip/lips``    any one of these words
``swell*``      a word starting so: swell, swells, swelling, swelled (English only)
``(all over/whole body)``
                any one of these phrasings, each of one or more words
``[very]``      may be there or not (``[in the]`` for several words)
``~``           a short gap: up to 3 English words or 4 Chinese characters; ``~6`` up
                to 6. A gap never holds a negation, so "lips are not swollen" does not
                match ``lips ~ swollen``
``!old``        not followed by this word
``{cant}``      any phrasing of the shared word list ``cant`` (see WORDS)
``<38-43>``     a number in that range: 38, 39.5, "forty"; 三十八 in Chinese phrasings
==============  ======================================================================

A match does not count when it is negated ("no fever", "沒有發燒", "I don't have any trouble
breathing"), when a look-alike from the concept's ``unless`` list stands in the same part of
the sentence ("hay fever"), or, for signs that must be happening now (``timing=NOW``, the
default), when it is over or long past ("a fever last month that is gone", "去年發燒").
``timing=RECENT`` ignores only what was years ago; ``timing=ANY_TIME`` never ignores.
"""

from qa.triage.schema import (
    ANY_TIME,
    CRISIS,
    EMERGENCY,
    RECENT,
    URGENT,
    Checkbox,
    Concept,
    Rule,
    TierNotice,
    Words,
    all_of,
)

# --------------------------------------------------------------------------------------
# Misspellings read as the right word (right word: the misspellings, separated by spaces)
# --------------------------------------------------------------------------------------

SPELLINGS = {
    "eczema": "excema exzema eczma ekzema egzema ezcema exema eczama ecsema eczemea eczena",
    "swollen": "swolen swolled swollon swoolen swallon swolllen",
    "swelling": "sweling swellling swolling swelng",
    "swelled": "sweled",
    "fever": "fevor feaver fevar fver feever feber",
    "temperature": "temprature temperture tempreture temparature tempature",
    "blisters": "blistors blisteres blisers blistres",
    "blister": "blistor bliser",
    "breathing": "breating breathng brething",
    "allergic": "alergic allergik alergik allegic",
    "allergy": "alergy allergie",
    "anaphylaxis": "anaphalaxis anaphylaxsis anaphylaxes anafylaxis anaphalaxsis",
    "anaphylactic": "anaphalactic anaphylatic",
    "meningitis": "menigitis meningitus meningites",
    "shingles": "shingels shingle's shinges",
    "purple": "purpel purpule perple",
    "rash": "rach rashe",
    "rashes": "rashs",
    "medicine": "medecine medicin medicene",
    "medication": "medicaton medicaiton medikation",
    "antibiotic": "anitbiotic antibiotik antibotic",
    "antibiotics": "antibiotcs anitbiotics antibotics",
    "chemical": "chemcial chemichal",
    "unconscious": "unconcious",
    "conscious": "concious",
    "dizzy": "dizy dizzey",
    "throat": "throught throt thoat",
    "tongue": "tounge tonge toungue",
    "stiff": "stif",
    "neck": "nek",
    "infected": "infectd infeced",
    "oozing": "oosing",
    "mole": "mol",
    "suicide": "suiside suicid",
    "suicidal": "suisidal suicidel",
    "vomiting": "vomitting vommiting",
    "unbearable": "unbareable unberable",
    "excruciating": "excrutiating excruitiating",
    "diarrhea": "diarrhoea diarhea",
    "baby": "babby",
    "daughter": "daugther",
    "hives": "hivess",
    "couldn't": "couldnt",
    "wouldn't": "wouldnt",
}

# --------------------------------------------------------------------------------------
# Word lists shared by several concepts
# --------------------------------------------------------------------------------------

WORDS = (
    Words(
        "neg",
        en=(
            "not", "no", "never", "don't", "dont", "do not", "doesn't", "doesnt", "does not", "didn't", "didnt",
            "did not", "won't", "wont", "will not", "isn't", "isnt", "is not", "aren't", "arent", "are not",
            "wasn't", "wasnt", "was not", "weren't", "hasn't", "hasnt", "has not", "haven't", "havent", "have not",
            "can't", "cant", "cannot", "can not", "couldn't", "could not", "wouldn't", "would not",
        ),
        zh=("不", "不會", "沒", "沒有", "未", "無法", "並未", "還沒", "都沒", "都不會", "一直沒", "一直不"),
    ),
    Words(
        "cant",
        en=(
            "can't", "cant", "cannot", "can not", "couldn't", "could not", "unable to", "not able to", "struggling to",
            "struggle to", "struggled to", "struggles to", "hard to", "harder to", "difficult to", "difficulty",
            "difficulties", "trouble", "troubles", "problems", "problem", "hard time", "barely", "impossible to",
            "can hardly", "can barely", "laboured", "labored",
        ),
        zh=("無法", "不能", "沒辦法", "沒有辦法", "難以", "快要不能", "快不能"),
    ),
    Words(
        "child",
        en=(
            "baby", "babies", "bub", "infant*", "toddler*", "newborn*", "new born", "kid", "kids", "kiddo", "child",
            "children", "son", "daughter", "little one", "little boy", "little girl", "grandson", "granddaughter",
            "my boy", "my girl", "preschooler", "bubba",
        ),
        zh=(
            "寶寶", "寶貝", "嬰兒", "小嬰兒", "小孩", "小朋友", "孩子", "兒子", "女兒", "幼兒", "小寶", "孫子", "孫女",
            "新生兒", "囡囡", "小兒", "娃", "老大", "老二", "小女", "小犬", "弟弟", "妹妹", "bb",
        ),
    ),
    Words(
        "wound",
        en=(
            "wound*", "cut", "cuts", "graze*", "scrape*", "scratch", "bite", "bites", "bitten", "incision*",
            "stitches", "sutures", "surgical site", "surgery site", "operation site", "c section", "piercing*",
            "puncture*", "splinter*", "laceration*", "ingrown ~2 nail*", "ingrown toenail*", "injury", "injuries",
            "blister", "burn", "burns", "tattoo*", "sore", "sores", "ulcer*", "stab wound*", "nail*",
        ),
        zh=(
            "傷口", "割傷", "刀傷", "擦傷", "咬傷", "抓傷", "燙傷", "刺傷", "開刀", "手術", "縫線", "縫合", "破皮",
            "甲溝炎", "嵌甲", "穿耳洞", "刺青", "被咬", "叮咬", "腳趾", "指甲",
        ),
    ),
    Words(
        "drug",
        en=(
            "medicine*", "medication*", "med", "meds", "pill*", "tablet*", "drug", "drugs", "antibiotic*", "capsule*",
            "prescription*", "painkiller*", "pain killer*", "pain relief", "injection*", "shot", "jab", "vaccine*",
            "infusion", "dose", "treatment", "amoxicillin", "augmentin", "penicillin", "cephalexin", "keflex",
            "ibuprofen", "advil", "motrin", "naproxen", "aspirin", "diclofenac", "nsaid*", "contrast", "dye",
        ),
        zh=(
            "藥", "藥物", "藥丸", "抗生素", "止痛藥", "消炎藥", "感冒藥", "退燒藥", "打針", "注射", "疫苗", "顯影劑",
            "西藥", "中藥", "處方",
        ),
    ),
    Words(
        "risky_drug",
        en=(
            "allopurinol", "zyloric", "zyloprim", "carbamazepine", "tegretol", "lamotrigine", "lamictal",
            "phenytoin", "dilantin", "phenobarb*", "oxcarbazepine", "trileptal", "sulfa", "sulfonamide*",
            "sulfamethoxazole", "bactrim", "septra", "co trimoxazole", "cotrimoxazole", "trimethoprim", "nevirapine",
            "dapsone", "sulfasalazine", "abacavir", "anticonvulsant*", "anti convulsant*", "antiepileptic*",
            "anti epileptic*", "anti seizure", "seizure med*", "seizure drug*", "seizure pill*", "epilepsy med*",
            "epilepsy drug*", "epilepsy pill*", "gout med*", "gout pill*", "gout drug*", "gout tablet*",
            "uric acid med*", "uric acid pill*", "uric acid drug*", "modafinil", "minocycline", "strontium",
        ),
        zh=(
            "別嘌呤醇", "安樂普利諾", "佐樂列克", "痛風藥", "降尿酸", "尿酸藥", "卡巴氮平", "癲通", "樂命達",
            "拉莫三嗪",
            "苯妥英", "帝拉丁", "抗癲癇", "癲癇藥", "抗痙攣", "磺胺", "撲菌特", "除癲達", "抗癲藥",
        ),
    ),
    Words(
        "face_part",
        en=("face", "eye", "eyes", "eyelid*", "eye lid*", "lip", "lips", "mouth", "nose", "ear", "ears", "cheek*",
            "forehead", "neck", "scalp", "chin"),
        zh=("臉", "臉部", "臉上", "臉頰", "眼睛", "眼皮", "嘴唇", "嘴巴", "嘴", "鼻子", "耳朵", "額頭", "脖子", "頭皮"),
    ),
    Words(
        "hypothetical",
        en=(
            "how ~2 know", "how ~2 tell", "signs of", "prevent*", "in case", "what if", "risk of", "chance of",
            "avoid*", "is it normal", "what are the signs", "what should i look", "watch out for", "look out for",
            "what does/do ~4 look like",
        ),
        zh=("怎麼知道", "如何判斷", "怎麼判斷", "預防", "避免", "萬一", "風險", "要注意什麼", "哪些症狀"),
    ),
)

# --------------------------------------------------------------------------------------
# Concepts
# --------------------------------------------------------------------------------------

CONCEPTS = (
    # ---- body-wide signs ---------------------------------------------------------------
    Concept(
        code="fever",
        label="fever",
        label_zh="發燒",
        en=(
            "fever/fevers/feverish/fevered/fevery/febrile/pyrexia",
            "high temp/temps/temperature/temperatures",
            "have/has/had/got/with/running/run/spiked/spiking/developed ~1 a temp/temperature",
            "temp/temps/temperature/temperatures ~4 <38-45>", "temp/temps/temperature/temperatures ~4 <100-107>",
            "<38-43> °/°c/c/degrees/degree/deg/celsius/centigrade",
            "<100-107> °/°f/f/fahrenheit",
            "<100-107> degrees/degree/deg f/fahrenheit",
            "burning up", "thermometer/reading/readings/thermometers ~4 <38-43>",
            "spiking ~2 temp/temps/temperature/fever*",
        ),
        zh=(
            "發燒", "發高燒", "高燒", "低燒", "微燒", "燒到 <38-43>", "燒 <38-43> 度", "<38-43> 度", "體溫 ~4 <38-43>",
            "耳溫/額溫/肛溫/腋溫/量 ~4 <38-43>", "溫度計 ~4 <38-43>", "體溫 ~3 很高/偏高/好高/升高/飆高/飆到/過高",
            "燒 ~2 退不下來/不退/退不了/一直沒退/又起來", "反覆發燒", "一直燒", "還在燒", "燒起來", "退燒藥",
            "額頭/身體/全身/摸起來 ~2 燒燒/燙燙",
        ),
        unless=(
            "hay fever", "fever blister*", "cabin fever", "fever dream*", "yellow fever", "scarlet fever",
            "weather", "outside temp*", "room temp*", "water temp*", "heat wave", "heatwave", "the heat",
            "天氣", "氣溫", "外面", "室溫", "水溫", "熱浪",
        ),
    ),
    Concept(
        code="feels_hot",
        label="feels hot to the touch",
        label_zh="摸起來發燙",
        en=(
            "feel/feels/felt/feeling/is/was/seems ~2 hot/warm/burning", "hot/warm ~2 to ~2 touch", "burning hot",
            "head/forehead/body/skin ~3 (hot/warm/burning up)",
        ),
        zh=(
            "摸起來 ~2 燙/熱/很燙/燙燙", "身體 ~2 燙燙/很燙/好燙/熱熱/發燙", "額頭 ~2 燙/熱/發燙", "全身 ~2 燙/發燙",
            "發燙",
        ),
        unless=(
            "room", "weather", "bath", "shower", "sun", "outside", "flush*", "hot flash*", "cream", "burning sensation",
            "天氣", "洗澡", "太陽", "外面", "房間", "熱潮紅",
        ),
    ),
    Concept(
        code="chills",
        label="chills or shivering",
        label_zh="發冷、發抖",
        en=(
            "chill/chills/rigor/rigors/rigours/shivers/shivering/shivery/shivered/shakes",
            "shaking ~3 (uncontrollabl*/violently/badly/all over/cold/nonstop)",
            "teeth ~3 chatter*",
            "{cant} ~2 get ~2 warm",
            "freezing ~2 cold",
            "cold sweat*",
            "shiver",
        ),
        zh=("發冷", "畏寒", "寒顫", "打寒顫", "打冷顫", "冷顫", "發抖", "冷到發抖", "忽冷忽熱", "冒冷汗", "一直覺得冷"),
        unless=("chill out", "chilled water", "chill pill"),
    ),
    Concept(
        code="confused",
        label="confusion or unusual drowsiness",
        label_zh="意識不清、異常嗜睡",
        en=(
            "confused/confusion/disoriented/disorientated/delirious/delirium",
            "not making sense", "talking nonsense", "talking gibberish", "making no sense",
            "hard/difficult/impossible to wake/rouse", "{neg} ~2 wake ~2 up", "can't/cant ~2 wake ~2 him/her/them",
            "unresponsive", "not responding", "not responsive", "drowsy", "very/really/so/too/unusually sleepy",
            "lethargic", "out of it", "not ~1 himself/herself/themselves", "zoned out", "drifting in and out",
            "in and out of consciousness", "barely conscious", "semi conscious", "slurred speech", "slurring",
            "doesn't/didn't recognise/recognize",
        ),
        zh=(
            "意識不清", "意識模糊", "意識變差", "神智不清", "神志不清", "迷迷糊糊", "昏昏沉沉", "昏昏欲睡", "嗜睡",
            "叫不醒",
            "叫不太醒", "很難叫醒", "反應變慢", "反應很慢", "反應遲鈍", "反應變差", "胡言亂語", "答非所問", "語無倫次",
            "講話/說話 ~2 怪怪/奇怪/不清楚/顛三倒四", "講話不清楚",
            "說話不清楚",
            "認不得人", "不認得人", "昏睡", "精神恍惚", "呆呆的", "一直睡不醒", "怎麼叫都", "意識", "錯亂",
        ),
        unless=(
            "confused about/by/which/whether/why/what/if/how/as/with", "confusing", "antihistamine*", "benadryl",
            "zyrtec", "cetirizine", "hydroxyzine", "diphenhydramine", "phenergan", "piriton", "chlorphen*",
            "allergy pill*", "allergy med*", "allergy tablet*", "makes ~2 drowsy/sleepy", "side effect*",
            "抗組織胺", "止癢藥", "過敏藥", "副作用", "吃了會想睡", "意識到", "有意識", "意識清楚", "下意識", "潛意識",
        ),
    ),
    Concept(
        code="faint",
        label="faintness, dizziness or collapse",
        label_zh="頭暈、快昏倒",
        en=(
            "faint/fainted/fainting/faintness/syncope", "feel/feels/felt/feeling ~2 faint",
            "pass/passed/passing/passes ~1 out", "black/blacked/blacking ~1 out", "collaps*", "light headed",
            "lightheaded", "dizzy", "dizziness", "woozy", "room ~2 spinning", "keel/keeled ~1 over",
            "low blood pressure", "blood pressure ~3 low/dropp*/dropped/crash*", "bp ~3 low/dropp*",
            "going to pass out", "about to pass out", "nearly passed out",
        ),
        zh=(
            "頭暈", "頭昏", "暈眩", "昏倒", "暈倒", "快暈倒", "快昏倒", "差點昏倒", "差點暈倒", "眼前發黑", "站不穩",
            "昏厥",
            "血壓 ~3 低/掉/下降", "失去意識", "昏過去", "暈過去", "頭重腳輕", "天旋地轉",
        ),
        unless=(
            "faint rash/red/pink/mark/marks/line/lines/scar/scars/spot/spots/patch/patches/ring/rings/bruise/bruises"
            "/brown/white/purple/pinkish/reddish/redness/outline/smell/odour/odor/itch/blue/yellow",
            "faintly", "collapsed blister*", "blister* ~2 collapsed",
        ),
    ),
    Concept(
        code="vomiting",
        label="vomiting",
        label_zh="嘔吐",
        en=("vomit*", "throwing up", "threw up", "throw up", "puking", "puked", "can't keep ~3 down"),
        zh=("嘔吐", "一直吐", "吐了", "狂吐", "上吐下瀉", "吐好幾次", "吐了好幾次", "吐得", "噴吐"),
        unless=("吐奶",),
    ),
    Concept(
        code="unwell",
        label="feeling very unwell",
        label_zh="全身很不舒服",
        en=(
            "very/really/extremely/so/seriously/terribly/super/quite unwell/ill/sick/poorly",
            "feel/feels/felt/feeling ~3 (terrible/awful/horrible/dreadful/rotten/like death)",
            "feel/feels/felt/feeling like ~2 dying", "worst i've ever felt", "going downhill", "deteriorat*",
            "getting worse by the hour", "rapidly getting worse", "looks ~2 (grey/gray/pale and ill)",
        ),
        zh=(
            "很不舒服", "非常不舒服", "全身不舒服", "整個人很不舒服", "很虛弱", "全身無力", "身體很差", "快不行了",
            "病懨懨",
            "精神很差", "整個人很差", "狀況很差", "越來越虛弱", "很不對勁", "超不舒服", "好不舒服", "人很不舒服",
        ),
    ),
    # ---- rashes and spots --------------------------------------------------------------
    Concept(
        code="rash",
        label="a rash",
        label_zh="皮疹",
        en=(
            "rash/rashes/spots/spotty/dots/blotch*/blotchy/bumps/welts/hives/lesions/breakout/eruption*/petechia*",
            "red/pink/purple/dark marks/patches/pimples", "broke/breaking/broken out", "purpura",
        ),
        zh=(
            "紅疹", "疹子", "出疹", "起疹", "皮疹", "丘疹", "斑疹", "蕁麻疹", "紅點", "小紅點", "斑點", "紅斑", "紫斑",
            "起紅", "冒出", "一顆一顆", "一粒一粒", "一點一點",
        ),
    ),
    Concept(
        code="widespread_rash",
        label="a widespread or spreading rash",
        label_zh="大範圍或擴散的皮疹",
        en=(
            "rash/rashes/spots/hives/welts/redness/bumps ~4 (all over/everywhere/whole body/entire body/head to toe)",
            "rash/rashes/spots/hives/welts/redness ~4 spread*/spreading",
            "all over ~2 rash/spots/body",
            "widespread/spreading/generali*ed ~2 rash/redness/spots",
            "covered ~2 in ~2 rash/spots/hives/welts/bumps/red",
        ),
        zh=(
            "全身 ~4 疹子/紅疹/起疹/發疹/起紅/紅點/蕁麻疹/紅斑", "疹子/紅疹/紅點/紅斑 ~4 擴散/蔓延/全身/越來越多/到處",
            "整個身體 ~4 疹子/紅疹/紅點", "大範圍 ~2 疹子/紅疹",
        ),
        unless=("slowly", "over ~2 months/years", "慢慢"),
    ),
    Concept(
        code="purpura",
        label="purple or dark red spots",
        label_zh="紫色或暗紅色斑點",
        en=(
            "purple/purplish/violet/maroon/plum/blackish ~3 spot*/dot*/rash/rashes/blotch*/patch*/marks/pinprick*"
            "/specks/splotch*/bruis*/freckles/pinpoints",
            "dark/deep red/purple ~2 spot*/dot*/rash/blotch*/pinprick*/pinpoints/specks", "purple ~3 pin pricks",
            "blood red ~2 spot*/dot*", "spot*/dot*/rash ~4 like ~2 (pinpricks/pin pricks/pin pricks)", "petechia*",
            "purpura*", "purpuric",
            "(pin prick/pinprick/pinpoint) ~3 spot*/dot*/rash/marks", "blood spots", "blood dots",
            "bruise/bruises/bruising ~3 (everywhere/all over/appeared/appearing/popping up/out of nowhere)",
            "bruise/bruises/bruising ~4 without ~2 injur*/bump*/reason/knock*/hitting",
            "rash/spots ~3 like ~2 bruis*", "looks like ~2 bruis*", "bruise like ~2 rash/spots",
            "bleeding under ~2 skin",
        ),
        zh=(
            "紫斑", "紫色 ~3 斑/點/疹/塊", "紫紫 ~3 斑/點/疹/塊", "紫紅色 ~3 點/斑/疹", "暗紅色 ~3 點/斑/疹", "出血點",
            "出血斑", "瘀斑", "瘀點", "皮下出血", "像 ~2 瘀青", "莫名 ~3 瘀青", "沒撞到 ~4 瘀青",
            "針尖 ~3 紅點/點/出血",
            "一點一點 ~2 紫", "紫黑色 ~2 點/斑",
        ),
        unless=(
            "stretch mark*", "striae", "birthmark*", "birth mark*", "port wine", "tattoo*", "lipstick", "hickey",
            "love bite*", "cherry angioma*", "spider vein*", "varicose", "hair dye", "age spots",
            "妊娠紋", "肥胖紋", "生長紋", "紋身", "刺青", "胎記", "草莓", "血管瘤", "靜脈曲張", "蜘蛛網",
        ),
    ),
    Concept(
        code="non_blanching",
        label="spots that do not fade when pressed",
        label_zh="壓了不會退的斑點",
        en=(
            "non blanch*", "nonblanch*", "not blanch*", "{neg} ~2 blanch*",
            "{neg} ~2 fade*/disappear*/vanish*/go/turn/whiten*/lighten*/change* ~5 press*/pushed/push*/glass/tumbler"
            "/squeez*/pressure",
            "press*/pushed/push*/glass/tumbler ~8 {neg} ~2 fade*/disappear*/vanish*/go/turn/whiten*/lighten*/change*"
            "/blanch*",
            "still ~2 visible/see/there ~5 glass/tumbler/pressed/pressing",
            "glass/tumbler ~8 still ~2 visible/see/there",
            "glass/tumbler test ~4 positive/failed/fail",
            "failed ~2 glass/tumbler test",
        ),
        zh=(
            "壓/按/按壓/壓下去/壓了/按下去/按了 ~4 不/不會/沒/沒有 ~2 退/褪/消失/變白/變淡/不見/消",
            "壓不退", "按不退", "壓不掉", "壓了還在", "壓/按 ~4 還是/仍然/依然 ~3 在/看得到/看得見/紅/紫",
            "玻璃杯/玻璃/杯子/杯 ~8 還是/仍然/依然/還/也 ~4 看得到/看得見/在/紅/紫",
            "玻璃杯/玻璃/杯子/杯 ~8 不/不會/沒/沒有 ~2 退/褪/消失/變白/變淡/不見",
            "玻璃杯測試 ~4 陽性/沒過", "不會褪色的 ~2 斑/點/疹",
        ),
    ),
    Concept(
        code="hives",
        label="hives or welts",
        label_zh="蕁麻疹、膨疹",
        en=(
            "hive/hives/welt/welts/wheal/wheals/urticaria/urticarial", "nettle rash",
            "itchy ~2 bumps/lumps ~3 (all over/everywhere)", "itch/itchy/itching ~3 (all over/everywhere/whole body)",
            "raised ~3 itchy ~2 patches/blotches", "allergic rash",
        ),
        zh=(
            "蕁麻疹", "風疹塊", "膨疹", "一塊一塊 ~3 腫/凸起/膨", "一坨一坨", "全身 ~3 癢",
            "全身 ~3 起疹子/起紅疹/起疹",
            "膨膨的", "腫一塊一塊", "過敏疹",
        ),
    ),
    # ---- allergy and airway ------------------------------------------------------------
    Concept(
        code="airway",
        label="trouble breathing or swallowing, or a closing throat",
        label_zh="呼吸或吞嚥困難、喉嚨緊",
        en=(
            "{cant} ~2 (breathe/breathing/breath/swallow/swallowing/get air/get enough air)",
            "{cant} ~2 catch ~2 breath",
            "short/shortness of breath", "breathless*", "out of breath", "gasping ~2 air/breath",
            "breathing ~3 hard/difficult/laboured/labored/fast/noisy/weird/strange/shallow/heavy/funny",
            "struggling ~2 breathe/breath*", "air hunger", "suffocat*", "feel/feels/felt/feeling like ~3 chok*",
            "throat ~4 closing/close/closed/tight/tighten*/swell*/swollen/narrow*/constrict*/blocked/shutting/shut",
            "throat ~3 feels ~2 small/thick", "tight/tightness/tightening ~3 throat", "closing ~2 throat", "stridor",
            "airway*", "can't talk", "voice ~3 gone/muffled/changed ~2 suddenly",
        ),
        zh=(
            "呼吸 ~5 困難/急促/不順/不過來/很喘/費力/吃力/怪怪/很急/很淺", "喘不過 ~1 氣/來", "透不過氣",
            "吸不到 ~1 空氣/氣",
            "上氣不接下氣", "{cant} ~2 呼吸/吞嚥/吞東西/吞口水/講話/說話",
            "吞嚥/吞口水/吞東西/呼吸/講話 ~3 困難/很難/有困難/吃力", "吞不下", "很喘", "好喘",
            "一直喘", "超喘", "非常喘", "喘得很厲害", "喘到",
            "喉嚨 ~3 緊/卡住/被掐住/被勒住/封住/堵住/腫起來/腫腫/快關起來/變窄/縮起來",
            "窒息", "呼吸聲 ~3 怪/咻咻/很大聲",
        ),
        unless=(
            "nose", "nostril*", "nasal", "stuffy", "congest*", "blocked nose", "exercise", "running", "stairs",
            "workout", "jogging", "swallow ~2 pill*/tablet*/capsule*", "pill/pills/tablet/tablets/capsule ~3 swallow*",
            "鼻塞", "鼻子", "爬樓梯", "運動", "跑步", "藥丸", "膠囊",
        ),
    ),
    Concept(
        code="wheeze",
        label="wheeze or chest tightness",
        label_zh="喘鳴、胸悶",
        en=(
            "wheez*", "whistl* ~3 breath*/chest/breathe", "chest ~3 tight*/heavy", "tight/tightness ~3 chest",
            "a bit breathless", "slightly breathless", "coughing ~3 can't stop", "asthma attack", "asthma ~3 flar*",
            "asthma ~3 kick* in",
        ),
        zh=(
            "喘鳴", "咻咻", "哮喘聲", "胸悶", "胸口 ~2 緊/悶", "有點喘", "會喘", "喘喘", "喘起來", "開始喘", "變喘",
            "氣喘 ~3 發作",
        ),
    ),
    Concept(
        code="lip_tongue_swelling",
        label="swelling of the lips or tongue",
        label_zh="嘴唇或舌頭腫",
        en=(
            "lip/lips/tongue ~3 (swell*/swollen/puff*/balloon*/blown up/blew up/double*/tripled/huge/massive/enormous)",
            "(swollen/swelling/puffy/puffed up/ballooning) ~3 lip/lips/tongue",
            "tongue ~3 (thick/huge/too big/enormous)",
            "angioedema", "angio edema", "angiooedema", "angio oedema", "quincke*",
        ),
        zh=(
            "嘴唇/唇/舌頭/舌/嘴巴 ~3 腫 !痛", "香腸嘴", "嘴唇 ~3 變厚/好厚/腫腫/腫起", "舌頭 ~3 變大/變厚/腫大/好大",
            "血管性水腫", "血管水腫",
        ),
        unless=(
            "sometimes", "whenever", "every time", "spicy", "filler*", "lip ~2 injection*", "botox", "cold sore*",
            "fever blister*", "herpes", "bit ~3 lip/lips/tongue",
            "bite my lip", "hit", "punch*", "fell", "dental", "dentist", "numb*", "anaesthe*", "anesthe*",
            "piercing*", "玻尿酸", "咬到", "撞到", "唇泡疹", "泡疹", "牙醫", "麻藥", "穿洞", "打針 ~3 嘴唇", "微整",
        ),
    ),
    Concept(
        code="face_swelling",
        label="swelling of the face or eyes",
        label_zh="臉或眼睛腫",
        en=(
            "(face/eye/eyes/eyelid/eyelids/eye lids/cheek/cheeks) ~3 (swell*/swollen/puff*/balloon*/blown up/blew up)",
            "(swollen/swelling/puffy/puffed up) ~3 face/eye/eyes/eyelids/cheeks", "eyes ~3 swollen shut",
            "{cant} ~2 open ~2 eyes", "face ~3 like ~2 balloon",
        ),
        zh=(
            "臉/眼睛/眼皮/眼瞼/臉頰/整張臉/臉部/眼周 ~3 腫 !痛", "豬頭", "腫到 ~3 睜不開", "眼睛 ~3 睜不開",
            "臉 ~3 腫 ~3 變形",
        ),
        unless=(
            "morning", "crying", "cried", "lack of sleep", "tired", "salt*", "pimple*", "zit*", "stye*", "acne",
            "tooth*", "dental", "wisdom", "filler*", "botox", "surgery", "bruise*", "hay fever", "contact lens*",
            "痘痘", "針眼", "麥粒腫", "哭", "熬夜", "早上起床", "起床", "牙", "蛀牙", "玻尿酸", "肉毒", "花粉",
            "隱形眼鏡",
        ),
    ),
    Concept(
        code="trigger",
        label="after a food, a sting or a medicine",
        label_zh="吃了某種食物、被螫或用藥後",
        en=(
            "peanut*", "tree nut*", "cashew*", "shellfish", "shrimp*", "prawn*", "seafood", "crab", "lobster", "sesame",
            "ate/eaten/eating ~4 nut/nuts/fish/egg/eggs/kiwi/mango*/strawberr*/wheat/soy/milk",
            "(bee/wasp/hornet/yellow jacket/yellowjacket/jellyfish/fire ant*) ~3 sting*/stung",
            "stung", "got stung", "sting", "stings", "insect sting*",
            "after/since ~4 {drug}", "took/taken/taking/started/given/had/got ~4 {drug}", "new ~2 {drug}",
            "{risky_drug}",
            "allergic reaction ~3 to ~3 food/{drug}",
        ),
        zh=(
            "蝦", "蝦子", "海鮮", "花生", "堅果", "螃蟹", "貝類", "芒果", "奇異果", "芝麻", "龍蝦", "蟹",
            "蜜蜂/虎頭蜂/黃蜂/胡蜂/蜂/水母/火蟻 ~3 螫/叮/咬", "被螫", "被蜂", "{drug} ~3 後/之後/以後/完",
            "吃了/吃完/吃到/打了/打完/服用 ~4 {drug}", "打針 ~2 後/之後/完", "打完針", "{risky_drug}",
        ),
    ),
    Concept(
        code="epi_used",
        label="adrenaline (EpiPen) given",
        label_zh="已使用腎上腺素筆",
        en=(
            "used/gave/give/given/injected/jabbed/did/use/using ~3 (epipen*/epi pen*/epi/adrenaline/epinephrine/auvi "
            "q)",
            "(epipen*/epi pen*/adrenaline pen) ~3 used/given/injected",
        ),
        zh=("打了 ~3 腎上腺素", "腎上腺素 ~4 打了/注射了/用了", "用了 ~3 腎上腺素筆"),
    ),
    Concept(
        code="anaphylaxis_named",
        label="anaphylaxis, in the patient's words",
        label_zh="自述過敏性休克",
        en=(
            "having ~3 anaphyla*", "going into ~2 anaphyla*", "anaphylactic shock", "think ~4 anaphyla*",
            "anaphylaxis ~2 right now", "in anaphylaxis",
        ),
        zh=("過敏性休克", "全身性過敏反應", "嚴重過敏反應"),
        unless=(
            "{hypothetical}", "history", "allergist", "tested", "test", "action plan", "carry", "prescribed",
            "ever had", "before", "once", "以前", "曾經", "預防", "風險", "病史",
        ),
    ),
    # ---- severe drug reactions ---------------------------------------------------------
    Concept(
        code="new_drug",
        label="a medicine started recently",
        label_zh="最近開始的新藥",
        en=(
            "{risky_drug}",
            "new ~3 {drug}", "start/started/starting/began/begun/beginning ~4 {drug}/taking/on",
            "put ~2 on ~3 {drug}/{risky_drug}", "prescribed", "after/since taking", "after/since ~2 {drug}",
            "course of ~2 {drug}", "finished ~3 {drug}", "switched ~3 {drug}", "changed ~3 {drug}",
            "doctor ~3 gave ~3 {drug}", "taking ~3 {drug} ~3 for ~2 <1-8> weeks/week/days",
        ),
        zh=(
            "{risky_drug}", "新 ~2 藥", "開始 ~3 吃 ~4 藥", "開始服用", "開始吃", "最近 ~3 吃 ~4 藥",
            "吃 ~6 藥 ~3 後/之後/以後/完/幾天/兩週/兩周",
            "醫生 ~3 開 ~3 藥", "換了 ~2 藥/新藥", "服用 ~4 後/之後", "吃了 ~4 藥", "打針 ~2 後/之後", "抗生素",
        ),
        unless=("for ~3 years", "for years", "many years", "多年", "好幾年", "很多年", "長期", "吃了很久"),
        timing=RECENT,
    ),
    Concept(
        code="widespread_blisters",
        label="many or large blisters",
        label_zh="大片或大量水泡",
        en=(
            "blister* ~4 (all over/everywhere/whole body/spreading/spread*/big/large/huge/covering/more and more)",
            "(big/large/huge/many/lots of/widespread/multiple/giant/massive) ~2 blister*", "blistering ~2 rash",
            "rash ~4 blister*", "blister* ~3 rash", "bullae", "bullous", "blistering ~3 skin", "skin ~4 blister*",
        ),
        zh=(
            "全身 ~4 水泡/起泡", "水泡 ~4 一直長/越來越多/擴散/到處/全身/大片/很多/變大", "大片 ~2 水泡",
            "很多 ~2 水泡",
            "大水泡", "大泡", "疹子 ~4 水泡", "紅疹 ~4 水泡", "水泡 ~3 疹子",
        ),
        unless=(
            "hand foot", "hand foot and mouth", "hfmd", "chicken pox", "chickenpox", "friction", "new shoes", "shoes",
            "poison ivy", "poison oak", "手足口", "腸病毒", "水痘", "鞋子", "磨",
        ),
    ),
    Concept(
        code="peeling_sheets",
        label="skin peeling off in sheets",
        label_zh="皮膚大片剝落",
        en=(
            "peel*/shed*/com*/coming/came/fall*/fell ~3 off ~2 in ~2 (sheets/layers/strips/chunks/big pieces/large "
            "pieces)",
            "peel*/shed* ~2 in ~2 (sheets/layers/strips/chunks/big pieces/large pieces)",
            "skin ~3 coming/came/falling/fell/sliding/slid/sloughing/lifting/shedding/peeling ~2 off/away",
            "skin ~3 slough*", "slough*", "sheets of skin", "skin ~3 wipes/rubs/comes/came/slides off ~3 touch*/rub*",
            "raw ~3 skin ~2 underneath", "detach*", "nikolsky", "skin ~4 like ~2 wet tissue paper",
        ),
        zh=(
            "大片 ~3 脫皮/脫落/剝落", "整片 ~3 脫皮/脫落/剝落", "一片一片 ~2 脫落/剝落/掉", "一摸 ~4 脫皮/掉/剝落/破",
            "輕輕 ~3 碰/摸/擦 ~3 脫皮/掉/剝落/破", "皮膚 ~4 剝落/脫落 ~3 露出/紅肉/滲水", "表皮 ~3 脫落/剝落/掀起/分離",
            "一碰就破", "一擦就掉", "皮膚 ~3 掉下來",
        ),
        unless=(
            "sunburn*", "sun burn*", "chemical peel", "peel mask", "peeling solution", "tca", "retin*", "tretinoin",
            "feet", "foot", "heel*", "soles", "palms", "fingertip*", "finger tips", "toes", "lip", "lips", "scalp",
            "dandruff", "dead skin", "callus*",
            "曬傷", "換膚", "果酸", "a酸", "腳底", "腳皮", "手指", "手掌", "腳掌", "香港腳", "腳跟", "嘴唇", "頭皮",
            "角質",
        ),
    ),
    Concept(
        code="mucosal_sores",
        label="sores or blisters in the mouth, eyes or genitals",
        label_zh="口腔、眼睛或生殖器破皮、潰瘍、水泡",
        en=(
            "mouth/lip/lips/gums/tongue/cheek/cheeks/eyes/eye/genitals/genital/penis/vagina*/vulva/private*/groin ~4 "
            "sore/sores/ulcer*"
            "/blister*/raw/crust*/bleed*/peeling",
            "sore/sores/ulcer*/blister*/raw/erosion* ~4 in/inside/on/around ~3 mouth/lips/cheek/cheeks/eyes/genitals/"
            "penis"
            "/vagina*/vulva/private*/gums/tongue/throat",
            "red ~2 eyes ~4 pain*/sore/burn*/gritty/crust*/sting*", "painful/sore/burning/stinging ~2 red ~1 eyes",
            "bloodshot", "eyes ~4 red and ~2 sting*/burn*/sore/pain*",
            "eyes ~4 (red and sore/sore and red/crusted/stuck shut/glued shut/burning)", "mouth ulcers",
            "can't/cant ~2 eat ~3 mouth", "pee*/urinat* ~3 burn*/hurt*",
        ),
        zh=(
            "嘴巴/口腔/嘴唇/嘴裡/嘴內/舌頭/牙齦/眼睛/眼皮/私密處/下體/生殖器/陰部/龜頭/陰道 ~4 破/潰瘍/破洞/破皮/爛/"
            "潰爛/糜爛/水泡"
            "/起泡/結痂/流血",
            "嘴破", "口破", "眼睛 ~2 紅腫", "眼睛 ~4 紅腫/好紅/很紅 ~4 痛/睜不開/分泌物", "吃東西 ~3 痛", "尿尿 ~3 痛",
        ),
        unless=("cold sore*", "canker*", "hand foot", "手足口", "腸病毒", "唇泡疹"),
    ),
    Concept(
        code="skin_pain",
        label="painful skin",
        label_zh="皮膚痛",
        en=(
            "skin ~4 hurts/hurt/painful/burning/burns/sore/tender/agony", "skin pain", "painful skin",
            "hurts ~2 to touch", "{cant} ~3 bear ~3 touch*/clothes/sheets", "even ~2 clothes ~3 hurt*",
            "pain ~3 touch*",
        ),
        zh=(
            "皮膚 ~4 痛/刺痛/灼熱/灼痛/燒燙", "碰 ~2 就痛", "一碰就痛", "摸 ~2 就痛", "衣服 ~3 碰到 ~3 痛",
            "痛到不能碰",
        ),
    ),
    Concept(
        code="sjs_named",
        label="SJS or TEN, in the patient's words",
        label_zh="自述史蒂文生氏-強生症候群",
        en=(
            "stevens johnson", "steven johnson", "stevens johnsons", "sjs", "toxic epidermal necrolysis",
            "dress syndrome", "drug rash with eosinophilia", "drug reaction with eosinophilia",
        ),
        zh=(
            "史蒂文生", "史帝文生", "史蒂芬強生", "史蒂文斯", "史蒂文強生", "毒性表皮溶解", "表皮溶解",
            "藥物疹 ~3 嚴重", "嚴重藥物過敏",
        ),
        unless=(
            "{hypothetical}", "can cause", "could cause", "cause*", "read", "heard", "warned", "side effect*",
            "leaflet", "insert", "info*", "會引起", "副作用", "說明書", "聽說", "會不會",
        ),
    ),
    # ---- meningitis --------------------------------------------------------------------
    Concept(
        code="stiff_neck",
        label="a stiff neck",
        label_zh="脖子僵硬",
        en=(
            "stiff/stiffness/rigid ~2 neck", "neck ~3 stiff*/rigid*/locked", "neck ~3 hurts ~3 (bend*/move*/look down)",
            "{cant} ~3 bend ~2 neck/head", "{cant} ~3 touch/put/get ~3 chin ~3 chest", "chin ~3 to ~2 chest ~3 hurts",
            "nuchal rigidity", "{cant} ~2 move ~2 neck", "{cant} ~2 look down",
        ),
        zh=(
            "脖子/頸部/頸子/後頸 ~3 僵硬/很硬/硬硬/好硬/轉不動/不能彎/彎不下去/不能動/動不了/硬梆梆", "頸僵",
            "頸部僵直",
            "頭 ~2 低不下去/不能往前彎/彎不下去", "不能/無法/沒辦法 ~1 低頭/轉頭", "低頭 ~2 會痛/就痛/很痛/困難",
            "下巴 ~3 碰不到 ~2 胸",
        ),
        unless=(
            "slept/sleeping ~3 wrong/funny/awkward*/badly", "from/after ~2 sleeping/sleep/slept", "pillow", "whiplash",
            "gym", "workout", "desk",
            "computer", "phone", "massage", "落枕", "睡姿", "枕頭", "健身", "電腦", "低頭族", "一直低頭",
            "低頭 ~2 工作/滑", "手機",
            "按摩",
        ),
    ),
    Concept(
        code="photophobia",
        label="light hurting the eyes",
        label_zh="怕光",
        en=(
            "light/lights ~3 hurt*/hurting/painful ~2 eye/eyes", "eyes ~3 sensitive to light", "sensitive to ~2 light",
            "light sensitiv*", "{cant} ~2 stand ~2 light/lights/brightness", "photophobi*",
            "bright ~2 light/lights ~3 hurt*/painful", "hurt* ~3 look at ~2 light/lights",
            "keeps ~2 eyes ~2 closed ~3 light",
        ),
        zh=("怕光", "畏光", "光線 ~3 刺眼/眼睛痛/受不了", "見光 ~2 痛", "燈 ~3 刺眼 ~2 痛", "不敢張開眼睛"),
        unless=("skin", "photosensitiv*", "sunburn*", "retin*", "皮膚", "光敏感", "a酸", "曬"),
    ),
    # ---- infection ---------------------------------------------------------------------
    Concept(
        code="red_streak",
        label="a red streak spreading from a wound",
        label_zh="傷口延伸出紅線",
        en=(
            "red streak*", "red line*", "red stripe*", "red track*", "red trail*",
            "streak*/line/lines ~4 going/goes/running/runs/moving/moves/spreading/spreads/travel*/creep*/heading/"
            "climbing"
            " ~2 up/along/toward*/towards",
            "lymphangitis", "streaking",
        ),
        zh=(
            "紅線", "一條紅 ~2 線/痕/紋", "紅色的線", "一條 ~4 往上 ~3 延伸/跑/爬", "淋巴管炎", "紅紅的一條",
            "一條紅紅的",
        ),
        unless=(
            "rosacea", "capillar*", "spider vein*", "broken vein*", "when ~2 scratch*", "after ~2 scratch*",
            "dermatograph*", "stretch mark*", "酒糟", "微血管", "劃痕", "抓完", "一抓", "抓的", "抓了", "妊娠紋",
        ),
    ),
    Concept(
        code="spreading_redness",
        label="redness spreading fast",
        label_zh="紅腫快速擴散",
        en=(
            "(gone/went/spread/spreading/moved/moving/crept/creeping) ~2 past/beyond/outside ~3 line/lines/mark/"
            "marks/pen/circle",
            "red/redness everywhere",
            "redness/red/swelling/swollen/infection ~4 goes/going/went/gone/moved/moving/crept/creeping/running/"
            "reaching"
            "/reaches/reached/extends/extended/extending ~3 up/halfway/along/towards/toward",
            "doubled/tripled/twice ~3 (size/as big/as large/as wide)",
            "area/redness/swelling/red/patch ~6 doubled/tripled",
            "redness/red/reddened/swelling/swollen/cellulitis/infection ~6 spread*/expand*/grow*/grew/extend*/creep*/"
            "moving"
            "/travel*/bigger/larger/wider",
            "red/reddened ~2 area/patch/skin/part/bit/region ~4 spread*/expand*/grow*/grew/extend*/creep*/bigger/"
            "larger/wider",
            "spreading/expanding/growing ~2 (redness/red area/red patch/swelling/cellulitis/infection)",
            "rash ~4 spread*/spreading ~3 (fast/quickly/rapidly/by the hour/every hour/before my eyes)",
            "redness/red/swelling/swollen/infection ~10 spread*/spreading/growing/expanding ~2 (fast/quickly/rapidly/"
            "by the hour/every hour/before my eyes)",
            "redness/red ~6 past/beyond/outside ~3 line/lines/mark/marks/circle/outline",
            "drew/drawn/marked/traced ~5 line/lines/circle/outline/around",
        ),
        zh=(
            "紅 ~3 的地方/範圍/區域 ~6 擴散/擴大/蔓延/變大/越來越大/往外/延伸",
            "紅腫 ~6 擴散/擴大/蔓延/變大/越來越大/延伸/往外/往上",
            "紅 ~3 一直 ~2 擴散/擴大/蔓延/變大", "紅腫範圍 ~4 大/變大/擴大", "蜂窩性組織炎 ~4 擴散/擴大",
            "發炎 ~4 擴散/蔓延", "紅疹/疹子 ~4 擴散/蔓延 ~3 很快/快速/迅速/好快/超快", "畫的線/畫線/筆畫 ~8 超過/跑出",
            "越來越紅 ~4 越來越大", "越來越大 ~4 越來越紅", "腫 ~3 越來越大",
            "範圍 ~3 變大/擴大/越來越大/一直擴大/一直變大/往外",
        ),
        unless=(
            "slowly", "over ~2 months/years", "for ~2 months/years", "ringworm", "tinea", "fungal", "fungus",
            "psoriasis", "pityriasis", "rosacea", "blush*", "flush*", "vitiligo", "birthmark", "mole",
            "癬", "黴菌", "乾癬", "香港腳", "錢癬", "玫瑰斑", "酒糟", "慢慢", "白斑", "痣", "胎記",
        ),
    ),
    Concept(
        code="infection_local",
        label="an infected wound or cellulitis",
        label_zh="傷口感染、蜂窩性組織炎",
        en=(
            "{wound} ~5 infected/pus/puss/pussy/oozing/festering/smells/smelly/stinks/throbbing/hot/warm",
            "{wound} ~5 (red and hot/hot and red/red hot/swollen and red/red and swollen/redder/more swollen)",
            "infected ~2 {wound}", "pus ~4 coming/out/from/oozing/draining", "oozing ~2 pus/yellow",
            "cellulitis", "abscess*", "infection ~3 in/around ~3 {wound}", "{wound} ~4 infection",
        ),
        zh=(
            "{wound} ~6 化膿/流膿/有膿/膿/紅腫/發炎/感染/發紅/腫痛/發熱/熱熱/惡臭/臭臭/越來越紅/越來越腫/很紅/流湯",
            "蜂窩性組織炎", "蜂窩組織炎", "膿瘍", "化膿", "流膿", "傷口 ~4 黃色 ~2 液體/分泌物",
        ),
        unless=(
            "{hypothetical}", "acne", "pimple*", "zit*", "whitehead*", "blackhead*", "cyst acne", "healing well",
            "healing fine", "not infected",
            "痘痘", "粉刺", "青春痘", "毛囊炎", "會不會 ~3 感染", "癒合良好", "沒有感染",
        ),
    ),
    Concept(
        code="severe_pain",
        label="severe pain",
        label_zh="劇烈疼痛",
        en=(
            "excruciating", "pain/hurts/hurting ~3 unbearabl*", "unbearable ~2 pain", "worst pain", "agony",
            "agonising", "agonizing", "screaming ~3 pain",
            "{cant} ~2 bear ~3 pain", "pain ~4 10 out of 10", "severe pain", "pain ~3 severe", "intense pain",
            "pain ~3 intense", "crying ~3 pain", "pain ~3 killing", "pain ~4 through the roof",
        ),
        zh=(
            "痛到受不了", "痛得受不了", "痛到不行", "痛得不得了", "劇痛", "劇烈疼痛", "劇烈的痛", "痛到哭",
            "痛到睡不著",
            "痛死了", "超級痛", "非常痛", "痛到 ~2 無法/沒辦法/不能", "痛到快昏倒", "痛得要命", "痛到爆", "痛到快死掉",
        ),
    ),
    Concept(
        code="pain_out_of_proportion",
        label="pain far worse than the skin looks",
        label_zh="疼痛程度遠超過外觀",
        en=(
            "pain/hurts/hurting ~6 worse/more than ~3 (looks/appears/skin/it should)",
            "pain ~4 out of proportion", "out of proportion ~4 pain",
            "looks/look/looked ~3 (fine/normal/mild/small/tiny/minor/like nothing/okay/ok) ~8 pain/hurts/agony/"
            "excruciating"
            "/unbearable/screaming",
            "{neg} ~2 look/looks ~2 bad/much/serious ~8 pain/hurts/agony/excruciating/unbearable",
            "pain ~4 {neg} match*", "way more painful than", "far more painful than", "much more painful than",
        ),
        zh=(
            "看起來 ~2 沒什麼/不嚴重/不太嚴重/還好/小小的/很小/不大/普通 ~8 痛/疼",
            "外觀 ~4 不嚴重/沒什麼/還好 ~6 痛/疼",
            "痛 ~4 不成比例", "比 ~2 看起來 ~4 痛/嚴重", "痛的程度 ~4 不符合/遠超過/超過", "表面 ~4 沒什麼 ~6 痛",
        ),
    ),
    Concept(
        code="looks_minor",
        label="a wound or skin that looks minor",
        label_zh="傷口或外觀看起來不嚴重",
        en=(
            "looks/look/looked/looking ~3 (fine/ok/okay/normal/small/minor/tiny/harmless/like nothing/not bad/not "
            "that bad)",
            "{neg} ~2 look/looks ~2 bad/much/serious/infected",
            "tiny/small/little/minor ~2 cut/scratch/wound/graze/nick/bite"
            "/scrape/puncture",
        ),
        zh=(
            "看起來 ~2 還好/沒什麼/不嚴重/不太嚴重/小小的/很小/正常/普通", "外觀 ~3 還好/沒什麼/不嚴重/正常/普通",
            "小傷口", "一點點 ~2 傷口", "小小的 ~2 傷口",
        ),
        timing=ANY_TIME,
    ),
    Concept(
        code="dusky",
        label="skin turning dusky, purple or black",
        label_zh="皮膚變暗紫或發黑",
        en=(
            "skin/area/wound/cut/swelling/redness/middle/center/centre/edges/bite/toe/toes/finger/fingers/part/parts/"
            "it/they/foot"
            "/feet/leg/heel/hand/arm/tip ~4 turn*/"
            "going"
            "/gone/became/becoming/getting/looks/look/is/are/was/were ~2 black/purple/dusky/grey/gray/dark/blue"
            "/blackish/purplish/bluish",
            "dusky", "necro*", "gangren*", "black ~2 patch*/area/skin ~4 around/near/on/in ~3 {wound}/swelling/red*",
        ),
        zh=(
            "皮膚/傷口/紅腫/腫的地方/周圍/中間/那一塊/患部/腳趾/手指 ~4 變黑/發黑/黑掉/變紫/發紫/紫黑/暗紫/黑紫/變暗/"
            "灰黑/變灰",
            "壞死", "組織壞死",
        ),
        unless=(
            "mole*", "scab*", "bruis*", "tattoo*", "freckle*", "dark spots", "hyperpigment*", "melasma", "dark circles",
            "dark marks", "acne marks", "post inflammatory", "scar*", "blackhead*", "black head*", "dead skin cells",
            "tan", "tanned", "tanning", "sun", "nail polish", "pigment*", "age spots",
            "痣", "結痂", "痂", "瘀青", "黑色素", "色素", "斑", "痘疤", "疤", "刺青", "黑頭", "暗沉", "曬", "太陽",
        ),
    ),
    Concept(
        code="blisters_on_red",
        label="blisters on a red, swollen area",
        label_zh="紅腫處起水泡",
        en=(
            "blister* ~4 on/over/in/within ~3 red*/swollen/swelling/infected/infection",
            "red/swollen/infected ~2 area/skin/leg/arm ~4 blister*",
            "(bloody/blood filled/dark/purple/black) ~2 blister*",
        ),
        zh=("紅腫 ~6 水泡/起泡", "血泡", "黑色 ~2 水泡", "紫色 ~2 水泡"),
        unless=("blood blister ~4 pinch*/shoe*/finger", "夾到"),
    ),
    Concept(
        code="crepitus",
        label="crackling under the skin",
        label_zh="皮下有捻髮音",
        en=(
            "crackl*/crunch*/popping/crepitus ~4 under ~2 skin", "crepitus", "feels ~3 like bubble wrap",
            "bubbles ~3 under ~2 skin", "crunchy ~3 skin",
        ),
        zh=("按起來 ~3 啪啪/沙沙/氣泡/噗噗", "皮膚下 ~3 氣泡/啪啪", "捻髮音", "皮下氣腫"),
    ),
    # ---- shingles and herpes -----------------------------------------------------------
    Concept(
        code="shingles",
        label="shingles",
        label_zh="帶狀泡疹",
        en=("shingles", "shingle", "zoster", "herpes zoster", "zona"),
        zh=("皮蛇", "帶狀泡疹", "帶狀皰疹", "飛蛇", "蛇纏腰", "生蛇", "纏腰龍", "纏腰火丹"),
        unless=(
            "vaccine*", "vaccinat*", "shingrix", "zostavax", "jab", "疫苗", "can/could/does/do/will/would ~3 shingles",
        ),
    ),
    Concept(
        code="eye_zone",
        label="on the forehead, eyelid or nose, or eye symptoms",
        label_zh="在額頭、眼皮、鼻子，或有眼睛症狀",
        en=(
            "forehead", "eyelid*", "eye lid*", "eye", "eyes", "eyebrow*", "brow", "tip of ~2 nose", "nose tip",
            "end of ~2 nose", "side of ~2 nose", "nose", "blurr*", "vision", "can't see", "eyeball*",
            "hutchinson*",
        ),
        zh=(
            "額頭", "眼皮", "眼瞼", "眼睛", "眼周", "眼角", "眼眶", "眉毛", "鼻尖", "鼻頭", "鼻子", "鼻翼", "視力",
            "看不清楚",
            "視線模糊", "看東西模糊", "眼球", "眼",
        ),
        unless=(
            "eye cream", "eye drops for", "eyeliner", "mascara", "{hypothetical}",
            "could/can/will/would/does ~2 it ~2 spread",
            "眼霜", "眼線", "會不會", "可不可能", "會長到", "是否會", "可能會",
        ),
    ),
    Concept(
        code="eczema",
        label="eczema",
        label_zh="濕疹、異位性皮膚炎",
        en=("eczema", "atopic ~2 dermatitis/skin/eczema", "atopic", "atopy", "dermatitis"),
        zh=("異位性皮膚炎", "異位性", "異膚", "濕疹", "異位"),
        timing=ANY_TIME,
    ),
    Concept(
        code="herpetic_sores",
        label="punched-out sores or spreading cold sores",
        label_zh="一個個凹洞狀潰瘍或泡疹擴散",
        en=(
            "punched out", "punched", "little/tiny/small ~2 holes/craters/pits/pock*", "look*/like ~3 holes/craters",
            "crater*", "clusters ~2 of ~2 blister*/sores", "cold sore* ~4 (spread*/spreading/all over/everywhere)",
            "herpes ~4 (spread*/spreading/all over/everywhere)", "eczema herpeticum", "herpeticum", "kaposi*",
            "blister*/sores ~4 spread* ~3 fast/quickly/rapidly", "monomorphic", "same size ~3 sores/blisters",
        ),
        zh=(
            "一個一個 ~2 小洞/凹洞/洞", "小洞", "凹洞", "火山口", "被打洞", "泡疹 ~4 擴散/蔓延/整片/一大片",
            "泡疹性濕疹",
            "卡波西", "水泡 ~4 破掉 ~4 洞", "一顆一顆 ~3 水泡 ~4 擴散/蔓延/越來越多", "一個個 ~2 凹洞/小洞",
        ),
        unless=(
            "acne scar*", "ice pick", "pores", "pore", "{hypothetical}", "contagious", "what is", "痘疤", "毛孔",
            "痘洞",
            "傳染",
        ),
    ),
    Concept(
        code="painful_sores",
        label="painful sores or blisters",
        label_zh="疼痛的潰瘍或水泡",
        en=(
            "painful/sore/burning/stinging ~3 blister*/sores/ulcers/spots/bumps/scabs/crusts/lesions",
            "blister*/sores/spots/lesions ~4 hurt*/painful/sting*/burn*/agony", "weeping ~2 sores",
            "sores/blisters ~4 appeared ~2 suddenly/overnight", "sudden* ~3 sores/blisters",
        ),
        zh=("水泡 ~4 痛", "痛 ~2 的 ~2 水泡/傷口/瘡", "破皮 ~4 痛", "一顆一顆 ~4 痛", "突然 ~4 水泡/破皮/潰爛"),
    ),
    # ---- babies and children -----------------------------------------------------------
    Concept(
        code="infant_young",
        label="a baby under 3 months",
        label_zh="未滿三個月的嬰兒",
        en=(
            "newborn*", "new born", "neonat*", "<1-13> week/weeks/wk/wks/weeks' ~1 old",
            "<1-12> week/weeks/wk/wks baby/infant/son/daughter/boy/girl/newborn",
            "<1-100> day/days ~1 old", "<1-2> month/months/mo/mos/mth/mths old/baby/infant",
            "<1-2> and a half month/months old", "one/a month old", "a week old",
            "(a few/a couple/couple) ~1 weeks old",
            "few weeks old", "(under/less than/younger than/not even) ~1 <2-3> month/months",
            "born ~3 <1-12> week/weeks/days ago", "just born", "born ~2 last week", "baby ~1 <1-12> week/weeks/wks/wk",
            "baby ~1 <1-2> month/months/mo !of",
        ),
        zh=(
            "新生兒", "剛出生", "未滿 ~2 <1-3> 個月/月", "不到 ~2 <1-3> 個月/月", "<1-12> 周大/個禮拜大/星期大",
            "<1-90> 天大", "出生 ~3 <1-90> 天", "出生 ~3 <1-12> 周/個禮拜/星期", "<1-2> 個月大/個多月大/個半月大",
            "滿月",
            "未滿月", "還沒滿月", "坐月子", "做月子", "寶寶/嬰兒/兒子/女兒 ~2 <1-2> 個月/個多月/個半月 !了", "月子中心",
        ),
        timing=ANY_TIME,
    ),
    Concept(
        code="child",
        label="a child",
        label_zh="兒童",
        en=("{child}",),
        zh=("{child}",),
        timing=ANY_TIME,
    ),
    Concept(
        code="floppy",
        label="floppy, very sleepy or not feeding",
        label_zh="軟趴趴、很難叫醒或不喝奶",
        en=(
            "floppy", "limp", "lethargic", "listless", "lifeless", "rag doll",
            "{neg} ~2 feed*/drink*/nurs*/latch*", "{neg} ~2 taking ~2 bottle*/breast*/milk/feeds/fluids",
            "not feeding", "not drinking", "not nursing", "not eating",
            "refus* ~3 feed*/bottle*/breast*/milk/drink*/food/fluids", "stopped ~2 feeding/drinking/eating/nursing",
            "hard/difficult to wake", "won't wake", "wont wake", "can't wake ~2", "very sleepy", "too sleepy",
            "sleeping all day", "unresponsive", "weak cry", "high pitched cry", "moaning", "inconsolabl*",
            "fewer wet ~2 diaper*/nappies/nappy", "no wet ~2 diaper*/nappies/nappy", "dry ~2 diaper*/nappies",
            "not peeing", "hasn't peed", "floppy like", "no energy", "won't play",
        ),
        zh=(
            "軟軟的", "軟趴趴", "全身軟", "軟綿綿", "沒力氣", "沒有力氣", "無力", "沒精神", "沒有精神", "精神很差",
            "精神不好",
            "精神變差", "活動力 ~3 差/變差/很差/下降/不好", "活力 ~2 差/不好", "一直睡", "一直昏睡", "叫不醒",
            "很難叫醒",
            "不喝奶", "不吃奶", "不肯喝奶", "不太喝奶", "拒奶", "喝奶 ~3 變少/很少/量少/減少", "奶量 ~3 變少/減少/很少",
            "吃不下", "不吃東西", "不吃不喝", "尿布 ~3 很少濕/沒濕/乾乾/變少", "尿量 ~2 變少/減少/很少", "尿很少",
            "哭聲 ~2 微弱/很弱/無力", "懶懶的", "不想動", "癱軟",
        ),
    ),
    Concept(
        code="long_fever",
        label="fever for five days or more",
        label_zh="發燒五天以上",
        en=(
            "fever/fevers/temperature/temp/temps ~5 <5-30> days/day",
            "<5-30> days/day ~4 fever/fevers/temperature/temp",
            "fever/fevers/temperature/temp ~4 (a week/over a week/more than a week/a whole week/all week)",
            "<5-30> th/st/nd/rd day ~3 fever/temperature/temp",
            "fifth/sixth/seventh/eighth day ~3 fever/temperature/temp",
            "day <5-30> ~2 of ~2 fever/temperature/temp",
        ),
        zh=(
            "燒 ~4 <5-30> 天", "發燒 ~6 <5-30> 天", "<5-30> 天 ~4 發燒/燒",
            "發燒 ~4 一個禮拜/一週/一周/一星期/超過一週/超過一周",
            "發燒第 <5-30> 天", "燒了 ~2 一個禮拜/一周",
        ),
        unless=("ago", "前"),
    ),
    Concept(
        code="kawasaki_sign",
        label="red eyes, strawberry tongue, cracked lips or swollen, peeling hands and feet",
        label_zh="眼睛紅、草莓舌、嘴唇紅裂、手腳腫或指尖脫皮",
        en=(
            "kawasaki*", "strawberry tongue", "red/bloodshot ~2 eyes", "eyes ~3 red/bloodshot",
            "lips ~4 red/cracked/cracking/bleeding/peeling", "cracked ~2 lips",
            "hands/feet/fingers/toes/palms/soles ~4 swollen/puffy/red/peeling",
            "peeling ~3 fingers/fingertips/toes/hands/feet", "swollen ~2 hands/feet",
        ),
        zh=(
            "川崎", "草莓舌", "眼睛 ~3 紅/充血", "嘴唇 ~3 紅腫/乾裂/裂開/流血/很紅", "手腳 ~3 腫/紅腫/脫皮",
            "手指/腳趾/指尖/手掌/腳掌 ~3 脫皮/腫/紅腫", "脖子 ~3 淋巴結 ~2 腫",
        ),
        timing=ANY_TIME,
    ),
    # ---- whole-body redness, toxins ----------------------------------------------------
    Concept(
        code="red_all_over",
        label="almost all the skin red",
        label_zh="全身幾乎都紅",
        en=(
            "red ~2 all over", "red from head to toe/foot", "whole/entire/all ~2 body ~3 red/redness",
            "all ~2 my skin ~3 red", "skin ~3 red everywhere", "almost/nearly ~3 all/whole/entire ~3 skin/body ~3 red",
            "<60-100> % ~4 skin/body", "<60-100> percent ~4 skin/body",
            "spread/spreading/covers/covering/over/covered ~3 almost/nearly/practically ~1 all/most ~2 skin/body",
            "erythroderm*", "exfoliative dermatitis",
            "head to toe ~3 red", "red ~2 like a lobster", "every inch ~4 red",
        ),
        zh=(
            "全身 ~3 紅/發紅/泛紅/紅通通/紅紅/都紅", "從頭 ~3 紅到腳", "整個身體 ~3 紅", "<60-100> % ~4 紅/皮膚",
            "全身皮膚 ~3 紅", "紅皮症", "幾乎全身 ~3 紅", "百分之 ~3 紅",
        ),
        unless=(
            "sunburn*", "sun burn*", "after ~2 shower/bath/sauna/exercise/workout/drinking/alcohol/run/jog*",
            "hot shower", "hot bath", "blush*", "flush*", "niacin", "曬傷", "洗澡", "泡澡", "運動後", "喝酒", "泡湯",
            "三溫暖",
        ),
    ),
    Concept(
        code="peeling_all_over",
        label="peeling all over",
        label_zh="全身脫皮",
        en=(
            "peel*/flak*/scal*/shedding ~3 (all over/everywhere/whole body/head to toe)",
            "shedding ~2 skin ~3 everywhere",
        ),
        zh=("全身 ~3 脫皮/脫屑/掉皮屑/皮屑", "脫皮 ~3 全身", "皮屑 ~3 掉滿"),
        unless=("sunburn*", "曬傷"),
    ),
    Concept(
        code="sunburn_like",
        label="a rash like sunburn",
        label_zh="像曬傷一樣的紅疹",
        en=(
            "look*/like/resembl* ~3 (sunburn*/sun burn*)", "sunburn like", "sunburnt look*",
            "as if ~3 sunburn*/sunburnt",
            "like ~2 been ~2 in the sun",
        ),
        zh=("像 ~3 曬傷", "好像曬傷", "像被太陽曬傷", "像曬傷一樣"),
    ),
    Concept(
        code="tampon",
        label="tampon or menstrual cup in use",
        label_zh="使用衛生棉條或月亮杯",
        en=("tampon*", "menstrual cup*", "period cup*", "diva cup", "nasal packing"),
        zh=("衛生棉條", "棉條", "月亮杯", "月經杯"),
        timing=RECENT,
    ),
    Concept(
        code="scalded_look",
        label="skin that looks scalded (in a child)",
        label_zh="皮膚看起來像燙傷",
        en=(
            "look*/like ~3 scalded/burnt/burned/burn/scald", "scalded skin", "staph* ~2 scalded", "ssss",
            "wrinkl* ~4 (peel*/come off/slid*/slough*)", "skin ~3 wrinkl* ~3 when ~3 touch*",
            "blister* ~4 pop*/burst* ~3 easily/touch*",
        ),
        zh=(
            "像 ~2 燙傷/被燙到/燒傷", "燙傷樣", "皮膚 ~3 皺皺 ~4 脫/剝", "一碰 ~3 破 ~3 水泡", "葡萄球菌 ~4 燙傷",
            "脫皮症候群", "水泡 ~3 一碰就破",
        ),
        unless=("sunburn*", "sun burn*", "曬傷", "痛", "pain", "hurts", "feels like"),
    ),
    # ---- burns -------------------------------------------------------------------------
    Concept(
        code="chemical_burn",
        label="a chemical burn or splash",
        label_zh="化學灼傷或噴濺",
        en=(
            "chemical ~3 (burn*/splash*/spill*/spray*/got in/in my eye/in his eye/in her eye)",
            "acid/alkali/caustic/lye/bleach/ammonia/solvent/degreaser ~4 (burn*/splash*/spill*/spray*/got in/eye/eyes)",
            "splash*/spill*/spray*/squirt* ~4 chemical*/acid/bleach/lye/alkali/caustic/cleaner/solvent/ammonia"
            "/degreaser/pesticide*",
            "drain cleaner", "oven cleaner", "caustic soda", "sodium hydroxide", "hydrofluoric",
            "sulfuric/sulphuric acid",
            "hydrochloric acid", "nitric acid", "battery acid", "cement/concrete ~3 burn*", "wet cement",
            "chemical burn*",
        ),
        zh=(
            "化學 ~3 灼傷/燒傷/燙傷/藥劑/藥品/物質/溶劑/藥水", "強酸", "強鹼", "鹽酸", "硫酸", "氫氟酸", "硝酸",
            "氫氧化鈉",
            "通樂", "清潔劑 ~4 噴/濺/潑/弄到", "漂白水 ~4 噴/濺/潑/眼睛/灼傷/弄到", "水泥 ~3 灼傷/燒傷/燙傷",
            "酸 ~2 噴到/濺到/潑到",
            "農藥 ~4 噴到/濺到/潑到", "化學灼傷",
        ),
        unless=(
            "glycolic", "salicylic", "azelaic", "hyaluronic", "lactic", "mandelic", "aha", "bha", "pha", "toner",
            "serum", "bleach bath*", "retin*", "tretinoin", "face wash", "cleanser", "chemical peel", "exfoliat*",
            "acid reflux", "stomach acid", "uric acid", "folic acid", "amino acid*", "fatty acid*",
            "果酸", "水楊酸", "杏仁酸", "玻尿酸", "壬二酸", "a酸", "杜鵑花酸", "化妝水", "精華", "漂白水泡澡",
            "漂白水浴",
            "胃酸", "尿酸", "胺基酸", "葉酸", "洗面乳",
        ),
    ),
    Concept(
        code="electrical",
        label="an electrical injury",
        label_zh="觸電傷",
        en=(
            "electrocut*", "electric/electrical ~2 shock*/burn*/injur*", "live wire", "high voltage", "power line*",
            "shocked ~3 outlet/socket/wire/cable/plug", "outlet/socket/wire/plug ~4 shocked/shock", "lightning",
            "electric fence", "electrical/electric/power/plug/wall ~1 outlet/outlets/socket/sockets",
            "outlet/socket/sockets/outlets ~6 burn*/shock*/zap*/spark*", "touched ~4 outlet/socket/wire/cable/cord",
        ),
        zh=("觸電", "被電到", "電擊傷", "電灼傷", "電線 ~4 電到", "高壓電", "雷擊", "被雷打到", "插座 ~4 電到"),
        unless=(
            "like", "feels like", "shock like", "zap* pain", "shooting pain", "static", "像", "好像", "一樣", "感覺",
            "tens", "electrolysis", "電療", "電波", "電針",
        ),
    ),
    Concept(
        code="burn_injury",
        label="a burn or scald",
        label_zh="燙傷、燒傷",
        en=(
            "burned/burnt/scalded ~2 myself/himself/herself/themselves/my/his/her/their/him/her",
            "got ~2 burned/burnt/scalded",
            "scald/scalds/scalding", "burn/burns ~2 on/to/from/over/covering", "burn injur*", "burn wound*",
            "burn blister*",
            "hot ~2 oil/water/soup/coffee/tea/steam/grease/wax/kettle/pan/iron ~6 spill*/splash*/spatter*"
            "/burn*/scald*/poured/fell/touched/onto/over", "boiling ~2 water/oil/soup",
        ),
        zh=(
            "燙傷", "燒傷", "灼傷", "燙到", "被 ~3 燙",
            "熱水/熱油/熱湯/滾水/開水/蒸氣/熱咖啡/熱茶/熱水壺/排氣管/熨斗 ~4 燙/潑/濺/噴/燒",
            "火燒", "燒到",
        ),
        unless=(
            "sunburn*", "sun burn*", "razor burn*", "carpet burn*", "burning sensation", "heartburn", "burnout",
            "feels like ~3 burn*", "曬傷", "像 ~2 燙到", "像 ~2 燒", "燒燒", "燒到 <37-43>", "發燒",
        ),
        timing=RECENT,
    ),
    Concept(
        code="face_blistered",
        label="blisters or raw skin on the face",
        label_zh="臉上起水泡或破皮",
        en=("face/lips/lip/eyes/eyelids/ears/ear/cheek/cheeks/neck/forehead/nose ~5 blister*/raw/peeling/charred",),
        zh=("臉/臉上/臉頰/嘴唇/眼睛/眼皮/耳朵/脖子/額頭/鼻子 ~4 水泡/起泡/破皮/脫皮",),
        unless=("cold sore*", "herpes", "acne", "sunburn*", "唇泡疹", "痘痘", "曬傷"),
    ),
    Concept(
        code="large_area",
        label="a large area of the body",
        label_zh="大面積",
        en=(
            "(whole/entire/most of/all of) ~2 arm/arms/leg/legs/back/chest/stomach/belly/tummy/side/thigh/hand/foot",
            "bigger/larger than ~3 hand/palm/hands/palms", "large/big/huge/wide ~1 area", "all over ~2 body",
            "from ~2 chest/stomach/belly/tummy/waist/shoulder ~3 to ~2 knee/knees/thigh/thighs/waist/hand/wrist",
        ),
        zh=(
            "整個/整隻/整條/整片 ~1 手臂/手/腳/腿/背/胸口/肚子/大腿/小腿", "大面積", "一大片", "比手掌大",
            "面積 ~2 很大/大",
            "從 ~3 到 ~3 大腿/膝蓋/手腕/腰",
        ),
        timing=ANY_TIME,
    ),
    Concept(
        code="large_burn",
        label="a large burn",
        label_zh="大面積燙傷",
        en=(
            "burn*/scald* ~6 bigger/larger than ~3 hand/palm/hands/palms",
            "burn*/scald* ~6 (large/huge/big/whole/entire/most of) ~3 area/arm/leg/back/chest/side/stomach/belly",
            "large/big/huge/massive/extensive/major/serious/severe/deep/bad ~2 burn/burns/scald/scalds",
            "burns ~3 all over", "whole/entire ~2 arm/leg/back/chest/stomach/belly/hand ~4 burned/burnt/scalded",
            "second/third/2nd/3rd ~2 degree ~2 burn*", "full thickness ~2 burn*",
        ),
        zh=(
            "大面積 ~3 燙傷/燒傷", "燙傷/燒傷/燙到 ~4 很大/一大片/大片/面積大/整隻/整片/比手掌大/很深/很嚴重",
            "一大片 ~3 燙傷/燒傷",
            "整隻手/整隻腳/整片背/整個背/整個肚子/整條腿 ~4 燙傷/燒傷/燙到", "二度燙傷", "三度燙傷", "深二度",
            "二度燒傷",
            "三度燒傷",
        ),
        unless=("sunburn*", "sun burn*", "razor burn*", "carpet burn*", "曬傷", "heartburn", "burnout"),
    ),
    Concept(
        code="facial_burn",
        label="a burn on the face, eyes or genitals",
        label_zh="臉、眼睛或生殖器燙傷",
        en=(
            "burned/burnt/scalded/scald ~3 face/lips/lip/eye/eyes/eyelid*/nose/ear/ears/mouth/genitals/crotch/penis"
            "/scrotum/vagina",
            "face/lips/eye/eyes/mouth/nose ~4 burned/burnt/scalded",
            "burn/burns on/to ~3 face/lips/eye/eyes/eyelids/nose/ear/ears/mouth/genitals/crotch",
            "hot ~2 oil/water/soup/coffee/tea/steam/grease/wax/liquid ~6 face/eye/eyes/lips",
            "face/eye/eyes ~4 hot ~2 oil/water/steam/grease",
            "firework*/firecracker* ~6 face/eye/eyes", "flame* ~4 face", "fire ~4 face",
        ),
        zh=(
            "臉/臉部/臉上/眼睛/嘴唇/嘴巴/鼻子/耳朵/私密處/下體/生殖器 ~4 燙傷/燒傷/灼傷/燙到/被燙/燒到",
            "熱油/熱水/熱湯/滾水/開水/蒸氣/火/鞭炮/煙火 ~4 噴到/潑到/濺到/燙到/燒到/炸到 ~2 臉/眼睛",
            "臉 ~3 被 ~3 熱油/熱水/熱湯/蒸氣/火/煙火/鞭炮", "燙傷 ~4 臉/眼睛",
        ),
        unless=(
            "sunburn*", "sun burn*", "razor burn*", "cream*", "serum", "toner", "lotion*", "retinol", "peel*", "mask",
            "product*", "moisturi*", "sunscreen", "ointment", "wax*", "曬傷", "乳液", "保養品", "面膜", "藥膏", "精華",
        ),
    ),
    # ---- moles and sores ---------------------------------------------------------------
    Concept(
        code="mole",
        label="a mole",
        label_zh="痣",
        en=("mole/moles/birthmark*/nevus/nevi/naevus/naevi/melanoma", "beauty mark*", "beauty spot*"),
        zh=("痣", "胎記", "黑色素瘤"),
        unless=("remov*", "laser*", "點痣", "雷射", "除痣"),
        timing=ANY_TIME,
    ),
    Concept(
        code="spot_change",
        label="a spot that is changing (bigger, darker, uneven)",
        label_zh="斑點變大、變深或變得不規則",
        en=(
            "bigger/larger than ~3 (it was/it used to be/before/last year/last month/in the summer)",
            "darker/darkened/darkening", "chang* ~2 colour/color/colours/colors/shape/size", "different colour*/color*",
            "irregular/uneven/blurry/ragged/jagged/fuzzy ~2 edge/edges/border/borders/outline",
            "looks/look/looking/seems ~2 different", "grown/grew/growing ~3 (quickly/fast/bigger/a lot)",
            "got/getting/gotten/become/became ~2 bigger/larger/raised/lumpy",
        ),
        zh=(
            "變大", "長大", "變黑", "顏色 ~2 變深/變黑/改變/不一樣/不均", "形狀 ~2 改變/變/不規則",
            "邊緣 ~3 不規則/模糊/不清楚",
            "看起來不一樣", "越來越大", "一直在長大", "變深",
        ),
        unless=(
            "slowly", "since ~2 (birth/childhood/kid/little/i was)", "eczema", "psoriasis", "rash", "acne", "scar*",
            "freckle*", "tan", "sun", "melasma", "bruise*", "pregnan*",
            "慢慢", "從小", "濕疹", "乾癬", "疹", "痘", "疤", "雀斑", "曬", "肝斑", "瘀青",
        ),
    ),
    Concept(
        code="mole_change",
        label="a mole that changes, grows or bleeds",
        label_zh="痣變化、變大或流血",
        en=(
            "(mole/moles/birthmark*/beauty mark*/beauty spot*/nevus/nevi/naevus/naevi) ~6 bleed*/bled/bloody/oozing/"
            "crust*"
            "/ulcerat*/chang*/grow*/grew/grown/bigger/larger/enlarg*/darker/darken*/doubled/tripled/raised/lumpy/"
            "spread*"
            "/irregular/uneven",
            "mole/moles/birthmark*/nevus/naevus ~5 turn*/went/gone/going ~2 black/blue/red/grey/gray/darker/different",
            "mole/moles/nevus/naevus ~5 size/shape/colour/color/colours/colors/border*/edge*/edges ~3 chang*/"
            "irregular/blurr*",
            "bleeding/changing/growing/darkening/enlarging/evolving ~2 mole/moles/birthmark/nevus",
            "dark/black/brown/new/pigmented ~2 spot/spots/patch/mark/lesion/freckle/streak ~8 grow*/grew/bigger/chang*"
            "/bleed*/spread*",
            "chang*/grow*/grew/bigger ~3 mole/moles",
        ),
        zh=(
            "痣/胎記 ~5 (流血/出血/滲血/冒血/破皮/潰爛/結痂/變大/長大/變黑/變深/變色/擴大/凸起/隆起/變形/越來越大/"
            "一直長/變得/改變"
            "/不規則/不對稱/形狀 ~2 變/顏色 ~2 變)",
            "流血/出血/變大/長大/變黑 ~2 的痣",
        ),
        unless=(
            "remov*", "laser*", "biopsy", "biopsied", "excis*", "slowly", "since ~2 (birth/childhood/kid/little/i was)",
            "as i grew", "caught ~3 on/with", "nicked", "shaving", "razor", "点痣",
            "點痣", "雷射", "除痣", "切片", "慢慢", "從小", "刮鬍刀", "刮到", "抓破", "摳破", "勾到",
        ),
    ),
    Concept(
        code="sore",
        label="a sore, ulcer or spot",
        label_zh="傷口、潰瘍或小瘡",
        en=(
            "sore/sores/ulcer/ulcers/wound/wounds/cut/scab/scabs/lesion/lesions/spot/bump/lump/graze/crater/hole/nodule"
            "/growth/blister/patch",
        ),
        zh=(
            "傷口", "瘡", "潰瘍", "破皮", "痂", "破洞", "小洞", "小包", "顆粒", "腫塊", "小瘡", "那一塊", "那顆",
            "這顆", "凸起",
        ),
        unless=("eczema", "psoriasis", "acne", "濕疹", "乾癬", "痘痘", "異位性"),
        timing=ANY_TIME,
    ),
    Concept(
        code="non_healing",
        label="a sore that will not heal",
        label_zh="傷口或瘡一直不癒合",
        en=(
            "{neg} ~2 (heal/heals/healed/healing/heal up/healed up/scab over)",
            "never ~2 heal*", "non healing", "nonhealing", "not healing",
            "keeps ~3 (bleeding/scabbing/crusting/coming back/reopening/opening up/breaking open)",
            "heals ~3 then/and ~3 (comes back/reopens/opens/bleeds)",
            "scab/scabs/scabbed/crust/crusts/crusted ~3 (comes back/come back/came back/returns/reopens/bleeds again)",
            "scab* ~4 falls/fall/comes/come ~1 off ~4 bleed*/again/reopen*",
        ),
        zh=(
            "傷口/瘡/潰瘍/破皮/疤/痂/那一塊/那顆/這顆/破洞 ~4 [一直/都/還/始終/遲遲] ~2 沒有/沒/不/未 ~2 好/癒合/收口",
            "好不了", "不會好", "一直不好", "都沒好", "沒有癒合", "無法癒合", "不癒合", "不易癒合",
            "反覆 ~3 結痂/流血/破皮",
            "結痂 ~3 又 ~3 破/流血/掉", "一直沒好", "還沒好", "沒好過",
            "一直/都/還/始終/遲遲 沒有/沒/未 ~1 好/癒合/收口",
        ),
        unless=("{hypothetical}", "how long ~3 heal", "多久會好", "多久才會好"),
        timing=ANY_TIME,
    ),
    Concept(
        code="three_weeks",
        label="three weeks or more",
        label_zh="三週以上",
        en=(
            "<3-52> week/weeks/wks/wk !old", "<1-36> month/months/mo/mos/mth/mths !old", "a month", "over a month",
            "more than a month", "months", "several/many ~1 weeks", "<1-20> year/years/yrs !old", "a year",
            "since ~2 january/february/march/april/may/june/july/august/september/october/november/december/christmas"
            "/summer/winter/spring/autumn", "since last month/year",
        ),
        zh=(
            "<3-52> 周/個禮拜/個星期/星期", "<1-36> 個月 !大", "<1-36> 個多月/個半月", "一個多月", "好幾個月", "好幾周",
            "好幾個禮拜", "幾個月", "半年",
            "<1-20> 年", "一年多", "好久",
        ),
        timing=ANY_TIME,
    ),
    Concept(
        code="venomous_bite",
        label="a snake bite",
        label_zh="被蛇咬",
        en=(
            "snake/snakes/viper/cobra/adder/rattlesnake ~4 bite*/bit/bitten/fang*",
            "bitten/bit ~4 (by a snake/by snake/by a viper/by a cobra/by an adder/by a rattlesnake)",
            "snakebite*", "snake bite*",
        ),
        zh=(
            "蛇 ~3 咬", "被蛇", "毒蛇", "雨傘節", "龜殼花", "百步蛇", "青竹絲", "眼鏡蛇", "鎖鏈蛇", "赤尾青竹絲",
        ),
        unless=(
            "{hypothetical}", "snake plant", "snakeskin", "snake skin", "documentar*", "video*", "movie*", "film*",
            "news", "article*", "read about", "watched", "tv", "蛇皮", "蛇年", "皮蛇", "飛蛇", "蛇纏腰", "紀錄片",
            "新聞", "影片", "電影", "電視",
        ),
        timing=RECENT,
    ),
    Concept(
        code="frostbite",
        label="frostbite",
        label_zh="凍傷",
        en=("frostbit*", "frost bite*", "frost bitten", "frostnip"),
        zh=("凍傷", "凍瘡 ~4 發黑/變黑/起水泡/水泡/麻木"),
        unless=("chilblain*", "{hypothetical}"),
        timing=RECENT,
    ),
    Concept(
        code="frostbite_damage",
        label="frostbitten skin black, blistered, hard, white or numb",
        label_zh="凍傷處發黑、起水泡、變硬、發白或麻木",
        en=(
            "black/blackened/blackish/blister*/hard/waxy/white/grey/gray/numb*/wooden",
            "no feeling", "can't feel", "cant feel", "cannot feel",
        ),
        zh=(
            "發黑", "變黑", "黑掉", "黑黑的", "水泡", "變硬", "硬硬的", "發白", "變白", "蠟白", "麻木", "沒有感覺",
            "沒感覺",
        ),
    ),
    Concept(
        code="heavy_bleeding",
        label="bleeding that does not stop",
        label_zh="血流不止",
        en=(
            "bleed*/blood ~4 (won't stop/wont stop/will not stop/doesn't stop/does not stop/isn't stopping/"
            "not stopping/keeps coming/keeps pouring/spurting/gushing/pouring/everywhere)",
            "can't/cant/cannot ~2 stop ~3 bleed*/blood", "keeps bleeding ~3 (through/for an hour/for hours)",
            "(won't/wont/will not/doesn't/does not/didn't/did not/isn't/hasn't/has not) ~1 stop* ~1 bleed*",
            "soaked ~4 blood/bandage*/towel*", "spurting ~2 blood", "gushing ~2 blood",
        ),
        zh=(
            "血流不止", "流血不止", "止不住血", "止不了血", "血 ~3 止不住/停不下來/一直噴/用噴的/噴出來", "噴血",
            "流很多血 ~4 止不住", "傷口 ~3 一直 ~2 流血", "流血 ~4 停不下來/止不住/不會停/沒有停",
        ),
        unless=("nose", "nosebleed*", "period", "gums", "mole", "moles", "wart", "warts", "scab", "scabs", "pimple*",
                "流鼻血", "月經", "牙齦", "痣", "疣", "痘痘", "結痂"),
    ),
    # ---- crisis ------------------------------------------------------------------------
    Concept(
        code="self_harm",
        label="thoughts of suicide or self-harm",
        label_zh="有自殺或自傷的念頭",
        en=(
            "kill/killing/end/ending ~1 myself", "end/ending/ended/take/taking/took ~2 my ~1 own ~1 life",
            "end/ending/ended/take/taking/took ~2 my life", "end it all", "ending it all", "end it", "ending it",
            "end things", "ending things",
            "suicid*", "want/wanna/wanted/going ~2 to die", "wish ~2 i/i'd ~2 (dead/die/died/never been born)",
            "better off dead", "better off without me", "{neg} ~2 want to ~2 (live/be alive/exist/wake up)",
            "no reason to live", "nothing to live for", "{neg} ~2 worth living", "life ~3 {neg} worth",
            "can't go on", "cant go on", "can't ~2 live like this", "cant ~2 live like this",
            "hurt/harm/harming/hurting/cut/cutting/burn/burning ~1 myself", "self harm*", "self injur*",
            "take ~3 all ~2 my pills", "overdose", "no point ~2 (living/going on/being alive/in living)",
            "give up on life",
            "tired of living", "tired of being alive", "(easier/better/rather/prefer/wish/hope/just) ~4 not ~1 wake up",
            "never ~1 wake up", "sleep and not wake up", "rather be dead", "thinking about dying", "disappear forever",
        ),
        zh=(
            "不想活", "想死", "活不下去", "自殺", "輕生", "尋死", "了結 ~2 自己/生命", "結束 ~3 生命", "不如死了",
            "不如死掉",
            "死了算了", "死掉算了", "割腕", "自殘", "傷害自己", "割自己", "劃自己", "割傷自己", "劃傷自己",
            "刀片 ~4 割/劃", "活著 ~3 沒意義/沒有意義/好累/很累/沒意思", "想跳樓", "燒炭",
            "吞藥", "一了百了", "不想醒來", "想消失", "撐不下去了", "不想再活", "活著幹嘛", "去死", "想去死",
        ),
        unless=(
            "dying to", "killing me", "kill me", "shaving", "shave", "razor", "accident*", "cooking", "kitchen",
            "paper", "gardening", "forever", "不小心", "side effect*", "cause*", "risk*", "warning", "linked",
            "leaflet",
            "suicide risk", "{hypothetical}", "副作用", "導致", "風險", "會不會", "癢死", "痛死", "熱死", "笑死",
            "嚇死", "煩死",
            "嗎",
        ),
        timing=RECENT,
    ),
)

# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------

RULES = (
    # ---- emergency ---------------------------------------------------------------------
    Rule(
        code="airway",
        condition="Trouble breathing or swallowing, or a closing throat",
        condition_zh="呼吸或吞嚥困難、喉嚨緊縮",
        tier=EMERGENCY,
        when=(all_of("airway"),),
        advice="Trouble breathing or a tight throat can block the airway within minutes. Call 119 (112 or 911 "
        "abroad) now; if you have an adrenaline pen (EpiPen), use it.",
        advice_zh="呼吸困難或喉嚨緊縮可能在幾分鐘內阻塞呼吸道。請立即撥打 119；如果有腎上腺素筆（EpiPen），請先使用。",
    ),
    Rule(
        code="anaphylaxis",
        condition="Anaphylaxis or angioedema",
        condition_zh="全身性過敏反應（過敏性休克）或血管性水腫",
        tier=EMERGENCY,
        when=(
            all_of("lip_tongue_swelling"),
            all_of("epi_used"),
            all_of("anaphylaxis_named"),
            all_of("face_swelling", "hives | trigger | wheeze | faint"),
            all_of("hives", "faint | wheeze | vomiting"),
            all_of("trigger", "wheeze"),
        ),
        advice="Swelling of the lips, tongue or face, or hives with faintness or wheeze, can be a severe allergic "
        "reaction. Use your adrenaline pen if you have one and go to an emergency department now, even if you "
        "feel better.",
        advice_zh="嘴唇、舌頭或臉腫，或蕁麻疹合併頭暈、喘，可能是嚴重過敏反應。有腎上腺素筆請先使用，並立即到急診，"
        "即使症狀好轉也要去。",
    ),
    Rule(
        code="severe_drug_reaction",
        condition="Severe blistering drug reaction (SJS/TEN)",
        condition_zh="嚴重藥物過敏（史蒂文生氏-強生症候群／毒性表皮溶解症）",
        tier=EMERGENCY,
        when=(
            all_of("new_drug", "widespread_blisters | peeling_sheets | mucosal_sores | skin_pain"),
            all_of("mucosal_sores", "widespread_blisters | peeling_sheets"),
            all_of("peeling_sheets"),
            all_of("sjs_named"),
        ),
        advice="Blisters, peeling skin or sores in the mouth, eyes or genitals after a new medicine can be a "
        "serious drug reaction. Go to an emergency department now and bring every medicine you started in "
        "the last two months.",
        advice_zh="開始新藥後出現水泡、皮膚剝落，或口腔、眼睛、生殖器破皮，可能是嚴重的藥物過敏。請立即到急診，"
        "並帶著最近兩個月開始使用的所有藥物。",
    ),
    Rule(
        code="dress",
        condition="Drug reaction with fever and facial swelling (DRESS)",
        condition_zh="藥物疹合併發燒與臉腫（DRESS）",
        tier=EMERGENCY,
        when=(
            all_of("new_drug", "fever", "widespread_rash | face_swelling"),
            all_of("new_drug", "face_swelling", "widespread_rash"),
        ),
        advice="Fever with a spreading rash or a swollen face in the weeks after starting a medicine can be a "
        "serious drug reaction that affects the liver and other organs. Go to an emergency department today, "
        "now if you feel very unwell, and bring your medicines.",
        advice_zh="開始用藥後幾週內出現發燒合併擴散的紅疹或臉腫，可能是會影響肝臟等器官的嚴重藥物反應。請今天到急診，"
        "若很不舒服請立即前往，並帶著您的藥物。",
    ),
    Rule(
        code="meningococcal",
        condition="Non-blanching spots with fever or illness (possible meningococcal disease or sepsis)",
        condition_zh="壓不退的出血點合併發燒或不適（疑似腦膜炎雙球菌感染、敗血症）",
        tier=EMERGENCY,
        when=(
            all_of("purpura | non_blanching", "fever | unwell | confused | faint | chills | vomiting | floppy"),
            all_of("purpura | non_blanching", "feels_hot", "child | infant_young | age 0-9"),
        ),
        advice="Purple or dark spots that do not fade when a glass is pressed on them, with fever or feeling "
        "unwell, can be a sign of a serious blood infection. Call 119 (112 or 911 abroad) or go to an emergency "
        "department now.",
        advice_zh="用玻璃杯壓也不會褪色的紫色或暗紅色斑點，合併發燒或身體不適，可能是嚴重血液感染的徵兆。請立即撥打 "
        "119 或到急診。",
    ),
    Rule(
        code="meningitis",
        condition="Signs of meningitis (stiff neck, confusion, light sensitivity) with rash or fever",
        condition_zh="疑似腦膜炎（頸部僵硬、意識改變、怕光）合併紅疹或發燒",
        tier=EMERGENCY,
        when=(
            all_of("rash | purpura", "stiff_neck | photophobia | confused"),
            all_of("fever", "stiff_neck | photophobia | confused"),
        ),
        advice="A stiff neck, confusion, unusual drowsiness or eyes that cannot bear light, with fever or a rash, "
        "can be meningitis. Call 119 (112 or 911 abroad) or go to an emergency department now.",
        advice_zh="脖子僵硬、意識不清、異常嗜睡或非常怕光，合併發燒或紅疹，可能是腦膜炎。請立即撥打 119 或到急診。",
    ),
    Rule(
        code="spreading_infection",
        condition="Spreading skin infection with fever, chills or confusion (cellulitis with sepsis)",
        condition_zh="皮膚感染擴散合併發燒、發冷或意識改變（蜂窩性組織炎、敗血症）",
        tier=EMERGENCY,
        when=(all_of("spreading_redness | red_streak | infection_local", "fever | chills | confused | faint"),),
        advice="Redness that spreads, or a red streak from a wound, with fever or chills means the infection may "
        "be reaching the blood. Go to an emergency department now.",
        advice_zh="紅腫擴散或傷口延伸出紅線，合併發燒或發冷，表示感染可能進入血液。請立即到急診。",
    ),
    Rule(
        code="necrotising_fasciitis",
        condition="Possible necrotising soft-tissue infection",
        condition_zh="疑似壞死性筋膜炎",
        tier=EMERGENCY,
        when=(
            all_of("pain_out_of_proportion"),
            all_of("looks_minor", "severe_pain"),
            all_of("crepitus"),
            all_of("dusky", "severe_pain | fever | chills | spreading_redness | infection_local | blisters_on_red"),
            all_of("blisters_on_red", "fever | chills | severe_pain"),
        ),
        advice="Pain far worse than the skin looks, skin turning dark or black, or blisters on a red swollen area "
        "can be a fast-moving deep infection. Go to an emergency department now.",
        advice_zh="疼痛遠超過外觀、皮膚變暗紫或發黑，或紅腫處起水泡，可能是進展很快的深層感染。請立即到急診。",
    ),
    Rule(
        code="zoster_eye",
        condition="Shingles near the eye or on the nose (herpes zoster ophthalmicus)",
        condition_zh="眼睛周圍或鼻子的帶狀泡疹（眼部帶狀泡疹）",
        tier=EMERGENCY,
        when=(all_of("shingles", "eye_zone"),),
        advice="Shingles on the forehead, eyelid or tip of the nose, or with eye pain or blurred vision, can "
        "damage the eye. Go to an emergency department or an eye doctor today, and start treatment as soon as "
        "possible.",
        advice_zh="帶狀泡疹長在額頭、眼皮或鼻尖，或有眼睛痛、視力模糊，可能傷害眼睛。請今天就到急診或眼科，"
        "越早治療越好。",
    ),
    Rule(
        code="eczema_herpeticum",
        condition="Eczema herpeticum (herpes spreading on eczema)",
        condition_zh="泡疹性濕疹（濕疹合併泡疹病毒感染）",
        tier=EMERGENCY,
        when=(
            all_of("eczema", "herpetic_sores"),
            all_of("eczema", "fever", "painful_sores | widespread_blisters"),
        ),
        advice="Sudden painful sores that look punched out, on skin with eczema, especially with fever, can be a "
        "herpes infection that needs treatment today. Go to an emergency department now.",
        advice_zh="濕疹的皮膚上突然出現疼痛、像被打洞一樣的小傷口，尤其合併發燒，可能是泡疹病毒感染，需要當天治療。"
        "請立即到急診。",
    ),
    Rule(
        code="infant_fever",
        condition="Fever in a baby under 3 months",
        condition_zh="未滿三個月嬰兒發燒",
        tier=EMERGENCY,
        when=(all_of("infant_young", "fever | feels_hot"),),
        advice="Any fever (38°C or more) in a baby under 3 months needs a doctor now, even if the baby seems well. "
        "Go to an emergency department.",
        advice_zh="未滿三個月的嬰兒只要發燒（38°C 以上），即使看起來還好，也需要立即就醫。請馬上到急診。",
    ),
    Rule(
        code="sick_child",
        condition="A child with fever or rash who is floppy, hard to wake or not feeding",
        condition_zh="兒童發燒或出疹，且軟趴趴、叫不醒或不喝奶",
        tier=EMERGENCY,
        when=(all_of("child | infant_young | age 0-9", "fever | feels_hot | rash | purpura", "floppy"),),
        advice="A child with a fever or rash who is floppy, very sleepy or not feeding needs to be seen now. "
        "Go to an emergency department or call 119 (112 or 911 abroad).",
        advice_zh="孩子發燒或出疹，又軟趴趴、很難叫醒或不喝奶，需要立即就醫。請馬上到急診或撥打 119。",
    ),
    Rule(
        code="erythroderma",
        condition="Red skin over almost the whole body (erythroderma)",
        condition_zh="全身皮膚發紅（紅皮症）",
        tier=EMERGENCY,
        when=(all_of("red_all_over", "chills | fever | unwell | peeling_all_over | faint"),),
        advice="When almost all the skin is red, the body loses heat and fluid fast. Go to an emergency department "
        "today, now if you are shivering or feel faint.",
        advice_zh="全身皮膚幾乎都發紅時，身體會很快流失熱量和水分。請今天到急診；如果發冷發抖或頭暈，請立即前往。",
    ),
    Rule(
        code="toxic_shock",
        condition="Possible toxic shock syndrome",
        condition_zh="疑似毒性休克症候群",
        tier=EMERGENCY,
        when=(
            all_of("sunburn_like", "fever | vomiting | faint | confused | unwell"),
            all_of("tampon", "fever", "rash | vomiting | faint | sunburn_like"),
        ),
        advice="A rash like sunburn with high fever, vomiting or dizziness can be toxic shock. Remove any tampon "
        "or menstrual cup and go to an emergency department now.",
        advice_zh="像曬傷一樣的紅疹合併高燒、嘔吐或頭暈，可能是毒性休克症候群。請取出衛生棉條或月亮杯，並立即到急診。",
    ),
    Rule(
        code="scalded_skin",
        condition="Staphylococcal scalded skin in a child",
        condition_zh="兒童葡萄球菌燙傷樣皮膚症候群",
        tier=EMERGENCY,
        when=(all_of("child | infant_young | age 0-9", "scalded_look | peeling_sheets"),),
        advice="A child whose skin looks scalded, wrinkles or peels off when touched needs hospital care today. "
        "Go to an emergency department now.",
        advice_zh="孩子的皮膚看起來像燙傷，一碰就皺起或脫落，需要住院治療。請立即到急診。",
    ),
    Rule(
        code="snake_bite",
        condition="Snake bite",
        condition_zh="被蛇咬傷",
        tier=EMERGENCY,
        when=(all_of("venomous_bite"),),
        advice="Treat every snake bite as venomous: keep still and keep the bitten limb still and below the heart, "
        "take off rings and tight clothing, do not cut, suck or put ice on the wound, and call 119 (112/911 "
        "abroad) or go to an emergency department now. A photo of the snake, taken from a safe distance, helps.",
        advice_zh="被蛇咬一律當作毒蛇處理：保持安靜不動，讓被咬的肢體固定並低於心臟，取下戒指與緊身衣物；不要切開、"
        "吸吮或冰敷傷口，請立即撥打 119 或到急診。在安全距離拍下蛇的照片有助於治療。",
    ),
    Rule(
        code="frostbite_severe",
        condition="Frostbite with skin turning black, blistering, hard or numb",
        condition_zh="凍傷合併皮膚發黑、起水泡、變硬或麻木",
        tier=EMERGENCY,
        when=(all_of("frostbite", "dusky | frostbite_damage"),),
        advice="Frostbitten skin that is black, blistered, hard or numb needs hospital care now. Do not rub it or "
        "warm it by a fire or heater; go to an emergency department.",
        advice_zh="凍傷的皮膚如果發黑、起水泡、變硬或麻木，需要立即就醫。不要搓揉，也不要用火或暖爐烤熱，請到急診。",
    ),
    Rule(
        code="frostbite",
        condition="Frostbite",
        condition_zh="凍傷",
        tier=URGENT,
        when=(all_of("frostbite"),),
        advice="Rewarm frostbitten skin gently in warm (not hot) water and see a doctor today.",
        advice_zh="凍傷的皮膚請用溫水（不要用熱水）慢慢回溫，並請今天就醫。",
    ),
    Rule(
        code="heavy_bleeding",
        condition="Bleeding that does not stop",
        condition_zh="血流不止",
        tier=EMERGENCY,
        when=(all_of("heavy_bleeding"),),
        advice="Press firmly on the wound with a clean cloth without lifting it for 10 minutes. If it still "
        "bleeds, or blood spurts, call 119 (112/911 abroad) or go to an emergency department now.",
        advice_zh="用乾淨的布用力壓住傷口，持續 10 分鐘不要放開查看。如果仍在流血或血用噴的，請立即撥打 119 或到急診。",
    ),
    Rule(
        code="serious_burn",
        condition="Chemical, electrical, large or facial burn",
        condition_zh="化學、電擊、大面積或臉部燙傷",
        tier=EMERGENCY,
        when=(
            all_of("chemical_burn"),
            all_of("electrical"),
            all_of("large_burn"),
            all_of("burn_injury", "large_area | face_blistered"),
            all_of("facial_burn"),
        ),
        advice="Rinse a chemical burn or splash with running water for at least 20 minutes (eyes too), cool a heat "
        "burn under running water, and go to an emergency department now. Electrical burns can hurt the heart "
        "even when the skin looks small.",
        advice_zh="化學物質灼傷或噴濺（包括眼睛），請用流動的清水持續沖洗至少 20 分鐘；熱燙傷請沖冷水，"
        "然後立即到急診。觸電傷即使皮膚傷口看起來很小，也可能影響心臟。",
    ),
    # ---- crisis ------------------------------------------------------------------------
    Rule(
        code="self_harm",
        condition="Thoughts of suicide or self-harm",
        condition_zh="自殺或自傷念頭",
        tier=CRISIS,
        when=(all_of("self_harm"),),
        advice="Living with a skin condition can be exhausting, and you deserve support for how you feel as well "
        "as for your skin.",
        advice_zh="長期受皮膚問題困擾真的很辛苦，您的心情和皮膚一樣值得被好好照顧。",
    ),
    # ---- urgent ------------------------------------------------------------------------
    Rule(
        code="kawasaki",
        condition="Possible Kawasaki disease (prolonged fever in a child)",
        condition_zh="疑似川崎症（兒童持續發燒）",
        tier=URGENT,
        when=(all_of("child | infant_young | age 0-9", "long_fever", "kawasaki_sign | rash"),),
        advice="A child with fever for five days or more, with red eyes, a red tongue or lips, a rash, or swollen "
        "or peeling hands and feet, should be seen by a doctor today: Kawasaki disease needs treatment early to "
        "protect the heart.",
        advice_zh="孩子發燒五天以上，又有眼睛紅、草莓舌、嘴唇紅裂、紅疹，或手腳腫、指尖脫皮，"
        "請今天就醫：川崎症需要及早治療，以保護心臟。",
    ),
    Rule(
        code="changing_mole",
        condition="A mole that is changing, growing or bleeding",
        condition_zh="痣有變化、變大或流血",
        tier=URGENT,
        when=(all_of("mole_change"), all_of("mole", "spot_change")),
        advice="A mole that changes, grows or bleeds needs to be seen in person: see a doctor today, or book the "
        "earliest dermatology appointment you can get. If it bleeds and will not stop, go today.",
        advice_zh="痣如果有變化、變大或流血，需要讓醫師當面檢查：請今天就醫，或預約最早能看診的皮膚科。"
        "如果流血止不住，請今天就去。",
    ),
    Rule(
        code="infected_wound",
        condition="An infected wound or spreading redness",
        condition_zh="傷口感染或紅腫擴散",
        tier=URGENT,
        when=(all_of("infection_local | spreading_redness | red_streak"),),
        advice="An infected wound or redness that spreads usually needs antibiotics: see a doctor today. Draw a "
        "line around the red edge; go to an emergency department if it spreads past it, or if fever or chills "
        "start.",
        advice_zh="傷口感染或紅腫擴散通常需要抗生素，請今天就醫。可以用筆沿著紅腫邊緣畫線；如果紅腫超出線外，"
        "或開始發燒、發冷，請立即到急診。",
    ),
    Rule(
        code="non_healing_sore",
        condition="A sore that has not healed in three weeks",
        condition_zh="超過三週未癒合的傷口或瘡",
        tier=URGENT,
        when=(all_of("sore", "non_healing", "three_weeks"),),
        advice="A sore or spot that has not healed in three weeks needs to be seen in person, to rule out skin "
        "cancer: see a doctor today, or book the earliest dermatology appointment you can get.",
        advice_zh="超過三週還沒癒合的傷口或小瘡，需要讓醫師當面檢查，以排除皮膚癌：請今天就醫，"
        "或預約最早能看診的皮膚科。",
    ),
    Rule(
        code="non_blanching_rash",
        condition="Spots that do not fade when pressed",
        condition_zh="壓不退的出血點",
        tier=URGENT,
        when=(all_of("non_blanching"),),
        advice="Spots that do not fade when pressed can mean bleeding under the skin and need a blood test today. "
        "See a doctor today; go to an emergency department at once if fever or feeling unwell starts.",
        advice_zh="壓了不會退的斑點可能是皮下出血，需要今天抽血檢查。請今天就醫；如果開始發燒或不舒服，請立即到急診。",
    ),
)

# --------------------------------------------------------------------------------------
# Notices per tier
# --------------------------------------------------------------------------------------

NOTICES = (
    TierNotice(
        tier=EMERGENCY,
        heading="This may be an emergency",
        advice="Go to the nearest emergency department now, or call an ambulance: 119 in Taiwan, 112 or 911 "
        "elsewhere. Please do not wait for an answer here. You can still post your question.",
        heading_zh="這可能是緊急狀況",
        advice_zh="請立即前往最近的急診，或撥打 119 叫救護車（在國外請撥 112 或 911）。請不要在這裡等待回覆；"
        "您仍然可以送出問題。",
    ),
    TierNotice(
        tier=CRISIS,
        heading="You don't have to face this alone",
        advice="It sounds like you may be having thoughts of ending your life or hurting yourself. Please talk "
        "to someone now. In Taiwan, call 1925 or 1995, free, day and night. Elsewhere, call your local crisis "
        "line, or your local emergency number (112 or 911) if you might act on these thoughts. You can still "
        "ask your question here.",
        heading_zh="您不需要獨自面對",
        advice_zh="如果您有傷害自己或不想活下去的念頭，請現在就找人聊一聊：安心專線 1925、生命線 1995，24 小時免付費。"
        "如果您擔心自己會做出傷害自己的事，請撥打 119 或立即到急診。您仍然可以在這裡提出問題。",
        contacts=(
            ("Taiwan Suicide Prevention Line (24 h, free)", "安心專線（24 小時，免付費）", "1925"),
            ("Lifeline Taiwan (24 h)", "生命線協談專線（24 小時）", "1995"),
            ("Teacher Chang line", "張老師專線", "1980"),
            ("Emergency (Taiwan)", "緊急救護", "119"),
            ("Emergency (elsewhere)", "國外緊急電話", "112 / 911"),
        ),
    ),
    TierNotice(
        tier=URGENT,
        heading="Please see a doctor today",
        advice="What you describe should be checked by a doctor in person today, at a clinic or, if none can see "
        "you, at an emergency department. A doctor will still answer your question here. If it gets worse "
        "quickly, or fever or chills start, go to an emergency department.",
        heading_zh="請今天就醫",
        advice_zh="您描述的情況建議今天就讓醫師當面檢查，可以到診所就診；如果今天掛不到號，請到急診。"
        "醫師仍會在這裡回覆您的問題。如果情況快速惡化，或開始發燒、發冷，請立即到急診。",
    ),
)

# --------------------------------------------------------------------------------------
# Signs the patient can tick on the form ("Do you have any of these right now?")
# --------------------------------------------------------------------------------------

CHECKBOXES = (
    Checkbox("breathing", "Trouble breathing or swallowing, or a tight throat", "呼吸或吞嚥困難、喉嚨緊", "airway"),
    Checkbox(
        "face_swelling",
        "Sudden swelling of the lips, tongue or face, or feeling faint with hives",
        "嘴唇、舌頭或臉突然腫起來，或起蕁麻疹又頭暈想昏倒",
        "anaphylaxis",
    ),
    Checkbox(
        "mucosal_blisters",
        "Blisters or peeling skin, or sores in the mouth, eyes or genitals, after a new medicine",
        "吃新藥後起水泡、皮膚剝落，或口腔、眼睛、生殖器破皮",
        "severe_drug_reaction",
    ),
    Checkbox(
        "purple_spots",
        "Purple or dark spots that do not fade when pressed, with fever or feeling unwell",
        "壓了不會退的紫色或暗紅色斑點，合併發燒或不舒服",
        "meningococcal",
    ),
    Checkbox(
        "spreading_infection",
        "Fever or chills with spreading redness or a red streak",
        "發燒或發冷，合併紅腫擴散或紅線",
        "spreading_infection",
    ),
    Checkbox("infant_fever", "A baby under 3 months with a fever", "未滿三個月的嬰兒發燒", "infant_fever"),
    Checkbox(
        "shingles_eye",
        "Shingles on the forehead, eyelid or nose, or with eye pain",
        "帶狀泡疹長在額頭、眼皮或鼻子，或眼睛痛",
        "zoster_eye",
    ),
    Checkbox(
        "serious_burn", "A chemical, electrical, large or facial burn", "化學、觸電、大面積或臉部燙傷", "serious_burn"
    ),
)

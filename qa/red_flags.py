"""Urgent warning signs in a patient's question: the one place the rules live.

When a patient writes a question, the site checks the text (and the "Do you have any of
these?" checkboxes) against :data:`RULES`. If anything matches, it shows, before submission,
a prominent notice to go to an emergency department or call the local emergency number now.
The patient may still submit; the question is then marked urgent.

Every rule is data: a :class:`RedFlag` (stable ``code``, patient-facing ``label`` and
``advice``) plus the :class:`Sign` objects it needs. A sign is a set of regular expressions
in English and Traditional Chinese; a rule fires when *every* sign it needs is mentioned
somewhere in the text (so "fever" and "spreading rash" may sit in different sentences).
Add or change a rule here and nowhere else.

How text is read:

* It is NFKC-normalised and case-folded (patterns are written in lower case), hyphens and
  slashes become spaces, control characters (NUL included) become spaces, runs of spaces
  collapse to one, and spaces between two Chinese characters are dropped.
* It is cut into clauses at ``. , ; ! ?``, line breaks and ``。，；！？、`` (a point or comma
  between two digits, as in "39.5", does not cut). No pattern spans two clauses.
* A match is ignored when a negation cue stands shortly before it in its clause:
  English "no", "not", "without", "never", "denies", "don't/doesn't/didn't have",
  "isn't", "aren't", "wasn't", "none" (and a few more) within the last three words, not
  counting little words like "a", "any", "my"; the English scope ends at "and", "but",
  "because" and similar words. Chinese cues 沒有, 沒, 無, 不, 未, 並未 (and 不曾, 否認)
  must stand directly before the match. Negation words may not fill the gaps inside a
  pattern either, so "my lips are not swollen" and 嘴唇沒有腫 do not match.

Every regex is compiled once at import. Gaps are bounded and gap words are matched
possessively, so no input can make matching backtrack catastrophically.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RedFlag:
    """An urgent warning sign as shown to the patient."""

    code: str
    label: str  # short patient-facing name
    advice: str  # one sentence, plain words: what to do now


@dataclass(frozen=True)
class Sign:
    """One thing a rule needs the text to mention, in English or Traditional Chinese.

    Any pattern counts, as long as that match is not negated. Patterns are lower case and
    are searched in normalised text (see the module docstring).
    """

    en: tuple[str, ...]
    zh: tuple[str, ...]
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        combined = "|".join(f"(?:{pattern})" for pattern in (*self.en, *self.zh))
        object.__setattr__(self, "regex", re.compile(combined))


@dataclass(frozen=True)
class Rule:
    """A red flag and the signs that must all be mentioned, un-negated, for it to fire."""

    flag: RedFlag
    needs: tuple[Sign, ...]


# --------------------------------------------------------------------------------------
# Pattern building blocks
# --------------------------------------------------------------------------------------

# Words that may not fill a gap inside an English pattern ("lips are NOT swollen").
# "hasn't stopped bleeding" is the exception: a negated "stop" is still a positive.
_EN_NEGATIVE_WORD = (
    r"(?:no|not|never|none|nor|neither|without|cannot|\w+n't"
    r"|(?:is|are|was|were|do|does|did|has|have|had|ca|could|wo|would)nt)"
)


def _gap(n: int) -> str:
    """Up to ``n`` English words, none a negation; each word matched possessively."""
    return rf"(?: (?!{_EN_NEGATIVE_WORD}\b(?! stop))[\w']++){{0,{n}}}"


# Characters that may not fill a gap inside a Chinese pattern: negations, and 消
# ("went down", as in 消腫). 不斷 / 不停 ("keeps on") are allowed.
_ZH_GAP_STOPS = "沒無不未否消"


def _zh_gap(n: int, also_not: str = "") -> str:
    """Up to ``n`` Chinese characters, none a negation (nor any of ``also_not``)."""
    return rf"(?:不斷|不停|[^\s{_ZH_GAP_STOPS}{also_not}]){{0,{n}}}"


# "... has gone down", "... went away": the sign is over, so the match does not count.
_EN_RESOLVED = (
    r"(?! (?:has |have |had |is |was |has now |is now )?"
    r"(?:gone|went|broke|broken|subsided|resolved|settled|disappeared|cleared|eased|improved|better"
    r"|down|come down|came down)\b)"
)

_EN_BODY_SWELL = r"(?:face|lips?|tongue|throat)"
_EN_SWELL = (
    r"(?:swell(?:s|ing|ed)?|swollen|puff(?:s|ed|ing)? up|balloon(?:s|ed|ing)?)\b"
    r"(?! (?:up )?(?:lymph |neck )?(?:glands?|nodes?|tonsils?)\b)"  # "sore throat and swollen glands"
    + _EN_RESOLVED
)
_ZH_BODY_SWELL = r"(?:臉部|臉頰|臉|面部|嘴唇|唇|舌頭|舌|喉嚨|喉頭|喉)"

_EN_MOUTH_EYES = r"(?:mouth|eyes?|eyelids?|gums?|tongue|throat|genitals?|private parts)"
_ZH_MOUTH_EYES = r"(?:口腔|口內|口中|嘴巴|嘴裡|嘴內|牙齦|舌頭|喉嚨|眼睛|眼皮|眼瞼|眼球|私密處|生殖器)"
_ZH_BLISTER = r"(?:水泡|水疱|水皰|起泡)"

_EN_RASH = (
    r"(?:rash(?:es)?|redness|erythema|cellulitis"
    r"|red (?:skin|areas?|patch(?:es)?|spots?|streaks?|lines?|blotch(?:es)?|bumps?|welts?|marks?|rings?|swelling))"
)
_EN_SPREADS = (
    r"(?:spread(?:s|ing)?|expand(?:s|ing|ed)?|grow(?:s|ing|n)?|grew|extend(?:s|ing|ed)|creep(?:s|ing)|crept"
    r"|(?:mov(?:es|ing|ed)|go(?:es|ing)|went|runs?|running|travell?(?:s|ing|ed)) (?:up|down|out|along|across)"
    r"|(?:gets?|getting|got|gotten|becom(?:es|ing)|became) (?:bigger|larger|wider))\b"
    r"(?! (?:very |really )?slowly\b)"
)
_EN_PAINFUL = r"(?:painful|tender|burning|sore|hot|agoni[sz]ing|excruciating)"
_EN_HURTS = (
    r"(?:painful|hurts?|hurting|tender|burns|burning|sore|agony|agoni[sz]ing|excruciating|throbbing"
    r"|hot to (?:the )?touch)\b"
)
_ZH_RASH = r"(?:紅疹|疹子|紅斑|紅腫|發紅|紅紅的|紅的地方|紅的範圍|紅線)"
_ZH_SPREADS = r"(?:擴散|蔓延|擴大|變大|延伸|往外長|一直長|越來越大)"

_EN_MOLE = r"(?:moles?|birthmarks?|beauty (?:marks?|spots?)|nev(?:us|i))"
_EN_BLEED = r"(?:bleed(?:s|ing)?|bled|bloody|ooz(?:es|ing) blood)"
_EN_MOLE_GROWS = (
    r"(?:grow(?:s|ing|n)?|grew|enlarg(?:ed|es|ing)|expand(?:ed|s|ing)|chang(?:ed|es|ing)|swell(?:ed|ing)|doubled"
    r"|(?:got|gotten|gets|getting|become|became|becoming) (?:bigger|larger|raised|lumpy))"
)
_EN_QUICKLY = (
    r"(?:quickly|fast|rapidly|suddenly|overnight"
    r"|(?:in|within) (?:just |only )?(?:a |one |two |three |four |\d+ |a few |few |a couple of )?(?:days?|weeks?)"
    r"|(?:in|within) (?:a|one) month"
    r"|(?:over |in |during )?(?:the |this )?(?:last|past) (?:few |couple of |\d+ )?(?:days?|weeks?|month))"
)
_EN_MOLE_COLOUR = (
    r"(?:chang(?:ed|es|ing) (?:its |in )?colou?rs?"
    r"|turn(?:ed|s|ing)? (?:black|blue|purple|gr[ae]y|dark|darker|red|white)"
    r"|(?:got|gotten|gone|went|become|became|getting) (?:much )?darker|darken(?:ed|s|ing)?)"
)
_ZH_MOLE = r"(?:痣|胎記)"
_ZH_MOLE_GROWS = r"(?:變大|長大|變形|擴大|凸起|隆起|形狀改變|形狀變)"
_ZH_QUICKLY = r"(?:很快|得很快|快速|迅速|好快|超快|得快)"
_ZH_RECENTLY = (
    r"(?:突然|快速|迅速|很快|短時間內|幾天內|幾[週周]內|一[週周]內|一個月內"
    r"|這幾天|這幾[週周]|最近幾天|最近幾[週周])"
)

# --------------------------------------------------------------------------------------
# Signs shared by more than one rule
# --------------------------------------------------------------------------------------

_FEVER = Sign(
    en=(
        rf"(?<!hay )(?<!cabin )\bfever(?:s|ish)?\b(?! blisters?\b){_EN_RESOLVED}",
        r"\bfebrile\b",
        r"\b(?:high|raised|running a|(?:have|has|had|got) a) temperature\b",
        r"\btemperature (?:of |is |was |at |reached |hit |around |about )?(?:3[89]|4[0-2]|10[0-6])\b",
        r"\b(?:3[89]|4[0-2])(?:[.,]\d)? ?(?:°|º|degrees?)? ?(?:c|celsius)\b",
        r"\b10[0-6](?:\.\d)? ?(?:°|º|degrees?)? ?(?:f|fahrenheit)\b",
    ),
    zh=(
        rf"發燒(?!{_zh_gap(3)}退)",
        r"發?高燒",
        r"燒到 ?(?:3[89]|4[0-2])",
        rf"體溫{_zh_gap(4)}(?:3[89]|4[0-2]|很高|偏高|好高|升高|飆高)",
    ),
)

_SPREADING_RASH_EN = (
    rf"\b{_EN_RASH}\b{_gap(4)} {_EN_SPREADS}",
    rf"\b(?:spreading|expanding|growing|enlarging)(?: red| painful| hot| swollen| itchy){{0,3}} {_EN_RASH}\b",
)
_SPREADING_RASH_ZH = (
    rf"{_ZH_RASH}{_zh_gap(5)}{_ZH_SPREADS}",
    rf"(?:擴散|蔓延|擴大)(?:中)?(?:很快|得很快)?的{_ZH_RASH}",
)

# --------------------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        RedFlag(
            code="face_swelling",
            label="Sudden swelling of the face, lips, tongue or throat",
            advice="Go to an emergency department or call your local emergency number now, "
            "because this swelling can block your airway.",
        ),
        needs=(
            Sign(
                en=(
                    rf"\b{_EN_BODY_SWELL}\b{_gap(3)} {_EN_SWELL}",
                    rf"\b(?:swollen|swelling|swelled|puffed up|puffing up)(?: up)?(?: of| in| on| around)?"
                    rf"(?: the| my| his| her| their| your| both)?(?: whole| entire)? {_EN_BODY_SWELL}\b{_EN_RESOLVED}",
                    r"\btongue (?:feels |is |looks )?(?:so |very )?(?:thick|huge|too big|enormous)\b",
                ),
                zh=(rf"{_ZH_BODY_SWELL}{_zh_gap(3, also_not='痘疹')}腫(?![痛瘤塊包])(?!{_zh_gap(3)}消)",),
            ),
        ),
    ),
    Rule(
        RedFlag(
            code="breathing",
            label="Trouble breathing or swallowing",
            advice="Call your local emergency number now and do not wait for an answer here.",
        ),
        needs=(
            Sign(
                en=(
                    r"\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to|not able to"
                    r"|(?:haven'?t|hasn'?t|wasn'?t|isn'?t|am not) (?:been )?able to"
                    r"|struggl(?:e|es|ed|ing) to|hard to|difficult to|impossible to)(?: properly| really)?"
                    r" (?:breathe|swallow|catch (?:my|his|her|their|our) breath|get (?:enough )?air)\b",
                    r"\b(?:trouble|difficulty|difficulties|difficult|problems?|hard time|struggling|struggle)"
                    r" (?:with |when |in |while )?(?:breathing|swallowing|to breathe|to swallow)\b",
                    r"\b(?:breathing|swallowing) (?:is |has been |has become |became |got |gets |getting |feels )?"
                    r"(?:very |really |so )?(?:difficult|hard|laboured|labored)\b",
                    r"\bshort(?:ness)? of breath\b",
                    r"\bbreathless(?:ness)?\b",
                    r"\bwheez(?:e|es|ed|ing|y)\b",
                    r"\b(?:gasping|struggling) for (?:air|breath)\b",
                    r"\b(?:throat|airway|chest) (?:is |feels |feel |seems )?(?:like it's |like it is )?"
                    r"(?:closing|tight|tightening|blocked)\b",
                    r"\btightness (?:in|of) (?:my |the )?(?:throat|chest)\b",
                ),
                zh=(
                    rf"呼吸{_zh_gap(3)}(?:困難|急促|不順|不過來)",
                    r"喘不過(?:氣|來)|透不過氣|吸不到(?:空氣|氣)|上氣不接下氣",
                    r"(?:無法|不能|沒辦法|沒有辦法|難以)(?:正常)?(?:呼吸|吞嚥|吞咽|吞東西|吞口水)",
                    rf"吞[嚥咽]{_zh_gap(3)}困難|吞不下",
                    r"(?:很|好|一直|非常|超)喘",
                    r"喘鳴|哮鳴|咻咻聲",
                    rf"喉嚨{_zh_gap(3)}緊",
                ),
            ),
        ),
    ),
    Rule(
        RedFlag(
            code="mucosal_blisters",
            label="Blisters in the mouth or eyes, or skin peeling off in sheets",
            advice="Go to an emergency department now and bring a list of every medicine you started recently.",
        ),
        needs=(
            Sign(
                en=(
                    rf"\bblister(?:s|ing|ed)?\b{_gap(3)} (?:in|inside|on|around|of|all over|covering)"
                    rf"(?: the| my| both| his| her| their)?(?: inside of(?: the| my)?)? {_EN_MOUTH_EYES}\b",
                    rf"\b{_EN_MOUTH_EYES}\b{_gap(3)} blister(?:s|ing|ed)?\b",
                    rf"\b(?:sores?|ulcers?|erosions?|raw (?:spots?|patch(?:es)?|areas?))\b{_gap(4)} eyes?\b",
                    r"\b(?:peel(?:s|ing|ed)?|slough(?:s|ing|ed)?|com(?:es|ing)|came|fall(?:s|ing)|fell|shed(?:s|ding)?"
                    r"|lift(?:s|ing|ed)|detach(?:es|ing|ed))(?: off| away)?"
                    r" in (?:(?:big|large|huge|whole) )?(?:sheets|layers)\b",
                    r"\b(?:peel(?:s|ing|ed)?|slough(?:s|ing|ed)?|com(?:es|ing)|came|fall(?:s|ing)|fell)(?: off| away)?"
                    r" in (?:big|large|huge|whole) (?:pieces|chunks|patches|strips|areas)\b",
                    rf"\bskin\b{_gap(2)} slough(?:s|ing|ed)?\b",
                    r"\bslough(?:s|ing|ed)? (?:off|away)\b",
                    r"\bsheets of skin\b",
                ),
                zh=(
                    rf"{_ZH_MOUTH_EYES}{_zh_gap(4)}{_ZH_BLISTER}",
                    rf"{_ZH_BLISTER}{_zh_gap(4)}{_ZH_MOUTH_EYES}",
                    rf"(?:眼睛|眼皮|眼瞼|眼球){_zh_gap(3)}(?:潰爛|潰瘍|破皮|糜爛)",
                    rf"(?:大片|整片|成片|一片一片|大塊|一塊一塊)(?:的)?(?:皮膚|皮)?{_zh_gap(2)}(?:脫落|剝落|掉下來|掉落)",
                ),
            ),
        ),
    ),
    Rule(
        RedFlag(
            code="fever_spreading_rash",
            label="Fever with a fast-spreading or very painful red rash",
            advice="Go to an emergency department or call your local emergency number now, "
            "because this needs to be checked in person today.",
        ),
        needs=(
            _FEVER,
            Sign(
                en=(
                    *_SPREADING_RASH_EN,
                    rf"\b{_EN_PAINFUL}(?: red| swollen| hot| painful| and| spreading){{0,3}} {_EN_RASH}\b",
                    rf"\b{_EN_RASH}\b{_gap(4)} {_EN_HURTS}",
                ),
                zh=(
                    *_SPREADING_RASH_ZH,
                    rf"{_ZH_RASH}{_zh_gap(4)}[痛疼]",
                    r"(?:很|好|非常|超|劇烈|劇)?[痛疼]的" + _ZH_RASH,
                ),
            ),
        ),
    ),
    Rule(
        RedFlag(
            code="changing_mole",
            label="A mole that bleeds or changes quickly",
            advice="Have it seen in person as soon as possible, "
            "and go to an emergency department now if the bleeding will not stop.",
        ),
        needs=(
            Sign(
                en=(
                    rf"\b{_EN_MOLE}\b{_gap(4)} {_EN_BLEED}\b",
                    rf"\b(?:bleeding|bloody) {_EN_MOLE}\b",
                    rf"\b(?:bleed(?:s|ing)?|bled|blood)(?: coming| is coming)? (?:from|out of|on)"
                    rf"(?: my| the| a| this| that| one)? {_EN_MOLE}\b",
                    rf"\b{_EN_MOLE}\b{_gap(4)} {_EN_MOLE_COLOUR}\b",
                    rf"\bcolou?r of(?: my| the| a| this| that)? {_EN_MOLE}\b{_gap(2)} chang(?:ed|es|ing)\b",
                    rf"\b(?:darkening|blackened|bleeding) {_EN_MOLE}\b",
                    rf"\b{_EN_MOLE}\b{_gap(4)} {_EN_MOLE_GROWS}\b{_gap(4)} {_EN_QUICKLY}\b",
                    rf"\b{_EN_MOLE}\b{_gap(4)} {_EN_QUICKLY}{_gap(2)} {_EN_MOLE_GROWS}\b",
                    rf"\b(?:quickly|fast|rapidly|suddenly) (?:growing|changing|enlarging|grown|changed|spreading)"
                    rf"(?: dark| black| new| raised){{0,2}} {_EN_MOLE}\b",
                ),
                zh=(
                    rf"{_ZH_MOLE}{_zh_gap(4)}(?:流血|出血|滲血|冒血)",
                    rf"(?:流血|出血)的{_ZH_MOLE}",
                    rf"{_ZH_MOLE}{_zh_gap(4)}(?:變黑|變深|變暗|變紫|變藍|變色|顏色{_zh_gap(3)}(?:改變|變|不一樣))",
                    rf"{_ZH_MOLE}{_zh_gap(4)}{_ZH_MOLE_GROWS}{_zh_gap(3)}{_ZH_QUICKLY}",
                    rf"{_ZH_MOLE}{_zh_gap(4)}{_ZH_RECENTLY}{_zh_gap(3)}(?:{_ZH_MOLE_GROWS}|改變)",
                    rf"(?:快速|迅速|突然)(?:變大|長大)的{_ZH_MOLE}",
                ),
            ),
        ),
    ),
    Rule(
        RedFlag(
            code="bite_rash_fever",
            label="A bite followed by a spreading rash and fever",
            advice="Go to an emergency department or call your local emergency number now, "
            "and tell them when and where you were bitten.",
        ),
        needs=(
            Sign(
                en=(
                    r"\bbit(?:e|es|ten)\b",
                    r"\bbit (?:me|him|her|us|them|my|his)\b",
                    r"\bticks?\b",
                ),
                zh=(
                    rf"被{_zh_gap(4)}(?:咬|叮|螫)",
                    r"(?:蟲|蚊子?|蜘蛛|蜱蟲?|壁蝨|跳蚤|恙蟲|螞蟻|狗|貓|老鼠|蛇|蝙蝠|動物)(?:咬|叮)",
                    r"咬傷|叮咬|咬痕",
                ),
            ),
            Sign(
                en=(
                    *_SPREADING_RASH_EN,
                    r"\bbull'?s? ?eyes?\b",
                    r"\b(?:target|ring)(?: shaped| like)? rash\b",
                ),
                zh=(*_SPREADING_RASH_ZH, r"牛眼|靶心|標靶狀"),
            ),
            _FEVER,
        ),
    ),
)

RED_FLAG_CHOICES: list[tuple[str, str]] = [(rule.flag.code, rule.flag.label) for rule in RULES]


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(
    r"[;!?\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029。｡，、､；！？]|(?<!\d)[.,]|[.,](?!\d)"
)
_CHAR_MAP = {
    **dict.fromkeys((*range(0x00, 0x20), *range(0x7F, 0xA0)), " "),  # control characters, NUL included
    **{ord(char): " " for char in "-‐‑‒–—―−/\\_"},
    **{ord(char): "'" for char in "’‘ʼ`´"},
}
_SPACES = re.compile(r"\s+")
_SPACE_BETWEEN_CJK = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff]) (?=[\u3400-\u9fff\uf900-\ufaff])")

# How much of a clause, before a match, is read for negation cues.
_LOOKBACK_CHARS = 100
_EN_WINDOW_WORDS = 3

_EN_WORD = re.compile(r"[\w']+")
_EN_NEGATION_CUE = re.compile(
    r"\b(?:no|none|never|neither|nor|without|den(?:y|ies|ied)"
    r"|(?<!\bdo )(?<!\bdoes )(?<!\bdid )not"
    r"|(?:is|are|was|were|has|have|had)n'?t"
    r"|(?:do|does|did)(?:n'?t| not) (?:have|has|had|get|got|feel|notice|see|experience|suffer))\b"
)
# Look like negations but negate nothing that follows ("not sure why my lips swell").
_EN_PSEUDO_NEGATION = re.compile(
    r"\b(?:not sure|not certain|no idea|no matter|no doubt|not only|not just|no one|nobody"
    r"|(?:don'?t|doesn'?t|didn'?t|do not|does not|did not) know"
    r"|(?:\w+n'?t|not|never|cannot) stop(?:s|ped|ping)?)\b"
)
# A negation before one of these words does not reach past it ("no fever and my lips swell").
_EN_SCOPE_BREAK = re.compile(
    r"\b(?:and|but|however|although|though|yet|except|now|then|so|because|whereas|while|that|which|who|when"
    r"|after|before|until|since|if|whether|why|how|what|where)\b"
)
# Little words that do not count towards the negation window ("no signs of any fever").
_EN_FILLERS = frozenset(
    {
        "a", "an", "the", "any", "some", "my", "his", "her", "their", "your", "our", "this", "of", "at", "in",
        "real", "really", "very", "high", "much", "obvious", "significant", "sign", "signs", "history",
        "kind", "sort", "such", "other", "further", "more",
    }
)
_ZH_NEGATION_CUE = re.compile(r"(?:沒有|沒|無|不|未|不曾|否認)(?:什麼|明顯|任何|再|太|會)? ?$")


def _normalise(text: str) -> str:
    """Lower-cased, tidied text, one clause per line."""
    text = unicodedata.normalize("NFKC", text).casefold()
    clauses = []
    for clause in _CLAUSE_BREAK.split(text):
        clause = _SPACES.sub(" ", clause.translate(_CHAR_MAP)).strip()
        if clause:
            clauses.append(_SPACE_BETWEEN_CJK.sub("", clause))
    return "\n".join(clauses)


def _negated_en(before: str) -> bool:
    """Whether an English negation cue stands in the last few words of ``before``."""
    before = _EN_PSEUDO_NEGATION.sub(" ", before)
    segment = _EN_SCOPE_BREAK.split(before)[-1]
    words = _EN_WORD.findall(segment)
    start, counted = len(words), 0
    while start > 0 and counted < _EN_WINDOW_WORDS:
        start -= 1
        if words[start] not in _EN_FILLERS:
            counted += 1
    return _EN_NEGATION_CUE.search(" ".join(words[start:])) is not None


def _negated(text: str, start: int) -> bool:
    """Whether the match at ``start`` follows a negation cue in its own clause."""
    low = max(0, start - _LOOKBACK_CHARS)
    newline = text.rfind("\n", low, start)
    if newline >= 0:
        before = text[newline + 1 : start]
    else:
        before = text[low:start]
        if low > 0:  # the cut may have split a word: drop the fragment
            before = before.partition(" ")[2]
    return _ZH_NEGATION_CUE.search(before) is not None or _negated_en(before)


def _mentions(sign: Sign, text: str) -> bool:
    """Whether ``text`` (normalised) mentions ``sign`` at least once without negation."""
    pos = 0
    while (match := sign.regex.search(text, pos)) is not None:
        if not _negated(text, match.start()):
            return True
        # A negated match covers its whole span: "沒有被蟲咬" must not yield "蟲咬".
        pos = max(match.end(), match.start() + 1)
    return False


def find_red_flags(text: str, *, selected: Iterable[str] = ()) -> list[RedFlag]:
    """Rules matched by the text, plus those whose codes the patient ticked in `selected`
    (unknown codes ignored), in RULES order, each at most once."""
    if isinstance(selected, str):  # a single code passed on its own
        selected = (selected,)
    ticked = set(selected)
    normalised = _normalise(text or "")
    seen: dict[Sign, bool] = {}

    def mentioned(sign: Sign) -> bool:
        if sign not in seen:
            seen[sign] = _mentions(sign, normalised)
        return seen[sign]

    return [
        rule.flag
        for rule in RULES
        if rule.flag.code in ticked or (normalised and all(mentioned(sign) for sign in rule.needs))
    ]

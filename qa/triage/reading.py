"""How a patient's text is read: tidied, cut into clauses, and checked for negation and time.

Generic: knows no medicine. :mod:`qa.triage.engine` finds the concepts of the rules in a
:class:`Document` and asks :func:`negated` and :func:`over` about each match.

Why the text is read this way:

* Simplified Chinese is read as Traditional (qa.chinese).
* NFKC and case folding make full-width letters, ligatures and capitals equal; hyphens and
  slashes become spaces ("6-week-old" is "6 week old"); digits and letters are pulled apart
  ("39c" is "39 c"); spaces next to Chinese characters go, because Chinese is written without
  them and patients add them at random; a few variant characters are unified (没/沒, 疱/泡);
  common misspellings are read as the word (``SPELLINGS`` in the rules).
* A clause ends at ``. , ; ! ?`` and their Chinese forms, and at line breaks, but not at a
  point or comma between digits ("39.5") nor at the list mark 、. No phrasing spans clauses,
  and a negation never reaches past its clause.
* English negation: a cue ("no", "not", "without", "never", "n't" ...) among the last three
  words before the match, not counting little words ("any", "my", "have"), and cut off by
  "and", "but", "because" and the like; phrases that only look negative ("no idea why",
  "can't stop") are ignored. "No fever, chills or rigors" and "I don't have a fever, stiff
  neck or purple spots" negate the whole list (short items joined by commas, the last by "or").
* Chinese negation: 沒有, 沒, 無, 不, 未 ... directly before the match (a few fillers like
  什麼, 明顯, 會 allowed), or before a list joined by 、 或 和 ("沒有發燒、咳嗽或嘔吐").
  Question forms (會不會, 有沒有, 是不是) are not negations.
* An answer after the sign ("fever: none", "發燒？沒有", "眼睛沒有問題") negates it too.
* Hypothetical questions about a sign that must be happening now do not count: "what should I do
  if my throat closes up?", "如果喉嚨腫起來要怎麼辦". The sign must follow "if" (如果, 萬一…) in its
  clause, and its sentence must ask something ("what should I do", "?", 怎麼辦, 嗎); "if I press
  the spots they don't fade" describes a test, not a hypothesis.
* Time: a sign can be over ("that is gone", "已經退了", or a next clause "it's gone now") or
  long past ("last year", "years ago", "小時候"); concepts say whether that matters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from accounts.languages import HAN_CLASS
from qa.chinese import to_traditional
from qa.triage.schema import ANY_TIME, RECENT

# --------------------------------------------------------------------------------------
# Tidying and clauses (the character maps are shared with the phrasings)
# --------------------------------------------------------------------------------------

CJK = HAN_CLASS  # the Han characters (CJK Unified Ideographs, Extension A, Compatibility)
HAS_CJK = re.compile(f"[{CJK}]")
VARIANTS = str.maketrans(
    {"没": "沒", "裏": "裡", "着": "著", "綫": "線", "疱": "泡", "皰": "泡", "淤": "瘀", "癥": "症", "衞": "衛",
     "爲": "為", "眞": "真", "脚": "腳", "麽": "麼", "么": "麼", "痒": "癢", "週": "周", "臺": "台"}
)
_TEXT_MAP = {
    **dict.fromkeys((*range(0x00, 0x20), *range(0x7F, 0xA0)), " "),
    **{ord(char): " " for char in "-‐‑‒–—―−/\\_()[]{}<>\"“”«»「」『』《》〈〉【】*#+=|~^"},
    **{ord(char): "'" for char in "’‘ʼ`´′"},
    ord("\n"): "\n",
    ord("&"): " and ",
}
PATTERN_MAP = {ord(char): " " for char in "-‐‑‒–—―−"} | {ord(char): "'" for char in "’‘ʼ`´′"}
_CLAUSE_SPLIT = re.compile(r"((?<![0-9])[.,]|[.,](?![0-9])|[;!?\n。｡；！？…]+)")
_DECIMAL_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")
_SPACES = re.compile(r"\s+")
_DIGIT_LETTER = re.compile(r"(?<=[0-9])(?=[a-z°%])|(?<=[a-z°])(?=[0-9])")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_ASCII_WORD = re.compile(r"[a-z']+")
_SPACE_BY_CJK = re.compile(f"(?<=[{CJK}]) | (?=[{CJK}])")


def _tidy(clause: str, spellings: Mapping[str, str]) -> str:
    """One clause, spaced and spelled the way phrasings expect."""
    clause = _SPACES.sub(" ", clause).strip()
    clause = _DIGIT_LETTER.sub(" ", clause)
    clause = _REPEATS.sub(r"\1\1", clause)
    clause = _ASCII_WORD.sub(lambda m: spellings.get(m.group(), m.group()), clause)
    return _SPACE_BY_CJK.sub("", clause)


@dataclass
class Document:
    """The patient's text as clauses, one per line of :attr:`text`."""

    text: str
    starts: list[int]
    ends: list[int]
    inherits_negation: list[bool]  # "no fever, chills or rigors": "chills or rigors" is negated
    answered_no: list[bool]  # "any fever? no": the clause before a bare "no"
    resolved_next: list[bool]  # "I had a fever, it's gone now": the clause before such a remark
    asks: list[bool]  # the clause's sentence asks something ("what should I do", "?", 怎麼辦)


_BARE_NO = frozenset(
    {"no", "none", "nope", "nil", "not really", "negative", "沒有", "沒", "無", "否", "不會", "都沒有"}
)
_EN_LIST_OPENER = re.compile(r"^(?:no|without|denies|never had|not) ")
_RESOLVED_CLAUSE = re.compile(
    r"^(?:(?:but|and|which|though) )?(?:(?:it|that|this|they|those|these|he|she|i|we|the fever|the swelling|my \w+)"
    r"(?:'s|'re|'m| is| are| am| was| were| has| have)? )?(?:now |already |completely |all |since |long )*"
    r"(?:gone|resolved|cleared up|went away|gone away|gone down|went down|settled|over|better|fine|ok|okay|healed)"
    r"(?: now| since| already| completely)*$"
    r"|^(?:但是?|可是|不過)?(?:現在|目前)?(?:已經|已|都|也)*(?:退了|退燒了|好了|消了|沒了|消退了|不見了|痊癒了|恢復了|沒事了|消掉了)$"
)
_EN_OR = re.compile(r"(?:^| )(?:or|nor) ")
# A clause that says something (a subject, a verb) rather than naming one more item of a list.
_EN_STATEMENT = re.compile(
    r"^(?:my|i|it|he|she|they|we|his|her|their|the|this|that|now)\b"
    r"|\b(?:is|are|am|was|were|has|have|had|feel|feels|felt|got|get|gets|getting|became|become|becoming|started"
    r"|starting|keeps?|going|went|looks?|seems?)\b|'s\b|'re\b|'m\b"
)
_ASKS = re.compile(
    r"\b(?:what|how) (?:should|do|would|can|could|shall|must|will) (?:i|we|you|one|they|he|she|my \w+)"
    r" (?:do|handle|react|treat|deal|know|tell)\b|\bwhat (?:to|can i) do\b|\bwhat happens\b"
    r"|\bshould (?:i|we) (?:go|call|see|worry|be worried|take|use|get)\b|\bwhen (?:should|to|do) \b"
    r"|怎麼辦|該怎麼|要怎麼|怎麼處理|如何處理|該如何|要注意|需要注意|該注意|會怎樣|會怎麼樣|嗎|呢"
)


def _opens_negated_list(clause: str) -> bool:
    """Whether ``clause`` negates the first item of a list that the next clauses go on with:
    "no fever", "without pain", "i don't have a fever" (then ", stiff neck or purple spots")."""
    words = clause.split()
    if _EN_LIST_OPENER.match(clause) and len(words) <= 4:
        return True
    return 2 <= len(words) <= 8 and _en_negated(" ".join(words[:-1]) + " ", False)


def read(raw: str, spellings: Mapping[str, str]) -> Document:
    """Normalise ``raw`` and cut it into clauses; ``spellings`` maps misspelled words to words."""
    text = to_traditional(unicodedata.normalize("NFKC", raw)).casefold().translate(VARIANTS)
    text = _DECIMAL_COMMA.sub(".", text.translate(_TEXT_MAP))
    pieces = _CLAUSE_SPLIT.split(text)
    clauses: list[str] = []
    commas: list[bool] = []  # whether the break before each clause was a comma
    sentence_of: list[int] = []  # clauses joined by commas make a sentence
    questions: set[int] = set()  # sentences that end with a question mark
    after_comma, sentence = False, 0
    for index, piece in enumerate(pieces):
        if index % 2:
            after_comma = piece == ","
            if "?" in piece:
                questions.add(sentence)
            if not after_comma and clauses and sentence_of[-1] == sentence:
                sentence += 1
            continue
        clause = _tidy(piece, spellings)
        if clause:
            clauses.append(clause)
            commas.append(after_comma)
            sentence_of.append(sentence)
    asking = questions | {sentence_of[i] for i, clause in enumerate(clauses) if _ASKS.search(clause)}
    asks = [sentence_of[index] in asking for index in range(len(clauses))]
    inherits = [False] * len(clauses)
    for first, clause in enumerate(clauses):
        if not _opens_negated_list(clause):
            continue
        last = first
        while last - first < 6 and last + 1 < len(clauses) and commas[last + 1]:
            last += 1
            words = len(clauses[last].split())
            if _EN_OR.search(clauses[last]) and words <= 6 and not _EN_STATEMENT.search(clauses[last]):
                # "…, stiff neck or any purple spots" (a list item, not "my lips are swelling or numb")
                for index in range(first + 1, last + 1):
                    inherits[index] = True
                break
            if words > 4:
                break
    answered = [index + 1 < len(clauses) and clauses[index + 1] in _BARE_NO for index in range(len(clauses))]
    resolved = [index + 1 < len(clauses) and _RESOLVED_CLAUSE.match(clauses[index + 1]) is not None
                for index in range(len(clauses))]
    starts, ends, offset = [], [], 0
    for clause in clauses:
        starts.append(offset)
        ends.append(offset + len(clause))
        offset += len(clause) + 1
    return Document("\n".join(clauses), starts, ends, inherits, answered, resolved, asks)


# --------------------------------------------------------------------------------------
# Negation and time
# --------------------------------------------------------------------------------------

LOOKBACK = 120  # characters before a match read for negation and time
WINDOW = 200  # characters either side of a match searched for look-alikes
_EXCERPT = 30  # characters of context either side of a match, in an excerpt
_EN_WINDOW = 3
_EN_WORD = re.compile(r"[a-z0-9']+")
_EN_CUE = re.compile(
    r"\b(?:no|none|never|neither|nor|without|den(?:y|ies|ied)|not|cannot|[a-z]+n't"
    r"|dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|wont|cant|free of|negative for|ruled out)\b"
)
_EN_PSEUDO = re.compile(
    r"\b(?:not sure|not certain|no idea|no clue|no matter|no doubt|not only|not just|no one|nobody|no wonder"
    r"|not long|nothing|(?:don'?t|doesn'?t|didn'?t|do not|does not|did not) (?:know|understand|remember)"
    r"|(?:can'?t|cannot|won'?t|wont|doesn'?t|didn'?t|isn'?t|aren'?t|not|never) (?:stop\w*|help\w*|work\w*|improv\w*"
    r"|get(?:ting)? better|go(?:ing)? away|seem to stop|sleep\w*|wait\w*))\b"
)
_EN_SCOPE_BREAK = re.compile(
    r"\b(?:and|but|however|although|though|yet|except|now|then|so|because|whereas|while|that|which|who|when"
    r"|after|before|until|since|if|whether|why|how|what|where|also|plus|suddenly|today|tonight|this|for|during|in"
    r"|within)\b"
)
_EN_FILLERS = frozenset(
    (
        "a", "an", "the", "any", "some", "my", "his", "her", "their", "your", "our", "its", "these", "those", "of",
        "at", "on", "to", "with", "or", "nor", "really", "very", "so", "too", "much", "obvious", "significant",
        "sign", "signs", "symptom", "symptoms", "evidence", "history", "kind", "sort", "such", "other", "further",
        "more", "real", "high", "actual", "noticeable", "visible", "new", "have", "has", "had", "having", "got", "get",
        "gotten", "be", "been", "being", "is", "are", "was", "were", "am", "seem", "seems", "seemed", "feel", "feels",
        "felt", "notice", "noticed", "see", "seen", "saw", "show", "shows", "showed", "experienced", "experience",
        "it", "there", "he", "she", "they", "i", "we", "you", "me", "him", "them", "us", "even", "all", "ever",
        "apparent",
    )
)
_EN_ANSWER_NO = re.compile(
    r"^ ?:? ?(?:no|none|nope|nil|negative|absent)$"
    r"|^ (?:is|are|seem|seems|look|looks|feel|feels|was|were)(?: totally| completely| all)?"
    r" (?:fine|ok|okay|normal|unaffected|good|clear|not affected)$"
)
_ZH_PSEUDO = re.compile(
    r"(.)[不沒]\1|需不需要|可不可以|有無|不知道|不確定|不曉得|不清楚|不知為何|不知|不明原因|不得了|不得不|不舒服|不少|不久"
    r"|不一定|不然|不過|不但|不僅|不只|不管|不論|不斷|不停|不時|受不了|不行|不對勁|不要|無論|無緣無故|沒多久|沒過多久|沒想到"
    r"|沒事|不小心|沒注意|沒辦法判斷"
)
_ZH_NEGATED_END = re.compile(
    r"(?:沒有|沒|無|不|未|並未|不曾|否認|別)"
    r"(?:什麼|明顯|任何|再|太|會|有|出現|發生|感覺|覺得|看到|發現|很|那麼|那種|這種|是|一直|特別|真的|怎麼|想|要"
    r"|打算|影響到|影響|長到|跑到|擴散到|蔓延到|波及|碰到|傷到|到){0,3}"
    r"(?:[^\s#、或和跟及與也]{1,6}(?:、|或是|或者|或|和|跟|及|與|也沒有|也沒|也不會|也不|也無))*$"
)
_ZH_ANSWER_NO = re.compile(
    r"^:?(?:都|也|並)?(?:沒有|沒|無|否|不會|不是)(?:問題|異狀|異常|怎樣|事|感覺|影響|症狀|不舒服)?(?:喔|耶|啊|欸|的)?$"
    r"|^(?:都|也)?(?:正常|還好|很好|OK|ok)$"
)

_EN_SCOPE_CUT = re.compile(r"\b(?:but|and now|now|however|although|though|yet|still)\b")
_ZH_SCOPE_CUT = re.compile(r"但|可是|不過|現在|結果|然後|後來|卻|仍然|還是|目前|這次|最近")
_EN_OVER_AFTER = re.compile(
    r"(?<!n't )(?<!nt )(?<!not )(?<!never )(?<!yet )"
    r"\b(?:gone(?= away| down| now| completely| already| since|$)|went (?:away|down)|c[oa]me down|go(?:es)? down"
    r"|resolved|cleared(?: up)?|settled(?: down)?|subsided|disappeared|broke(?! out)|(?:is|was|are|were) over|healed)\b"
)
_EN_LONG_AGO_AFTER = re.compile(
    r"\b(?:(?<!since )(?<!from )(?<!in the )(?<!over the )(?<!for the )(?<!during the )"
    r"last (?:year|summer|winter|spring|autumn|fall)|(?:years|a year) ago|as a (?:child|kid|teenager|teen|baby)"
    r"|when i was|in (?:19|20)[0-9]{2}|years back)\b"
)
_EN_MONTHS_AGO_AFTER = re.compile(
    r"\b(?:(?<!since )(?<!from )(?<!in the )(?<!over the )(?<!for the )(?<!during the )last month"
    r"|(?:months|a month) ago)\b"
)
_EN_LONG_AGO_BEFORE = re.compile(
    r"\b(?:(?<!since )(?<!from )(?<!in the )(?<!over the )(?<!for the )(?<!during the )(?<!this )"
    r"last (?:year|summer|winter|spring|autumn|fall)|(?:years|a year) ago|used to|as a (?:child|kid|teenager|teen)"
    r"|when i was|years back|in (?:19|20)[0-9]{2})\b"
)
_EN_MONTHS_AGO_BEFORE = re.compile(
    r"\b(?:(?<!since )(?<!from )(?<!in the )(?<!over the )(?<!for the )(?<!during the )(?<!this )last month"
    r"|(?:months|a month) ago|in the past|history of|previously|once had)\b"
)
_ZH_OVER_AFTER = re.compile(
    r"(?<![沒未不])(?:已經|已|都|就|也)?(?:退了|退燒了|退下來了|消了|消掉了|消退了|好了|痊癒|沒了|不見了|消失了)"
)
_ZH_LONG_AGO = re.compile(r"去年|前年|幾年前|多年前|年前|小時候|小的時候")
_ZH_MONTHS_AGO = re.compile(r"上個月|上上個月|幾個月前|個月前|以前|曾經|過去曾|之前曾")


def _en_negated(before: str, inherited: bool) -> bool:
    before = _EN_PSEUDO.sub(" ", before)
    segment = _EN_SCOPE_BREAK.split(before)[-1]
    words = _EN_WORD.findall(segment)
    if inherited and len(words) == len(_EN_WORD.findall(before)):
        words = ["no", *words]
    start, counted = len(words), 0
    while start > 0 and counted < _EN_WINDOW:
        start -= 1
        if words[start] not in _EN_FILLERS:
            counted += 1
    return _EN_CUE.search(" ".join(words[start:])) is not None


def _zh_negated(before: str) -> bool:
    return _ZH_NEGATED_END.search(_ZH_PSEUDO.sub("#", before[-40:])) is not None


def _cut(text: str, at: re.Pattern[str], keep_end: bool) -> str:
    """The part of ``text`` on the match's side of the last (or first) scope break."""
    if keep_end:
        parts = at.split(text)
        return parts[-1]
    return at.split(text, maxsplit=1)[0]


def negated(doc: Document, index: int, before: str, after: str) -> bool:
    """Whether the match between ``before`` and ``after`` (in clause ``index``) is negated."""
    if doc.answered_no[index] or _EN_ANSWER_NO.match(after) or _ZH_ANSWER_NO.match(after):
        return True
    return _zh_negated(before) or _en_negated(before, doc.inherits_negation[index])


_EN_IF = re.compile(
    r"\b(?:if|in case|what if|whenever|suppose|supposing)\b"
    r"(?! (?:i |you |we |she |he |they |my \w+ )?(?:press\w*|push\w*|squeez\w*|touch\w*|put\w*|roll\w*|tr(?:y|ied)))"
)
_EN_IF_CUT = re.compile(r"\b(?:but|now|however|so|then|because|since|although|though)\b")
_ZH_IF = re.compile(r"(?:如果|萬一|假如|假設|要是|若是|假使|如若)(?![^，,]{0,3}(?:按|壓|用手|用杯|拿杯|摸))")
_ZH_IF_CUT = re.compile(r"但|可是|不過|現在|結果|然後|後來|因為")


def hypothetical(doc: Document, index: int, before: str) -> bool:
    """Whether the match after ``before`` (in clause ``index``) is only supposed, in a question:
    "what should I do if my throat closes up?"."""
    if not doc.asks[index]:
        return False
    return bool(_EN_IF.search(_cut(before, _EN_IF_CUT, True)) or _ZH_IF.search(_cut(before, _ZH_IF_CUT, True)))


def over(doc: Document, index: int, timing: str, before: str, after: str) -> bool:
    """Whether the match is over or too long ago to count, given its concept's ``timing``."""
    if timing == ANY_TIME:
        return False
    en_before, en_after = _cut(before, _EN_SCOPE_CUT, True), _cut(after[:60], _EN_SCOPE_CUT, False)
    zh_before, zh_after = _cut(before, _ZH_SCOPE_CUT, True), _cut(after[:12], _ZH_SCOPE_CUT, False)
    if (
        _EN_LONG_AGO_BEFORE.search(en_before)
        or _EN_LONG_AGO_AFTER.search(en_after)
        or _ZH_LONG_AGO.search(zh_before)
        or _ZH_LONG_AGO.search(zh_after)
    ):
        return True
    if timing == RECENT:
        return False
    return bool(
        doc.resolved_next[index]
        or _EN_MONTHS_AGO_BEFORE.search(en_before)
        or _EN_MONTHS_AGO_AFTER.search(en_after)
        or _EN_OVER_AFTER.search(en_after)
        or _ZH_MONTHS_AGO.search(zh_before)
        or _ZH_MONTHS_AGO.search(zh_after)
        or _ZH_OVER_AFTER.search(zh_after)
    )


def excerpt(text: str, low: int, start: int, end: int, high: int) -> str:
    """The match with a few whole words either side, for the doctors' queue."""
    left = text.rfind(" ", low, max(low, start - _EXCERPT))
    right = text.find(" ", min(high, end + _EXCERPT), high)
    return text[low if left < 0 else left + 1 : high if right < 0 else right].strip()


def is_ascii_word_char(char: str) -> bool:
    """Whether ``char`` continues an English word (a match may not start inside a word)."""
    return char.isascii() and (char.isalnum() or char == "'")

"""The little language of the rules' phrasings, compiled to regular expressions.

The language itself is described for doctors at the top of :mod:`qa.triage.rules`. Every
regular expression built here is safe on any input: gaps are bounded, gap words are matched
possessively and may not be negations, and nothing nests an unbounded repeat, so a match can
never backtrack catastrophically.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from qa.triage.reading import HAS_CJK, PATTERN_MAP, VARIANTS
from qa.triage.schema import Concept

_EN_NEGATIVE_WORD = (
    r"(?:no|not|never|none|nor|neither|without|cannot|[a-z]+n't"
    r"|dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|wont|cant|couldnt|wouldnt)(?![a-z0-9'])"
)
_ZH_GAP_STOPS = "沒無不未否別"
_EN_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)
_ZH_DIGITS = "零一二三四五六七八九"
_GAP = re.compile(r"^~([0-9]*)$")
_RANGE = re.compile(r"<([0-9]+)-([0-9]+)>")
_NUMBER = re.compile(r"^<([0-9]+):([0-9]+)>$")


def _en_gap(words: int) -> str:
    # "won't stop bleeding": a negated "stop" is no negation of what follows.
    return rf"(?: (?!{_EN_NEGATIVE_WORD}(?! stop(?:s|ped|ping)?\b))[a-z0-9'%°]++){{0,{words}}}"


def _zh_gap(chars: int) -> str:
    return rf"(?:不斷|不停|[^\s{_ZH_GAP_STOPS}]){{0,{chars}}}"


def _zh_numerals(n: int) -> list[str]:
    """Chinese ways of writing ``n`` (1-99)."""
    tens, ones = divmod(n, 10)
    if n < 10:
        return ["兩", "二"] if n == 2 else [_ZH_DIGITS[n]]
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    written = [f"{head}十{_ZH_DIGITS[ones] if ones else ''}"]
    if tens == 1:
        written.append(f"一{written[0]}")
    return written


def _number(low: int, high: int, lang: str) -> str:
    """A number from ``low`` to ``high``, in digits (decimals allowed) or, if small, in words."""
    if low > high:
        raise ValueError(f"empty range <{low}-{high}>")
    choices = [rf"(?<![0-9.])(?:{'|'.join(str(n) for n in range(high, low - 1, -1))})(?:\.[0-9]+)?(?![0-9])"]
    if lang == "en":
        words = [_EN_NUMBER_WORDS[n] for n in range(low, min(high, 20) + 1)]
        if words:
            choices.append(rf"(?<![a-z])(?:{'|'.join(words)})(?![a-z])")
    else:
        words = [w for n in range(max(low, 1), min(high, 99) + 1) for w in _zh_numerals(n)]
        if words:
            written = "|".join(sorted(words, key=len, reverse=True))
            choices.append(f"(?<![{_ZH_DIGITS}十])(?:{written})(?![{_ZH_DIGITS}十])")
    return "(?:" + "|".join(choices) + ")"


_REGEX_SYNTAX = frozenset("()[]\\.^$*+?{}|")
_MAX_SPLIT_SIZE = 5_000  # characters of regex a phrasing may grow to when its first word is split


def _split(text: str, separator: str) -> list[str]:
    """``text`` cut at ``separator`` outside brackets; empty pieces dropped."""
    pieces, depth, current = [], 0, []
    for char in text:
        depth += (char in "([") - (char in ")]")
        if depth < 0:
            raise PhraseError(f"unbalanced brackets in {text!r}")
        if depth == 0 and (char == separator or (separator == " " and char.isspace())):
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    if depth:
        raise PhraseError(f"unbalanced brackets in {text!r}")
    pieces.append("".join(current))
    return [piece.strip() for piece in pieces if piece.strip()]


class PhraseError(ValueError):
    """A phrasing in the rules is not written in the little language."""


class Compiler:
    """Turns phrasings into regular expressions; ``{name}`` refers to ``words``."""

    def __init__(self, words: Mapping[str, Mapping[str, tuple[str, ...]]]) -> None:
        self.words = words

    def phrase(self, phrase: str, lang: str) -> list[str]:
        """Regexes for one phrasing. A first word with a few alternatives gives one regex each, so
        that every branch starts with a literal character and the regex engine can skip ahead."""
        text = _RANGE.sub(r"<\1:\2>", unicodedata.normalize("NFKC", phrase).casefold())  # keep <38-43> whole
        tokens = _split(text.translate(PATTERN_MAP).translate(VARIANTS), " ")
        if not tokens:
            raise PhraseError(f"empty phrasing {phrase!r}")
        head, rest = tokens[0], tokens[1:]
        if _GAP.match(head) or head[0] in "[!":
            raise PhraseError(f"{phrase!r} must start with a word")
        tail = "".join(self._joined(token, lang, phrase) for token in rest)
        heads = self._alternatives(head, lang, phrase)
        if len(heads) > 1 and len(tail) * len(heads) > _MAX_SPLIT_SIZE:
            return ["(?:" + "|".join(heads) + ")" + tail]
        return [alternative + tail for alternative in heads]

    def _joined(self, token: str, lang: str, phrase: str) -> str:
        space = " " if lang == "en" else ""
        if gap := _GAP.match(token):
            words = int(gap.group(1) or (3 if lang == "en" else 4))
            return _en_gap(words) if lang == "en" else _zh_gap(words)
        if token.startswith("[") and token.endswith("]"):
            return f"(?:{space}{self._core('(' + token[1:-1] + ')', lang, phrase)})?"
        if token.startswith("!"):
            return f"(?!{space}{self._core(token[1:], lang, phrase)})"
        return space + self._core(token, lang, phrase)

    def _core(self, token: str, lang: str, phrase: str) -> str:
        alternatives = self._alternatives(token, lang, phrase)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    def _alternatives(self, token: str, lang: str, phrase: str) -> list[str]:
        if token.startswith("(") and token.endswith(")"):  # alternatives of several words each
            return [regex for words in _split(token[1:-1], "/") for regex in self.phrase(words, lang)]
        regexes = []
        for word in token.split("/"):
            if word.startswith("{") and word.endswith("}"):
                name = word[1:-1]
                if name not in self.words:
                    raise PhraseError(f"{phrase!r}: no word list {name!r}")
                regexes += [regex for entry in self.words[name][lang] for regex in self.phrase(entry, lang)]
            elif number := _NUMBER.match(word):
                regexes.append(_number(int(number.group(1)), int(number.group(2)), lang))
            elif not word or any(char in word for char in "()[]{}<>~!"):
                raise PhraseError(f"{phrase!r}: cannot read {token!r}")
            elif word.endswith("*"):
                if lang != "en":
                    raise PhraseError(f"{phrase!r}: '*' is for English words")
                regexes.append(re.escape(word[:-1]) + r"[a-z0-9']*+")
            elif lang == "en" and word[-1].isascii() and word[-1].isalnum():
                regexes.append(re.escape(word) + "(?![a-z0-9])")
            else:
                regexes.append(re.escape(word))
        return regexes

    def concept(self, concept: Concept) -> tuple[re.Pattern[str], ...]:
        """Two regexes at most: branches that start with a literal character (which the regex
        engine finds with a fast scan), and the rest (numbers, long lists)."""
        branches = [
            regex for lang in ("en", "zh") for phrase in getattr(concept, lang) for regex in self.phrase(phrase, lang)
        ]
        literal = [branch for branch in branches if branch[0] not in _REGEX_SYNTAX]
        other = [branch for branch in branches if branch[0] in _REGEX_SYNTAX]
        return tuple(re.compile("|".join(group)) for group in (literal, other) if group)

    def loose(self, phrases: Iterable[str]) -> re.Pattern[str] | None:
        """One regex for phrasings of either language (the language is told by the script). An
        English phrasing starts at the start of a word ("cause*" is not found in "because")."""
        branches = []
        for phrase in phrases:
            lang = "zh" if HAS_CJK.search(phrase) else "en"
            branches += [("(?<![a-z0-9'])" if lang == "en" else "") + regex for regex in self.phrase(phrase, lang)]
        return re.compile("|".join(branches)) if branches else None

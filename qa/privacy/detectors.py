"""One detector per kind of personal detail. Each yields ``(kind, start, end)`` spans of folded text.

Two rules keep them fast and quiet:

- Speed. Every pattern is compiled once, at import; every repetition is bounded, and a pattern
  that starts with a run of characters (an email's local part, a number) begins with a lookbehind
  that refuses to start inside such a run. A search therefore tries each run once, and time grows
  linearly with the text even on 100,000 characters built to make a regex backtrack.
- Precision. A dermatology question is full of numbers (38.5 度, 0.05%, 500 mg, 2 個月, SPF 50,
  10:30, 2019). A number counts only when its shape is unmistakable (a Taiwan mobile, a valid ID
  checksum) or when a context word says what it is (健保卡, passport, born on, 電話).

Boundaries are written with ASCII classes, not ``\\b`` or ``\\w``: in Python those treat Chinese
characters as letters, and Chinese text puts no space between a word and a number (電話0912…).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import phonenumbers

from qa.privacy.checksums import is_valid_id
from qa.privacy.kinds import (
    ADDRESS,
    BIRTH_DATE,
    EMAIL,
    HANDLE,
    HEALTH_CARD,
    ID_NUMBER,
    LINK,
    NAME,
    PASSPORT,
    PHONE,
)
from qa.privacy.text import CJK

Span = tuple[str, int, int]

# A separator people put between digit groups: a space, a dot, or a hyphen with optional spaces.
SEP = r"(?:[ .]?-[ .]?|[ .])?"


def _accepted(pattern: re.Pattern[str], text: str, accept: Callable[[re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """The matches of pattern that accept() takes. After a refused match the search goes on from the
    next character, not from the match's end, so a refused long match cannot hide a good one inside it.
    """
    position = 0
    while match := pattern.search(text, position):
        if accept(match):
            yield match
            position = max(match.end(), match.start() + 1)
        else:
            position = match.start() + 1


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _count_digits(text: str) -> int:
    return sum(char.isdigit() for char in text)


def _context(pattern: str) -> re.Pattern[str]:
    """A context-word pattern, case-insensitive. An English word must not be part of a longer word
    ("tel" in "hotel"); a Chinese word may touch anything (健保IC卡).
    """
    words = [w if not w[0].isascii() else rf"(?<![A-Za-z]){w}(?![A-Za-z])" for w in pattern.split("|")]
    return re.compile("|".join(words), re.IGNORECASE)


def _near(context: re.Pattern[str], text: str, start: int, end: int, before: int = 40, after: int = 20) -> bool:
    """Whether a context word is within a few characters before (or just after) a candidate."""
    return bool(context.search(text, max(0, start - before), start) or context.search(text, end, end + after))


_DATE_LIKE = re.compile(r"(?:19|20)\d\d[-/. ]?(?:0?[1-9]|1[0-2])[-/. ]?(?:0?[1-9]|[12]\d|3[01])")

# --------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------

# Whatever libphonenumber validates for Taiwan (the default region) or, with a +, any country.
# Leniency.VALID checks the number against each country's numbering plan, which is what keeps
# dates, doses and lab values out; it still accepts the spacing and brackets people type.
_PHONE_LENIENCY = phonenumbers.Leniency.VALID

# Taiwan mobiles in any grouping, with or without the country code: 0912-345-678, 0912 345 678,
# +886 912 345 678, +886-9-1234-5678, 886912345678, +886 (0)912…; always 09 + eight digits.
_TW_MOBILE = re.compile(rf"(?<![0-9A-Za-z+])(?:(?:\+ ?|00)?886{SEP}(?:\(0\){SEP})?|0)9(?:{SEP}\d){{8}}(?![0-9])")
# Taiwan landlines written with their area code set apart: (02) 2345-6789, 02-23456789, 07-1234567.
# The subscriber number has seven or eight digits (3+4 or 4+4), which keeps 06-12-2024 a date.
_TW_LANDLINE = re.compile(
    rf"(?<![0-9A-Za-z+(])(?:\(0[2-8]\d{{0,2}}\) ?|0[2-8]\d{{0,2}}[ -])(?:\d{{3,4}}{SEP}\d{{4}}|\d{{7,8}})(?![0-9])"
)
# A + and a country code, then groups of digits: +1 415 555 0134, +44 20 7946 0958, +852 2345 6789.
_INTERNATIONAL = re.compile(rf"(?<![0-9A-Za-z+])\+ ?[1-9]\d{{0,2}}(?:{SEP}\(?\d{{1,5}}\)?){{2,6}}(?![0-9])")
# With a word that says "phone" nearby, a plainer run of 7 to 15 digits is a phone number too.
_PHONE_WORDS = _context(
    r"電話|电话|手機|手机|市話|聯絡|联络|聯繫|联系|打給我|打给我|打電話|撥打|致電|加我|號碼|号码|"
    r"phone|tel|mobile|cell|call me|text me|whatsapp|contact me|reach me"
)
_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z.,:/])\+?\(?\d(?:[ .()-]{0,2}\d){6,14}(?![0-9A-Za-z%])")
# Numbers spelled in Chinese digits (零九一二…), a way to slip past filters: a mobile (零九 + eight
# more) anywhere, or eight or more digits after a phone word.
_ZH_DIGIT = "[零〇○一二三四五六七八九]"
_ZH_DIGIT_RUN = re.compile(rf"(?<!{_ZH_DIGIT}){_ZH_DIGIT}(?:[ -]?{_ZH_DIGIT}){{7,14}}(?!{_ZH_DIGIT})")
_ZH_MOBILE = re.compile(rf"[零〇○]九(?:[ -]?{_ZH_DIGIT}){{8}}")


def phones(text: str) -> Iterator[Span]:
    """Phone numbers: libphonenumber first, then the shapes it lets through (fictional or odd groupings)."""
    for match in phonenumbers.PhoneNumberMatcher(text, "TW", leniency=_PHONE_LENIENCY):
        yield PHONE, match.start, match.end
    for pattern in (_TW_MOBILE, _TW_LANDLINE, _INTERNATIONAL):
        for match in pattern.finditer(text):
            if 8 <= _count_digits(match[0]) <= 15:
                yield PHONE, match.start(), match.end()
    for match in _DIGIT_RUN.finditer(text):
        run = match[0]
        plain = 7 <= _count_digits(run) <= 15 and not _DATE_LIKE.fullmatch(run) and "." not in run.strip(".")
        if plain and _near(_PHONE_WORDS, text, match.start(), match.end(), before=15, after=0):
            yield PHONE, match.start(), match.end()
    for match in _ZH_DIGIT_RUN.finditer(text):
        if _ZH_MOBILE.fullmatch(match[0]) or _near(_PHONE_WORDS, text, match.start(), match.end(), 15, 0):
            yield PHONE, match.start(), match.end()


# --------------------------------------------------------------------------------------
# Email addresses, plain and spelled out
# --------------------------------------------------------------------------------------

# People write @ as (at), [at], " at ", and in Chinese 小老鼠 ("little mouse") or 艾特 (its sound);
# a dot as (dot), " dot ", " . ", 點, or by a slip a comma before com/net/org/tw. A dot with a space
# on one side only ends a sentence ("write to leo88@gmail.com. Rash on my neck").
_AT = r"(?P<at>\s*(?:@|[(\[{<]\s*at\s*[)\]}>]|小老鼠|艾特)\s*|\s+at\s+)"
_DOT = r"(?:\s*(?:[(\[{<]\s*dot\s*[)\]}>]|點)\s*|\.|\s+\.\s+|\s+dot\s+|,(?=(?:com|net|org|tw)(?![A-Za-z])))"
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+-])(?P<local>(?:[A-Za-z0-9][A-Za-z0-9_%+-]{{0,40}}(?:\s+dot\s+|\s*[(\[]dot[)\]]\s*))?"
    rf"[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}){_AT}"
    rf"(?P<domain>[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,3}}){_DOT}(?P<tld>[A-Za-z]{{2,12}})"
    r"(?![A-Za-z0-9-])",
    re.IGNORECASE,
)
# "name at gmail.com" reads as an email only with a domain people use for mail, or with the dot spelled out.
_MAIL_DOMAINS = _words(
    "gmail yahoo hotmail outlook live msn icloud me mac aol protonmail proton qq 163 126 sina hinet "
    "seed ms1 pchome yandex gmx mail zoho"
)
_MAIL_TLDS = _words("com net org edu gov tw hk cn jp sg uk au io me co cc")
_SPELLED = re.compile(r"dot|點|[(\[{<]", re.IGNORECASE)


def _is_email(match: re.Match[str]) -> bool:
    at, tld = match["at"], match["tld"].lower()
    mail_domain = re.split(r"[\s.(\[{<]", match["domain"], maxsplit=1)[0].lower() in _MAIL_DOMAINS
    if at.strip() == "@" and at != "@":
        # "jenny @ gmail.com" hides an email; "follow me @skin.diary.tw" names an Instagram account.
        return mail_domain or (at[0].isspace() and at[-1].isspace() and tld in _MAIL_TLDS)
    if at.strip().lower() == "at":
        # "name at gmail.com" or "name at school dot org", but not "me at anna dot chang".
        spelled = _SPELLED.search(match[0], match.start("domain") - match.start())
        return tld in _MAIL_TLDS and (mail_domain or bool(spelled))
    return True


def emails(text: str) -> Iterator[Span]:
    """Email addresses, including "name at gmail dot com", "name(at)gmail.com", ＠ and 小老鼠 for @."""
    for match in _accepted(_EMAIL, text, _is_email):
        yield EMAIL, match.start(), match.end()


# --------------------------------------------------------------------------------------
# Taiwan ID numbers, health insurance cards, passports
# --------------------------------------------------------------------------------------

# A letter, then 1/2 (national ID) or 8/9 (new resident certificate), or a second letter A-D (old
# resident certificate), then eight digits; spaces or hyphens may split them. The checksum decides.
_ID = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][ -]?(?:[1289]|[A-Da-d])(?:[ -]?\d){8}(?![0-9])")


def id_numbers(text: str) -> Iterator[Span]:
    """National IDs and resident certificate numbers whose check digit is right."""
    for match in _ID.finditer(text):
        if is_valid_id(match[0]):
            yield ID_NUMBER, match.start(), match.end()


_HEALTH_CARD_WORDS = _context(r"健保|NHI|health insurance|insurance card|health card|IC card|卡號|卡号")
_TWELVE_DIGITS = re.compile(r"(?<![0-9A-Za-z])\d{4}[ -]?\d{4}[ -]?\d{4}(?![0-9])")


def health_cards(text: str) -> Iterator[Span]:
    """NHI card numbers: twelve digits (often in groups of four) next to a word such as 健保卡."""
    for match in _TWELVE_DIGITS.finditer(text):
        if _near(_HEALTH_CARD_WORDS, text, match.start(), match.end()):
            yield HEALTH_CARD, match.start(), match.end()


_PASSPORT_WORDS = _context(r"passport|護照|护照|PP no|PP number|PP#")
# Taiwan passports are nine digits; many countries use one or two letters and six to nine digits
# (the Philippines add a letter at the end). People may space the digits in groups.
# Letters set apart by a space must be capitals, or "no 312345678" would take the word "no" along.
_PASSPORT = re.compile(r"(?<![0-9A-Za-z])(?:[A-Za-z]{1,2}|[A-Z]{1,2} )?\d(?: ?\d){5,8}[A-Za-z]?(?![0-9A-Za-z])")


def passports(text: str) -> Iterator[Span]:
    """Passport numbers: letters and digits of a passport's shape, next to the word passport or 護照."""
    for match in _PASSPORT.finditer(text):
        digits = _count_digits(match[0])
        shaped = digits >= 8 or (digits >= 6 and match[0][0].isalpha())
        if shaped and not _DATE_LIKE.fullmatch(match[0]) and _near(_PASSPORT_WORDS, text, match.start(), match.end()):
            yield PASSPORT, match.start(), match.end()


# --------------------------------------------------------------------------------------
# Links and messaging accounts
# --------------------------------------------------------------------------------------

_URL_TAIL = rf"[^\s<>\"'{CJK}，。、；！？（）「」【】]*"
_URL = re.compile(rf"(?<![A-Za-z0-9@.-])(?:https?://|www\.){_URL_TAIL}", re.IGNORECASE)
# Bare domains only with a top-level domain that everyday words and typos ("e.g.", "spots.in",
# "photo.jpg") do not end in.
_TLDS = "com|net|org|edu|gov|tw|io|co|me|info|biz|app|ly|gl|cc|xyz|site|online|shop|hk|cn|jp|sg|uk|au"
_BARE_DOMAIN = re.compile(
    rf"(?<![A-Za-z0-9@._/-])(?:(?:[A-Za-z0-9][A-Za-z0-9-]{{0,62}}\.){{1,4}}(?:{_TLDS})|youtu\.be)(?![A-Za-z0-9-])"
    rf"(?:[/?#]{_URL_TAIL})?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"*"


def links(text: str) -> Iterator[Span]:
    """Web addresses: http(s)://…, www.…, and bare domains such as example.com/path or fb.com/name."""
    for pattern in (_URL, _BARE_DOMAIN):
        for match in pattern.finditer(text):
            end = match.start() + len(match[0].rstrip(_TRAILING))
            if end - match.start() > 4:
                yield LINK, match.start(), end


_NETWORKS = (
    r"line|賴|wechat|微信|weixin|wx|vx|ig|instagram|insta|twitter|telegram|tg|whatsapp|kakao|kakaotalk|"
    r"skype|discord|threads|tiktok|抖音|小紅書|小红书|fb|facebook|臉書|脸书|snapchat|snap|x"
)
_HANDLE_ACCOUNT = re.compile(
    r"(?P<cue>(?:加我|加|add me on|add me|find me on|follow me on|message me on|dm me on|text me on|my)\s{0,2})?"
    rf"(?<![A-Za-z])(?:{_NETWORKS})(?!(?!id)[a-z])"
    r"\s{0,2}(?P<label>id|帳號|账号|號|号|account|handle|username|user name|name)?"
    r"\s{0,2}(?P<sep>[:=]|是|is|：)?\s{0,2}"
    r"(?P<handle>@?[A-Za-z0-9](?:[A-Za-z0-9._-]{0,28}[A-Za-z0-9_])?)(?![A-Za-z0-9@])",
    re.IGNORECASE,
)
# Words that follow "line:" or "my IG is" in ordinary sentences ("bottom line: see a doctor").
_NOT_HANDLES = _words(
    "a an the and or but so if is it its i me my we you your he she they this that these those to of in on at "
    "for with by from up down out as be been was were are am do does did not no yes see try use get go call "
    "ask let keep check private public here there now then just only also still please thanks thank should "
    "would could can will may might must open closed busy free app account message messages line id"
)
# @handles, as on Instagram or X: not the @ of an email (a word character before it) or of a URL path.
_MENTION = re.compile(
    r"(?<![A-Za-z0-9._%+@/-])@(?=[A-Za-z0-9_.]{0,29}[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])"
)


def _is_handle(match: re.Match[str]) -> bool:
    handle, sep, cue = match["handle"], (match["sep"] or "").lower(), (match["cue"] or "").strip().lower()
    bare = handle.lstrip("@")
    if bare.lower() in _NOT_HANDLES or (bare.isdigit() and len(bare) < 5):
        return False
    if (cue and cue != "my") or match["label"] or sep in (":", "=", "是", "："):
        return True
    # "my IG is private" and "a line under the nail" are sentences; "my IG is amy_0412" is an account.
    made_up = bool(re.search(r"[0-9._]", bare)) or handle.startswith("@")
    return (made_up and sep == "is") or handle.startswith("@")


def handles(text: str) -> Iterator[Span]:
    """Messaging and social accounts: "LINE ID: xxx", "賴: xxx", "加我line xxx", "WeChat: xxx", @handles."""
    for match in _accepted(_HANDLE_ACCOUNT, text, _is_handle):
        yield HANDLE, match.start("handle"), match.end("handle")
    for match in _MENTION.finditer(text):
        yield HANDLE, match.start(), match.end()


# --------------------------------------------------------------------------------------
# Street addresses
# --------------------------------------------------------------------------------------

# The characters of a Chinese street name: any ideograph but those that end a place name (市, 區 …)
# or belong to the sentence around it (住在, 搬到, 的 …). The city and district before a street
# are left: they are not specific enough to find a person.
_NOT_STREET = "市縣县區区鄉乡鎮镇里村在住是我家的到於于址近從从和跟去來来位於于搬離离靠就"
_STREET_CHAR = rf"(?:(?![{_NOT_STREET}])[{CJK}])"
_ZH_NUMBER = r"(?:\d{1,5}|[一二三四五六七八九十百零〇兩两]{1,4})"
_ZH_ADDRESS = re.compile(
    rf"{_STREET_CHAR}{{1,6}}(?:路|街|大道)"
    rf"(?: ?{_ZH_NUMBER} ?段)?"
    rf"(?P<lane> ?{_ZH_NUMBER} ?巷)?"
    rf"(?P<alley> ?{_ZH_NUMBER} ?弄)?"
    rf"(?P<number> ?\d{{1,5}}(?:[-之]\d{{1,3}})? ?[號号](?:之 ?\d{{1,3}})?)?"
    rf"(?: ?(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}}) ?(?:樓|楼|F|f)(?:之 ?\d{{1,3}})?)?"
)

_EN_STREET_TYPE = (
    r"(?:Street|Road|Avenue|Boulevard|Lane|Drive|Way|Court|Place|Terrace|Crescent|Highway|Parkway|Square|"
    r"(?:St|Rd|Ave|Blvd|Ln|Ct|Hwy)\.?)"
)
_EN_UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm)\.? ?#? ?\d{1,5}[A-Za-z]?(?![A-Za-z0-9])"
_EN_WORDS = r"(?:(?:[A-Z][A-Za-z'’.-]{0,20}|[NSEW]\.?|\d{1,3}(?:st|nd|rd|th)) ){1,4}"
_FLOOR = r"(?:\d{1,3} ?F\.?(?:-\d{1,2})?|\d{1,3}(?:st|nd|rd|th)? ?(?:Fl\.?|Floor))"
# "12 Main Street", "221B Baker St., Apt 4", "350 5th Avenue".
_EN_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9.,$])\d{{1,5}}(?:-\d{{1,4}})?[A-Za-z]?,? {_EN_WORDS}{_EN_STREET_TYPE}(?![A-Za-z])"
    rf"(?:,? ?{_EN_UNIT})?"
)
# Taiwan's English order: "5F, No. 5, Lane 20, Section 2, Zhongshan Rd" (a street or a lane must
# follow the number, so a perfume called "No. 5" stays).
_EN_TW_ADDRESS = re.compile(
    rf"(?:{_FLOOR},? ?)?No\. ?\d{{1,5}}(?:-\d{{1,4}})?(?:,? ?{_FLOOR})?"
    rf"(?:,? ?(?:(?:Alley|Aly\.?|Lane|Ln\.?|Section|Sec\.?) ?\d{{1,4}}|{_EN_WORDS}{_EN_STREET_TYPE}(?![A-Za-z])))+"
    rf"(?:,? ?{_EN_WORDS}{_EN_STREET_TYPE}(?![A-Za-z]))?"
    rf"(?:,? ?{_FLOOR})?"
)
_EN_LANE_FIRST = re.compile(
    rf"(?<![A-Za-z])(?:Alley|Aly\.?|Lane|Ln\.?) ?\d{{1,4}},? ?"
    rf"(?:(?:Alley|Aly\.?|Lane|Ln\.?|Section|Sec\.?) ?\d{{1,4}},? ?)*"
    rf"{_EN_WORDS}{_EN_STREET_TYPE}(?![A-Za-z])"
)
_EN_UNIT_ALONE = re.compile(r"(?<![A-Za-z])(?:Apt|Apartment|Suite)\.? ?#? ?\d{1,5}[A-Za-z]?(?![A-Za-z0-9])")


def addresses(text: str) -> Iterator[Span]:
    """Street addresses: the street and its numbers (路/街/段/巷/弄/號/樓, No. 5, Lane 20, 12 Main Street, Apt 4B)."""
    for match in _ZH_ADDRESS.finditer(text):
        if match["lane"] or match["alley"] or match["number"]:
            yield ADDRESS, match.start(), match.end()
    for pattern in (_EN_ADDRESS, _EN_TW_ADDRESS, _EN_LANE_FIRST, _EN_UNIT_ALONE):
        for match in pattern.finditer(text):
            yield ADDRESS, match.start(), match.end()


# --------------------------------------------------------------------------------------
# Birth dates
# --------------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:{_DAY} (?:of )?{_MONTH},? ?(?:{_YEAR})?"
    rf"|{_MONTH} {_DAY}(?:,? ?{_YEAR})?"
    rf"|{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"
    rf"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:{_YEAR}|\d\d)"  # day and month either way
    rf"|\d{{2,3}}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"  # ROC years: 76/03/03
    rf"|(?:民國|民国|西元)? ?\d{{2,4}} ?年 ?\d{{1,2}} ?月 ?\d{{1,2}} ?[日號号]?"
    rf"|\d{{1,2}} ?月 ?\d{{1,2}} ?[日號号])"
)
_BIRTH_BEFORE = r"(?:born|birth ?day|birth ?date|date of birth|d\.?o\.?b\.?|生日|出生日期|出生年月日|出生|生於|生于)"
_GAP = r"(?: ?(?:is|was|on|in|the|of|date|:|=|-|,|是|為|为|在|於|于|：|，) ?){0,3} ?"
# A month and day in digits without a year (生日 12/3) only right after the word birthday.
_MONTH_DAY = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_BIRTH = re.compile(
    rf"(?<![A-Za-z]){_BIRTH_BEFORE}(?![a-z]){_GAP}(?P<date>{_DATE})(?![0-9/])"
    rf"|(?<![A-Za-z])(?:birth ?day|生日)(?![a-z]){_GAP}(?P<month_day>{_MONTH_DAY})(?![0-9/])"
    rf"|(?<![0-9])(?P<date_zh>{_DATE}) ?(?:出生|生(?![病產产氣气長长理活效意命物成])|\(?(?:dob|birthday)\)?)",
    re.IGNORECASE,
)


def birth_dates(text: str) -> Iterator[Span]:
    """Exact dates of birth: a date next to born, DOB, birthday, 生日, 出生, or followed by 生."""
    for match in _BIRTH.finditer(text):
        group = next(group for group in ("date", "month_day", "date_zh") if match[group])
        yield BIRTH_DATE, match.start(group), match.end(group)


# --------------------------------------------------------------------------------------
# Names in self-introductions
# --------------------------------------------------------------------------------------

_TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss)\.? ")
_EN_NAME = r"(?:(?:Mr|Mrs|Ms|Miss)\.? )?[A-Z][a-z]+(?:[-'’][A-Za-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z]+)?){0,2}"
_RELATIVES = (
    r"son|daughter|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mom|mum|mother|dad|father|baby|kid|child|"
    r"brother|sister|grandma|grandmother|grandpa|grandfather|toddler|boy|girl|newborn|grandson|granddaughter"
)
_EN_INTRO = re.compile(
    rf"(?i:my name is|my name's|my name:|(?<![^\n])name:|i am called|i'm called|i am|i'm|call me|i go by|"
    rf"(?:hi|hello|hey|dear doctors?|dear dr\.?)[,!.]? this is)\s{{1,2}}(?P<intro>{_EN_NAME})"
    rf"|(?i:my (?:{_RELATIVES}))(?i:'s name is| named| called|,)? (?P<relative>{_EN_NAME})"
    rf"|(?i:this is) (?P<speaking>{_EN_NAME})(?= (?i:speaking|here))"
)
# Capitalised words that start a clause after "my son" or "I am", rather than name anyone.
_NOT_NAMES = _words(
    "he she it they we i you the this that these those but and so also has had have is was who when where "
    "what why how however then now after before since recently lately today yesterday last since sometimes "
    "mr mrs ms miss dr doctor taiwanese american british asian chinese japanese korean pregnant allergic "
    "worried scared afraid currently not a an monday tuesday wednesday thursday friday saturday sunday "
    "tomorrow tonight january february march april may june july august september october november december"
)
# "I am" / "I'm" introduce a name only when the word after is one of a person's names, not a state
# ("I'm Worried", "I am Taiwanese"): a first name and a surname, both capitalised, or a name then an age.
_AGE_NEXT = re.compile(r",? (?:\d{1,2}(?![0-9])|aged? \d)")  # "I'm Anna, 28F": a one-word name, then an age
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)? [A-Z][a-z]+(?:-[A-Za-z]+)?")

# Common Taiwanese surnames (traditional and simplified), and a few compound ones.
_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋"
    "鄧杜傅侯曹薛丁卓阮馬董溫唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵錢伍倪于譚駱熊"
    "任甘秦顧毛章史官萬俞雷粘饒凃"
    "陈黄张刘杨许郑谢叶苏庄吕萧罗钟邹龚严韩陆钱谭骆顾万饶孙邓冯汤蓝蒋纪连欧"
)
_COMPOUND_SURNAMES = "歐陽|欧阳|司馬|司马|諸葛|诸葛|上官|張簡|张简|范姜"
_SURNAME = rf"(?:{_COMPOUND_SURNAMES}|[{_SURNAMES}])"
_TITLE = r"(?:小姐|先生|太太|女士|媽媽|妈妈|爸爸|阿姨|同學|同学)"
# A given name after 我叫: two or three ideographs, then a pause or a word that starts the next clause.
# 叫 also means "call for" or "order" (我叫了救護車, 我叫他不要抓, 我叫外送, 我叫計程車): a name does not
# start with those objects' first characters.
_ZH_NAME = (
    rf"(?![了他她你妳您我們们醫医救人不做過过著着住到在的來来去車车計计外醒一這这那是很有沒没])[{CJK}]{{2,3}}?"
    rf"(?=[^{CJK}]|$|今|是|有|從|从|在|的|目|最|想|因|現|现|住|已|這|这|那|也|身|皮|臉|脸|手|腳|脚|頭|头|就|很|一|幾|几|"
    r"半|去|上|下|前|後|后|和|跟|，|。|大|小(?!姐)|快|才|剛|刚|平|每|常)"
)
_RELATIVES_ZH = (
    r"兒子|儿子|女兒|女儿|老公|先生|太太|老婆|媽媽|妈妈|媽|妈|爸爸|爸|弟弟|妹妹|哥哥|姊姊|姐姐|小孩|孩子|寶寶|宝宝|"
    r"男友|女友|男朋友|女朋友|阿嬤|阿公|奶奶|爺爺|爷爷|外婆|外公"
)
_ZH_INTRO = re.compile(
    rf"(?:我叫(?:做)?|我的名字(?:是|叫做|叫)|我名字(?:是|叫做|叫)|本名(?:是|叫)?|名字[:：]|姓名[:：]|"
    rf"我(?:的)?(?:{_RELATIVES_ZH})(?:的名字)?(?:叫|名字是|名叫)) ?"
    # A Chinese name, or the English name many Taiwanese go by (我叫Amy).
    rf"(?:(?P<given>{_SURNAME}?{_ZH_NAME})|(?P<latin>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![A-Za-z]))"
    # 我是 + surname needs a title: 我是陳小姐 is a name, 我是林口人 is a place.
    rf"|我是 ?(?P<titled>{_SURNAME}{_TITLE})"
    rf"|(?:我姓|敝姓|本人姓) ?(?P<surname>{_SURNAME})"
)
_GROUPS = ("intro", "relative", "speaking", "given", "latin", "titled", "surname")


def _group(match: re.Match[str]) -> str:
    return next(group for group in _GROUPS if group in match.re.groupindex and match[group])


def _is_english_name(match: re.Match[str]) -> bool:
    name = _TITLED.sub("", match[_group(match)])
    if name.split()[0].lower() in _NOT_NAMES:
        return False
    cue = match[0][: match.start(_group(match)) - match.start()].strip().lower()
    if cue not in ("i am", "i'm", "i’m"):
        return True
    return bool(_FULL_NAME.fullmatch(name)) or bool(_AGE_NEXT.match(match.string, match.end()))


def names(text: str) -> Iterator[Span]:
    """Names given as names: "my name is …", "this is … speaking", "my son …", 我叫…, 我是陳小姐, 我姓王."""
    for match in _accepted(_EN_INTRO, text, _is_english_name):
        yield NAME, match.start(_group(match)), match.end(_group(match))
    for match in _ZH_INTRO.finditer(text):
        yield NAME, match.start(_group(match)), match.end(_group(match))


DETECTORS: tuple[Callable[[str], Iterator[Span]], ...] = (
    phones,
    emails,
    id_numbers,
    health_cards,
    passports,
    links,
    handles,
    addresses,
    birth_dates,
    names,
)

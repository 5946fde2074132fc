"""The check digit of Taiwan's national ID and resident certificate numbers decides what is an ID."""

import pytest

from qa.privacy import ID_NUMBER, find, is_valid_id
from qa.privacy.checksums import LETTER_CODES, check_digit

VALID = [
    "A123456789",  # the textbook national ID
    "F131104093",
    "L160181599",
    "B101661312",
    "T209139092",
    "E285995283",
    "a123456789",  # lower case
    "A 123 456 789",  # spaces
    "F-131-104-093",  # hyphens
    "A800000014",  # new resident certificate (2021 format), male
    "A900000016",  # new resident certificate, female
    "U903082464",
    "AA00000009",  # old resident certificate
    "AC01234567",
    "EA94821998",
    "RD03137218",
]
INVALID = [
    "A123456788",  # last digit off by one
    "A123456780",
    "F131104094",
    "B101661315",
    "A800000015",
    "AA00000008",
    "AC01234568",
    "A323456789",  # second digit must be 1, 2, 8 or 9
    "AE00000009",  # old format: second letter A-D only
    "1123456789",
    "A12345678",  # nine characters
    "A1234567890",
    "",
]


@pytest.mark.parametrize("number", VALID)
def test_valid_numbers_pass(number):
    assert is_valid_id(number)


@pytest.mark.parametrize("number", INVALID)
def test_invalid_numbers_fail(number):
    assert not is_valid_id(number)


def test_each_letter_has_its_own_two_digit_code():
    assert sorted(LETTER_CODES) == [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    assert sorted(LETTER_CODES.values()) == list(range(10, 36))


@pytest.mark.parametrize("prefix", ["A12345678", "Z29999999", "I18888888", "O28765432", "K80000000", "CB7684268"])
def test_check_digit_completes_a_valid_number_and_only_that_digit_does(prefix):
    digit = check_digit(prefix)
    assert is_valid_id(prefix + digit)
    assert [is_valid_id(prefix + str(d)) for d in range(10)].count(True) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("我的身分證字號是A123456789", True),
        ("我的身分證字號是A123456788", False),  # an invalid checksum is not an ID
        ("ID: a123 456 789 thanks", True),
        ("old ARC AC01234567.", True),
        ("old ARC AC01234568.", False),
        ("order AB12345670 from the pharmacy", False),
        ("product code XA123456789", False),  # inside a longer code
    ],
)
def test_find_reports_an_id_only_with_a_right_check_digit(text, found):
    assert any(detail.kind == ID_NUMBER for detail in find(text)) is found

"""Each kind of detail in the forms the issue lists, and the neighbours that must not count."""

import pytest

from qa.privacy import ADDRESS, BIRTH_DATE, EMAIL, HANDLE, HEALTH_CARD, ID_NUMBER, LINK, NAME, PASSPORT, PHONE, find


def found(text):
    return [(detail.kind, detail.text) for detail in find(text)]


def cases(kind, rows):
    """Parametrize (text, detail) rows: find(text) must report exactly that one detail of that kind."""
    return pytest.mark.parametrize(("text", "expected"), [pytest.param(t, (kind, d), id=t[:40]) for t, d in rows])


@cases(
    PHONE,
    [
        ("call 0912-345-678 please", "0912-345-678"),
        ("call 0912 345 678 please", "0912 345 678"),
        ("call 0912345678 please", "0912345678"),
        ("call +886 912 345 678 please", "+886 912 345 678"),
        ("call +886-9-1234-5678 please", "+886-9-1234-5678"),
        ("call 886912345678 please", "886912345678"),
        ("call (02) 2345-6789 please", "(02) 2345-6789"),
        ("call 02-23456789 please", "02-23456789"),
        ("call 04 2234 5678 please", "04 2234 5678"),
        ("call 07-1234567 please", "07-1234567"),
        ("call +1 415 555 0134 please", "+1 415 555 0134"),
        ("call +44 20 7946 0958 please", "+44 20 7946 0958"),
        ("call +852 2345 6789 please", "+852 2345 6789"),
        ("我的電話是0912345678謝謝", "0912345678"),
        ("手機 0912-345-678", "0912-345-678"),
        ("有事聯絡 0912 345 678", "0912 345 678"),
        ("打給我0912345678", "0912345678"),
        ("加我 0912345678", "0912345678"),
        ("電話 2345 6789 白天都在", "2345 6789"),  # a local number without area code, after 電話
        ("手機０９１２３４５６７８", "０９１２３４５６７８"),
        ("電話：零九一二三四五六七八", "零九一二三四五六七八"),
        ("call 0912\u200b345\u200b678", "0912\u200b345\u200b678"),  # zero-width spaces inside
    ],
)
def test_phone_numbers(text, expected):
    assert found(text) == [expected]


@cases(
    EMAIL,
    [
        ("mail me at amy.lin@gmail.com.", "amy.lin@gmail.com"),
        ("信箱amy_lin+derm@yahoo.com.tw謝謝", "amy_lin+derm@yahoo.com.tw"),
        ("name at gmail dot com", "name at gmail dot com"),
        ("write to name(at)gmail.com", "name(at)gmail.com"),
        ("write to name [at] clinic [dot] org", "name [at] clinic [dot] org"),
        ("信箱 name＠gmail．com", "name＠gmail．com"),
        ("信箱 amy小老鼠gmail.com", "amy小老鼠gmail.com"),
        ("mail amy at hotmail.com", "amy at hotmail.com"),
    ],
)
def test_email_addresses(text, expected):
    assert found(text) == [expected]


@cases(
    ID_NUMBER,
    [
        ("身分證A123456789", "A123456789"),
        ("id a123456789", "a123456789"),
        ("ID A 1234 56789", "A 1234 56789"),
        ("new ARC A800000014", "A800000014"),
        ("old ARC AA00000009", "AA00000009"),
        ("身分證字號：Ａ１２３４５６７８９", "Ａ１２３４５６７８９"),
    ],
)
def test_id_numbers(text, expected):
    assert found(text) == [expected]


@cases(
    HEALTH_CARD,
    [
        ("健保卡號 0000 1234 5678", "0000 1234 5678"),
        ("健保卡：000012345678", "000012345678"),
        ("my NHI card is 0000-1234-5678", "0000-1234-5678"),
        ("health insurance card number 000012345678", "000012345678"),
        ("000012345678 是我的健保卡號", "000012345678"),
    ],
)
def test_health_insurance_card_numbers(text, expected):
    assert found(text) == [expected]


@cases(
    PASSPORT,
    [
        ("passport 312345678", "312345678"),
        ("my passport no. is E12345678", "E12345678"),
        ("護照號碼：K1234567", "K1234567"),
        ("Philippine passport P1234567A", "P1234567A"),
    ],
)
def test_passport_numbers(text, expected):
    assert found(text) == [expected]


@cases(
    LINK,
    [
        ("see https://example.com/a?b=1.", "https://example.com/a?b=1"),
        ("see http://bit.ly/abc", "http://bit.ly/abc"),
        ("see www.example.com, thanks", "www.example.com"),
        ("see example.com/path", "example.com/path"),
        ("我的臉書 facebook.com/amy.lin.77 有照片", "facebook.com/amy.lin.77"),
        ("網站 clinic.com.tw 說的", "clinic.com.tw"),
    ],
)
def test_links(text, expected):
    assert found(text) == [expected]


@cases(
    HANDLE,
    [
        ("LINE ID: amy_0412", "amy_0412"),
        ("line: amy0412", "amy0412"),
        ("賴: amy0412", "amy0412"),
        ("加我line amy0412", "amy0412"),
        ("我的賴是amy", "amy"),
        ("follow @amy.skin on IG", "@amy.skin"),
        ("微信：wxid_amy2020", "wxid_amy2020"),
        ("WeChat ID: amylin88", "amylin88"),
        ("my IG is amy.lin_88", "amy.lin_88"),
    ],
)
def test_messaging_handles(text, expected):
    assert found(text) == [expected]


@cases(
    ADDRESS,
    [
        ("住台北市大安區忠孝東路四段123巷4弄5號6樓", "忠孝東路四段123巷4弄5號6樓"),
        ("在中山路二段100號", "中山路二段100號"),
        ("住永康街8巷3號之1", "永康街8巷3號之1"),
        ("I live at 12 Main Street.", "12 Main Street"),
        ("No. 5, Lane 20, Section 2, Zhongshan Rd, Taipei", "No. 5, Lane 20, Section 2, Zhongshan Rd"),
        ("we are in Apt 4B now", "Apt 4B"),
    ],
)
def test_street_addresses(text, expected):
    assert found(text) == [expected]


@cases(
    BIRTH_DATE,
    [
        ("I was born on 3 March 1987", "3 March 1987"),
        ("DOB 1987-03-03", "1987-03-03"),
        ("date of birth: 03/03/1987", "03/03/1987"),
        ("my birthday is March 3, 1987", "March 3, 1987"),
        ("我的生日是1987年3月3日", "1987年3月3日"),
        ("民國76年3月3日生", "民國76年3月3日"),
        ("1987年3月3日出生", "1987年3月3日"),
        ("出生年月日 76/03/03", "76/03/03"),
    ],
)
def test_birth_dates(text, expected):
    assert found(text) == [expected]


@cases(
    NAME,
    [
        ("my name is Jenny Lin", "Jenny Lin"),
        ("I'm called Jenny", "Jenny"),
        ("Hello, this is Kevin, I have acne", "Kevin"),
        ("this is Kevin speaking", "Kevin"),
        ("my son Jake has eczema", "Jake"),
        ("my husband, David, has a rash", "David"),
        ("我叫王小明，今年25歲", "王小明"),
        ("我是陳小姐", "陳小姐"),
        ("我姓王", "王"),
        ("我的名字是林美玲", "林美玲"),
        ("我女兒叫思妤，今年六歲", "思妤"),
    ],
)
def test_names_in_self_introductions(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "住在台北市大安區",  # a city and district alone
        "中山路上的診所",  # a street without a number
        "Chanel No. 5 gives me a rash",
        "since 3 March it itches",  # a date without a birth word
        "on 2024-05-01 I noticed a spot",
        "2月3日生病之後開始脫皮",  # 生 here is "got ill", not "was born"
        "my birthday party was on 2024-05-01",
        "我叫了救護車",  # 叫 as "called for"
        "我叫他不要抓",
        "我叫外送，吃了蝦子之後起疹子",
        "我叫計程車去急診",
        "我是林口人",  # a surname-like character that is a place
        "I'm Taiwanese, 34 years old",
        "I am worried about my son. He has a rash",
        "Bottom line: see a doctor",
        "a brown line under my nail",
        "my IG is private",
        "follow @ 10 am",
        "A123456788 is not a valid ID",
        "000012345678 without any card word",
        "passport photo from 2019",
        "my email is private",
        "e.g. use it 2x daily, i.e. morning and night",
        "Dr. Chen prescribed it",
    ],
)
def test_look_alikes_are_not_details(text):
    assert found(text) == []


def test_simplified_chinese_addresses_and_offsets_are_read_as_traditional():
    from qa.privacy import find, redact

    text = "我住台北市中山区南京东路二段100号5楼，电话0912345678"
    found = find(text)
    assert [(d.kind, d.text) for d in found] == [("address", "南京东路二段100号5楼"), ("phone", "0912345678")]
    assert redact(text, lang="auto") == "我住台北市中山区[已移除地址]，电话[已移除電話號碼]"

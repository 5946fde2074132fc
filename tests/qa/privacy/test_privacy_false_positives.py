"""The numbers a dermatology question is full of are not personal details, nor is anything in the demo archive."""

import pytest

from portal.demo import content
from qa.privacy import find

NUMBERS = [
    # temperatures
    "fever 38.5, then 39°C, now 37.8 C",
    "發燒38.5度，最高39度",
    # doses, strengths, ratios
    "tretinoin 0.05%, clindamycin 1%, benzoyl peroxide 2.5%",
    "500 mg twice a day, 2.5 mg/kg, 1:1000 adrenaline, 0.1 mL",
    "藥膏0.1%一天兩次，每次5cc，1:1000稀釋",
    # durations and counts
    "for 3 weeks, 10 days, 2 months; 50 pills in the box",
    "擦了2個月，吃了3週，一天3次",
    # years and ages
    "since 2019, I'm 34 years old, my dad is 76",
    "民國76年開始，76歲的阿嬤，87年次",
    # sizes
    "a 5 mm mole grew to 7 mm; the patch is 2 cm by 3 cm",
    "痣0.5公分，紅腫5公分",
    # sun protection, products
    "SPF 50 PA++++, SPF30, Cetaphil, Eucerin 10% urea, CeraVe PM, La Roche-Posay Cicaplast B5",
    # blood tests
    "WBC 11.2, CRP 15 mg/L, IgE 1500 IU/mL, HbA1c 6.1%, ferritin 12 ng/mL, platelets 250000",
    "白血球12000，IgE 1500，維他命D 18",
    # clock times, heights, weights, prices, ranges
    "worst at 10:30 pm and 5:30 am",
    "I'm 165 cm and 55 kg; my son is 110 cm, 18.5 kg",
    "it cost NT$500, the other one NT$1,200 or 3,500 TWD",
    "3-5 times a day, 100-150 hairs, 8-12 weeks",
    # dates without a birth word
    "it started on 2024-05-01, got worse on 05/06/2024 and 3 March",
    "2024年5月1日開始發現，3月3日開始癢",
    "on 06-12-2024 it spread, since 03-05-2023, 05 10 2024, between 08-10 2024",
    # other numbers
    "COVID-19 in 2022, H1N1, HPV 16/18, type 2 diabetes, vitamin B12 1000 mcg, omega-3",
    "report no. 2024-12345, page 2, section 4, step 1, room 12",
    "12,000 steps, 2 ppm chlorine, 3M tape, 4-5 hours of sleep",
]


@pytest.mark.parametrize("text", NUMBERS)
def test_numbers_in_questions_are_not_details(text):
    assert [(d.kind, d.text) for d in find(text)] == []


def _archive_texts():
    for thread in [*content.threads(), *content.pending()]:
        yield f"thread {thread['key']}: title", thread["title"]
        yield f"thread {thread['key']}: body", thread["body"]
        for number, answer in enumerate(thread["answers"], start=1):
            yield f"thread {thread['key']}: answer {number}", answer["body"]
            if answer.get("more_info"):
                yield f"thread {thread['key']}: answer {number} more info", answer["more_info"]
    for article in content.articles():
        yield f"article {article['slug']}: title", article["title"]
        yield f"article {article['slug']}: summary", article["summary"]
        for section in article["sections"]:
            yield f"article {article['slug']}: {section['heading']}", f"{section['heading']}\n\n{section['body']}"


def test_the_demo_archive_holds_no_personal_detail():
    texts = list(_archive_texts())
    assert len(texts) > 300
    found = [f"{where}: {d.kind} {d.text!r}" for where, text in texts for d in find(text)]
    assert found == []

"""A visitor reads the archive: home, a department, a topic, a thread, a Similar Q&A link, a
Related FAQ link, then searches; axe-core checks every page type on the way."""

import pytest

from tests import factories as f


def test_a_visitor_finds_answers_by_department_topic_similar_threads_faq_and_search(browser):
    dermatology = f.department("Dermatology")
    eczema, itch = f.tag("Eczema"), f.tag("Itchy skin")
    f.thread(title="Itchy red patches in the crook of my elbows", tags=[eczema, itch], dept=dermatology,
             answer_body="This looks like **atopic eczema**: moisturise twice a day.")
    f.thread(title="Dry cracked skin on both hands every winter", tags=[eczema], dept=dermatology)
    f.article(title="Eczema: causes and care", tags=[eczema], dept=dermatology)

    browser.visit("/")
    assert browser.heading == "Skin questions, answered by verified dermatologists"
    browser.check_accessibility("home")
    # axe-core ran through WebDriver, outside the page's Content-Security-Policy, which still holds
    # for the page itself: an inline script added to it is refused.
    browser.js("const s = document.createElement('script'); s.textContent = 'window.inlineRan = 1';"
               "document.body.append(s)")
    assert browser.js("return window.inlineRan") is None
    assert any("Content Security Policy" in error for error in browser.console_errors())

    browser.follow("Dermatology", within=browser.section("Departments"))
    assert browser.heading.startswith("Dermatology")
    assert "Itchy red patches in the crook of my elbows" in browser.text
    browser.check_accessibility("department")

    browser.follow("Itchy skin")
    assert "Itchy skin" in browser.heading
    browser.check_accessibility("topic")

    browser.follow("Itchy red patches in the crook of my elbows")
    assert browser.heading == "Itchy red patches in the crook of my elbows"
    assert "This looks like atopic eczema: moisturise twice a day." in browser.text
    browser.check_accessibility("thread")

    browser.follow("Dry cracked skin on both hands every winter", within=browser.section("Similar Q&A"))
    assert browser.heading == "Dry cracked skin on both hands every winter"

    browser.follow("Eczema: causes and care", within=browser.section("Related FAQ"))
    assert browser.heading == "Eczema: causes and care"
    assert "When to seek urgent help" in browser.text
    browser.check_accessibility("FAQ article")

    browser.fill("Search questions and FAQ", "elbows")
    browser.press("Search", within=browser.driver.find_element("css selector", "header"))
    assert browser.heading == "Search"
    results = browser.section("Answered questions")
    assert "Itchy red patches in the crook of my elbows" in results.text
    assert "Dry cracked skin on both hands every winter" not in results.text
    browser.check_accessibility("search")


def test_the_accessibility_check_fails_on_a_serious_violation(browser):
    """The check is not vacuous: a button without a name (critical for axe-core) fails it."""
    browser.visit("/")
    browser.js("document.querySelector('main').append(document.createElement('button'))")
    with pytest.raises(AssertionError, match="critical button-name"):
        browser.check_accessibility("home with a nameless button")


def test_a_visitor_switches_to_traditional_chinese_and_back_from_the_footer(browser):
    dermatology = f.department("Dermatology")
    eczema = f.tag("Eczema")
    eczema.name_zh = "濕疹"
    eczema.save()
    thread = f.thread(title="手肘內側紅癢脫皮三個月", tags=[eczema], dept=dermatology,
                      body="我的手肘內側又紅又癢，已經三個月了，擦乳液也沒有改善。",
                      answer_body="看起來像是**異位性皮膚炎**：每天擦兩次保濕劑。")

    browser.visit("/")
    footer = browser.driver.find_element("css selector", "footer")
    browser.press("繁體中文", within=footer)
    assert browser.path == "/zh-hant/"
    assert browser.heading == "皮膚問題，由經過認證的皮膚科醫師回答"
    assert browser.js("return document.documentElement.lang") == "zh-Hant"
    browser.check_accessibility("home in Traditional Chinese")

    browser.follow("手肘內側紅癢脫皮三個月")
    assert browser.path == "/zh-hant" + thread.get_absolute_url()
    assert "看起來像是異位性皮膚炎：每天擦兩次保濕劑。" in browser.text
    assert "濕疹" in browser.text
    browser.check_accessibility("thread in Traditional Chinese")

    # The choice is remembered: an English address sends this visitor to the Chinese page.
    browser.visit(thread.get_absolute_url())
    assert browser.path == "/zh-hant" + thread.get_absolute_url()
    browser.press("English", within=browser.driver.find_element("css selector", "footer"))
    assert browser.path == thread.get_absolute_url()
    assert browser.js("return document.documentElement.lang") == "en"
    assert "Eczema" in browser.text and "濕疹" not in browser.text  # the page's words are English again

"""The patient's ask journey with the keyboard only (Tab, typing, Space, arrows, Enter); at every
stop of the focus, the focused element shows an outline or a box-shadow."""

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from qa.models import Question
from tests import factories as f
from tests.accounts.helpers import PASSWORD, account
from tests.browser.steps import CONSENT


def test_a_patient_asks_with_the_keyboard_alone_and_always_sees_the_focus(browser):
    f.department("Dermatology")
    account(email="keys@example.org")
    browser.visit("/")

    # The first Tab reaches the skip link, which appears; Enter moves the focus to the content.
    assert browser.tab_to("Skip to main content")["onscreen"]
    browser.keys(Keys.ENTER)
    assert browser.js("return document.activeElement.id") == "main"

    browser.visit("/")
    browser.tab_to("Sign in")
    browser.enter()
    browser.tab_to("Email")
    browser.keys("keys@example.org")
    browser.tab_to("Password")
    browser.keys(PASSWORD)
    browser.enter()
    assert browser.heading == "My questions"

    browser.tab_to("Ask a doctor")
    browser.enter()
    assert browser.heading == "Ask a dermatologist"
    browser.tab_to("Your question in one sentence")
    browser.keys("Itchy rings on my forearm")
    browser.tab_to("Describe the problem")
    browser.keys("Two round itchy rings with a scaly edge on my left forearm for three weeks.")
    browser.tab_to("Age")
    browser.keys(*[Keys.ARROW_DOWN] * 4)  # Choose…, 0~9, 10~19, 20~29, 30~39
    browser.tab_to("Sex")
    browser.keys(Keys.ARROW_DOWN)
    browser.tab_to("arms")
    browser.keys(Keys.SPACE)
    browser.tab_to("How long has it lasted?")
    browser.keys(*[Keys.ARROW_DOWN] * 2)  # Choose…, a few days, one to four weeks
    browser.tab_to("none")  # the first choice of "Does it itch?"; the arrows pick another
    browser.keys(Keys.ARROW_DOWN)
    browser.tab_to("none")  # "Does it hurt?"
    browser.keys(Keys.SPACE)
    browser.tab_to(CONSENT)
    browser.keys(Keys.SPACE)
    assert Select(browser.field("Age")).first_selected_option.text == "30~39"
    assert Select(browser.field("How long has it lasted?")).first_selected_option.text == "one to four weeks"

    browser.tab_to("Preview my question")
    browser.enter()
    assert "Itchy rings on my forearm" in browser.section("Preview: how your question will appear").text
    browser.tab_to("Send my question")
    browser.enter()
    assert browser.heading == "Itchy rings on my forearm"
    question = Question.objects.get(title="Itchy rings on my forearm")
    assert (question.itch, question.pain, question.duration) == ("mild", "none", "weeks")
    assert question.body_site_labels == ["arms"]
    assert browser.focus_stops > 20

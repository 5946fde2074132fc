"""A patient signs up, confirms from the email, asks with a preview, sends, finds the question in
"My questions", and sees the notification once a doctor has answered."""

import re
from urllib.parse import urlsplit

from django.core import mail

from qa.models import Question
from qa.services import answer_publish, question_claim
from tests import factories as f

CONSENT = ("I agree that, once answered, my question may be published without my name, showing only my "
           "age range and sex (and my public name, if I chose one).")
PASSWORD = "amber-harbour-5820"


def sign_up(browser, email: str) -> None:
    """Sign up from the header, then confirm with the link of the email."""
    browser.visit("/")
    browser.follow("Sign up")
    browser.check_accessibility("sign-up")
    browser.fill("Email", email)
    browser.fill("Password", PASSWORD)
    browser.fill("Password (again)", PASSWORD)
    browser.press("Sign Up")
    assert "Verify Your Email Address" in browser.heading
    [message] = [m for m in mail.outbox if m.to == [email]]
    link = re.search(r"https?://\S+", message.body).group(0)
    browser.visit(urlsplit(link).path)
    browser.check_accessibility("email confirmation")
    browser.press("Confirm")


def fill_question(browser, title: str) -> None:
    browser.fill("Your question in one sentence", title)
    browser.fill("Describe the problem", "For three months I have had red, thick, scaly patches on both elbows.")
    browser.select("Age", "30~39")
    browser.select("Sex", "female")
    browser.choose("arms")
    browser.select("How long has it lasted?", "one to six months")
    browser.choose("mild", within=browser.section("Does it itch?"))
    browser.choose("none", within=browser.section("Does it hurt?"))
    browser.fill("What have you tried already?", "Moisturiser twice a day.")
    browser.choose(CONSENT)


def test_a_patient_signs_up_asks_and_is_told_of_the_answer(browser):
    dermatology = f.department("Dermatology")
    f.thread(title="Scaly patches on my elbows and knees", tags=["Psoriasis"], dept=dermatology)
    doctor = f.doctor(dept=dermatology, name="Dr. Lin")

    sign_up(browser, "patient@example.org")
    browser.follow("Ask a doctor", within=browser.driver.find_element("css selector", "header"))
    assert browser.heading == "Ask a dermatologist"
    browser.check_accessibility("ask form")
    fill_question(browser, "Red scaly patches on both elbows")
    browser.press("Preview my question")

    preview = browser.section("Preview: how your question will appear once answered")
    assert "Red scaly patches on both elbows" in preview.text
    assert "30~39 year old female" in preview.text
    assert "Scaly patches on my elbows and knees" in browser.section("It may already be answered").text
    browser.check_accessibility("ask preview")
    browser.press("Send my question")
    assert browser.heading == "Red scaly patches on both elbows"
    browser.check_accessibility("private question")

    browser.follow("My questions")
    row = browser.driver.find_element("xpath", "//tr[.//a[normalize-space()='Red scaly patches on both elbows']]")
    assert "Waiting for a doctor" in row.text
    browser.check_accessibility("my questions")

    question = Question.objects.get(title="Red scaly patches on both elbows")
    question_claim(question=question, doctor=doctor)
    answer_publish(question=question, doctor=doctor, body="This looks like **psoriasis**. See us in clinic.")

    browser.visit("/my/questions/")
    assert "Answered" in browser.driver.find_element("xpath", "//tr[.//a[normalize-space()="
                                                              "'Red scaly patches on both elbows']]").text
    browser.follow("Notifications 1 unread")
    assert browser.heading == "Notifications"
    assert "Your question has been answered: Red scaly patches on both elbows" in browser.text
    browser.check_accessibility("notifications")
    browser.press("Open Red scaly patches on both elbows")
    assert browser.heading == "Red scaly patches on both elbows"
    assert "Dr. Lin" in browser.text and "This looks like psoriasis. See us in clinic." in browser.text
    assert [m for m in mail.outbox if m.to == ["patient@example.org"] and "answered" in m.subject.lower()]

"""A patient signs up, confirms from the email, asks with a preview, sends, finds the question in
"My questions", and sees the notification once a doctor has answered."""

from django.core import mail

from qa.models import Question
from qa.services import answer_publish, question_claim
from tests import factories as f
from tests.browser.steps import fill_question, sign_up


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

"""A doctor signs up, finds the application page by its links, applies; once staff verify them, the
site requires two-factor authentication: they set up an authenticator app, then claim a question
from the queue and answer it with a preview."""

import time

from doctors.models import DoctorProfile
from doctors.services import doctor_verify
from tests import factories as f
from tests.browser.steps import PASSWORD, sign_up


def test_a_doctor_applies_is_verified_sets_up_two_factor_and_answers(browser):
    dermatology = f.department("Dermatology")
    question = f.question(title="Brown spot on my shoulder that grew this year", dept=dermatology)

    sign_up(browser, "doctor@example.org")
    browser.follow("answer questions", within=browser.driver.find_element("css selector", "footer"))
    assert browser.heading == "Answer questions as a doctor"
    browser.check_accessibility("doctor application")
    browser.fill("Full name", "Dr. Mei Chen")
    browser.select("Department", "Dermatology")
    browser.fill("Licence number", "DERM-20931")
    browser.fill("Hospital or clinic", "Taipei Skin Clinic")
    browser.press("Apply")
    assert "Thank you. Our staff will check your licence and tell you here." in browser.text
    assert "Status: Applied, awaiting review." in browser.text

    profile = DoctorProfile.objects.get(user__email="doctor@example.org")
    doctor_verify(profile=profile, verified_by=f.user(is_staff=True))

    browser.visit("/doctor/apply/")
    assert "Status: Verified" in browser.text
    browser.follow("Go to the queue")
    if browser.heading == "Confirm Access":  # allauth asks for the password again before two-factor changes
        browser.fill("Password", PASSWORD)
        browser.press("Confirm")
    assert browser.heading == "Activate Authenticator App"
    browser.check_accessibility("two-factor set-up")
    secret = browser.field("Authenticator secret").get_attribute("value")
    # The code is valid for its 30 seconds only (no tolerance): not in the last two, it could expire in transit.
    if time.time() % 30 > 28:
        time.sleep(30 - time.time() % 30)
    browser.fill("Authenticator code", f.totp_code(secret))
    browser.press("Activate")

    browser.follow("Queue")
    assert browser.heading == "Questions waiting — Dermatology"
    browser.check_accessibility("queue")
    browser.follow("Brown spot on my shoulder that grew this year")
    browser.press("Claim this question")
    browser.check_accessibility("question to answer")
    browser.fill("Your reply", "A spot that **grows** should be examined in person within two weeks.")
    browser.press("Preview")
    preview = browser.driver.find_element("xpath", "//div[@class='card mb-3'][div[normalize-space()='Preview']]")
    assert "A spot that grows should be examined in person within two weeks." in preview.text
    assert preview.find_element("tag name", "strong").text == "grows"
    browser.check_accessibility("answer preview")
    browser.press("Publish the answer")

    browser.visit(question.get_absolute_url())
    assert browser.heading == "Brown spot on my shoulder that grew this year"
    assert "Dr. Mei Chen" in browser.text
    assert "A spot that grows should be examined in person within two weeks." in browser.text

"""A doctor signs up, finds the application page by its links, applies; a member of staff, in a
browser of their own, signs in with their second factor, finds the application from the header and
verifies it; the site then requires two-factor authentication of the doctor: they set up an
authenticator app, then claim a question from the queue and answer it with a preview."""

import time

from tests import factories as f
from tests.accounts.helpers import account
from tests.browser.steps import PASSWORD, sign_in, sign_up


def totp_code_not_about_to_expire(secret: str) -> str:
    """The code is valid for its 30 seconds only (no tolerance): not in the last two, it could expire
    in transit."""
    if time.time() % 30 > 28:
        time.sleep(30 - time.time() % 30)
    return f.totp_code(secret)


def staff_verifies(browser, *, doctor: str, licence: str) -> None:
    """A member of staff signs in with their authenticator app and verifies the application."""
    staff = account(email="staff@example.org", password=PASSWORD, is_staff=True, two_factor=False)
    secret = f.with_totp(staff)
    sign_in(browser, "staff@example.org")
    assert browser.heading == "Two-Factor Authentication"
    browser.check_accessibility("two-factor sign-in")
    browser.fill("Code", totp_code_not_about_to_expire(secret))
    browser.press("Sign In")

    browser.follow("Staff", within=browser.driver.find_element("css selector", "header"))
    assert browser.heading == "Doctors"
    browser.check_accessibility("staff: doctors")
    row = browser.driver.find_element("xpath", f"//tr[td[normalize-space()={licence!r}]]")
    assert doctor in row.text and "Applied, awaiting review" in row.text
    browser.press("Verify", within=row)
    assert f"{doctor}: verified." in browser.text
    browser.follow("All")
    row = browser.driver.find_element("xpath", f"//tr[td[normalize-space()={licence!r}]]")
    assert "Verified" in row.text

    browser.follow("Audit log")
    browser.check_accessibility("staff: audit log")
    rows = [row.text for row in browser.driver.find_elements("css selector", "main tbody tr")]
    assert any(" verified " in row and row.endswith(doctor) for row in rows), rows


def test_a_doctor_applies_is_verified_by_staff_sets_up_two_factor_and_answers(browser, open_browser):
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

    staff_verifies(open_browser(), doctor="Dr. Mei Chen", licence="DERM-20931")

    browser.visit("/doctor/apply/")
    assert "Status: Verified" in browser.text
    browser.follow("Go to the queue")
    if browser.heading == "Confirm Access":  # allauth asks for the password again before two-factor changes
        browser.fill("Password", PASSWORD)
        browser.press("Confirm")
    assert browser.heading == "Activate Authenticator App"
    browser.check_accessibility("two-factor set-up")
    secret = browser.field("Authenticator secret").get_attribute("value")
    browser.fill("Authenticator code", totp_code_not_about_to_expire(secret))
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

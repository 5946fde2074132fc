"""Steps that several journeys share."""

import re
from urllib.parse import urlsplit

from django.core import mail

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


def sign_in(browser, email: str, password: str = PASSWORD) -> None:
    """Sign in from the header's link."""
    browser.visit("/")
    browser.follow("Sign in")
    browser.fill("Email", email)
    browser.fill("Password", password)
    browser.press("Sign In")


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

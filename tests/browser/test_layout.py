"""The header on a laptop and on a phone: one line at 1280 px even for a signed-in doctor with
every link; at 390 px a "Menu" that opens (without JavaScript: a <details>), and no page scrolls
sideways."""

import pytest
from django.test import Client
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from accounts.services import email_mark_verified
from portal.demo.loader import load_demo
from qa.models import Question
from tests import factories as f
from tests.browser.browser import PHONE

HEADER_ITEMS = "header a, header button, header summary, header input"


def sign_in_as(browser, user) -> None:
    """Sign ``user`` in through a session cookie (the sign-in page has its own tests)."""
    client = Client()
    client.force_login(user)
    browser.visit("/robots.txt")
    browser.driver.add_cookie({"name": "sessionid", "value": client.cookies["sessionid"].value, "path": "/"})


def header_lines(browser) -> int:
    """How many lines the header's visible items take (items whose vertical middles differ by more
    than half a line start a new one)."""
    middles = browser.js(f"""
        return [...document.querySelectorAll('{HEADER_ITEMS}')]
          .filter(e => e.offsetParent !== null && !e.closest('.site-menu-panel, .account-menu-list'))
          .map(e => {{ const r = e.getBoundingClientRect(); return r.top + r.height / 2; }});
    """)
    lines = 1
    for previous, middle in zip(sorted(middles), sorted(middles)[1:], strict=False):
        lines += middle - previous > 16
    return lines


def no_sideways_scroll(browser) -> bool:
    """Neither the page nor the header's line is wider than the window."""
    return browser.js("const line = document.querySelector('header .container');"
                      "return document.documentElement.scrollWidth <= innerWidth"
                      " && line.scrollWidth <= line.clientWidth")


def edges(browser) -> list[tuple[float, float]]:
    """The left and right edges of the header's line, the page's content and the footer's."""
    return browser.js("""
        return ['header .container', 'main', 'footer .container'].map(selector => {
          const r = document.querySelector(selector).getBoundingClientRect(); return [r.left, r.right]; });
    """)


def test_a_signed_in_doctor_s_header_is_one_line_at_1280_px_with_its_account_menu(browser):
    doctor = f.doctor(name="Dr. Header")
    doctor.user.is_staff = True  # the longest header: a doctor who is also staff
    doctor.user.save()
    email_mark_verified(user=doctor.user)
    f.thread(asker=doctor.user, title="My own question, answered")  # an unread notification
    sign_in_as(browser, doctor.user)

    browser.visit("/")
    for width in (1440, 1280, 1240):  # 1240: the narrowest with the whole header when signed in
        browser.resize(width, 900)
        header, page, footer = edges(browser)
        assert header == page == footer, width  # the brand lines up with the page's left edge
        for link in ("Questions", "Topics", "FAQ", "Doctors", "My questions", "Queue", "Staff", "Ask a doctor"):
            assert browser.link(link), link
        assert browser.link("Notifications 1 unread")
        assert browser.field("Search questions and FAQ")
        assert header_lines(browser) == 1, width
        assert no_sideways_scroll(browser), width
        assert browser.driver.find_element(By.TAG_NAME, "header").size["height"] < 80
        assert not browser.has_visible("//summary[normalize-space()='Menu']")
    browser.resize(1280, 900)

    browser.driver.find_element(By.XPATH, "//summary[normalize-space()='Account']").click()
    assert browser.button("Sign out") and browser.link("Security: two-factor")
    browser.check_accessibility("header with the account menu open")


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "signed-in"])
def test_at_390_px_the_header_is_a_menu_that_opens_and_no_page_scrolls_sideways(browser, signed_in):
    load_demo()
    if signed_in:
        sign_in_as(browser, f.patient())
    browser.resize(*PHONE)
    thread = Question.objects.published().order_by("-published_at").first()
    pages = ["/", "/questions/", "/tags/", thread.get_absolute_url(), "/faq/", "/doctors/", "/search/?q=itch",
             "/ask/", "/accounts/login/" if not signed_in else "/my/questions/"]
    for path in pages:
        browser.visit(path)
        assert no_sideways_scroll(browser), path
        assert browser.driver.find_element(By.TAG_NAME, "header").size["height"] < 80, path
    browser.visit("/")
    browser.check_accessibility("home at 390 px")
    assert browser.link("Ask a doctor", within=browser.driver.find_element(By.TAG_NAME, "header"))

    assert not browser.has_visible("//header//a[normalize-space()='Questions']")
    menu = browser.driver.find_element(By.XPATH, "//summary[normalize-space()='Menu']")
    assert menu.get_attribute("aria-expanded") in (None, "false")
    menu.click()
    assert browser.js("return document.querySelector('.site-menu').open")
    assert no_sideways_scroll(browser)
    expected = ["My questions", "Notifications", "Your account"] if signed_in else ["Sign in", "Sign up"]
    for link in ["Questions", "Topics", "FAQ", "Doctors", *expected]:
        assert browser.link(link), link
    browser.check_accessibility("menu open at 390 px")
    browser.follow("Topics", within=browser.driver.find_element(By.CSS_SELECTOR, ".site-menu-panel"))
    assert browser.heading == "Topics"
    browser.driver.find_element(By.XPATH, "//summary[normalize-space()='Menu']").click()
    browser.fill("Search questions and FAQ", "itch")  # a search box in the menu, not a link to one
    browser.driver.find_element(By.ID, "menu-search").submit()
    assert browser.path.startswith("/search/") and "itch" in browser.driver.current_url


@pytest.mark.javascript_off
def test_the_menu_opens_with_javascript_off(browser):
    """... and with the keyboard: Tab to it, Enter opens it, Tab through its links (focus visible)."""
    assert not browser.pages_run_scripts()
    browser.visit("/")
    browser.resize(*PHONE)
    assert not browser.has_visible("//header//a[normalize-space()='FAQ']")
    browser.tab_to("Menu")
    browser.keys(Keys.ENTER)
    browser.tab_to("FAQ")
    browser.enter()
    assert browser.path == "/faq/"

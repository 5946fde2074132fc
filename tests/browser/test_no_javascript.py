"""With JavaScript turned off, a patient still signs in and asks: the form, a photo, the preview with
its emergency notice and the personal details it will hide, "Change your question" (a <details>),
sending. Nothing on the way needs a script; what the scripts add (suggestions while typing, the
notice before the preview) is only a convenience. (axe-core cannot run in a page whose scripts are
off: the same pages are checked in the patient's journey with scripts on.)"""

import pytest
from PIL import Image

from qa.models import Question
from tests import factories as f
from tests.accounts.helpers import account
from tests.browser.steps import PASSWORD, fill_question, sign_in

pytestmark = pytest.mark.javascript_off

EMERGENCY = "Since an hour my lips are swelling and my tongue feels swollen. Call me on 0912-345-678."


def test_without_javascript_a_patient_asks_with_a_photo_and_sees_the_emergency_notice(browser, tmp_path):
    assert not browser.pages_run_scripts()
    dermatology = f.department("Dermatology")
    f.thread(title="Swollen lips after eating shrimp", tags=["Hives"], dept=dermatology)
    account(email="nojs@example.org", password=PASSWORD)
    photo = tmp_path / "lips.jpg"
    Image.new("RGB", (640, 480), (200, 120, 110)).save(photo, "JPEG")

    sign_in(browser, "nojs@example.org")
    assert browser.heading == "My questions"
    browser.follow("Ask a doctor", within=browser.driver.find_element("css selector", "header"))
    fill_question(browser, "Swollen lips and tongue since an hour")
    browser.fill("Describe the problem", EMERGENCY)
    browser.field("Photo 1").send_keys(str(photo))
    browser.select("Where on the body", "face")  # the first photo's
    browser.press("Preview my question")

    # The server's preview: the notice, what will be hidden, the photo kept for sending.
    assert "This may be an emergency" in browser.text
    assert "0912-345-678" in browser.driver.find_element("id", "personal-details").text
    thumbnail = browser.driver.find_element("css selector", "img[alt='Your photo 1 (face)']")
    assert thumbnail.get_attribute("naturalWidth") != "0"  # loaded
    assert "Swollen lips after eating shrimp" in browser.section("It may already be answered").text
    assert not Question.objects.filter(asker__email="nojs@example.org").exists()

    # The fields are folded under "Change your question" and open without a script; what was typed is there.
    browser.driver.find_element("xpath", "//summary[normalize-space()='Change your question']").click()
    title = browser.field("Your question in one sentence")
    assert title.get_attribute("value") == "Swollen lips and tongue since an hour"
    assert browser.field("Describe the problem").get_attribute("value") == EMERGENCY

    browser.press("Send my question")
    assert browser.heading == "Swollen lips and tongue since an hour"
    question = Question.objects.get(asker__email="nojs@example.org")
    assert question.is_urgent
    assert question.photos.count() == 1
    assert browser.driver.find_element("css selector", "main img[alt*='face']").get_attribute("naturalWidth") != "0"

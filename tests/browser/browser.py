"""A thin layer over Selenium that acts as a person does: links and buttons by their visible text,
fields by their label, explicit waits for the next page; and axe-core's accessibility check."""

from __future__ import annotations

from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WAIT = 10  # seconds: the longest any page, email or script may take in these tests
DESKTOP = (1280, 900)
PHONE = (390, 844)


def literal(text: str) -> str:
    """``text`` as an XPath string literal, whatever quotes it holds."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in text.split("'")) + ")"


class Browser:
    def __init__(self, driver: webdriver.Chrome, base_url: str):
        self.driver = driver
        self.base_url = base_url
        self.focus_stops = 0  # how many times tab_to checked the focus

    @classmethod
    def start(cls, *, chromium: str, chromedriver: str, base_url: str, javascript: bool = True) -> Browser:
        options = webdriver.ChromeOptions()
        if not javascript:
            options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        options.binary_location = chromium
        # --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--lang=en-GB", "--force-prefers-reduced-motion", f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(chromedriver))
        driver.set_script_timeout(30)
        return cls(driver, base_url)

    def quit(self) -> None:
        self.driver.quit()

    # Moving around -----------------------------------------------------------------------

    def visit(self, path: str) -> None:
        self.driver.get(self.base_url + path)

    @property
    def path(self) -> str:
        return self.driver.current_url.removeprefix(self.base_url)

    def _after_navigation(self, action) -> None:
        # A mark on the current page's window: gone once the next page has loaded.
        self.driver.execute_script("window.__leaving = true")
        action()
        WebDriverWait(self.driver, WAIT, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script("return !window.__leaving && document.readyState === 'complete'"),
            f"no new page after {action}")

    def _visible(self, xpath: str, within: WebElement | None = None, what: str = "") -> WebElement:
        root = within or self.driver
        found = [e for e in root.find_elements(By.XPATH, xpath) if e.is_displayed()]
        if not found:
            raise AssertionError(f"no visible {what} on {self.path}")
        return self.into_view(found[0])

    def into_view(self, element: WebElement) -> WebElement:
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
        return element

    def link(self, text: str, within: WebElement | None = None) -> WebElement:
        return self._visible(f".//a[normalize-space()={literal(text)}]", within, f"link {text!r}")

    def button(self, text: str, within: WebElement | None = None) -> WebElement:
        xpath = (f".//button[normalize-space()={literal(text)}]"
                 f" | .//input[@type='submit' and @value={literal(text)}]")
        return self._visible(xpath, within, f"button {text!r}")

    def follow(self, text: str, within: WebElement | None = None) -> None:
        """Click the link ``text`` and wait for the page it leads to."""
        link = self.link(text, within)
        self._after_navigation(link.click)

    def press(self, text: str, within: WebElement | None = None) -> None:
        """Click the button ``text`` and wait for the next page."""
        button = self.button(text, within)
        self._after_navigation(button.click)

    def section(self, heading: str) -> WebElement:
        """The section, aside or fieldset whose heading (or legend) begins with ``heading``."""
        xpath = (f"//*[self::section or self::aside or self::fieldset or self::main or self::details]"
                 f"[.//*[self::h1 or self::h2 or self::h3 or self::legend or self::summary]"
                 f"[starts-with(normalize-space(), {literal(heading)})]]")
        sections = self.driver.find_elements(By.XPATH, xpath)
        if not sections:
            raise AssertionError(f"no section headed {heading!r} on {self.path}")
        return sections[-1]  # the innermost

    # Forms -------------------------------------------------------------------------------

    def _labelled(self, text: str, within: WebElement | None = None) -> tuple[WebElement, WebElement]:
        """The label reading ``text`` and its control, the first whose control is visible. Crispy
        forms mark required fields with an asterisk after the label's text."""
        xpath = f".//label[normalize-space()={literal(text)} or normalize-space()={literal(text + '*')}]"
        for label in (within or self.driver).find_elements(By.XPATH, xpath):
            target = label.get_attribute("for")
            if target:
                control = self.driver.find_element(By.ID, target)
            else:
                control = label.find_element(By.XPATH, ".//input | .//textarea | .//select")
            if control.is_displayed():
                return label, control
        raise AssertionError(f"no visible field labelled {text!r} on {self.path}")

    def field(self, label: str) -> WebElement:
        return self._labelled(label)[1]

    def fill(self, label: str, value: str) -> None:
        field = self.field(label)
        field.clear()
        field.send_keys(value)

    def choose(self, label: str, within: WebElement | None = None) -> None:
        """Tick a checkbox or pick a radio button by clicking its label, as people do."""
        tag, control = self._labelled(label, within)
        if not control.is_selected():
            self.into_view(tag if tag.is_displayed() else control).click()

    def select(self, label: str, option: str) -> None:
        Select(self.field(label)).select_by_visible_text(option)

    # What the page shows -----------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text

    @property
    def heading(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def wait_for_text(self, text: str, timeout: float = WAIT) -> None:
        WebDriverWait(self.driver, timeout).until(
            lambda d: text in d.find_element(By.TAG_NAME, "body").text,
            f"{text!r} never appeared on {self.path}")

    def has_visible(self, xpath: str) -> bool:
        try:
            return any(e.is_displayed() for e in self.driver.find_elements(By.XPATH, xpath))
        except NoSuchElementException:
            return False

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def pages_run_scripts(self) -> bool:
        """Whether pages run their scripts (WebDriver's own always run). With scripts off, the
        contents of <noscript> are parsed as elements; with scripts on, as text."""
        self.driver.get("data:text/html,<noscript><p id=off>off</p></noscript>")
        return self.js("return document.getElementById('off') === null")

    def resize(self, width: int, height: int) -> None:
        self.driver.set_window_size(width, height)
        WebDriverWait(self.driver, WAIT).until(lambda d: d.execute_script("return innerWidth") <= width)

    # Checks ------------------------------------------------------------------------------

    def console_errors(self) -> list[str]:
        """What the browser complained about: refused scripts or styles (CSP), failed loads."""
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def check_accessibility(self, page_type: str) -> None:
        """axe-core on the current page: no serious or critical violation; and no console error
        (a script or style refused by the Content-Security-Policy, a missing static file)."""
        # WebDriver runs scripts through DevTools, outside the page's Content-Security-Policy.
        self.driver.execute_script(AXE.read_text())
        result = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.filter(v => ['serious', 'critical'].includes(v.impact)).map(
                v => `${v.impact} ${v.id}: ${v.help} at `
                     + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
        """)
        assert result == [], f"{page_type} ({self.path}): {result}"
        errors = self.console_errors()
        assert errors == [], f"{page_type} ({self.path}): {errors}"

    # The keyboard --------------------------------------------------------------------------

    FOCUSED = """
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
        const name = (label || el.getAttribute('aria-label') || el.innerText || el.value || '')
            .replace(/\\*$/, '').replace(/\\s+/g, ' ').trim();
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadowed = style.boxShadow && style.boxShadow !== 'none';
        return {name: name, tag: el.tagName.toLowerCase(), type: el.type || '',
                visible: (outlined || shadowed) && rect.width > 0 && rect.height > 0,
                onscreen: rect.bottom > 0 && rect.top < innerHeight};
    """

    def focused(self) -> dict | None:
        return self.driver.execute_script(self.FOCUSED)

    def keys(self, *keys: str) -> None:
        ActionChains(self.driver).send_keys(*keys).perform()

    def tab_to(self, name: str, *, limit: int = 80) -> dict:
        """Press Tab until the element named ``name`` (its label or its text) has the focus, checking
        on every stop that the focus can be seen: an outline or a box-shadow, on screen."""
        for _ in range(limit):
            self.keys(Keys.TAB)
            focus = self.focused()
            assert focus is not None, f"Tab left the page on {self.path}"
            assert focus["visible"] and focus["onscreen"], f"focus not visible on {focus} ({self.path})"
            self.focus_stops += 1
            if focus["name"] == name:
                return focus
        raise AssertionError(f"{limit} presses of Tab never reached {name!r} on {self.path}")

    def enter(self) -> None:
        """Press Enter on the focused link or button and wait for the next page."""
        self._after_navigation(lambda: self.keys(Keys.ENTER))

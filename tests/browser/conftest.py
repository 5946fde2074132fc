"""Browser tests: Selenium driving Debian's headless Chromium against pytest-django's live server.

Without Chromium and chromedriver every browser test is skipped, with one line saying how to run
them; ``BROWSER_TESTS=required`` (set by ``.ci/run``) turns that skip into a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("BROWSER_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("BROWSER_CHROMEDRIVER", "/usr/bin/chromedriver")
HOW = (
    f"browser tests need Chromium ({CHROMIUM}) and chromedriver ({CHROMEDRIVER}): "
    "`apt-get install chromium chromium-driver`, then `.venv/bin/python -m pytest tests/browser` "
    "(BROWSER_TESTS=required makes this a failure)"
)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (make install-dev)"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)) and not shutil.which(path):
            return f"{path} not found"
    return None


@pytest.fixture(scope="session")
def _browser_available():
    missing = _missing()
    if missing:
        if os.environ.get("BROWSER_TESTS") == "required":
            pytest.fail(f"BROWSER_TESTS=required, but {missing}; {HOW}", pytrace=False)
        pytest.skip(f"{missing}; {HOW}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Report every skip of the browser tests at one place, so that pytest's summary folds them
    into one line (it would otherwise name each test)."""
    report = yield
    if report.skipped and isinstance(report.longrepr, tuple) and HOW in str(report.longrepr[2]):
        report.longrepr = (__file__, _SKIP_LINE, report.longrepr[2])
    return report


# The line of the pytest.skip() above, as the summary names it.
_SKIP_LINE = next(n for n, line in enumerate(Path(__file__).read_text().splitlines(), 1) if "pytest.skip(f" in line)


@pytest.fixture
def open_browser(_browser_available, live_server, transactional_db, settings, request):
    """Start a Chromium at 1280 × 900 on the live server, as many as a test needs (a doctor and a
    member of staff, each with their own cookies); ``@pytest.mark.javascript_off`` turns scripts off."""
    # Emails are kept in django.core.mail.outbox (the live server runs in this process).
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from tests.browser.browser import Browser  # selenium: imported only once it is known to be there

    started = []

    def start():
        started.append(Browser.start(chromium=CHROMIUM, chromedriver=CHROMEDRIVER, base_url=live_server.url,
                                     javascript=request.node.get_closest_marker("javascript_off") is None))
        return started[-1]

    try:
        yield start
    finally:
        for browser in started:
            browser.quit()


@pytest.fixture
def browser(open_browser):
    """One Chromium at 1280 × 900 on the live server."""
    return open_browser()


def pytest_configure(config):
    config.addinivalue_line("markers", "javascript_off: the browser test runs Chromium with JavaScript turned off")

"""Browser-test fixtures: Debian's chromium driven by playwright (`executable_path`, never a
downloaded browser), one UI server over the seed corpus (real MiniLM) for the whole session, and
pages at the two sizes the UI is checked at: desktop 1366×900 and a 390×844 phone.

Without chromium, or without the axe-core package `make test` installs (scripts/test-deps.sh),
these tests FAIL saying how to install it, unless BYLINE_ALLOW_NO_BROWSER=1 (then skipped).
"""

from __future__ import annotations

import os

import pytest
from seed import copy_seed
from ui_support import CHROMIUM, CHROMIUM_ARGS, missing_tools, wait_until_loaded

from app.api import Assistant
from app.config import Config

DESKTOP = {"viewport": {"width": 1366, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture(scope="module")  # not session: playwright's sync API keeps an event loop running while open,
def browser():                   # which would break later tests that call asyncio.run
    missing = missing_tools()
    if missing:
        if os.environ.get("BYLINE_ALLOW_NO_BROWSER") == "1":
            pytest.skip(missing)
        pytest.fail(missing, pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    from app.edges import ui

    tmp = tmp_path_factory.mktemp("ui-browser")
    corpus = copy_seed(tmp / "corpus")  # the tracked seed files only, never a stray upload
    config = Config.load(env={}).with_(index_dir=tmp / "index", corpus_dir=corpus, upload_dir=tmp / "uploads")
    assistant = Assistant(config=config)
    assistant.ingest([corpus])
    demo, url = ui.launch(assistant, port=None)
    yield url
    demo.close()


def _open(browser, server, options):
    context = browser.new_context(**options)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    wait_until_loaded(page)
    return context, page


@pytest.fixture()
def page(browser, server):
    context, page = _open(browser, server, DESKTOP)
    yield page
    context.close()


@pytest.fixture()
def phone(browser, server):
    context, page = _open(browser, server, PHONE)
    yield page
    context.close()

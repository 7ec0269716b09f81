"""The web UI in headless Chromium, over the seed corpus embedded with the real MiniLM model.

One server (and one index) is shared by the whole module. Debian's chromium is driven through
playwright's `executable_path`: no browser is ever downloaded. Without a browser these tests FAIL
with a message saying how to install one, unless BYLINE_ALLOW_NO_BROWSER=1 (then they are
reported as skipped, with the same message). Screenshots go to the git-ignored .cache/ui/; set
BYLINE_SCREENSHOTS=evals/reports/ui to refresh the committed ones on purpose.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from seed import copy_seed

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / os.environ.get("BYLINE_SCREENSHOTS", ".cache/ui")  # a test run leaves the tree clean
CHROMIUM = os.environ.get("BYLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SEED_QUESTION = "Is the MEK a terrorist organization?"
WAIT_MS = 90_000


def no_browser_message() -> str | None:
    if Path(CHROMIUM).is_file() or shutil.which(CHROMIUM):
        return None
    return (f"Chromium not found at {CHROMIUM}: the browser tests of the web UI could NOT run. Install it with "
            "`apt-get install -y chromium chromium-driver` (.ci/run does this), or set BYLINE_ALLOW_NO_BROWSER=1 "
            "to skip them knowingly.")


@pytest.fixture(scope="module")
def browser():
    missing = no_browser_message()
    if missing:
        if os.environ.get("BYLINE_ALLOW_NO_BROWSER") == "1":
            pytest.skip(missing)
        pytest.fail(missing, pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from app.edges import ui

    tmp = tmp_path_factory.mktemp("ui-browser")
    corpus = copy_seed(tmp / "corpus")
    config = Config.load(env={}).with_(index_dir=tmp / "index", corpus_dir=corpus, upload_dir=tmp / "uploads")
    assistant = Assistant(config=config)
    assistant.ingest([corpus])
    demo, url = ui.launch(assistant, port=None)
    yield url
    demo.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    wait_until_loaded(page)
    yield page
    context.close()


def wait_until_loaded(page) -> None:
    """The page's load event has restored the chat (so no late update can reset what a test types)."""
    page.locator("#bl-transcript .bl-empty, #bl-transcript .bl-transcript").first.wait_for(timeout=WAIT_MS)


def ask(page, question: str):
    """Ask in the chat and wait until the answer is complete; returns the new turn."""
    done = page.locator('#bl-transcript .bl-turn[data-state="done"]')
    before = done.count()
    page.locator("#bl-question textarea").fill(question)
    page.locator("#bl-send").click()
    page.wait_for_function(
        f"document.querySelectorAll('#bl-transcript .bl-turn[data-state=\"done\"]').length > {before}",
        timeout=WAIT_MS)
    return done.nth(before)


def open_citation(page, turn, n: int = 0):
    quote = turn.locator(".bl-quote").nth(n)
    expected = quote.locator("blockquote").inner_text().strip().strip("\u201c\u201d")
    quote.locator("button.bl-cite").click()
    mark = page.locator("#bl-panel mark.bl-mark")
    page.wait_for_function(
        "t => { const m = document.querySelector('#bl-panel mark.bl-mark'); return m && m.textContent === t; }",
        arg=expected, timeout=WAIT_MS)
    return mark, expected


def upload(page, path: Path, outlet: str, title: str) -> str:
    page.get_by_role("tab", name="Sources").click()
    page.locator("#bl-upload-file input[type=file]").set_input_files(str(path))
    page.locator("#bl-upload-file").get_by_text(path.name).first.wait_for(timeout=WAIT_MS)
    page.locator("#bl-up-outlet input").fill(outlet)
    page.locator("#bl-up-outlet input").press("Enter")
    page.locator("#bl-up-title textarea, #bl-up-title input").first.fill(title)
    page.locator("#bl-up-url textarea, #bl-up-url input").first.fill("https://example.org/" + path.stem)
    page.locator("#bl-add").click()
    status = page.locator("#bl-upload-status .bl-notice")
    status.wait_for(timeout=WAIT_MS)
    return status.inner_text()


def shot(page, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=full_page)


def test_seed_question_shows_outlet_badges_quotes_and_the_highlighted_span(page):
    turn = ask(page, SEED_QUESTION)
    badges = turn.locator(".bl-badge").all_inner_texts()
    assert len(set(badges)) >= 2, badges
    assert turn.locator(".bl-quote blockquote").count() == len(badges)
    assert page.locator("#bl-legend .bl-legend-item").count() >= 2
    shot(page, "answer.png")
    mark, quote = open_citation(page, turn, 1)
    assert mark.inner_text() == quote
    in_view = page.evaluate("""() => {
        const m = document.querySelector('#bl-panel mark.bl-mark').getBoundingClientRect();
        const b = document.querySelector('#bl-panel .bl-article').getBoundingClientRect();
        return m.top >= b.top && m.top < b.bottom && m.top >= 0 && m.top < window.innerHeight; }""")
    assert in_view, "the highlighted span is not scrolled into view"
    panel = page.locator("#bl-panel").inner_text()
    assert "Source chain" in panel and badges[1] in panel
    shot(page, "citation-panel.png")


def test_earlier_citations_stay_clickable_after_a_follow_up_and_a_reload(page):
    first = ask(page, SEED_QUESTION)
    ask(page, "What did Javad Zarif ask social media sites to do?")
    page.reload()
    wait_until_loaded(page)
    turns = page.locator('#bl-transcript .bl-turn[data-state="done"]')
    assert turns.count() == 2
    assert first.locator(".bl-quote").count() > 0
    mark, quote = open_citation(page, turns.nth(0), 0)
    assert mark.inner_text() == quote


def test_uploaded_document_is_listed_and_found(page, tmp_path):
    doc = tmp_path / "lighthouse.txt"
    doc.write_text("Lighthouse keepers strike\n\nThe lighthouse keepers of Port Ellen went on strike on Friday "
                   "over unpaid overtime, their union said.\n\nThe harbour master promised talks next week.",
                   encoding="utf-8")
    assert "Added lighthouse.txt" in upload(page, doc, "Port Ellen Courier", "Lighthouse keepers strike")
    assert "Port Ellen Courier" in page.locator("#bl-sources").inner_text()
    shot(page, "upload.png", full_page=True)
    page.get_by_role("tab", name="Ask").click()
    turn = ask(page, "Why did the lighthouse keepers of Port Ellen go on strike?")
    assert "Port Ellen Courier" in turn.locator(".bl-badge").all_inner_texts()


def test_a_document_with_script_and_html_stays_inert(page, tmp_path):
    doc = tmp_path / "gallery.txt"
    doc.write_text("Gallery of the glassblowers\n\nThe glassblowers gallery <script>alert('script ran')</script> "
                   "shows <img src=x onerror=\"window.__bylinePwned = 1; alert('img ran')\"> vases of the "
                   "glassblowers of Murano.\n\n<a href=\"https://evil.example\">click me</a> said the curator.",
                   encoding="utf-8")
    assert "Added gallery.txt" in upload(page, doc, "<b>Glass</b> Gazette", "<img src=x onerror=alert(1)>")
    page.get_by_role("tab", name="Ask").click()
    turn = ask(page, "What does the glassblowers gallery show?")
    mark, _ = open_citation(page, turn, 0)
    panel = page.locator("#bl-panel")
    assert "<script>alert('script ran')</script>" in panel.inner_text()
    for where in ("#bl-transcript", "#bl-panel", "#bl-sources"):
        assert page.locator(f"{where} script, {where} img, {where} b").count() == 0, where
        assert page.locator(f'{where} a[href="https://evil.example"]').count() == 0, where
    shot(page, "script-inert.png")
    assert page.evaluate("() => window.__bylinePwned") is None
    assert page.dialogs == []

"""The web UI in headless Chromium, over the seed corpus embedded with the real MiniLM model
(fixtures in conftest.py, helpers in ui_support.py). Screenshots go to screenshots/ (git-ignored).
"""

from __future__ import annotations

import pytest
from ui_support import (
    SEED_QUESTION,
    ask,
    open_citation,
    shot,
    upload,
    wait_until_loaded,
)

pytestmark = [pytest.mark.browser, pytest.mark.model]


def test_seed_question_shows_outlet_badges_quotes_and_the_highlighted_span(page):
    turn = ask(page, SEED_QUESTION)
    badges = turn.locator(".bl-badge").all_inner_texts()
    assert len(set(badges)) >= 2, badges
    assert turn.locator(".bl-quote blockquote").count() == len(badges)
    assert page.locator("#bl-legend .bl-legend-item").count() >= 2
    shot(page, "answer.png")
    mark, quote = open_citation(page, turn, 1)
    assert quote in mark.inner_text()
    in_view = page.evaluate("""() => {
        const m = document.querySelector('#bl-panel mark.bl-mark').getBoundingClientRect();
        const b = document.querySelector('#bl-panel .bl-article').getBoundingClientRect();
        return m.top >= b.top && m.top < b.bottom && m.top >= 0 && m.top < window.innerHeight; }""")
    assert in_view, "the highlighted span is not scrolled into view"
    panel = page.locator("#bl-panel").inner_text()
    assert "Sources" in panel and badges[1] in panel
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
    assert quote in mark.inner_text()


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

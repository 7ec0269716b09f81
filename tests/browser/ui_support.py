"""Helpers for the browser tests: wait for the chat, ask, open a citation, upload, screenshots,
and the axe-core accessibility check (the npm package, installed by `make test`'s set-up step)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"  # git-ignored
CHROMIUM = os.environ.get("BYLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
AXE = Path(os.environ.get("BYLINE_AXE", ROOT / ".cache/node/node_modules/axe-core/axe.min.js"))
SEED_QUESTION = "Is the MEK a terrorist organization?"
WAIT_MS = 90_000


def missing_tools() -> str | None:
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return (f"Chromium not found at {CHROMIUM}: the browser tests of the web UI could NOT run. Install it with "
                "`apt-get install -y chromium chromium-driver` (scripts/test-deps.sh, run by make test, does this), "
                "or set BYLINE_ALLOW_NO_BROWSER=1 to skip them knowingly.")
    if not AXE.is_file():
        return (f"axe-core not found at {AXE}: the accessibility checks could NOT run. `make test` installs it "
                "(scripts/test-deps.sh: npm install --prefix .cache/node axe-core@<pinned>), or set BYLINE_AXE.")
    return None


def wait_until_loaded(page) -> None:
    """The page's load event has restored the chat (so no late update can reset what a test types)."""
    page.locator("#bl-transcript .bl-intro, #bl-transcript .bl-empty, #bl-transcript .bl-transcript").first.wait_for(
        timeout=WAIT_MS)


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
        "t => { const m = document.querySelector('#bl-panel mark.bl-mark'); return m && m.textContent.includes(t); }",
        arg=expected, timeout=WAIT_MS)
    return mark, expected


def choose(page, elem_id: str, option: str) -> None:
    """Pick `option` in a Gradio dropdown."""
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()


def upload(page, path: Path, outlet: str, title: str, stance: str | None = "Not recorded") -> str:
    page.get_by_role("tab", name="Sources").click()
    if page.locator("#bl-upload-file input[type=file]").count():  # else the file is still chosen
        page.locator("#bl-upload-file input[type=file]").set_input_files(str(path))
    page.locator("#bl-upload-file").get_by_text(path.stem).first.wait_for(timeout=WAIT_MS)
    page.locator("#bl-up-outlet input").fill(outlet)
    page.locator("#bl-up-outlet input").press("Enter")
    if stance:
        choose(page, "bl-up-stance", stance)
    page.locator("#bl-up-title textarea, #bl-up-title input").first.fill(title)
    page.locator("#bl-up-url textarea, #bl-up-url input").first.fill("https://example.org/" + path.stem)
    page.evaluate("() => document.querySelectorAll('#bl-upload-status .bl-notice').forEach(n => n.remove())")
    page.locator("#bl-add").click()
    status = page.locator("#bl-upload-status .bl-notice:not(.bl-busy)")
    status.wait_for(timeout=WAIT_MS)
    return status.inner_text()


def shot(page, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=full_page)


def axe_problems(page) -> list[str]:
    """Serious and critical axe-core violations on the page as it is now, one line each."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [f"{v['impact']}: {v['id']} ({v['help']}) at {v['nodes']}" for v in found
            if v["impact"] in ("serious", "critical")]

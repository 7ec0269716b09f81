"""The HTTP and UI edges under hostile input: upload names, sizes and types; markup in documents;
the bearer token; loopback defaults. Nothing may be written outside upload_dir and the index."""

from __future__ import annotations

import hmac
import html
import inspect
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from integr_support import assistant

from app.edges import http as byline_http
from app.edges.http import create_app

ARTICLE = b"The harbour authority said on Tuesday that the new pier would open in June."
LIMIT = 10_000
HOSTILE = (
    'Harbour news. <script>alert("x")</script> The pier opens in June, officials said. '
    '<img src=x onerror="alert(1)"> Critics said the pier [is unsafe](javascript:alert(2)) and will '
    'not open in June.'
)


@pytest.fixture()
def server(tmp_path):
    """A served assistant whose upload_dir sits two levels down, so '../..' has somewhere to go."""
    a = assistant(tmp_path / "srv" / "data" / "index", max_file_bytes=LIMIT)
    return a, TestClient(create_app(a, token="")), tmp_path


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def written_outside(root: Path, before: set[Path], a) -> set[Path]:
    allowed = (a.config.upload_dir, a.config.index_dir)
    return {p for p in files_under(root) - before if not any(p.is_relative_to(d) for d in allowed)}


def multipart(filename: bytes, data: bytes = ARTICLE, ctype: bytes = b"text/plain") -> tuple[bytes, dict]:
    """A raw multipart body, so the file name reaches the server byte for byte (NUL, backslashes)."""
    body = (b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="' + filename + b'"\r\n'
            b"Content-Type: " + ctype + b"\r\n\r\n" + data + b"\r\n--XyZ--\r\n")
    return body, {"content-type": "multipart/form-data; boundary=XyZ"}


# -- uploads over HTTP ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "stored"),
    [
        (b"../../escape.txt", "escape.txt"),
        (b"../../../../../../tmp/escape.txt", "escape.txt"),
        (b"/etc/cron.d/escape.txt", "escape.txt"),
        (b"..\\..\\windows.txt", "windows.txt"),
        (b"nul\x00byte.txt", "nul_byte.txt"),
        (b"%2e%2e%2fencoded.txt", "_2e_2e_2fencoded.txt"),
    ],
    ids=["dotdot", "deep-dotdot", "absolute", "backslash", "nul", "percent-encoded"],
)
def test_http_upload_with_hostile_name_lands_inside_upload_dir(server, name, stored):
    a, client, root = server
    before = files_under(root)
    body, headers = multipart(name)
    response = client.post("/documents", content=body, headers=headers)
    assert response.status_code == 201, response.text
    assert response.json()["report"]["new"] == [str(a.config.upload_dir / stored)]
    assert (a.config.upload_dir / stored).read_bytes() == ARTICLE
    assert written_outside(root, before, a) == set()


@pytest.mark.parametrize(
    ("name", "status", "needle"),
    [
        (b"../../etc/passwd", 422, "passwd: unsupported file type"),
        (b"..", 422, "unusable file name"),
        (b"", 422, "unusable file name"),
        (b"../../outlets.yaml", 422, "unsupported file type"),
        (b"shell.php", 422, "unsupported file type"),
    ],
)
def test_http_upload_with_unusable_name_is_refused_and_writes_nothing(server, name, status, needle):
    a, client, root = server  # root holds the upload folder two levels down: '../..' stays inside it
    before = files_under(root)
    body, headers = multipart(name)
    response = client.post("/documents", content=body, headers=headers)
    assert response.status_code == status
    assert needle in response.json()["error"]
    assert files_under(root) == before
    assert not a.has_index() or a.sources() == []  # and nothing was ingested


def test_http_upload_over_the_limit_is_413_with_or_without_content_length(server):
    a, client, root = server
    before = files_under(root)
    big = b"word " * (LIMIT // 5 + 1)
    sized = client.post("/documents", files={"file": ("big.txt", big, "text/plain")})
    assert sized.status_code == 413 and "limit" in sized.json()["error"]

    body, headers = multipart(b"huge.txt", b"word " * 40_000)  # 200 kB, past the body limit too

    def chunks():  # no Content-Length: the body arrives chunked and must be cut off while streaming
        for i in range(0, len(body), 4096):
            yield body[i:i + 4096]

    streamed = client.post("/documents", content=chunks(), headers=headers)
    assert "content-length" not in {k.lower() for k in streamed.request.headers}
    assert streamed.status_code == 413, streamed.text
    assert streamed.json() == {"error": f"request body over the {LIMIT + 64_000:,}-byte limit"}
    assert files_under(root) == before


@pytest.mark.parametrize(
    ("content", "headers", "needle"),
    [
        (b'{"file": "a.txt"}', {"content-type": "application/json"}, "file: Field required"),
        (ARTICLE, {"content-type": "text/plain"}, "file: Field required"),
        (*multipart(b"photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"image/png"), "binary"),
        (*multipart(b"photo.png", b"\x89PNG\r\n\x1a\n", b"image/png"), "unsupported file type '.png'"),
        (*multipart(b"tool.exe", b"MZ\x90\x00", b"application/x-msdownload"), "unsupported file type '.exe'"),
        (*multipart(b"page.html", b"<html><body><nav>Home</nav></body></html>", b"text/html"), "no article text"),
    ],
    ids=["json-body", "plain-body", "png-as-txt", "png", "exe", "empty-html"],
)
def test_wrong_content_is_a_422_with_a_json_error_and_nothing_written(server, content, headers, needle):
    a, client, root = server
    before = files_under(root)
    response = client.post("/documents", content=content, headers=headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/json"
    assert needle in response.json()["error"]
    assert files_under(root) == before


def test_concurrent_uploads_of_one_name_keep_every_file(server):
    from concurrent.futures import ThreadPoolExecutor

    a, client, _ = server
    texts = [f"Report {n}: the harbour pier number {n} will open in month {n}, the council said.".encode()
             for n in range(8)]
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda t: client.post("/documents", files={"file": ("report.txt", t)}).status_code,
                              texts))
    assert codes == [201] * 8
    stored = sorted(p.read_bytes() for p in a.config.upload_dir.glob("report*.txt"))
    assert stored == sorted(texts)
    assert len(a.sources()) == 8


# -- hostile documents in HTTP output -----------------------------------------------------------
def test_hostile_markup_comes_back_as_json_strings_never_html(server):
    a, client, _ = server
    up = client.post("/documents", files={"file": ("hostile.txt", HOSTILE.encode(), "text/html")},
                     data={"outlet": "<b>Pier</b> Weekly", "title": '<script>alert("t")</script>',
                           "url": "javascript:alert(3)"})
    assert up.status_code == 201, up.text
    for response in (client.post("/ask", json={"question": "Will the pier open in June?"}),
                     client.get("/sources"), client.get(f"/documents/{up.json()['documents'][0]['doc_id']}"),
                     client.get("/no-such-route")):
        assert response.headers["content-type"] == "application/json", response.request.url
        assert response.headers["x-content-type-options"] == "nosniff"
        json.loads(response.text)  # parses as JSON: data, whatever markup it holds
    answer = client.post("/ask", json={"question": "Will the pier open in June?"}).json()
    doc = client.get(f"/documents/{answer['citations'][0]['doc_id']}").json()
    assert "<script>" in doc["text"] and "onerror" in doc["text"]  # stored verbatim, as data
    for c in answer["citations"]:
        assert doc["text"][c["start"]:c["end"]] == c["quote"]
    assert doc["info"]["outlet"] == "<b>Pier</b> Weekly"
    assert client.get("/documents/../../etc/passwd").status_code == 404


# -- hostile documents in the UI's HTML ----------------------------------------------------------
def ui_html():
    pytest.importorskip("gradio")
    from types import SimpleNamespace

    from app.edges import ui_html as H
    from app.edges import ui_pages as P

    return SimpleNamespace(**{**vars(H), **vars(P)})  # the chat's and the pages' HTML builders


EVIL = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>',
        "[x](javascript:alert(1))", "' onmouseover='alert(1)"]


BYLINE_TAGS = {"div", "span", "p", "button", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "mark", "a",
               "code", "h2", "ul", "li", "strong"}
BYLINE_ATTRS = {"class", "style", "title", "type", "href", "target", "rel", "data-turn", "data-cite", "data-doc",
                "data-turn-index", "data-state", "data-label", "data-q", "aria-label", "scope", "tabindex", "role"}


def no_live_markup(page: str) -> None:
    """Parsed as a browser would: every element and attribute is byline's own, and links are http(s)."""
    from html.parser import HTMLParser

    seen = []

    class Check(HTMLParser):
        def handle_starttag(self, tag, attrs):
            seen.append(tag)
            assert tag in BYLINE_TAGS, (tag, page)
            for name, value in attrs:
                assert name in BYLINE_ATTRS, (name, page)
                if name == "href":
                    assert re.match(r"https?://", value or ""), value

    Check().feed(page)
    assert seen


@pytest.mark.parametrize("evil", EVIL)
def test_ui_html_builders_escape_every_piece_of_document_text(evil):
    H = ui_html()
    stances = H.Stances({"gov": evil})
    text = f"Before. {evil} The pier opens in June. After."
    start = text.index(evil)
    cite = {"id": evil, "outlet": evil, "stance": "gov", "chain": [evil], "quote": evil,
            "doc_id": "d1", "start": start, "end": start + len(evil)}
    info = {"outlet": evil, "stance": "gov", "title": evil, "date": evil, "author": evil, "url": evil}
    answer = {"answer": f"{evil}\n- {evil} [1]", "abstained": False, "citations": [cite]}
    source = {"doc_id": evil, "outlet": evil, "stance": "gov", "title": evil, "date": evil, "author": evil,
              "url": evil, "chunks": 1, "source": f"/x/{evil}"}
    pages = [
        H.transcript([{"question": evil, "answer": answer}], stances, False),
        H.transcript([{"question": evil, "answer": answer}], stances, True),
        H.transcript([{"question": evil, "error": evil}], stances, False),
        H.panel(cite, info, text, stances),
        H.sources_table([source], stances),
        H.legend(stances),
        H.notice(evil, evil),
        H.panel_message(evil),
        H.intro([source], stances, [evil], 2000),  # the first screen: outlet names and example questions
    ]
    for page in pages:
        no_live_markup(page)
    assert H.esc(evil) in pages[3]  # shown, as text


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:x"])
def test_ui_links_only_for_http_urls(url):
    H = ui_html()
    assert "<a " not in H.safe_link(url)
    link = H.safe_link('https://example.org/a?b=1&c="x"')
    assert link.startswith('<a href="https://example.org/a?b=1&amp;c=&quot;x&quot;"')


# -- uploads through the UI handler --------------------------------------------------------------
def ui_handlers(a):
    pytest.importorskip("gradio")
    from app.edges import ui

    return ui.Handlers(a)


@pytest.mark.parametrize(
    ("name", "data", "kind", "needle"),
    [
        ("..\\..\\escape.txt", ARTICLE, "ok", "Added"),
        ("passwd", ARTICLE, "error", "unsupported file type"),
        ("tool.exe", b"MZ\x90\x00", "error", "unsupported file type '.exe'"),
        ("big.txt", b"word " * (LIMIT // 5 + 1), "error", "over the 10,000-byte limit"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "error", "binary"),
        ("<img src=x onerror=alert(1)>.txt", ARTICLE, "ok", "Added"),
    ],
    ids=["backslash-name", "no-suffix", "exe", "oversize", "png-as-txt", "markup-name"],
)
def test_ui_upload_handler_answers_with_a_notice_and_writes_only_inside_upload_dir(server, name, data, kind, needle):
    a, _, root = server
    h = ui_handlers(a)
    picked = root / "browser-tmp" / name  # where Gradio would have put the file the user picked
    picked.parent.mkdir(exist_ok=True)
    picked.write_bytes(data)
    before = files_under(root)
    warnings = []
    import gradio as gr

    original, gr.Warning = gr.Warning, warnings.append
    try:
        note = h.upload(str(picked), None, None, None, None, None, None)
    finally:
        gr.Warning = original
    assert f"bl-{kind}" in note and needle in html.unescape(note), note
    no_live_markup(note)
    assert written_outside(root, before, a) == set()
    if kind == "error":
        assert files_under(root) == before and warnings
    else:
        assert [p.parent for p in files_under(a.config.upload_dir)] == [a.config.upload_dir]


# -- token and defaults -------------------------------------------------------------------------
@pytest.mark.parametrize("given", ["s3cret-token-XYZ0", "s3cret-token-XYZ", "s3cret-token-XYZ12", "", "x" * 5000,
                                   "S3CRET-TOKEN-XYZ1", "s3cret-token-XYZ1\x00", "é" * 17],
                         ids=["same-length", "prefix", "longer", "empty", "huge", "case", "nul", "non-ascii"])
def test_wrong_tokens_of_any_length_are_refused(server, given):
    a, _, _ = server
    client = TestClient(create_app(a, token="s3cret-token-XYZ1"))
    response = client.get("/sources", headers={"Authorization": f"Bearer {given}".encode("utf-8")})
    assert response.status_code == 401
    assert "s3cret" not in response.text
    right = client.get("/sources", headers={"Authorization": "Bearer s3cret-token-XYZ1"})
    assert right.status_code == 503  # past the guard: there is no index yet


def test_token_check_goes_through_hmac_compare_digest(server, monkeypatch):
    a, _, _ = server
    calls, real = [], hmac.compare_digest

    def spy(x, y):
        calls.append((x, y))
        return real(x, y)

    monkeypatch.setattr(byline_http.hmac, "compare_digest", spy)
    client = TestClient(create_app(a, token="tok"))
    assert client.get("/sources", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/sources", headers={"Authorization": "Bearer tok"}).status_code == 503  # past the guard
    assert calls == [(b"nope", b"tok"), (b"tok", b"tok")]


def test_servers_bind_loopback_by_default():
    from app.edges.cli import serving as cli

    assert inspect.signature(byline_http.serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(cli.serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(cli.ui).parameters["host"].default == "127.0.0.1"
    pytest.importorskip("gradio")
    from app.edges import ui

    assert inspect.signature(ui.launch).parameters["host"].default == "127.0.0.1"


def test_ui_mounted_on_the_api_takes_uploads_up_to_the_file_limit_and_not_beyond(tmp_path):
    pytest.importorskip("gradio")
    a = assistant(tmp_path / "index", max_file_bytes=200_000)
    client = TestClient(create_app(a, token="", ui=True))
    page = (b"The harbour authority said the pier opens in June. " * 3000)[:150_000]  # over the 64 kB JSON limit
    ok = client.post("/ui/gradio_api/upload", files={"files": ("story.txt", page, "text/plain")})
    assert ok.status_code == 200, ok.text
    [stored] = ok.json()
    assert Path(stored).read_bytes() == page  # in Gradio's cache: the handler then adds it to the index
    over_file = client.post("/ui/gradio_api/upload", files={"files": ("big.txt", page + page[:80_000])})  # 230 kB
    assert over_file.status_code == 413, over_file.text  # Gradio's max_file_size
    over_body = client.post("/ui/gradio_api/upload", files={"files": ("big.txt", page * 2)})  # 300 kB
    assert over_body.status_code == 413 and "request body over" in over_body.json()["error"]


def test_ui_upload_handler_checks_the_size_before_reading_the_file(server, monkeypatch):
    a, _, root = server
    h = ui_handlers(a)
    huge = root / "huge.txt"
    with open(huge, "wb") as f:  # sparse: 5 GB on paper, nothing on disk
        f.truncate(5 * 1024**3)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self} whole"))
    import gradio as gr

    monkeypatch.setattr(gr, "Warning", lambda message: None)
    note = h.upload(str(huge), None, None, None, None, None, None)
    assert "bl-error" in note and "over the 10,000-byte limit" in note


def test_unknown_routes_and_methods_are_one_line_json_errors(server):
    _, client, _ = server
    assert client.get("/no-such-route").json() == {"error": "Not Found"}
    wrong = client.put("/ask", json={"question": "x"})
    assert wrong.status_code == 405 and wrong.json() == {"error": "Method Not Allowed"}

"""The HTTP API: a thin FastAPI edge over one `Assistant` (`byline serve`).

    POST /ask                   {question, outlets, stances, k, view, history, synthesize} -> Answer JSON
    GET  /sources               -> [SourceInfo]
    GET  /documents/{doc_id}    -> {info: SourceInfo, text}: the stored text that citation offsets index
    POST /documents             multipart: file + outlet/stance/title/url/date/author -> Uploaded
    DELETE /documents/{doc_id}  -> SourceInfo of the removed document
    GET  /healthz               liveness, never behind the token

Errors are one line of JSON, `{"error": "..."}`, with a 4xx status (503 while no usable index
exists); never a traceback. With BYLINE_API_TOKEN set, every route but /healthz (including
/docs and a mounted UI) needs `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import hmac
import inspect
import logging
import os
from typing import Annotated

from fastapi import Depends, FastAPI, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from app.api import Assistant
from app.errors import (
    BylineError,
    ConfigError,
    CorpusError,
    IndexBusyError,
    IndexEmptyError,
    IndexMismatchError,
    IndexMissingError,
    IndexWriteError,
    QueryError,
)
from app.models import Answer, IngestReport, SourceInfo

log = logging.getLogger(__name__)

MAX_JSON_BYTES = 1_000_000  # an /ask body is a question, a few filters and up to 20 earlier answers
KEEP_ALIVE_SECONDS = 75  # idle keep-alive connections outlive clients' pools (httpx 5 s, browsers 60 s): with
# uvicorn's 5 s a client could reuse a connection the server was closing, and got a reset
UI_PATH = "/ui"  # where `--ui` mounts the Gradio app
NAME = Annotated[str, Field(min_length=1, max_length=200)]
STATUS = {QueryError: 422, CorpusError: 422, ConfigError: 400, IndexMissingError: 503, IndexMismatchError: 503,
          IndexBusyError: 409, IndexEmptyError: 409, IndexWriteError: 507}
_REQUEST = ConfigDict(extra="forbid")


class AskRequest(BaseModel):
    model_config = _REQUEST

    question: str = Field(min_length=1, max_length=2000, description="The question, in plain words.")
    outlets: list[NAME] = Field(default_factory=list, max_length=50, description="Only cite these outlets.")
    stances: list[NAME] = Field(default_factory=list, max_length=20, description="Only cite these stance groups.")
    k: int | None = Field(default=None, ge=1, le=50, description="Passages to quote.")
    view: str | None = Field(default=None, max_length=50, description="Answer layout, if this byline offers views.")
    history: list[Annotated[str, Field(min_length=1, max_length=2000)] | Answer] = Field(
        default_factory=list, max_length=20,
        description="Earlier turns of the conversation, oldest first: the Answers /ask returned (or just their "
                    "questions, which are then answered again). A follow-up is read against them.")
    synthesize: bool | None = Field(
        default=None, description="With an LLM configured at `byline serve --llm-...`: also a short answer whose every "
        "sentence is verified (default: on when configured); false: the extractive answer only.")


class UploadForm(BaseModel):
    model_config = _REQUEST

    file: UploadFile
    outlet: str | None = Field(default=None, max_length=200)
    stance: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    date: str | None = Field(default=None, max_length=50)
    author: str | None = Field(default=None, max_length=200)


class Uploaded(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    report: IngestReport
    documents: list[SourceInfo] = Field(description="The indexed documents the uploaded file became.")


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    info: SourceInfo
    text: str = Field(description="The cleaned article text; a citation's quote is text[start:end].")


def error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


def create_app(assistant: Assistant, *, token: str | None = None, ui: bool = False) -> FastAPI:
    """The ASGI app over `assistant`. `token` defaults to the BYLINE_API_TOKEN environment variable."""
    token = token if token is not None else os.environ.get("BYLINE_API_TOKEN") or None
    app = FastAPI(title="byline", version="0.1.0", description=__doc__.split("\n\n")[0])
    _guard(app, token, assistant.config.max_file_bytes)
    bearer = [Depends(HTTPBearer(auto_error=False))] if token else []  # shows "Authorize" in /docs
    asks_view = "view" in inspect.signature(assistant.ask).parameters

    @app.get("/healthz")
    async def healthz() -> dict[str, object]:
        """Answered on the event loop, never behind an ask or an upload (they run in worker threads)."""
        return {"status": "ok", "index": assistant.index_known()}

    @app.post("/ask", dependencies=bearer)
    def ask(body: AskRequest) -> Answer:
        """Answer with verbatim quotes, each labelled with its outlet, or abstain."""
        extra = {}
        if body.view is not None:
            if not asks_view:
                raise QueryError("this byline has no answer views; leave out 'view'")
            extra["view"] = body.view
        if body.history:
            extra["history"] = body.history
        if body.synthesize is not None:
            extra["synthesize"] = body.synthesize
        return assistant.ask(body.question, outlets=body.outlets, stances=body.stances, k=body.k, **extra)

    @app.get("/sources", dependencies=bearer)
    def sources() -> list[SourceInfo]:
        return assistant.sources()

    _document_routes(app, assistant, bearer)
    if ui:
        mount_ui(app, assistant)
    return app


def _document_routes(app: FastAPI, assistant: Assistant, bearer: list) -> None:
    """Upload, read and delete one document."""

    @app.post("/documents", status_code=201, dependencies=bearer)
    def add_document(form: Annotated[UploadForm, Form()]) -> Uploaded:
        """Upload one article (txt, html, md, pdf, ...) with optional metadata; it is ingested at once."""
        limit = assistant.config.max_file_bytes
        data = form.file.file.read(limit + 1)
        if len(data) > limit:
            return error(413, f"{form.file.filename}: over the {limit:,}-byte upload limit")
        meta = form.model_dump(exclude={"file"})
        report = assistant.add_document(form.file.filename or "", data, **meta)
        if report.failed:
            raise CorpusError("; ".join(report.failed.values()))
        given = [*report.new, *report.changed, *report.unchanged, *report.copies]
        return Uploaded(report=report, documents=assistant.sources_for(given))

    @app.get("/documents/{doc_id}", dependencies=bearer)
    def get_document(doc_id: str) -> Document:
        """One indexed document: its metadata and the text that citation offsets point into."""
        if doc_id not in {s.doc_id for s in assistant.sources()}:
            return error(404, f"no document {doc_id!r} in the index")
        view = assistant.document(doc_id)
        return Document(info=view.info, text=view.text)

    @app.delete("/documents/{doc_id}", dependencies=bearer)
    def remove_document(doc_id: str) -> SourceInfo:
        if doc_id not in {s.doc_id for s in assistant.sources()}:
            return error(404, f"no document {doc_id!r} in the index")
        return assistant.remove_document(doc_id)


class _TooLarge(HTTPException):
    pass


def _body_limit(app, limit_for):
    """ASGI wrapper that counts the body as it streams in: a chunked upload (no Content-Length)
    is cut off at the limit instead of being spooled whole to a temp file first."""

    async def limited_app(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        limit, seen = limit_for(scope["path"]), 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge(413, f"request body over the {limit:,}-byte limit")
            return message

        return await app(scope, counted, send)

    return limited_app


def _guard(app: FastAPI, token: str | None, max_file_bytes: int) -> None:
    """Bearer token, body-size limits, and errors as one line of JSON."""

    def limit_for(path: str) -> int:  # uploads: the API's and the mounted UI's (Gradio checks its own limit too)
        uploads = path == "/documents" or path.startswith(UI_PATH + "/")
        return max_file_bytes + 64_000 if uploads else MAX_JSON_BYTES

    app.add_middleware(lambda inner: _body_limit(inner, limit_for))

    @app.middleware("http")
    async def limits(request: Request, call_next):
        if token and request.url.path != "/healthz":
            given = request.headers.get("authorization", "")
            scheme, _, value = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
                return error(401, "missing or wrong bearer token (Authorization: Bearer <BYLINE_API_TOKEN>)",
                             **{"WWW-Authenticate": "Bearer"})
        size = request.headers.get("content-length")
        limit = limit_for(request.url.path)
        if size is not None and (not size.isdigit() or int(size) > limit):
            return error(413, f"request body over the {limit:,}-byte limit")
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")  # JSON is never sniffed as HTML
        return response

    _errors_as_json(app)


def _errors_as_json(app: FastAPI) -> None:
    """Every error a client can get is one line of JSON with the right status, never a traceback."""

    @app.exception_handler(BylineError)
    async def byline_error(_: Request, exc: BylineError) -> JSONResponse:
        status = next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 400)
        return error(status, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:  # 404, 405, 413 as one line too
        return error(exc.status_code, str(exc.detail), **(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'] if p != 'body') or 'body'}: {e['msg']}" for e in exc.errors()]
        return error(422, "; ".join(problems))

    @app.exception_handler(Exception)
    async def crash(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error(500, f"internal error ({type(exc).__name__}); see the server log")


def mount_ui(app: FastAPI, assistant: Assistant, path: str = UI_PATH) -> None:
    """Mount the Gradio UI (app/edges/ui.py) on the same server. Imported lazily: only `--ui` pays for it."""
    try:
        from app.edges.ui import build
    except ImportError as exc:
        raise ConfigError(f"the web UI is not available in this build ({exc}); run without --ui") from exc
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    gr.mount_gradio_app(app, build(assistant), path=path, max_file_size=assistant.config.max_file_bytes)


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 8000, *, ui: bool = False) -> None:
    """Run the API with uvicorn: one process, one worker, one Assistant."""
    import uvicorn

    app = create_app(assistant, ui=ui)
    assistant.hold_writes()  # this process writes the index (uploads): other writers are refused by name
    if assistant.has_index():  # load the embedder now, not on the first request
        log.warning("loading the embedder %s", assistant.embedder.name)
        assistant.embedder.embed(["warm up"])
    uvicorn.run(app, host=host, port=port, workers=1, log_level="info", timeout_keep_alive=KEEP_ALIVE_SECONDS)


__all__ = ["AskRequest", "Document", "Uploaded", "create_app", "mount_ui", "serve"]

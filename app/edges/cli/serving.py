"""Commands that serve byline to others: the HTTP API, the MCP server and the web UI."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from app.edges.cli.base import ChromaOpt, IndexOpt, LlmModelOpt, LlmUrlOpt, assistant, cli, err, escape, friendly, out

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@cli.command()
@friendly
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; keep 127.0.0.1 unless behind a proxy.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    index: IndexOpt = None,
    chroma_url: ChromaOpt = None,
    ui: Annotated[bool, typer.Option("--ui", help="Also serve the web UI at /ui.")] = False,
    llm_base_url: LlmUrlOpt = None,
    llm_model: LlmModelOpt = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs). Set BYLINE_API_TOKEN to require a bearer token."""
    from app.edges.http import serve as run_http

    if host not in LOOPBACK and not os.environ.get("BYLINE_API_TOKEN"):
        err.print(f"[yellow]warning:[/] serving on {escape(host)} without BYLINE_API_TOKEN: anyone who can reach it "
                  "can upload and delete")
    run_http(assistant(index, chroma_url=chroma_url, llm_base_url=llm_base_url, llm_model=llm_model), host, port, ui=ui)


@cli.command("mcp")
@friendly
def mcp_command(index: IndexOpt = None, chroma_url: ChromaOpt = None) -> None:
    """Serve the MCP tools `ask` and `list_sources` over stdio (for agent hosts)."""
    from app.edges.mcp import run

    run(assistant(index, chroma_url=chroma_url))


@cli.command()
@friendly
def ui(
    index: IndexOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind (default: loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to serve on.")] = 7860,
    llm_base_url: LlmUrlOpt = None,
    llm_model: LlmModelOpt = None,
) -> None:
    """Start the web UI: chat with outlet-labelled quotes, a citation panel, sources and uploads."""
    from app.edges import ui as web

    a = assistant(index, llm_base_url=llm_base_url, llm_model=llm_model)
    a.hold_writes()  # uploads write the index: other writers are refused by name
    if not a.has_index():
        err.print(f"[yellow]note:[/] no index in {escape(str(a.config.index_dir))} yet: upload documents in the "
                  "Sources tab, or run `byline ingest` first")
    if os.environ.get("BYLINE_API_TOKEN"):  # Gradio has no bearer tokens: serve it behind the API's guard
        from app.edges.http import UI_PATH, serve as run_http

        err.print(f"BYLINE_API_TOKEN is set: the UI is served at http://{host}:{port}{UI_PATH}/ and every request "
                  "needs 'Authorization: Bearer <token>' (use a proxy that adds it)")
        run_http(a, host, port, ui=True)
        return
    if host not in LOOPBACK:
        err.print(f"[yellow]warning:[/] serving the UI on {escape(host)} without BYLINE_API_TOKEN: anyone who can "
                  "reach it can ask, upload and delete")
    demo, url = web.launch(a, host=host, port=port)
    out.print(f"byline UI running at {url}  (Ctrl-C to stop)")
    web.serve_forever(demo)

"""The MCP server (`byline mcp`, stdio): tools `ask` and `list_sources` over one `Assistant`.

Agent hosts call `ask` to ground an answer in attributed quotes. Both tools return typed models,
so the result's structured content is the same JSON as `byline ask --json` (an `Answer`) and
`byline sources --json` (under "sources"). byline's own errors come back as a tool error with
its one-line message.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from app.api import Assistant
from app.errors import BylineError
from app.models import Answer, SourceInfo

INSTRUCTIONS = (
    "byline answers questions about a corpus of news articles that contradict each other. Every "
    "answer is made of verbatim quotes, each labelled with the outlet that published it. When you "
    "relay an answer, keep each quote with its outlet; never restate a contested claim as fact."
)


class SourceList(BaseModel):
    """The indexed documents, as listed by `byline sources --json`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[SourceInfo] = Field(default_factory=list)


def build_server(assistant: Assistant):
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    server = MCPServer(name="byline", instructions=INSTRUCTIONS, log_level="WARNING")

    @server.tool()
    def ask(question: str, outlets: list[str] | None = None, stances: list[str] | None = None,
            k: int | None = None) -> Answer:
        """Answer a question with verbatim quotes, each labelled with its outlet; abstains when the
        sources do not say (with `not_covered` set when they are about it but do not report what was
        asked: the citations are then related quotes, not an answer). A question of two parts of which the sources
        answer one quotes that one and names the other in `not_covered_parts`. `outlets`/`stances` restrict which
        sources may be cited; `k` is how many passages to quote (1-50)."""
        try:
            return assistant.ask(question, outlets=outlets, stances=stances, k=k)
        except BylineError as exc:
            raise ToolError(str(exc)) from exc

    @server.tool()
    def list_sources() -> SourceList:
        """The indexed articles: outlet, stance group, title, date, url and size of each."""
        try:
            return SourceList(sources=assistant.sources())
        except BylineError as exc:
            raise ToolError(str(exc)) from exc

    return server


def run(assistant: Assistant) -> None:
    """Serve over stdio until the client closes the pipe. Logs go to stderr, never stdout."""
    import anyio

    anyio.run(_serve_stdio, build_server(assistant))


async def _serve_stdio(server) -> None:
    """The SDK's stdio transport, with one step between it and the session: a line that is not a
    valid JSON-RPC message (not JSON, not a request, bad params, nested past the parser's depth)
    gets a JSON-RPC error reply (app/edges/mcp_errors.py) instead of being dropped with the client
    left waiting. The step reads stdin itself so that it knows which line each error is about."""
    import sys

    import anyio
    from mcp.server.stdio import stdio_server
    from mcp.shared._context_streams import create_context_streams
    from mcp.shared.message import SessionMessage

    lowlevel = server._lowlevel_server  # MCPServer.run("stdio") does the same, without the step
    lines = _Lines(sys.stdin.buffer)
    async with stdio_server(stdin=lines) as (read_stream, write_stream):
        forward, checked = create_context_streams[SessionMessage | Exception](0)

        async def answer_malformed() -> None:
            async with forward:
                async for item in read_stream:
                    if isinstance(item, Exception):
                        await write_stream.send(SessionMessage(_protocol_error(lines.rejected.pop(0), item)))
                    else:
                        await forward.send(item)

        async with anyio.create_task_group() as tg:
            tg.start_soon(answer_malformed)
            await lowlevel.run(checked, write_stream, lowlevel.create_initialization_options())


class _Lines:
    """stdin's lines (UTF-8, bad bytes replaced), keeping in order those the SDK will reject: the
    SDK sends its parse error without the line, and the reply needs the line's id. Blank lines
    between messages are skipped; a line over MAX_LINE bytes is read past in pieces, never held."""

    def __init__(self, raw) -> None:
        self._raw = raw  # a binary file (stdin's buffer), read on a worker thread as anyio.wrap_file does
        self.rejected: list[str] = []

    def __aiter__(self):
        return self

    async def __anext__(self) -> str:
        import mcp_types as types

        from app.edges.mcp_errors import MAX_LINE, TOO_LONG

        while True:
            data = await self._read(MAX_LINE + 1)
            if not data:
                raise StopAsyncIteration
            if len(data) > MAX_LINE and not data.endswith(b"\n"):
                while (rest := await self._read(1 << 16)) and not rest.endswith(b"\n"):
                    pass
                self.rejected.append(TOO_LONG)
                return TOO_LONG
            if data.strip():
                break
        line = data.decode("utf-8", errors="replace")
        try:
            types.jsonrpc_message_adapter.validate_json(line, by_name=False)
        except Exception:
            self.rejected.append(line)
        return line

    async def _read(self, size: int) -> bytes:
        import anyio

        return await anyio.to_thread.run_sync(self._raw.readline, size)


def _protocol_error(line: str, exc: Exception):
    import mcp_types as types

    from app.edges.mcp_errors import error_for

    rid, code, message = error_for(line, exc)
    return types.JSONRPCError(jsonrpc="2.0", id=rid, error=types.ErrorData(code=code, message=message))

"""A fake OpenAI-compatible chat server on a free loopback port, for tests and `byline eval --llm`.

    with FakeLLM(lambda messages: "According to Nejat Society, … [1].") as server:
        OpenAICompatible(server.base_url, "fake")

`reply` maps the request's messages to the completion text; `delay` seconds pass before any
byte is sent (a slow server). Run `python -m tests.synthesis.fake_llm --port 8765` for an
echo model that attributes the first words of every quote to its outlet.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from app.text.sentences import split_sentences

Reply = Callable[[list[dict]], str]


def echo(messages: list[dict]) -> str:
    """A faithful model: 'According to <outlet>, <the quote's first sentence, cut short> [n].' for
    the first three quotes of the prompt."""
    out = []
    for n, outlet, quote in re.findall(r'^\[(\d+)\] ([^,(:\n]+).*?: "(.*)"$', messages[-1]["content"], re.MULTILINE):
        plain = re.sub(r"[\u201c\u201d\"]", "", quote)
        first = plain[: split_sentences(plain)[0].end] if plain.strip() else plain
        words = " ".join(first.split()[:16]).rstrip(".,;:")
        out.append(f"According to {outlet.strip()}, {words} [{n}].")
    return " ".join(out[:3])


class FakeLLM:
    def __init__(self, reply: Reply = echo, delay: float = 0.0, port: int = 0) -> None:
        self.reply, self.delay, self.requests = reply, delay, []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                fake.requests.append(body)
                time.sleep(fake.delay)
                text = fake.reply(body.get("messages", []))
                try:
                    self._stream(body, text) if body.get("stream") else self._whole(body, text)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def _whole(self, body: dict, text: str) -> None:
                data = json.dumps({"id": "fake", "object": "chat.completion", "created": 0, "model": body.get("model"),
                                   "choices": [{"index": 0, "finish_reason": "stop",
                                                "message": {"role": "assistant", "content": text}}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, body: dict, text: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for piece in re.findall(r"\S+\s*", text):
                    chunk = {"id": "fake", "object": "chat.completion.chunk", "created": 0, "model": body.get("model"),
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeLLM:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with FakeLLM(port=args.port) as server:
        print(f"fake OpenAI-compatible server at {server.base_url} (Ctrl-C to stop)", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass

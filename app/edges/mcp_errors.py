"""JSON-RPC 2.0 error replies for MCP messages the SDK's parser rejects (byline mcp, stdio).

The JSON-RPC 2.0 spec (section 5): a response's id "MUST be the same as the value of the id member
in the Request Object. If there was an error in detecting the id in the Request Object (e.g. Parse
error/Invalid Request), it MUST be Null." So: a line that is not JSON gets -32700 with id null; a
JSON value that is not a request object gets -32600, with the request's id when it can be read
(even from a message nested too deep to parse whole) and null otherwise; a readable request whose
params are not an object gets -32602 with its id.
"""

from __future__ import annotations

import json
import re

PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS = -32700, -32600, -32602
MAX_LINE = 4 * 1024 * 1024  # bytes in one message: a longer line is read past in pieces, never held
TOO_LONG = "\x00 too long"  # what the SDK is handed for an over-long line (not JSON: it rejects it)
_ID_VALUE = re.compile(r'\s*:\s*(-?\d+(?![.\deE])|"(?:[^"\\]|\\.)*")')


def error_for(line: str, exc: Exception) -> tuple[int | str | None, int, str]:
    """(id, code, message) of the reply to `line`, which failed to parse as a JSON-RPC message."""
    if line == TOO_LONG:
        return None, INVALID_REQUEST, f"message longer than {MAX_LINE >> 20} MiB; it was not read; nothing was done"
    try:
        data = json.loads(line)
    except RecursionError:
        return top_level_id(line), INVALID_REQUEST, "message nested too deep to read; nothing was done"
    except ValueError:
        return None, PARSE_ERROR, "not JSON; nothing was done"
    if not isinstance(data, dict):
        return None, INVALID_REQUEST, f"a JSON-RPC message is an object, not {type(data).__name__}; nothing was done"
    rid = data.get("id")
    rid = rid if isinstance(rid, str) or (isinstance(rid, int) and not isinstance(rid, bool)) else None
    if data.get("jsonrpc") != "2.0" or not isinstance(data.get("method"), str):
        return rid, INVALID_REQUEST, ("not a JSON-RPC 2.0 request (needs jsonrpc \"2.0\" and a method name); "
                                      "nothing was done")
    if "params" in data and not isinstance(data["params"], dict):
        return rid, INVALID_PARAMS, f"params must be an object, not {type(data['params']).__name__}; nothing was done"
    detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return rid, INVALID_REQUEST, f"not a valid request ({detail}); nothing was done"


def top_level_id(line: str) -> int | str | None:
    """The "id" member of the outermost object, read without parsing the (too deep) rest."""
    depth, i = 0, 0
    while i < len(line):
        ch = line[i]
        if ch == '"':
            end = _string_end(line, i)
            if depth == 1 and line[i:end] == '"id"':
                value = _ID_VALUE.match(line, end)
                return json.loads(value.group(1)) if value else None
            i = end
            continue
        depth += 1 if ch in "{[" else -1 if ch in "}]" else 0
        i += 1
    return None


def _string_end(line: str, start: int) -> int:
    """The index just past the JSON string starting at `start` (its opening quote)."""
    i = start + 1
    while i < len(line):
        if line[i] == "\\":
            i += 2
        elif line[i] == '"':
            return i + 1
        else:
            i += 1
    return len(line)

"""The app's two ASGI layers around its routes: headers on every response, and answers kept for repeats.

Both are plain ASGI (no ``BaseHTTPMiddleware``, which runs every request in a
task group of its own and costs more than a search).

- :class:`Headers`: the security headers (:data:`.policy.HEADERS`; a page that
  set its own ``Content-Security-Policy`` keeps it) and ``Server-Timing:
  app;dur=MS``, the milliseconds from the request reaching the app to its
  response starting (bench/load.py reads it to tell the server's time from the
  queueing in front of it).
- :class:`Answers`: the app shows one run of a store opened read-only for its
  whole life, so the answer to a GET depends on its path and query only. Each
  ``200`` answer gets an ``ETag`` (a hash of its body) and ``Cache-Control:
  no-cache`` (a browser asks again and gets ``304 Not Modified`` while nothing
  changed); the answers are kept, most recently used first, up to a number of
  bytes, and a repeat is sent from there without running the route. A restart
  (which reads the store's latest run again) empties it.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .policy import HEADERS

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_SECURITY = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in HEADERS.items()]
_SKIP = {b"etag", b"content-length"}  # set again on each answer sent
_ENTRY = 400  # bytes of Python objects around each answer kept (tuples, the list of headers, the dict's slot)


class Headers:
    """Adds the security headers and ``Server-Timing`` to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in _SECURITY if name not in present]
                headers.append((b"server-timing", f"app;dur={1000 * (time.perf_counter() - started):.2f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Answers:
    """``ETag`` and ``304`` for every ``200`` answer to a GET; repeats answered from up to ``limit`` bytes kept.

    ``limit=0`` keeps nothing (every request runs its route) but still tags and revalidates. An answer
    over an eighth of ``limit`` is not kept; nor is one whose body comes in more than one message.
    """

    def __init__(self, app: ASGIApp, limit: int = 64 << 20):
        self.app = app
        self.limit = limit
        self.kept: OrderedDict[tuple[str, bytes], tuple[list[tuple[bytes, bytes]], bytes, bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        match = next((v for k, v in scope.get("headers", ()) if k == b"if-none-match"), None)
        answer = self.kept.get(key)
        if answer is not None:
            self.hits += 1
            self.kept.move_to_end(key)
            await self._send(send, *answer, match)
            return
        self.misses += 1
        start: Message | None = None
        body: list[bytes] = []

        async def hold(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                if start["status"] != 200:
                    await send(message)
                return
            if start is None or start["status"] != 200:
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            data = b"".join(body)
            headers = [(k, v) for k, v in start.get("headers", ()) if k.lower() not in _SKIP]
            tag = b'"' + hashlib.blake2b(data, digest_size=12).hexdigest().encode() + b'"'
            if len(body) == 1 and len(data) <= self.limit // 8:
                self._keep(key, (headers, data, tag))
            await self._send(send, headers, data, tag, match)

        await self.app(scope, receive, hold)

    @staticmethod
    def _cost(key: tuple[str, bytes], answer: tuple[list[tuple[bytes, bytes]], bytes, bytes]) -> int:
        """The bytes an answer kept takes: its body, and its URL and headers (many small answers, such as
        ``[]`` for searches that find nothing, must fill the limit too)."""
        headers, body, tag = answer
        return _ENTRY + len(key[0]) + len(key[1]) + len(body) + len(tag) + sum(len(k) + len(v) for k, v in headers)

    def _keep(self, key: tuple[str, bytes], answer: tuple[list[tuple[bytes, bytes]], bytes, bytes]) -> None:
        earlier = self.kept.pop(key, None)  # two requests for one URL that both missed: the second replaces it
        if earlier is not None:
            self.size -= self._cost(key, earlier)
        self.kept[key] = answer
        self.size += self._cost(key, answer)
        while self.size > self.limit and self.kept:
            self.size -= self._cost(*self.kept.popitem(last=False))

    @staticmethod
    async def _send(send: Send, headers: list[tuple[bytes, bytes]], body: bytes, tag: bytes,
                    match: bytes | None) -> None:
        common = [*headers, (b"etag", tag)]
        if not any(k == b"cache-control" for k, _ in headers):  # the static files say how long they keep
            common.append((b"cache-control", b"no-cache"))
        if match is not None and tag in (t.strip() for t in match.split(b",")):
            common = [(k, v) for k, v in common if k != b"content-type"]
            await send({"type": "http.response.start", "status": 304, "headers": common})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [*common, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

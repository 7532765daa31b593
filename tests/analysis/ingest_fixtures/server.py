"""A local web server in a thread, serving good pages and every way a server misbehaves."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.analysis.ingest_fixtures import fixture, make


class Handler(BaseHTTPRequestHandler):
    """Routes: ``/article``, ``/plain``, ``/doc.pdf``, ``/image``, ``/missing``, ``/loop``,
    ``/to-file``, ``/silent``, ``/endless``, ``/trickle``, ``/huge``."""

    stop: threading.Event

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, kind: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, chunk: bytes, pause: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            while not self.stop.is_set():
                self.wfile.write(chunk)
                self.wfile.flush()
                if pause:
                    self.stop.wait(pause)
        except OSError:
            pass  # the client gave up, as it should

    def do_GET(self) -> None:
        routes = {
            "/article": lambda: self._send(
                fixture("noisy_page.html").read_bytes(), "text/html; charset=utf-8"
            ),
            "/plain": lambda: self._send(make.PARAGRAPHS[0].encode(), "text/plain"),
            "/doc.pdf": lambda: self._send(make.pdf(), "application/pdf"),
            "/image": lambda: self._send(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
            "/missing": lambda: self._send(b"<p>Not here</p>", "text/html", 404),
            "/loop": lambda: self._redirect(f"/loop?{self.path.count('x')}x"),
            "/to-file": lambda: self._redirect("file:///etc/passwd"),
            "/silent": lambda: self.stop.wait(30),
            "/endless": lambda: self._stream(b"<p>" + b"more " * 2000 + b"</p>", 0),
            "/trickle": lambda: self._stream(b"<p>a</p>", 0.5),
            "/huge": lambda: self._send(b"<p>" + b"x" * (12 * 2**20) + b"</p>", "text/html"),
        }
        route = routes.get(self.path.split("?")[0])
        if route is None:
            self._send(b"", "text/plain", 404)
        else:
            route()


@contextmanager
def serving() -> Iterator[str]:
    """Run the server on a free local port; yield its base URL.

    The proxy variables are cleared first: the server is local, and a proxy would not reach it.
    """
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        os.environ.pop(name, None)
    stop = threading.Event()
    handler = type("BoundHandler", (Handler,), {"stop": stop})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)

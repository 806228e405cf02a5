"""A small HTTP server for the bundled sample sites (samples/sites/<host>/<path>).

The crawlers rewrite every live URL https://<host>/<path> to http://127.0.0.1:<port>/<host>/<path> when
``WIREARCHIVE_SAMPLE_BASE`` is set, so the demo and the tests crawl the sample sites with the very same
spiders and URLs as the live sites, and never leave 127.0.0.1.

Misbehaviour (truncated transfers, lying charsets, odd statuses) is data: samples/behaviours.toml. The
search endpoints (GET or POST, answers rendered from data) are samples/endpoints.py's.
"""

from __future__ import annotations

import logging
import mimetypes
import threading
import time
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pipeline.config import PROJECT_DIR
from samples.endpoints import load_endpoints

SAMPLES_DIR = PROJECT_DIR / "samples"
log = logging.getLogger(__name__)

CONTENT_TYPES = {
    ".html": "text/html",
    ".shtml": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".png": "image/png",
}

NOT_FOUND_PAGE = b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"


def load_behaviours(samples_dir: Path) -> dict[str, dict]:
    path = samples_dir / "behaviours.toml"
    if not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


class SampleSiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int = 0, samples_dir: Path = SAMPLES_DIR, delay: float = 0.0):
        self.sites_dir = samples_dir / "sites"
        self.behaviours = load_behaviours(samples_dir)
        self.endpoints = load_endpoints(samples_dir)
        self.delay = delay
        self.hits: list[str] = []
        self.searches: list[tuple[str, str, bytes]] = []  # (host/path, query string, body) of each search
        super().__init__(("127.0.0.1", port), SampleSiteHandler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start_background(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="sample-sites", daemon=True)
        thread.start()
        return thread


class SampleSiteHandler(BaseHTTPRequestHandler):
    server: SampleSiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        self._respond(send_body=True, method="POST")

    def _respond(self, send_body: bool, method: str = "GET") -> None:
        parts = urlsplit(self.path)
        key = unquote(parts.path).lstrip("/")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)) if method == "POST" else b""
        self.server.hits.append(key)
        if self.server.delay:
            time.sleep(self.server.delay)
        endpoint = self.server.endpoints.get(key)
        if endpoint is not None:
            self.server.searches.append((key, parts.query, body))
            answer = endpoint.answer(method, parts.query, body)
            self._send(answer.status, answer.content_type, answer.body, send_body)
            return
        if method == "POST":
            self._send(405, "text/html; charset=utf-8", b"<html><body>405</body></html>", send_body)
            return
        file = self._resolve(key)
        behaviour = self.server.behaviours.get(key, {})
        if file is None:
            self._send(404, "text/html; charset=utf-8", NOT_FOUND_PAGE, send_body)
            return
        body = file.read_bytes()
        content_type = behaviour.get("content_type") or CONTENT_TYPES.get(
            file.suffix, mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        )
        status = int(behaviour.get("status", 200))
        cut = behaviour.get("truncate_at")
        if cut is not None:
            # Announce the full length, send part of it and hang up: a transfer cut off mid-page.
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if send_body:
                self.wfile.write(body[: int(len(body) * float(cut))])
                self.wfile.flush()
            self.close_connection = True
            return
        self._send(status, content_type, body, send_body)

    def _resolve(self, key: str) -> Path | None:
        sites = self.server.sites_dir.resolve()
        candidate = (sites / key).resolve()
        if sites not in candidate.parents and candidate != sites:
            return None  # no escaping the sample folder
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    def _send(self, status: int, content_type: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def serve(port: int = 0, delay: float = 0.0, port_file: Path | None = None) -> None:
    """Serve the sample sites until interrupted (``python -m samples.server --help``)."""
    server = SampleSiteServer(port=port, delay=delay)
    print(f"Sample sites served at {server.base_url}/<host>/<path>", flush=True)
    if port_file:
        port_file.parent.mkdir(parents=True, exist_ok=True)
        port_file.write_text(server.base_url + "\n", encoding="utf-8")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m samples.server", description="Serve the sample sites.")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each response")
    parser.add_argument("--port-file", type=Path, help="write the base URL to this file")
    args = parser.parse_args()
    serve(port=args.port, delay=args.delay, port_file=args.port_file)

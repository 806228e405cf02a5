"""A misbehaving news site on 127.0.0.1, for the tests only: every fault a live crawl meets, on purpose.

It answers like the sample-site server (``/<host>/<path>``, see crawlers/handlers.py), so a real
``wirearchive crawl chinanews`` with ``WIREARCHIVE_SAMPLE_BASE`` pointing here crawls it as the live
www.chinanews.com.cn: robots.txt, a list page, and one article URL per fault in :data:`CASES`. The good
page is the bundled sample article (samples/sites), served as is or re-encoded. Every request is recorded
(``hits``: path and time) so a test can tell what was asked, how often and when.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from pipeline.config import PROJECT_DIR

HOST = "www.chinanews.com.cn"
OTHER_HOST = "www.chinanews.com"  # an allowed domain of the source whose robots.txt answers 503
GOOD_PAGE = (PROJECT_DIR / "samples/sites/www.chinanews.com.cn/gn/2026/11-18/10500001.shtml").read_bytes()
GOOD_TITLE = "2026湖畔数字文化论坛19日开幕 600余名嘉宾将出席"
BIG = 30 * 1024 * 1024  # past the crawl's DOWNLOAD_MAXSIZE (16 MiB)
HANG_SECONDS = 8  # the tests set WIREARCHIVE_DOWNLOAD_TIMEOUT=2


@dataclass(frozen=True)
class Case:
    """One article URL of the fault site and the outcome the crawl must reach for it."""

    number: int
    fault: str
    outcome: str  # "fetched", "retried then fetched", or the failure category (crawlers/failures.py)
    linked_as: tuple[str, ...] = ()  # how the list page links it, when not plainly

    @property
    def path(self) -> str:
        return f"/gn/2026/01-01/{self.number}.shtml"

    @property
    def url(self) -> str:
        return f"https://{HOST}{self.path}"


CASES = (
    Case(1001, "a good page", "fetched"),
    Case(1002, "hangs without answering", "timeout"),
    Case(1003, "sends its body slowly, within the timeout", "fetched"),
    Case(1004, "429 with Retry-After: 1, then the page", "retried then fetched"),
    Case(1005, "503 with Retry-After (an HTTP date) twice, then the page", "retried then fetched"),
    Case(1006, "500 every time", "HTTP 500"),
    Case(1007, "500 once, then the page", "retried then fetched"),
    Case(1008, "redirects to a page that redirects back", "redirect loop"),
    Case(1009, "resets the connection", "connection lost"),
    Case(1010, "announces more bytes than it sends, every time", "transfer cut short"),
    Case(1011, "says gzip, is not gzip", "bad content encoding"),
    Case(1012, "GB18030 (GBK) bytes declared as UTF-8", "fetched"),
    Case(1013, "GB18030 (GBK) bytes, no charset anywhere", "fetched"),
    Case(1014, "30 MB announced by Content-Length", "too large"),
    Case(1015, "30 MB, chunked, no length", "too large"),
    Case(1016, "a small gzip that inflates to 30 MB", "too large"),
    Case(1017, "gzip cut in half, every time", "transfer cut short"),
    Case(
        1018,
        "linked three times, with tracking parameters",
        "fetched",
        ("?utm_source=wx", "?spm=1.2#top", ""),
    ),
    Case(1019, "linked only with a tracking parameter", "fetched", ("?from=timeline&isappinstalled=0",)),
    Case(1020, "429 asking to wait an hour", "HTTP 429"),
    Case(1021, "truncated once, then whole", "retried then fetched"),
    Case(1022, "404", "HTTP 404"),
)
DISALLOWED = f"/private/gn/2026/01-01/{1030}.shtml"  # robots.txt forbids it: never requested
ROBOTS_DOWN = Case(1031, "on a host whose robots.txt answers 503", "robots.txt unavailable")
CASE = {case.number: case for case in CASES}


def gbk_page(with_meta_charset: bool) -> bytes:
    text = GOOD_PAGE.decode("utf-8")
    if not with_meta_charset:
        text = text.replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n', "")
    return text.encode("gb18030")


def list_page() -> bytes:
    links = []
    for case in CASES:
        for suffix in case.linked_as or ("",):
            links.append(f'<li><a href="{case.path}{suffix}">case {case.number}: {case.fault}</a></li>')
    links.append(f'<li><a href="{DISALLOWED}">forbidden by robots.txt</a></li>')
    links.append(f'<li><a href="https://{OTHER_HOST}{ROBOTS_DOWN.path}">robots.txt down</a></li>')
    return (
        "<html><head><meta charset='utf-8'><title>滚动新闻</title></head><body><ul>\n"
        + "\n".join(links)
        + "\n</ul></body></html>"
    ).encode()


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.hits: list[tuple[str, float]] = []
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), FaultHandler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def start_background(self) -> None:
        threading.Thread(target=self.serve_forever, name="fault-site", daemon=True).start()

    def times(self, path: str, host: str = HOST) -> list[float]:
        """When ``path`` (query left out) was asked for on ``host``, in order."""
        return [t for hit, t in self.hits if urlsplit("//" + hit).path == path and hit.startswith(host + "/")]

    def count(self, path: str, host: str = HOST) -> int:
        return len(self.times(path, host))


class FaultHandler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        host, _, rest = self.path.lstrip("/").partition("/")
        path = "/" + rest
        with self.server.lock:
            self.server.hits.append((f"{host}{path}", time.monotonic()))
            self.server.seen[f"{host}{urlsplit(path).path}"] += 1
            times = self.server.seen[f"{host}{urlsplit(path).path}"]  # how often this page was asked for
        if host == OTHER_HOST:
            self.send(
                503, b"down for maintenance", headers=[("Retry-After", "0")]
            ) if path == "/robots.txt" else self.send(200, GOOD_PAGE)
            return
        if host != HOST:
            return self.send(404, b"no such site")
        if path == "/robots.txt":
            return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/scroll-news/news1.html":
            return self.send(200, list_page())
        if path == "/rss/scroll-news.xml":
            return self.send(
                200, b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "application/xml"
            )
        number = int(urlsplit(path).path.rsplit("/", 1)[-1].split(".")[0]) if path.startswith("/gn/") else 0
        answer = FAULTS.get(number)
        if answer is None:
            return self.send(404, b"<html><body>404</body></html>")
        answer(self, times)

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers=()) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    # -- the faults ------------------------------------------------------------------------------------
    def good(self, times: int) -> None:
        self.send(200, GOOD_PAGE)

    def hang(self, times: int) -> None:
        time.sleep(HANG_SECONDS)
        self.close_connection = True

    def slow(self, times: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(GOOD_PAGE)))
        self.end_headers()
        step = len(GOOD_PAGE) // 5 + 1
        for start in range(0, len(GOOD_PAGE), step):  # five pieces, 0.2 s apart: 1 s in all
            self.wfile.write(GOOD_PAGE[start : start + step])
            self.wfile.flush()
            time.sleep(0.2)

    def too_many(self, times: int) -> None:
        if times == 1:
            return self.send(429, b"slow down", headers=[("Retry-After", "1")])
        self.good(times)

    def busy(self, times: int) -> None:
        if times <= 2:
            when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 2))
            return self.send(503, b"busy", headers=[("Retry-After", when)])
        self.good(times)

    def error(self, times: int) -> None:
        self.send(500, b"<html><body>Internal Server Error</body></html>")

    def error_once(self, times: int) -> None:
        self.error(times) if times == 1 else self.good(times)

    def loop(self, times: int) -> None:
        target = CASE[1008].path if "?" in self.path else CASE[1008].path + "?b=1"  # a -> b -> a ...
        self.send(302, b"", headers=[("Location", target)])

    def reset(self, times: int) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def truncated(self, times: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(GOOD_PAGE)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(GOOD_PAGE[: len(GOOD_PAGE) // 2])
        self.wfile.flush()
        self.close_connection = True

    def truncated_once(self, times: int) -> None:
        self.truncated(times) if times == 1 else self.good(times)

    def not_gzip(self, times: int) -> None:
        self.send(200, GOOD_PAGE, headers=[("Content-Encoding", "gzip")])

    def half_gzip(self, times: int) -> None:
        packed = gzip.compress(GOOD_PAGE)
        self.send(200, packed[: len(packed) // 2], headers=[("Content-Encoding", "gzip")])

    def gbk_declared_utf8(self, times: int) -> None:
        self.send(200, gbk_page(with_meta_charset=True))

    def gbk_undeclared(self, times: int) -> None:
        self.send(200, gbk_page(with_meta_charset=False), "text/html")

    def big(self, times: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        self._stream(BIG)

    def big_chunked(self, times: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._stream(BIG, chunked=True)

    def _stream(self, size: int, chunked: bool = False) -> None:
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < size:
                piece = chunk[: size - sent]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                sent += len(piece)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler hung up at its size cap, as it should
        self.close_connection = True

    def bomb(self, times: int) -> None:
        self.send(200, gzip.compress(b" " * BIG), headers=[("Content-Encoding", "gzip")])

    def wait_an_hour(self, times: int) -> None:
        self.send(429, b"come back later", headers=[("Retry-After", "3600")])

    def missing(self, times: int) -> None:
        self.send(404, b"<html><body>404</body></html>")


FAULTS = {
    1001: FaultHandler.good,
    1002: FaultHandler.hang,
    1003: FaultHandler.slow,
    1004: FaultHandler.too_many,
    1005: FaultHandler.busy,
    1006: FaultHandler.error,
    1007: FaultHandler.error_once,
    1008: FaultHandler.loop,
    1009: FaultHandler.reset,
    1010: FaultHandler.truncated,
    1011: FaultHandler.not_gzip,
    1012: FaultHandler.gbk_declared_utf8,
    1013: FaultHandler.gbk_undeclared,
    1014: FaultHandler.big,
    1015: FaultHandler.big_chunked,
    1016: FaultHandler.bomb,
    1017: FaultHandler.half_gzip,
    1018: FaultHandler.good,
    1019: FaultHandler.good,
    1020: FaultHandler.wait_an_hour,
    1021: FaultHandler.truncated_once,
    1022: FaultHandler.missing,
}

"""The raw page archive: WARC files under ``$WIREARCHIVE_DATA/raw/<source>/``.

The crawlers write every response here *before* any parsing, so the pipeline can be re-run without
re-crawling. WARC is the format crawl archives and replay tools (pywb, warcio, ArchiveBox) read.

Each record is its own gzip member and is flushed at once: a crawl killed midway leaves at most one
cut-off record at the end of a file, which :func:`iter_archive` reports and skips. The members are
compressed at zlib's default level 6, not warcio's fixed 9: on news pages (170 KB on average) 9 took
about 1.8 times the CPU for files 1 % smaller (docs/benchmarks.md, "Crawl").
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import socket
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.clock import utc_now

log = logging.getLogger(__name__)

# Our own WARC header fields (WARC allows extension fields).
H_SOURCE = "WARC-Wirearchive-Source"
H_KIND = "WARC-Wirearchive-Kind"  # article | list | feed | robots | other
H_FETCH_URL = "WARC-Wirearchive-Fetch-URL"
H_ERROR = "WARC-Wirearchive-Error"
H_COLLECTED_FOR = "WARC-Wirearchive-Collected-For"  # the conference a crawl collected the page for
H_DAY = "WARC-Wirearchive-Day"  # the day a date-archive page stands for (ISO date)
KIND_FOUND = "found"  # a metadata record: an article already archived was found again, for a conference
KIND_RUN = "run"  # a metadata record: what one spider run did (crawlers/runrecord.py), JSON

# Transfer-level headers that no longer describe the stored bytes (Scrapy has already de-chunked and
# decompressed the body); kept under another name so nothing is lost.
_TRANSFER_HEADERS = {"transfer-encoding", "content-encoding", "content-length"}

GZIP_LEVEL = 6  # zlib's (and gzip's, wget's) default; see the module docstring


class GzipMemberWriter(WARCWriter):
    """warcio's writer with the compression level chosen: each record is built whole in memory (warcio
    writes it, digests and all), then compressed as one gzip member and written in one call."""

    def __init__(self, out, level: int = GZIP_LEVEL):
        super().__init__(out, gzip=False)
        self.level = level

    def write_record(self, record, params=None) -> None:
        buffer = io.BytesIO()
        self._write_warc_record(buffer, record)
        self.out.write(zlib.compress(buffer.getbuffer(), self.level, wbits=16 + zlib.MAX_WBITS))


@dataclass
class RawPage:
    """One archived fetch."""

    record_id: str
    url: str
    source: str | None
    kind: str | None
    status: int | None
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str
    fetch_url: str | None = None
    error: str | None = None
    warc_file: str | None = None
    collected_for: str | None = None  # conference id the crawl that fetched (or found) it was for
    day: str | None = None  # date-archive pages: the day they list

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    @property
    def content_type(self) -> str | None:
        return self.header("Content-Type")


class WarcArchive:
    """Appends fetched pages to one WARC file per crawl run and source."""

    def __init__(self, raw_dir: Path, source: str):
        folder = raw_dir / source
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        # the machine's name too: the files of a distributed crawl (docs/crawling.md) are gathered in one place
        name = f"{source}-{stamp}-{_machine()}-{os.getpid()}"
        self.path = folder / f"{name}.warc.gz"
        n = 1
        while self.path.exists():  # two crawls of one source in one process and second (a backfill beside)
            n += 1
            self.path = folder / f"{name}-{n}.warc.gz"
        self.source = source
        self._fh = open(self.path, "ab")  # noqa: SIM115 - closed in close()
        self._writer = GzipMemberWriter(self._fh)

    def write_response(
        self,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        kind: str,
        fetch_url: str | None = None,
        error: str | None = None,
        fetched_at: str | None = None,
        collected_for: str | None = None,
        day: str | None = None,
    ) -> str:
        http_headers = []
        for key, value in headers:
            if key.lower() in _TRANSFER_HEADERS:
                http_headers.append((f"X-Archive-Orig-{key}", value))
            else:
                http_headers.append((key, value))
        http_headers.append(("Content-Length", str(len(body))))
        status_line = f"{status} {_reason(status)}"
        warc_headers = {
            "WARC-Date": fetched_at or utc_now(),
            H_SOURCE: self.source,
            H_KIND: kind,
        }
        if fetch_url and fetch_url != url:
            warc_headers[H_FETCH_URL] = fetch_url
        if error:
            warc_headers[H_ERROR] = error
        warc_headers.update(_discovery_headers(collected_for, day))
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),  # known: without it warcio copies the body to a temporary file, twice
            http_headers=StatusAndHeaders(status_line, http_headers, protocol="HTTP/1.1"),
            warc_headers_dict=warc_headers,
        )
        return self._write(record)

    def write_failure(
        self,
        url: str,
        error: str,
        kind: str,
        fetch_url: str | None = None,
        collected_for: str | None = None,
        day: str | None = None,
    ) -> str:
        """A fetch that produced no response at all (DNS, refused, timeout): kept as a metadata record."""
        payload = json.dumps({"error": error}).encode("utf-8")
        warc_headers = {"WARC-Date": utc_now(), H_SOURCE: self.source, H_KIND: kind, H_ERROR: error}
        if fetch_url and fetch_url != url:
            warc_headers[H_FETCH_URL] = fetch_url
        warc_headers.update(_discovery_headers(collected_for, day))
        record = self._writer.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(payload),
            length=len(payload),
            warc_content_type="application/json",
            warc_headers_dict=warc_headers,
        )
        return self._write(record)

    def write_found(self, url: str, collected_for: str, via: str | None = None) -> str:
        """An article archived before was found again by a crawl for ``collected_for``: nothing fetched,
        the finding is recorded (a metadata record of kind ``found``) so the article gets the tag."""
        payload = json.dumps({"collected_for": collected_for, "via": via}).encode("utf-8")
        warc_headers = {
            "WARC-Date": utc_now(),
            H_SOURCE: self.source,
            H_KIND: KIND_FOUND,
            H_COLLECTED_FOR: collected_for,
        }
        record = self._writer.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(payload),
            length=len(payload),
            warc_content_type="application/json",
            warc_headers_dict=warc_headers,
        )
        return self._write(record)

    def write_run(self, run: dict) -> str:
        """The run record of the crawl writing this file (JSON): once when it starts, again when it ends,
        under the same ``id``; ``wirearchive process`` keeps the latest of each in ``crawl_runs``. A run of a
        crawl for a conference carries its ``-Collected-For`` like every other record of that crawl."""
        payload = json.dumps(run, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {"WARC-Date": utc_now(), H_SOURCE: self.source, H_KIND: KIND_RUN}
        record = self._writer.create_warc_record(
            f"urn:wirearchive:run:{run['id']}",
            "metadata",
            payload=io.BytesIO(payload),
            length=len(payload),
            warc_content_type="application/json",
            warc_headers_dict=headers | _discovery_headers(run.get("conference"), None),
        )
        return self._write(record)

    def _write(self, record) -> str:
        self._writer.write_record(record)
        self._fh.flush()  # one record at a time reaches the OS: a killed crawl loses at most this one
        return record.rec_headers.get_header("WARC-Record-ID")

    def close(self) -> None:
        self._fh.close()
        if self.path.stat().st_size == 0:
            self.path.unlink()


def _machine() -> str:
    """This machine's name, safe in a file name."""
    return re.sub(r"[^A-Za-z0-9.]+", "_", socket.gethostname()) or "host"


def _discovery_headers(collected_for: str | None, day: str | None) -> dict[str, str]:
    headers = {}
    if collected_for:
        headers[H_COLLECTED_FOR] = collected_for
    if day:
        headers[H_DAY] = day
    return headers


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def warc_files(raw_dir: Path, source: str | None = None) -> list[Path]:
    """All WARC files in fetch order (file names start with the source and a UTC timestamp)."""
    if not raw_dir.exists():
        return []
    pattern = f"{source}/*.warc.gz" if source else "*/*.warc.gz"
    return sorted(raw_dir.glob(pattern), key=lambda p: (p.name.split("-", 1)[-1], p.name))


def iter_archive(raw_dir: Path, source: str | None = None) -> Iterator[RawPage]:
    """Every archived fetch, oldest first. A cut-off record at the end of a file is logged and skipped."""
    for path in warc_files(raw_dir, source):
        yield from iter_warc(path)


def iter_warc(path: Path) -> Iterator[RawPage]:
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                return
            except Exception as exc:  # a crawl killed mid-write leaves a partial gzip member
                log.warning(
                    "%s: stopped at a damaged record (%s); the rest of the file is unreadable", path, exc
                )
                return
            try:
                page = _to_page(record, path)
            except Exception as exc:
                log.warning("%s: skipped a damaged record (%s)", path, exc)
                return  # nothing after a damaged record can be trusted
            if page is not None:
                yield page


def _to_page(record, path: Path) -> RawPage | None:
    rtype = record.rec_type
    if rtype not in ("response", "metadata"):
        return None
    h = record.rec_headers
    body = record.content_stream().read()
    if record.length is None or getattr(record.raw_stream, "limit", 0) > 0:
        # fewer bytes than the record announced: the crawl died while writing it
        raise ValueError("record cut off before its end")
    if rtype == "response":
        status = int(record.http_headers.get_statuscode() or 0)
        headers = list(record.http_headers.headers)
        error = h.get_header(H_ERROR)
    elif h.get_header(H_KIND) == KIND_FOUND:  # no fetch, no failure: a finding
        status, headers, error, body = None, [], None, b""
    elif h.get_header(H_KIND) == KIND_RUN:  # not a fetch: a run record, its JSON kept as the body
        status, headers, error = None, [], None
    else:
        status = None
        headers = []
        error = h.get_header(H_ERROR) or json.loads(body or b"{}").get("error")
        body = b""
    return RawPage(
        record_id=h.get_header("WARC-Record-ID"),
        url=h.get_header("WARC-Target-URI"),
        source=h.get_header(H_SOURCE),
        kind=h.get_header(H_KIND),
        status=status,
        headers=headers,
        body=body,
        fetched_at=h.get_header("WARC-Date"),
        fetch_url=h.get_header(H_FETCH_URL),
        error=error,
        warc_file=str(path),
        collected_for=h.get_header(H_COLLECTED_FOR),
        day=h.get_header(H_DAY),
    )


def archived_urls(raw_dir: Path, source: str | None = None) -> set[str]:
    """URLs already archived whole (status 200, no transfer error): an incremental crawl skips them."""
    return {page.url for page in iter_archive(raw_dir, source) if page.status == 200 and not page.error}

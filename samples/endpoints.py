"""The sample sites' search endpoints: answer a search from data, as the real endpoints answer.

samples/build_samples.py writes samples/endpoints.json: per endpoint its host and path, how it takes its
parameters (a query string, a form or a JSON body), their names, its page size, the template of its answer
(samples/templates) and the records it searches. This module reads a request the way that endpoint
does, keeps the records that hold every word searched (and fall in the dates asked for, when the endpoint
takes dates), newest first, and renders the page asked for. Nothing about one site is written in code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jinja2

CHINA_TIME = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes


class Endpoint:
    def __init__(self, spec: dict[str, Any], templates: jinja2.Environment):
        self.spec = spec
        self.template = templates.get_template(spec["template"])

    @property
    def key(self) -> str:
        return self.spec["host"] + self.spec["path"]

    def answer(self, method: str, query: str, body: bytes) -> Answer:
        spec = self.spec
        if method != spec["method"]:
            return Answer(405, "text/html; charset=utf-8", b"<html><body>405 Not Allowed</body></html>")
        try:
            params = self.params(query, body)
            keyword = str(params.get(spec["keyword"], "")).strip()
            size = int(params.get(spec.get("size") or "", spec.get("page_size", 10)))
            page = int(params.get(spec["page"], spec.get("first_page", 1)))
            first, last = (
                self.day(params.get(spec.get("start") or "")),
                self.day(params.get(spec.get("end") or "")),
            )
        except (TypeError, ValueError) as err:  # a real endpoint answers a bad request with 400 too
            return Answer(400, "text/plain; charset=utf-8", f"bad request: {err}".encode())
        found = [r for r in spec["records"] if self.matches(r, keyword, first, last)]
        found.sort(key=lambda r: r["published"], reverse=True)
        start = (page - spec.get("first_page", 1)) * size
        shown = [self.fields(r) for r in found[start : start + size]] if start >= 0 else []
        text = self.template.render(
            results=shown,
            keyword=keyword,
            page=page,
            total=len(found),
            page_count=max(1, math.ceil(len(found) / size)) if size > 0 else 1,
        )
        return Answer(200, spec["content_type"], text.encode("utf-8"))

    def params(self, query: str, body: bytes) -> dict[str, Any]:
        request = self.spec["request"]
        if request == "json":
            data = json.loads(body or b"{}")
            if not isinstance(data, dict):
                raise ValueError("the body is not a JSON object")
            return data
        return dict(parse_qsl(body.decode("utf-8") if request == "form" else query, keep_blank_values=True))

    def day(self, value: Any) -> date | None:
        if value in (None, ""):
            return None
        if self.spec.get("dates") == "ms":
            if not isinstance(value, int):  # People's search answers a string with 400
                raise ValueError("times are epoch milliseconds, as numbers")
            return datetime.fromtimestamp(value / 1000, CHINA_TIME).date()
        return date.fromisoformat(str(value))

    @staticmethod
    def matches(record: dict[str, Any], keyword: str, first: date | None, last: date | None) -> bool:
        text = record["text"].casefold()
        if not keyword or not all(word.casefold() in text for word in keyword.split()):
            return False
        day = date.fromisoformat(record["published"][:10])
        return (first is None or day >= first) and (last is None or day <= last)

    @staticmethod
    def fields(record: dict[str, Any]) -> dict[str, Any]:
        when = datetime.fromisoformat(record["published"])
        return {
            **record,
            "pubtime": when.strftime("%Y-%m-%d %H:%M:%S"),
            "ms": int(when.timestamp() * 1000),
        }


def load_endpoints(samples_dir: Path) -> dict[str, Endpoint]:
    """``host/path`` -> its endpoint, from samples/endpoints.json (none when the file is missing)."""
    path = samples_dir / "endpoints.json"
    if not path.exists():
        return {}
    templates = jinja2.Environment(
        loader=jinja2.FileSystemLoader(samples_dir / "templates"),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    endpoints = [Endpoint(spec, templates) for spec in json.loads(path.read_text(encoding="utf-8"))]
    return {e.key.lstrip("/"): e for e in endpoints}

"""The extractors the extraction benchmark runs: ours (decode + extract) and the peers trafilatura, GNE and
newspaper4k, each behind the same small interface (``Extractor.run(page) -> dict`` of title, published,
authors, body and, for ours, editor). Used by bench.bench_extract.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.metadata
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

PEERS = ("trafilatura", "gne", "newspaper4k")


@dataclass
class PageInput:
    truth: dict[str, Any]
    raw: bytes
    url: str | None
    lang: str | None
    text: str = ""  # decoded text handed to the peers


@dataclass
class Extractor:
    name: str
    version: str
    run: Callable[[PageInput], dict[str, Any]]
    note: str = ""
    fields: tuple[str, ...] = ("title", "published", "authors", "body")  # what it produces


class MissingExtractor(RuntimeError):
    """An extractor that cannot be loaded (our extractor not written yet, a peer not installed)."""


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def ours_available() -> str | None:
    """None when pipeline.stages.decode and pipeline.stages.extract import, else the reason they do not."""
    for module in ("pipeline.stages.decode", "pipeline.stages.extract"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            return f"{module} cannot be imported ({exc.__class__.__name__}: {exc})"
    return None


def make_ours(generic_only: bool = False) -> Extractor:
    reason = ours_available()
    if reason:
        raise MissingExtractor(reason)
    decode = importlib.import_module("pipeline.stages.decode").decode
    extract_package = importlib.import_module("pipeline.stages.extract")
    extract = extract_package.extract
    article_cls = importlib.import_module("pipeline.record").Article
    # Ablation: no site recognised, so no site rule; the generic engine (text density + noise.toml)
    # does everything. A proxy for sites the rules were not written for.
    switch: Any = contextlib.nullcontext
    if generic_only:
        switch = getattr(extract_package, "generic_only", None)
        if switch is None:
            raise MissingExtractor("pipeline.stages.extract has no generic_only() to switch site rules off")

    def run(page: PageInput) -> dict[str, Any]:
        record = article_cls(url=page.url, raw=page.raw)
        record = decode(record) or record
        with switch():
            record = extract(record) or record
        if record.error and record.error.startswith("extraction failed"):
            # extract() catches its own exceptions and records them: count them as crashes here
            raise RuntimeError(record.error)
        return {
            "title": record.title,
            "published": record.published,
            "authors": list(record.authors),
            "editor": record.editor,
            "body": "\n".join(record.paragraphs),
            "error": record.error,
        }

    name = "ours-generic" if generic_only else "ours"
    return Extractor(
        name,
        _version("wirearchive"),
        run,
        "decode + extract" + (", site rules switched off" if generic_only else ""),
        fields=("title", "published", "authors", "editor", "body"),
    )


def make_trafilatura() -> Extractor:
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtractor(f"trafilatura not installed ({exc})") from exc

    def run(page: PageInput) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(page.text, url=page.url, with_metadata=True, include_comments=False)
        if doc is None:
            return {"title": None, "published": None, "authors": [], "body": ""}
        get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
        return {
            "title": get("title"),
            "published": get("date"),
            "authors": get("author") or [],  # "A; B": split by the scorer
            "body": get("text") or "",
        }

    return Extractor(
        "trafilatura",
        _version("trafilatura"),
        run,
        "bare_extraction(html, url=, with_metadata=True, include_comments=False)",
    )


def make_gne() -> Extractor:
    try:
        from gne import GeneralNewsExtractor
    except ImportError as exc:
        raise MissingExtractor(f"gne not installed ({exc})") from exc

    gne_extractor = GeneralNewsExtractor()

    def run(page: PageInput) -> dict[str, Any]:
        result = gne_extractor.extract(page.text)
        return {
            "title": result.get("title"),
            "published": result.get("publish_time"),
            "authors": result.get("author") or [],
            "body": result.get("content") or "",
        }

    return Extractor("gne", _version("gne"), run, "GeneralNewsExtractor().extract(html), defaults")


def make_newspaper() -> Extractor:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "nltk is not installed": only the .nlp() features need it
            import newspaper
    except ImportError as exc:
        raise MissingExtractor(f"newspaper4k not installed ({exc})") from exc

    def run(page: PageInput) -> dict[str, Any]:
        article = newspaper.Article(
            page.url or "http://localhost/", language=page.lang or "en", fetch_images=False
        )
        article.download(input_html=page.text)
        article.parse()
        return {
            "title": article.title,
            "published": article.publish_date,
            "authors": list(article.authors or []),
            "body": article.text or "",
        }

    return Extractor(
        "newspaper4k",
        _version("newspaper4k"),
        run,
        "Article(url, language=<page lang>, fetch_images=False); download(input_html=); parse()",
    )


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "ours": make_ours,
    "ours-generic": lambda: make_ours(generic_only=True),
    "trafilatura": make_trafilatura,
    "gne": make_gne,
    "newspaper4k": make_newspaper,
}

"""Scoring of one extraction result against one ground-truth record of the shared corpus.

Pure functions, no I/O: used by ``bench.bench_extract`` and by ``tests/test_extract_corpus.py``.
Field semantics follow ``shared/corpus/MANIFEST.md``:

- title: exact match after whitespace normalisation (``" ".join(s.split())``, which also folds U+3000);
  typographic quotes ‘’“” are folded to '" on both sides.
- published: the day (``YYYY-MM-DD``) as written on the page; times and offsets are ignored.
- authors: set equality after normalisation (NFKC, casefold, whitespace folded, spaces inside CJK names
  removed, a leading "By" dropped); pages whose truth ``authors`` is null are not scored.
- editor: the same name normalisation; "萧潇、张妍" is the set {萧潇, 张妍}. Scored where the truth has an
  editor or the curator verified there is none (``editor`` in ``derived``), never on Western wire pages
  (MANIFEST: not assessed there).
- body: bag-of-tokens precision / recall / F1; Chinese by characters, English by words (from the truth
  ``lang``); the truth's first line is dropped when ``body_first_line_is_title``. Pages with
  ``body_must_contain`` / ``body_must_not_contain`` snippets are scored by snippet hits instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from pipeline.text.scripts import HAN_CHAR

# Site families of the Western wire agencies (MANIFEST: "Western wire pages (Reuters, AP, AFP, PA, UPI)").
WESTERN_SITES = frozenset({"reuters.com", "apnews.com", "afp", "pressassociation", "upi.com"})

_CJK = HAN_CHAR  # a Chinese name is split by characters, not by spaces
_NAME_SPLIT = re.compile(r"\s*(?:[;；,，、/|&＆]|\band\b)\s*", re.IGNORECASE)
_NAME_PREFIX = re.compile(r"^(?:by\s+|(?:作者|记者|記者|责任编辑|責任編輯)[:：]?\s*)", re.IGNORECASE)
_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_WORD = re.compile(r"\w+")


def group_of(site: str | None) -> str:
    """``"western"`` for the Western wire agencies, ``"chinese"`` for Chinese/state media (zh and en)."""
    return "western" if site in WESTERN_SITES else "chinese"


def norm_ws(text: str | None) -> str:
    return " ".join((text or "").split())


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def title_match(pred: str | None, truth: str) -> bool:
    """Exact match after whitespace normalisation (curly and straight quotes count as the same)."""
    return bool(pred) and norm_ws(pred).translate(_QUOTES) == norm_ws(truth).translate(_QUOTES)


def day_of(value: Any) -> str | None:
    """The calendar day of a date value as written: ISO strings, "2019-12-10 07:57:40",
    "2012年1月12日", datetime or date objects. None when no day can be read."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    match = _DAY.search(str(value))
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def norm_name(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).strip()
    name = _NAME_PREFIX.sub("", name).strip()
    name = " ".join(name.split()).casefold()
    if _CJK.search(name):
        name = name.replace(" ", "")
    return name.strip(" .:：()（）")


def name_set(value: str | list[str] | tuple[str, ...] | None) -> frozenset[str]:
    """Normalised names from a list or a single string such as "A; B", "萧潇、张妍", "A and B"."""
    if value is None:
        return frozenset()
    items = [value] if isinstance(value, str) else list(value)
    names: set[str] = set()
    for item in items:
        if not item:
            continue
        for part in _NAME_SPLIT.split(str(item)):
            # "劉威 楊倩": two CJK names separated by a space
            pieces = part.split() if _CJK.search(part) and all(len(p) >= 2 for p in part.split()) else [part]
            for piece in pieces:
                normed = norm_name(piece)
                if normed:
                    names.add(normed)
    return frozenset(names)


def tokens(text: str, lang: str | None) -> list[str]:
    """Chinese: every letter/digit character (punctuation and spaces dropped); otherwise lowercased words."""
    text = unicodedata.normalize("NFKC", text or "")
    if lang == "zh":
        return [c for c in text if c.isalnum()]
    return _WORD.findall(text.casefold())


def prf(pred: list[str], truth: list[str]) -> tuple[float, float, float]:
    if not pred or not truth:
        return 0.0, 0.0, 0.0
    overlap = sum((Counter(pred) & Counter(truth)).values())
    if overlap == 0:
        return 0.0, 0.0, 0.0
    precision = overlap / len(pred)
    recall = overlap / len(truth)
    return precision, recall, 2 * precision * recall / (precision + recall)


def truth_body(truth: dict[str, Any]) -> str | None:
    body = truth.get("body")
    if body is None:
        return None
    if truth.get("body_first_line_is_title"):
        body = body.split("\n", 1)[1] if "\n" in body else ""
    return body


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def snippet_hits(pred_body: str, must: list[str], must_not: list[str]) -> tuple[int, int]:
    """(hits, total): a ``must`` snippet hits when found in the body, a ``must_not`` one when absent.
    Compared with all whitespace removed. An empty body scores no hits at all (no free ``must_not``
    points)."""
    body = _squash(pred_body)
    if not body:
        return 0, len(must) + len(must_not)
    hits = sum(1 for s in must if _squash(s) in body) + sum(1 for s in must_not if _squash(s) not in body)
    return hits, len(must) + len(must_not)


@dataclass
class PageScore:
    """Per-field result for one page and one extractor; None = not scored on this page."""

    title: bool | None = None
    published: bool | None = None
    authors: bool | None = None
    editor: bool | None = None
    body_p: float | None = None
    body_r: float | None = None
    body_f1: float | None = None
    snippet_hits: int | None = None
    snippet_total: int | None = None
    crashed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def editor_scored(truth: dict[str, Any]) -> bool:
    if group_of(truth.get("site")) == "western":
        return False
    return truth.get("editor") is not None or "editor" in (truth.get("derived") or [])


def score_page(truth: dict[str, Any], pred: dict[str, Any] | None) -> PageScore:
    """Score one extractor's output ``pred`` against one truth record.

    ``pred`` keys: title, published, authors (list or string), editor, body (text, paragraphs separated by
    newlines). A key that is absent means the extractor does not produce that field: not scored
    (e.g. peers have no editor). ``pred["crashed"]`` = the extractor crashed on the page: every field whose
    key is present counts as wrong / 0; ``pred=None`` is a crash of an extractor with every field.
    """
    if pred is None:
        pred = {"crashed": True, **dict.fromkeys(("title", "published", "authors", "editor", "body"))}
    crashed = bool(pred.get("crashed"))
    score = PageScore(crashed=crashed)
    lang = truth.get("lang")

    if truth.get("title") is not None and "title" in pred:
        score.title = not crashed and title_match(pred.get("title"), truth["title"])
    if truth.get("published") is not None and "published" in pred:
        score.published = not crashed and day_of(pred.get("published")) == day_of(truth["published"])
    if truth.get("authors") is not None and "authors" in pred:
        score.authors = not crashed and name_set(pred.get("authors")) == name_set(truth["authors"])
    if editor_scored(truth) and "editor" in pred:
        score.editor = not crashed and name_set(pred.get("editor")) == name_set(truth.get("editor"))

    body = truth_body(truth)
    pred_body = "" if crashed else str(pred.get("body") or "")
    if body is not None:
        score.body_p, score.body_r, score.body_f1 = prf(tokens(pred_body, lang), tokens(body, lang))
    must = truth.get("body_must_contain") or []
    must_not = truth.get("body_must_not_contain") or []
    if must or must_not:
        score.snippet_hits, score.snippet_total = snippet_hits(pred_body, must, must_not)
    return score

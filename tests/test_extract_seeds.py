"""The seed articles (../shared/seeds/*.txt) and a floor on the shared corpus; skipped without ../shared."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract
from pipeline.text.scripts import HAN

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"

needs_seeds = pytest.mark.corpus("seeds")
needs_corpus = pytest.mark.corpus("corpus/truth.jsonl")


def seed(prefix: str) -> Article:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return extract(decode(Article(raw=path.read_bytes(), is_text=True)))


@needs_seeds
def test_seed_000_china_news_service() -> None:
    rec = seed("000")
    assert rec.error is None and rec.page_kind == "article"
    assert rec.authors == ["Liu Yuying"]
    assert rec.photographers == ["Yi Haifei"]
    assert rec.dateline is not None
    assert rec.dateline["place"] == "Beijing"
    assert rec.paragraphs[0].startswith("China News Service, Beijing, November 16")
    assert not any(p.startswith("Photo by") for p in rec.paragraphs)  # the caption left the body
    assert any("Beijing National Convention Center" in p for p in rec.paragraphs)
    assert len(rec.paragraphs) >= 7


@needs_seeds
def test_seed_002_xinhua() -> None:
    rec = seed("002")
    assert rec.error is None and rec.page_kind == "article"
    assert rec.published == "2022-08-31"
    assert rec.title is not None and rec.title.startswith("Co-construction and sharing of a new civilization")
    assert rec.editor == "袁晴"
    assert rec.dateline is not None
    assert rec.dateline["place"] == "Tianjin"
    assert rec.dateline["date"] == "2022-08-30"
    assert rec.paragraphs[0].startswith("Xinhua News Agency, Tianjin, August 30")
    assert not any("Topic:" in p or "责编" in p or p == "Xinhua News Agency reporter" for p in rec.paragraphs)
    assert rec.paragraphs[-1].endswith("global network civilization.")
    assert any(p.startswith("“Network governance has become a public issue") for p in rec.paragraphs)


TOKEN = re.compile(rf"[{HAN}]|[A-Za-z0-9]+")


def f1(got: str, want: str) -> float:
    a = Counter(TOKEN.findall(unicodedata.normalize("NFKC", got).lower()))
    b = Counter(TOKEN.findall(unicodedata.normalize("NFKC", want).lower()))
    inter = sum((a & b).values())
    if not inter:
        return 0.0
    p, r = inter / sum(a.values()), inter / sum(b.values())
    return 2 * p * r / (p + r)


@needs_corpus
def test_corpus_floor() -> None:
    """A floor under the corpus scores (measured well above it; see docs/extraction.md)."""
    body, title, day = [], [], []
    for line in (CORPUS / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        rec = extract(decode(Article(raw=(CORPUS / truth["file"]).read_bytes(), url=truth.get("url"))))
        if truth.get("body"):
            ref = truth["body"]
            if truth.get("body_first_line_is_title"):
                ref = ref.split("\n", 1)[-1]
            body.append(f1(rec.body, ref))
        if truth.get("title"):
            title.append(re.sub(r"\s+", "", rec.title or "") == re.sub(r"\s+", "", truth["title"]))
        if truth.get("published"):
            day.append((rec.published or "")[:10] == truth["published"][:10])
    assert sum(body) / len(body) >= 0.95  # reached 0.974
    assert sum(title) / len(title) >= 0.97  # reached 1.0
    assert sum(day) / len(day) >= 0.97  # reached 1.0


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sample_cases() -> list[dict]:
    path = SAMPLES / "expected.json"
    if not path.is_file():
        return []
    return [e for e in json.loads(path.read_text(encoding="utf-8")) if not e.get("expect_error")]


@pytest.mark.skipif(not sample_cases(), reason="samples/expected.json not present")
def test_sample_sites_extract_as_expected() -> None:
    """The bundled sample sites (samples/sites/<host>/<path>) match samples/expected.json."""
    from urllib.parse import urlsplit

    checked = 0
    for case in sample_cases():
        url = urlsplit(case["url"])
        path = SAMPLES / "sites" / (url.hostname or "") / url.path.lstrip("/")
        if not path.is_file():
            continue
        rec = extract(decode(Article(raw=path.read_bytes(), url=case["url"])))
        for field in ("title", "published", "authors", "photographers", "editor", "agency", "paragraphs"):
            if field in case:
                assert getattr(rec, field) == case[field], (case["url"], field)
        if case.get("dateline"):
            assert rec.dateline is not None
            assert {k: rec.dateline.get(k) for k in case["dateline"]} == case["dateline"], case["url"]
        checked += 1
    assert checked

"""Floor test of the dates stage on real pages annotated independently of the rules.

The annotation (tests/fixtures/dates_corpus.json) holds only dates, keyed by the corpus `file`; the page
text comes from ../shared/corpus/truth.jsonl, so the corpus tests need that folder (marked ``corpus``). The
rule tests at the end (patterns met in that corpus) need no shared data.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.bench_dates import CORPUS_ANNOTATION, evaluate, load_corpus_cases, score_relative
from pipeline.record import Article
from pipeline.stages.dates import find_dates

# Floors a little below the measured figures (docs/benchmarks.md, "## Dates").
FLOORS = {"all": 0.97, "event": 0.97, "dateline": 0.95, "range": 0.66, "published": 1.0}
PRECISION_FLOOR = 0.96
# Relative dates (today, 上周, 三个月前, "20 years ago" ...): measured 42/42, 2 extras (docs/benchmarks.md)
RELATIVE_FLOOR, RELATIVE_PRECISION_FLOOR = 0.95, 0.9

needs_corpus = pytest.mark.corpus("corpus/truth.jsonl")


def test_annotation_file_is_well_formed() -> None:
    pages = json.loads(CORPUS_ANNOTATION.read_text(encoding="utf-8"))
    langs: Counter[str] = Counter()
    for page in pages:
        assert page["file"].startswith("pages/")
        assert set(page) == {"file", "published", "dates", "notes"}
        for d in page["dates"]:
            assert d["kind"] in ("dateline", "event", "range")
            assert (d["end"] is not None) == (d["kind"] == "range")
            assert len(d["value"]) in (4, 7, 10) and d["text"]
        if page["dates"]:
            langs["en" if page["file"].split("/")[1] in _EN_SITES else "zh"] += 1
    assert langs["zh"] >= 25 and langs["en"] >= 10


_EN_SITES = {"apnews.com", "cgtn.com", "english.news.cn", "reuters.com", "upi.com", "afp", "pressassociation"}


@needs_corpus
def test_corpus_floors() -> None:
    cases = load_corpus_cases()
    assert len(cases) >= 50
    total, right, extra = evaluate(cases)
    for kind, floor in FLOORS.items():
        n = sum(total.values()) if kind == "all" else total[kind]
        r = sum(right.values()) if kind == "all" else right[kind]
        assert n and r / n >= floor, f"{kind}: {r}/{n} below {floor}"
    r, x = sum(right.values()), sum(extra.values())
    assert r / (r + x) >= PRECISION_FLOOR


@needs_corpus
def test_corpus_relative_floor() -> None:
    n = r = x = 0
    for _name, record, expected in load_corpus_cases():
        find_dates(record)
        t, rr, xx, _missed, _extra = score_relative(record, expected)
        n, r, x = n + t, r + rr, x + xx
    assert n >= 30 and r / n >= RELATIVE_FLOOR, f"relative: {r}/{n}"
    assert r / (r + x) >= RELATIVE_PRECISION_FLOOR


def _dates(text: str, published: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    record = find_dates(Article(paragraphs=text.split("\n"), published=published, lang=lang))
    return {(d.kind, d.value, d.end) for d in record.dates if d.kind != "published"}


def test_past_clause_takes_last_year() -> None:
    got = _dates("The flight went missing on March 8 during a trip to Beijing.", "2014-12-30", "en")
    assert ("event", "2014-03-08", None) in got
    # a target date or a future clause keeps the nearest year
    assert ("event", "2015-03-15", None) in _dates(
        "The talks were postponed to March 15.", "2014-12-30", "en"
    )
    assert ("event", "2015-03-15", None) in _dates("He will speak on March 15.", "2014-12-30", "en")


def test_since_month_is_not_after_reference() -> None:
    got = _dates("The two firms have been at odds since June, the company said.", "2012-01-09", "en")
    assert ("event", "2011-06", None) in got


def test_month_as_adjective() -> None:
    got = _dates("Walgreen offered a January discount and saw a key September deal.", "2012-01-09", "en")
    assert {("event", "2012-01", None), ("event", "2011-09", None)} <= got
    assert _dates("The May Fourth Movement began.", "2012-01-09", "en") == set()


def test_year_to_month_range_and_recurring_months() -> None:
    got = _dates("从2005年至2011年12月，浓度下降。每年的12月和1月污染较重。", "2012-01-12", "zh")
    assert got == {("range", "2005", "2011-12")}


def test_later_paragraph_dateline() -> None:
    text = (
        "河南高院院长接受采访。\n12月6日，他前往遂平县。\n本报郑州12月15日电 记者邓红阳 田土城今天接受采访。"
    )
    got = _dates(text, "2011-12-15T19:15:35", "zh")
    assert ("dateline", "2011-12-15", None) in got
    assert ("event", "2011-12-06", None) in got

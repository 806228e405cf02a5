"""Every stage over every real page of ../shared/corpus: no stage may fail on real-world input."""

from __future__ import annotations

import json

import pytest

from pipeline.record import Article
from pipeline.runner import process_record, stages_named

pytestmark = pytest.mark.corpus("corpus/truth.jsonl")


@pytest.fixture(scope="module")
def corpus(shared_dir):
    truth = [json.loads(line) for line in (shared_dir / "corpus" / "truth.jsonl").read_text().splitlines()]
    return [(t, (shared_dir / "corpus" / t["file"]).read_bytes()) for t in truth]


def test_no_stage_fails_on_a_real_page(corpus):
    stages = stages_named(["extract", "language", "people", "dates", "conferences"])
    failures = []
    for truth, raw in corpus:
        record = process_record(Article(url=truth["url"], raw=raw), stages)
        if record.error:  # every corpus page is a real article (or gallery / video page with text)
            failures.append(f"{truth['file']}: {record.error}")
        if record.paragraphs:
            assert record.lang == truth["lang"], truth["file"]
    assert not failures

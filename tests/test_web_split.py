"""The fixed tuning / held-out split of corpus-web (bench/web_split.py): stable, disjoint, about 30 %
held out, and the counts the held-out figures of docs/benchmarks.md were measured on."""

from __future__ import annotations

import hashlib
import json

import pytest
from helpers import require_shared

from bench import web_split


def _pages(n: int) -> list[bytes]:
    return [f"<html><body><p>page {i}</p></body></html>".encode() for i in range(n)]


def test_part_follows_the_first_byte_of_the_sha256_of_the_bytes() -> None:
    for raw in _pages(200):
        first = hashlib.sha256(raw).digest()[0]
        assert web_split.part_of(raw) == ("held-out" if first % 10 < 3 else "tuning")


def test_split_is_stable_and_disjoint() -> None:
    pages = _pages(1000)
    tuning = web_split.select(pages, "tuning", bytes)
    held_out = web_split.select(pages, "held-out", bytes)
    assert not set(tuning) & set(held_out)
    assert sorted(tuning + held_out) == sorted(pages) == sorted(web_split.select(pages, "all", bytes))
    # the same bytes always land in the same part, whatever else is in the list and in what order
    assert web_split.select(list(reversed(pages)), "held-out", bytes) == list(reversed(held_out))
    assert web_split.select(pages[:10], "held-out", bytes) == [p for p in held_out if p in pages[:10]]
    assert 0.25 < len(held_out) / len(pages) < 0.35  # about 30 %


def test_unknown_part_is_refused() -> None:
    with pytest.raises(ValueError):
        web_split.select(_pages(3), "dev", bytes)


@pytest.mark.corpus("corpus-web/truth.jsonl")
def test_corpus_web_held_out_counts() -> None:
    corpus = require_shared("corpus-web/truth.jsonl").parent
    rows = [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    held = {"scrapinghub": 0, "trafilatura": 0}
    for row in rows:
        if web_split.part_of((corpus / row["file"]).read_bytes()) == "held-out":
            held[row["set"]] += 1
    assert held == {"scrapinghub": 21, "trafilatura": 76}  # the part docs/benchmarks.md reports on

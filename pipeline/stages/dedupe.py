"""Near-duplicate wire copies: the same Xinhua story republished by many sites.

A 64-bit SimHash over character 4-gram shingles of the body; two bodies whose fingerprints differ in at most
``MAX_DISTANCE`` bits are copies. Of a group of copies, the earliest published (then the earliest fetched) is
the original; every other copy gets ``duplicate_of`` = the original's URL. All copies are kept: a researcher
may want to know who republished what.

Candidates are found by banding (LSH): the 64 bits are cut into ``MAX_DISTANCE + 1`` bands, and two
fingerprints within ``MAX_DISTANCE`` bits must agree exactly on at least one band (pigeonhole), so only
fingerprints sharing a band are compared.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from pipeline.record import Article

MAX_DISTANCE = 3
MIN_CHARS = 200  # shorter bodies collide too easily to call them copies
_SPACE = re.compile(r"\s+")
_BANDS = MAX_DISTANCE + 1
_BAND_BITS = 64 // _BANDS


def simhash(text: str, n: int = 4) -> int:
    text = _SPACE.sub("", text)
    weights = [0] * 64
    shingles = {text[i : i + n] for i in range(max(1, len(text) - n + 1))}
    for shingle in shingles:
        h = int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def fingerprint(record: Article) -> int | None:
    """The record's SimHash, or None when it has no body long enough to compare."""
    body = record.body
    if record.error or len(_SPACE.sub("", body)) < MIN_CHARS:
        return None
    return simhash(body)


@dataclass(frozen=True)
class Candidate:
    url: str
    simhash: int
    published: str | None
    fetched_at: str | None


def find_duplicates(articles: list[Candidate]) -> dict[str, str]:
    """url -> url of the original, for every article that is a copy of an earlier one."""
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        for band in range(_BANDS):
            buckets[(band, a.simhash >> (band * _BAND_BITS) & ((1 << _BAND_BITS) - 1))].append(i)
    parent = list(range(len(articles)))  # union-find over near-identical pairs

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if bin(articles[i].simhash ^ articles[j].simhash).count("1") <= MAX_DISTANCE:
                    parent[root(i)] = root(j)
    groups: dict[int, list[Candidate]] = defaultdict(list)
    for i, a in enumerate(articles):
        groups[root(i)].append(a)
    result: dict[str, str] = {}
    for copies in groups.values():
        if len(copies) < 2:
            continue
        original = min(copies, key=lambda a: (a.published or "9999", a.fetched_at or "9999", a.url))
        for a in copies:
            if a is not original:
                result[a.url] = original.url
    return result

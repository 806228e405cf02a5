"""Near-duplicate wire copies: the same Xinhua story republished by many sites.

A 64-bit SimHash over character 4-gram shingles of the body; two bodies whose fingerprints differ in at
most ``MAX_DISTANCE`` bits are copies. The later copy gets ``duplicate_of`` = the first copy's URL; both
are kept (a researcher may want to know who republished what).
"""

from __future__ import annotations

import hashlib
import re

from pipeline.record import Article

MAX_DISTANCE = 3
MIN_CHARS = 200  # shorter bodies collide too easily to call them copies
_SPACE = re.compile(r"\s+")


def simhash(text: str, n: int = 4) -> int:
    text = _SPACE.sub("", text)
    weights = [0] * 64
    for i in range(max(1, len(text) - n + 1)):
        h = int.from_bytes(hashlib.blake2b(text[i : i + n].encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def fingerprint(record: Article) -> int | None:
    body = record.body
    if record.error or len(_SPACE.sub("", body)) < MIN_CHARS:
        return None
    return simhash(body)


class DuplicateIndex:
    """Fingerprints of the articles seen so far (url -> simhash)."""

    def __init__(self, known: dict[str, int] | None = None):
        self.known: dict[str, int] = dict(known or {})

    def find(self, url: str | None, fp: int) -> str | None:
        for other_url, other in self.known.items():
            if other_url != url and bin(fp ^ other).count("1") <= MAX_DISTANCE:
                return other_url
        return None

    def mark(self, record: Article) -> Article:
        """Set ``record.duplicate_of`` and remember the record's fingerprint."""
        fp = fingerprint(record)
        if fp is None or record.url is None:
            return record
        record.duplicate_of = self.find(record.url, fp)
        self.known.setdefault(record.url, fp)
        return record

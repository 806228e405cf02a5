"""The fixed tuning / held-out split of ../shared/corpus-web (issue 10).

A page is **held-out** when the first byte of the sha256 of its file's bytes, modulo 10, is below 3 (about
30 % of each set: 21 of the 89 scrapinghub pages, 76 of the 260 trafilatura-set pages); every other page is
the **tuning** part (70 %). The split depends on the page bytes alone, so it is the same on every machine and
for every run, and a page never changes part unless its bytes change.

This is the split the extraction engine's rules were tuned against since 2026-11-30 (the script that first
computed it was not kept; this rule reproduces its counts exactly: see docs/benchmarks.md). Tune only on the
tuning part; read the held-out part's aggregate scores only, and rarely.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TypeVar

PARTS = ("all", "tuning", "held-out")
HELD_OUT_MODULUS = 10
HELD_OUT_BELOW = 3  # residues 0, 1, 2 of 10: 30 %

T = TypeVar("T")


def part_of(raw: bytes) -> str:
    """``"held-out"`` or ``"tuning"``: which part of the split a page with these bytes is in."""
    first = hashlib.sha256(raw).digest()[0]
    return "held-out" if first % HELD_OUT_MODULUS < HELD_OUT_BELOW else "tuning"


def select(items: Sequence[T], part: str, raw_of: Callable[[T], bytes]) -> list[T]:
    """The items of ``part`` ("all", "tuning" or "held-out"), in their order."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; known: {', '.join(PARTS)}")
    if part == "all":
        return list(items)
    return [item for item in items if part_of(raw_of(item)) == part]

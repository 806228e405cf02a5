"""Stable identifiers: the same on every machine and every run, so re-processing updates rows in place."""

from __future__ import annotations

import hashlib


def stable_id(text: str) -> int:
    """A stable positive 63-bit integer for a URL or a person key."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "big") >> 1


def sha1_hex(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def signed64(value: int | None) -> int | None:
    """An unsigned 64-bit value (a SimHash) as the signed integer SQLite can store."""
    if value is None:
        return None
    return value - (1 << 64) if value >= 1 << 63 else value

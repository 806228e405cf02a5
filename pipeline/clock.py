"""The one way the program writes a timestamp: UTC, ISO 8601, to the second, e.g. ``2026-11-30T16:10:24Z``."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

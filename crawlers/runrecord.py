"""The run record: what one spider run did, written into its own WARC file (crawlers/pipelines.py).

Written twice under one ``id``: when the spider opens (so a run killed midway still leaves a trace, with no
end) and when it closes, with the counts. ``wirearchive process`` loads the latest of each into the
``crawl_runs`` table (pipeline/store), which Datasette shows. The counts come from the crawl's stats,
kept by crawlers/extensions.py (``wirearchive/*``) and by Scrapy (robots.txt, off-site, retries).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from crawlers.failures import nothing_fetched_reason

FAILED_PREFIX = "wirearchive/failed/"
FAILED_HOSTS_PREFIX = "wirearchive/failed_hosts/"


def new_id() -> str:
    return uuid.uuid4().hex


def without_password(url: str) -> str:
    """redis://:secret@host:6379/0 -> redis://host:6379/0: a run record is public."""
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def crawl_mode(settings: Any) -> str:
    """``live``, ``sample sites`` or ``distributed (redis://...)``."""
    if settings.get("WIREARCHIVE_REDIS_URL"):
        return f"distributed ({without_password(settings.get('WIREARCHIVE_REDIS_URL'))})"
    return "sample sites" if settings.get("WIREARCHIVE_SAMPLE_BASE") else "live"


def started(run_id: str, spider: Any, settings: Any, started_at: str) -> dict[str, Any]:
    """The record written when the spider opens: who, what, where, since when."""
    # a crawl for one conference (`--conference`): the edition asked for, or the one its window is of
    discovery = getattr(spider, "discovery", None)
    edition = (discovery.edition or {}).get("year") if discovery is not None else None
    edition = edition or getattr(spider, "edition_year", None)
    return {
        "id": run_id,
        "crawl": settings.get("WIREARCHIVE_CRAWL_ID") or run_id,
        "source": spider.name,
        "conference": getattr(spider, "conference", None),
        "edition": int(edition) if edition else None,
        "mode": crawl_mode(settings),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "user_agent": settings.get("USER_AGENT"),
        "started_at": started_at,
        "finished_at": None,
        "finish_reason": None,
    }


def finished(
    start: Mapping[str, Any], stats: Mapping[str, Any], reason: str, finished_at: str
) -> dict[str, Any]:
    """The record written when the spider closes: the start record and what the run did."""
    counts = outcome_counts(stats)
    tried = counts["fetched"] + counts["failed"] + counts["robots_denied"]
    outcome = "ok"
    if tried and not counts["fetched"]:
        outcome = nothing_fetched_reason(
            counts["failed_by_reason"], failed_hosts(stats), counts["robots_denied"]
        )
    elif not tried:
        outcome = "nothing to fetch"
    return {**start, **counts, "finished_at": finished_at, "finish_reason": reason, "outcome": outcome}


def outcome_counts(stats: Mapping[str, Any]) -> dict[str, Any]:
    failed = {k[len(FAILED_PREFIX) :]: v for k, v in sorted(stats.items()) if k.startswith(FAILED_PREFIX)}
    # unchanged: articles archived whole before, not fetched again (skipped, or found again for a conference)
    unchanged = stats.get("wirearchive/skipped_archived", 0) + stats.get("wirearchive/found", 0)
    return {
        "urls_seen": stats.get("wirearchive/seen", 0) + unchanged,
        "fetched": stats.get("wirearchive/fetched", 0),
        "archived": sum(v for k, v in stats.items() if k.startswith("wirearchive/archived/")),
        "unchanged": unchanged,
        "failed": sum(failed.values()),
        "failed_by_reason": failed,
        "robots_denied": stats.get("robotstxt/forbidden", 0),
        "offsite": stats.get("offsite/filtered", 0),
        "retries": stats.get("retry/count", 0),
    }


def failed_hosts(stats: Mapping[str, Any]) -> dict[str, set[str]]:
    return {
        k[len(FAILED_HOSTS_PREFIX) :]: set(v) for k, v in stats.items() if k.startswith(FAILED_HOSTS_PREFIX)
    }

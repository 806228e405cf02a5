"""Run the stages over one record, or over the whole raw archive into the store.

decode → extract → language → people → dates → translate → conferences → dedupe → store

People come before translation: the names found in the original are protected in the English (their pinyin
or linked English form), and the English is checked against them (docs/translation.md).

A stage that raises does not stop the run: the record keeps the error (``record.error``) and is stored
with its raw bytes. Re-running is idempotent: articles are keyed by URL, and an article whose raw page and
pipeline version are unchanged is skipped unless ``force`` is given.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import __version__
from pipeline.archive import KIND_RUN, RawPage, iter_archive
from pipeline.archive.warc import KIND_FOUND
from pipeline.clock import utc_now
from pipeline.config import db_path, raw_dir
from pipeline.record import Article
from pipeline.stages.conferences import tag_conferences
from pipeline.stages.dates import find_dates
from pipeline.stages.decode import decode
from pipeline.stages.dedupe import Candidate, find_duplicates, fingerprint
from pipeline.stages.extract import extract
from pipeline.stages.language import detect_language
from pipeline.stages.people import find_people
from pipeline.stages.translate import translate, translate_many

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: a function over one record, named for errors, logs and ``--stages``."""

    name: str
    run: Callable[[Article], Article]
    needs_article: bool = True  # skipped for a record that failed earlier or has no text


# The one list of stages, in order. The runner translates batches of records at once (translate_many), so it
# cuts the list at "translate"; everything else runs record by record.
STAGES: tuple[Stage, ...] = (
    Stage("decode", decode, needs_article=False),
    Stage("extract", extract, needs_article=False),
    Stage("language", detect_language),
    Stage("people", find_people),  # before translate: the names found are kept right in the English
    Stage("dates", find_dates),
    Stage("translate", translate),
    Stage("conferences", tag_conferences),  # after translate: it matches English names in the translation too
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)


def stages_named(names: Iterable[str]) -> tuple[Stage, ...]:
    """The stages called ``names``, in pipeline order (decode always first: every stage reads text)."""
    wanted = set(names) | {"decode"}
    unknown = wanted - set(STAGE_NAMES)
    if unknown:
        raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(STAGE_NAMES)}")
    return tuple(stage for stage in STAGES if stage.name in wanted)


def _split_at(name: str) -> tuple[tuple[Stage, ...], tuple[Stage, ...]]:
    at = STAGE_NAMES.index(name)
    return STAGES[:at], STAGES[at + 1 :]


def process_record(record: Article, stages: Iterable[Stage] = STAGES) -> Article:
    """Run ``stages`` over one record. Errors are recorded on the record, never raised."""
    for stage in stages:
        if stage.needs_article and (record.error or not record.paragraphs):
            continue
        try:
            record = stage.run(record) or record
        except Exception as exc:  # one bad page must never stop a run
            log.warning("stage %s failed on %s: %s: %s", stage.name, record.url, type(exc).__name__, exc)
            log.debug("traceback", exc_info=True)
            record.fail(stage_error(stage.name, exc))
    if record.page_kind is None and record.error:
        record.page_kind = "error"
    return record


def stage_error(stage: str, exc: BaseException) -> str:
    """The record's error for a stage that raised: the stage and the kind of failure, never the library's
    own message (spaCy's "[E088] Text of length … exceeds maximum …" says nothing to a reader of the
    archive; the log has it)."""
    return f"{stage}: failed ({type(exc).__name__})"


def record_from_page(page: RawPage) -> Article:
    content_type = page.content_type or ""
    declared = None
    if "charset=" in content_type.lower():
        declared = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
    record = Article(
        url=page.url,
        raw=page.body,
        raw_page_id=page.record_id,
        fetch_url=page.fetch_url,
        source=page.source,
        status=page.status,
        content_type=content_type or None,
        declared_charset=declared,
        fetched_at=page.fetched_at,
    )
    if page.status is None:
        record.fail(f"fetch failed: {page.error}")
    elif page.status >= 400:
        record.page_kind = "not_found" if page.status in (404, 410) else "http_error"
        record.fail(f"HTTP {page.status}")
    elif page.error:  # cut short: what arrived is still decoded and extracted, for the record
        record.fail(page.error)
    return record


def record_from_file(path: Path, url: str | None = None, published: str | None = None) -> Article:
    """An article read from disk (``wirearchive extract``): .txt is plain text, anything else HTML."""
    record = Article(url=url, raw=path.read_bytes(), is_text=path.suffix.lower() == ".txt")
    if published:
        record.published = published
    return record


def latest_pages(pages: Iterable[RawPage]) -> dict[str, RawPage]:
    """Per article URL, the page to process: the latest whole fetch, else the latest fetch of any kind."""
    best: dict[str, RawPage] = {}
    for page in pages:
        if page.kind != "article":
            continue
        current = best.get(page.url)
        if current is None or _whole(page) or not _whole(current):
            best[page.url] = page
    return best


def _whole(page: RawPage) -> bool:
    return page.status == 200 and not page.error


def error_kind(error: str | None) -> str:
    """The reason an error text starts with: ``HTTP 404``, ``timeout`` (from ``fetch failed: timeout: ...``)."""
    text = (error or "error").removeprefix("fetch failed: ")
    return text.split(":", 1)[0].strip() or "error"


@dataclass
class RunSummary:
    fetched: Counter = field(default_factory=Counter)
    stored: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    kinds: Counter = field(default_factory=Counter)  # archived pages by kind (article, list, feed ...)
    # the outcome of each spider run of the latest crawl read from the archive, by source
    last_crawl: tuple[str, dict[str, str]] = ("", {})

    def nothing_stored_reason(self, raw: Path) -> str | None:
        """None when an article was stored (or is stored and unchanged), else why none could be."""
        if sum(self.stored.values()) or sum(self.skipped.values()):
            return None
        bad = {source: outcome for source, outcome in self.last_crawl[1].items() if outcome != "ok"}
        crawl = "; the last crawl: " + "; ".join(f"{s}: {o}" for s, o in sorted(bad.items())) if bad else ""
        if not sum(self.fetched.values()):
            return f"nothing could be stored: the archive under {raw} holds no page (crawl first){crawl}"
        if not self.kinds.get("article"):
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.kinds.items()))
            return f"nothing could be stored: the archive holds no article page, only {kinds}{crawl}"
        reasons = Counter(error_kind(e.split(": ", 1)[1]) for errors in self.errors.values() for e in errors)
        listing = ", ".join(f"{k} {v}" for k, v in reasons.most_common())
        return f"nothing could be stored: every article page failed ({listing}){crawl}"

    def lines(self) -> list[str]:
        sources = sorted(set(self.fetched) | set(self.stored) | set(self.failed) | set(self.skipped))
        out = [f"{'source':<12} {'fetched':>8} {'stored':>7} {'failed':>7} {'unchanged':>9}"]
        for s in sources:
            out.append(
                f"{s:<12} {self.fetched[s]:>8} {self.stored[s]:>7} {self.failed[s]:>7} {self.skipped[s]:>9}"
            )
        out.append(
            f"{'total':<12} {sum(self.fetched.values()):>8} {sum(self.stored.values()):>7} "
            f"{sum(self.failed.values()):>7} {sum(self.skipped.values()):>9}"
        )
        return out


BATCH = 32  # articles per translation batch: enough sentences to keep the workers busy


def process_archive(
    data_raw: Path | None = None,
    database: Path | None = None,
    source: str | None = None,
    force: bool = False,
    progress: bool = True,
    limit: int | None = None,
    workers: int = 1,
) -> RunSummary:
    """Process every archived article page into the database.

    The WARC archive is read once, as a stream, into ``raw_pages``; the articles to (re)process are then
    loaded from there in batches, so memory stays flat however large the archive is. Each batch goes
    through decode → extract → language → people → dates, is translated together (the archive's translation
    cache first, then ``workers`` processes), then conferences, and each article is saved in its own
    transaction: Ctrl-C leaves a consistent database and the next run goes on where this one stopped.
    """
    from tqdm import tqdm

    from pipeline.store import Store
    from pipeline.store.translation_cache import SQLiteTranslationCache

    store = Store(database or db_path())
    started = utc_now()
    summary = RunSummary()
    try:
        known_raw = store.known_raw_page_ids()
        collected: dict[str, set[str]] = defaultdict(set)  # url -> conferences crawls collected it for
        pages = _archive_into_store(store, data_raw or raw_dir(), source, known_raw, summary, collected)
        chosen = latest_pages(pages)
        processed = store.processed()
        todo = []
        for page in chosen.values():
            tags = sorted(collected.get(page.url, ()))
            if force or processed.get(page.url) != (page.record_id, __version__, tags):
                todo.append(page)
            else:
                summary.skipped[page.source or "?"] += 1
        todo = todo[:limit]
        cache = SQLiteTranslationCache(store.db)
        bar = tqdm(
            total=len(todo), unit="article", desc="processing", disable=not progress, dynamic_ncols=True
        )
        for start in range(0, len(todo), BATCH):
            batch = [store.raw_page(p.record_id) for p in todo[start : start + BATCH]]
            for record in _process_batch(batch, cache, workers, collected):
                store.save_article(record, __version__, fingerprint(record))
                key = record.source or "?"
                if record.error:
                    summary.failed[key] += 1
                    summary.errors[key].append(f"{record.url}: {record.error}")
                else:
                    summary.stored[key] += 1
                bar.update(1)
        bar.close()
        # Copies of the same wire story, across the whole archive: the earliest published is the original.
        store.set_duplicates(find_duplicates([Candidate(*row) for row in store.fingerprints()]))
        store.save_run(
            {
                "command": "process",
                "started_at": started,
                "finished_at": utc_now(),
                "fetched": sum(summary.fetched.values()),
                "stored": sum(summary.stored.values()),
                "failed": sum(summary.failed.values()),
                "skipped": sum(summary.skipped.values()),
                "by_source": {
                    s: {
                        "fetched": summary.fetched[s],
                        "stored": summary.stored[s],
                        "failed": summary.failed[s],
                    }
                    for s in summary.fetched
                },
            }
        )
    finally:
        store.close()
    return summary


def _archive_into_store(
    store, raw: Path, source: str | None, known: set[str], summary: RunSummary, collected: dict[str, set[str]]
):
    """Stream the WARC archive into ``raw_pages`` (new records only); yield each page without its body.

    Gathers in ``collected`` the conferences each URL was collected (fetched or found again) for."""
    for page in iter_archive(raw, source):  # every fetch is kept, list pages and failures included
        if page.kind == KIND_RUN:  # a crawl's run record, not a fetch
            run = json.loads(page.body)
            store.save_crawl_run(run, page.warc_file)
            crawl, outcomes = summary.last_crawl
            if run.get("crawl") != crawl:
                crawl, outcomes = run.get("crawl", ""), {}
            outcomes[run.get("source", "?")] = run.get("outcome") or "did not finish"
            summary.last_crawl = (crawl, outcomes)
            continue
        if page.collected_for:
            collected[page.url].add(page.collected_for)
        if page.kind != KIND_FOUND:  # a finding is not a fetch
            summary.fetched[page.source or "?"] += 1
            summary.kinds[page.kind or "other"] += 1
        if page.record_id not in known:
            store.save_raw_page(page)
        page.body = b""  # the body is in the store now; keep only what choosing needs
        yield page


def _process_batch(
    pages: list[RawPage], cache, workers: int, collected: dict[str, set[str]] | None = None
) -> list[Article]:
    before, after = _split_at("translate")
    records = []
    for page in pages:
        record = record_from_page(page)
        record.collected_for = sorted((collected or {}).get(page.url, ()))
        records.append(process_record(record, before))
    ready = [r for r in records if not r.error and r.paragraphs]
    try:
        translate_many(ready, workers=workers, cache=cache, progress=False)
    except Exception as exc:  # translation is a bonus: its failure must not lose the article
        log.warning("translation failed for a batch: %s: %s", type(exc).__name__, exc)
        for record in ready:
            if record.translation_status is None:
                record.translation_status = f"not translated: error ({type(exc).__name__})"
    return [process_record(r, after) for r in records]

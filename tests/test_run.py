"""The stage runner: a failing stage never stops the run; the record keeps the error."""

from pipeline.archive import RawPage
from pipeline.record import Article
from pipeline.runner import Stage, latest_pages, process_record, record_from_page


def page(record_id, status=200, error=None, kind="article", url="https://x/1"):
    return RawPage(
        record_id=record_id,
        url=url,
        source="s",
        kind=kind,
        status=status,
        headers=[],
        body=b"",
        fetched_at="t",
        error=error,
    )


def test_a_stage_that_raises_is_recorded_and_later_stages_still_run():
    def broken(record):
        raise RuntimeError("boom")

    def mark(record):
        record.warnings.append("ran")
        return record

    record = process_record(
        Article(url="u", paragraphs=["x"]),
        [Stage("broken", broken, needs_article=False), Stage("mark", mark, needs_article=False)],
    )
    assert record.error == "broken: failed (RuntimeError)"  # the exception text stays in the log
    assert record.warnings == ["ran"]
    assert record.page_kind == "error"


def test_http_errors_and_cut_transfers_become_record_errors():
    assert record_from_page(page("a", status=404)).error == "HTTP 404"
    assert record_from_page(page("b", error="transfer cut short")).error == "transfer cut short"
    failed = record_from_page(page("c", status=None, error="TimeoutError: slow"))
    assert failed.error == "fetch failed: TimeoutError: slow"


def test_latest_whole_fetch_wins_over_a_later_failed_one():
    pages = [page("1"), page("2", error="cut"), page("3", kind="list", url="https://x/list")]
    assert {u: p.record_id for u, p in latest_pages(pages).items()} == {"https://x/1": "1"}
    assert latest_pages([page("1", status=404), page("2")])["https://x/1"].record_id == "2"

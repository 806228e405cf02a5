"""Extract stage: from decoded page text to title, time, credits, dateline and clean body paragraphs.

``extract(record)`` is the stage API. It reads ``record.html``, the decode stage's text: the runner runs
decode first, and so must every caller. The engine is generic; what differs between sites (selectors per
layout era, title suffixes, time zone) is data in ``pipeline/data/sites.toml`` and what is never article text
(captions, editor lines, share blocks...) is data in ``pipeline/data/noise.toml``. Pages of unknown sites,
and known sites whose layout no rule matches, use a text-density extractor (dom.find_main). See
docs/extraction.md.

Modules: html_page and text_page (the two kinds of input), site_detection, body, paragraphs, titles, times,
authors and credits, page_kinds; dom (lxml parsing, text lines, the density scorer) and rules (sites.toml
and noise.toml loaded).
"""

from pipeline.record import Article
from pipeline.stages.extract.html_page import extract_html
from pipeline.stages.extract.site_detection import generic_only
from pipeline.stages.extract.text_page import extract_text

NOT_DECODED = "not decoded: extract reads record.html, which the decode stage sets (run decode first)"


def extract(record: Article) -> Article:
    """Fill site, page_kind, rule, title, published, people and paragraphs; never raises."""
    if record.html is None:
        if record.error is None:
            record.fail(NOT_DECODED)
        return record  # decode failed (empty, binary) or never ran: nothing to extract
    try:
        if record.is_text:
            return extract_text(record)
        return extract_html(record)
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop a batch; the record says why
        record.fail(f"extraction failed: {type(exc).__name__}: {exc}")
        return record


__all__ = ["extract", "extract_html", "extract_text", "generic_only"]

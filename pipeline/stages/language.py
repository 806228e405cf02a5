"""Language stage: the language of an article and of each of its paragraphs (see pipeline/text/langid.py)."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.text.langid import guess_units


def detect_language(record: Article) -> Article:
    """Fill ``lang``, ``lang_confidence`` and ``paragraph_langs`` from the title and the paragraphs."""
    units = [record.title or "", *record.paragraphs]
    lang, confidence, guesses = guess_units(units)
    record.lang = lang
    record.lang_confidence = confidence
    record.paragraph_langs = [g.lang for g in guesses[1:]]
    return record

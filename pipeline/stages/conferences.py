"""Conferences stage: tag an article with the configured conferences it mentions (pipeline/data/conferences.toml)."""

from __future__ import annotations

from pipeline.catalog import conference_names, load_conferences
from pipeline.record import Article


def tag_conferences(record: Article) -> Article:
    """Set ``record.conferences`` to the ids of the conferences the article mentions."""
    text = "\n".join(filter(None, [record.title, record.body, record.title_en, record.body_en])).casefold()
    record.conferences = [
        cid
        for cid, conf in load_conferences().items()
        if any(n.casefold() in text for n in conference_names(conf))
    ]
    return record

"""Conferences stage: tag an article with the configured conferences it mentions (pipeline/data/conferences.toml),
and with those a crawl collected it for (``wirearchive crawl --conference``: ``record.collected_for``)."""

from __future__ import annotations

from pipeline.catalog import conference_names, load_conferences
from pipeline.record import Article


def tag_conferences(record: Article) -> Article:
    """Set ``record.conferences`` to the ids of the conferences the article mentions or was collected for
    (a special-topic page's article may never name the conference), in the order of conferences.toml.

    The English translation counts too, except the sentences the translate stage doubts: a model that lost
    its way writes fluent text about whatever it knows best (the fixture model: the Lakeside forum), and a
    name that is in the original is in the original text anyway."""
    english = "\n".join(filter(None, [record.title_en, record.body_en]))
    for flag in record.translation_flags:
        english = english.replace(flag.target, "\n", 1)
    text = "\n".join(filter(None, [record.title, record.body, english])).casefold()
    conferences = load_conferences()
    record.conferences = [
        cid
        for cid, conf in conferences.items()
        if cid in record.collected_for or any(n.casefold() in text for n in conference_names(conf))
    ]
    record.conferences += sorted(set(record.collected_for) - set(conferences))  # one since removed: kept
    return record

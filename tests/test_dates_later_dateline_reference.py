"""A later paragraph opening with its own dateline (a second story on the page or in a bulletin) counts its relative
days from that dateline, not from the story's first: 本报郑州12月15日电 ……今天 is the 15th, "PARIS, Nov 13 (Reuters) -
… yesterday" the 12th. Learnt from the thirty-ninth natural sample (a Malaysian bulletin's (吉隆坡16日讯)……明天; its
text stays outside the repository). Sentences here are invented; both languages, as the scan is shared."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.dates import find_dates


def _events(paragraphs: list[str], ref: str, lang: str) -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=paragraphs, published=ref, lang=lang))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind == "event"]


def test_chinese_second_story_counts_from_its_dateline():
    page = ["本报北京12月16日电 国务院今天召开常务会议。", "本报郑州12月15日电 河南省今天召开经济工作会议。"]
    found = _events(page, "2025-12-16", "zh")
    assert ("今天", "2025-12-16") in found
    assert ("今天", "2025-12-15") in found


def test_malaysian_bulletin_item_counts_from_its_dateline():
    bulletin = [
        "马来西亚新闻简报",
        "背景：政府去年宣布多项措施。",
        "各州情况不一。",
        "(吉隆坡16日讯)部长指出，理事会将在明天开会。",
    ]
    assert ("明天", "2021-03-17") in _events(bulletin, "2021-03-18", "zh")


def test_english_second_story_counts_from_its_dateline():
    page = [
        "LONDON, Nov 16 (Reuters) - Shares fell today.",
        "PARIS, Nov 13 (Reuters) - Prices rose yesterday.",
    ]
    found = _events(page, "2026-11-16", "en")
    assert ("yesterday", "2026-11-12") in found


def test_the_first_story_keeps_its_reference():
    page = ["LONDON, Nov 16 (Reuters) - Shares fell yesterday.", "Traders said prices may recover tomorrow."]
    assert _events(page, "2026-11-16", "en") == [("yesterday", "2026-11-15"), ("tomorrow", "2026-11-17")]

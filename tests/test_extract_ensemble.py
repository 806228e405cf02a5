"""The three-reader vote of the generic body (pipeline/stages/extract/ensemble.py): the engine's region,
trafilatura's and resiliparse's readings, on hand-written lines and pages (sentences written for these
tests, not taken from any page)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only, second_opinion
from pipeline.stages.extract.dom import Line, parse
from pipeline.stages.extract.ensemble import Readings, fill_gaps, resiliparse_lines, vote

ARTICLE = [
    "The river festival opened on Saturday with boats from twelve towns moored along the old quay.",
    "Organisers said more than nine thousand visitors came on the first day despite the light rain.",
    "A choir from the harbour school sang before the mayor cut the ribbon at the end of the pier.",
    "Stalls sold smoked fish, honey and wooden toys made by carpenters from the villages upstream.",
]
ASIDE = "Last winter the council spent two million on new lamps for the promenade, a choice that still divides the town."
LEAD = "The festival, first held in 1952, returned after a three-year pause caused by repairs to the river walls."
BYLINE = "By Ann Example, staff reporter"


def lines(texts: list[str]) -> list[Line]:
    root = parse("<html><body><p>x</p></body></html>")
    assert root is not None
    return [Line(root, parts=[t], chars=len(t), text=t) for t in texts]


def texts(chosen: list[Line]) -> list[str]:
    return [line.text for line in chosen]


def test_a_region_line_neither_other_reader_keeps_goes() -> None:
    page_lines = lines(["Menu", *ARTICLE[:2], ASIDE, *ARTICLE[2:], "Footer"])
    region = [1, 2, 3, 4, 5]
    kept = [page_lines[i] for i in region]
    chosen = vote(page_lines, region, kept, Readings(ARTICLE, ARTICLE))
    assert texts(chosen) == ARTICLE


def test_one_other_reader_is_enough_to_keep_a_region_line() -> None:
    page_lines = lines([*ARTICLE, ASIDE])
    region = [0, 1, 2, 3, 4]
    kept = [page_lines[i] for i in region]
    chosen = vote(page_lines, region, kept, Readings(ARTICLE, [*ARTICLE, ASIDE]))
    assert texts(chosen) == [*ARTICLE, ASIDE]


def test_a_prose_line_outside_the_region_that_both_keep_joins_in_page_order() -> None:
    page_lines = lines(["Menu", BYLINE, LEAD, *ARTICLE, "Footer"])
    region = [3, 4, 5, 6]  # the engine's block missed the lead in its own box
    kept = [page_lines[i] for i in region]
    both = [BYLINE, LEAD, *ARTICLE]
    assert texts(vote(page_lines, region, kept, Readings(both, both))) == [LEAD, *ARTICLE]  # no byline
    # one reader alone does not bring it in
    assert texts(vote(page_lines, region, kept, Readings(both, ARTICLE))) == ARTICLE


def test_a_standfirst_set_as_a_heading_outside_the_region_joins_on_the_vote() -> None:
    # scrapinghub's references leave such a subheading out, trafilatura's evaluation set wants it (its "with"
    # snippets include standfirsts): the vote keeps it, as it keeps a prose standfirst
    page_lines = lines(["Menu", LEAD, *ARTICLE, "Footer"])
    page_lines[1].heading = True
    region = [2, 3, 4, 5]
    kept = [page_lines[i] for i in region]
    both = [LEAD, *ARTICLE]
    assert texts(vote(page_lines, region, kept, Readings(both, both))) == [LEAD, *ARTICLE]
    assert (
        texts(vote(page_lines, region, kept, Readings(both, ARTICLE))) == ARTICLE
    )  # one reader is not enough


BOX = (
    "A boxed note set over a photo between two paragraphs lists the six new stops the late buses will serve."
)
TEASER = "Read our guide to the best winter walks along the river, with maps and the cafes open on Sundays."


def test_a_boxed_paragraph_trafilatura_drops_inside_its_reading_joins_when_the_region_and_resiliparse_keep_it() -> (
    None
):
    page_lines = lines([TEASER, *ARTICLE[:2], BOX, *ARTICLE[2:], "Footer"])
    region = [0, 1, 2, 3, 4, 5]
    taken = [page_lines[i] for i in (1, 2, 4, 5)]  # trafilatura's reading, taken: the box left out
    both = Readings(ARTICLE, [TEASER, *ARTICLE[:2], BOX, *ARTICLE[2:]])
    assert texts(fill_gaps(page_lines, region, taken, both)) == [*ARTICLE[:2], BOX, *ARTICLE[2:]]
    # outside the span of trafilatura's reading (the teaser before it) nothing joins; nor without resiliparse
    assert TEASER not in texts(fill_gaps(page_lines, region, taken, both))
    assert texts(fill_gaps(page_lines, region, taken, Readings(ARTICLE, ARTICLE))) == ARTICLE
    # nor a line the engine's region does not hold
    assert texts(fill_gaps(page_lines, [0, 1, 2], taken, both)) == ARTICLE
    # nor a line that ends no sentence (a photo caption)
    caption = "The mayor and two drivers beside the first late bus at the depot on the evening of the trial"
    page_lines = lines([TEASER, *ARTICLE[:2], caption, *ARTICLE[2:], "Footer"])
    taken = [page_lines[i] for i in (1, 2, 4, 5)]
    with_caption = Readings(ARTICLE, [TEASER, *ARTICLE[:2], caption, *ARTICLE[2:]])
    assert texts(fill_gaps(page_lines, region, taken, with_caption)) == ARTICLE


def test_lines_inside_a_longer_reader_line_count_as_kept() -> None:
    page_lines = lines([*ARTICLE, ASIDE])
    region = [0, 1, 2, 3, 4]
    kept = [page_lines[i] for i in region]
    joined = [" ".join(ARTICLE)]  # a reader that joins the paragraphs into one line
    assert texts(vote(page_lines, region, kept, Readings(joined, ARTICLE))) == ARTICLE


def test_no_vote_without_both_readings_or_when_it_would_leave_no_body() -> None:
    page_lines = lines([*ARTICLE, ASIDE])
    region = [0, 1, 2, 3, 4]
    kept = [page_lines[i] for i in region]
    assert vote(page_lines, region, kept, Readings(ARTICLE, None)) == kept
    assert vote(page_lines, region, kept, Readings(None, ARTICLE)) == kept
    other = ["Completely different text about a football match that ended two all in extra time."]
    assert vote(page_lines, region, kept, Readings(other, other)) == kept  # nothing left: the engine stands


def test_resiliparse_reads_the_main_content() -> None:
    nav = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
    html = f"<html><body>{nav}<article>{''.join(f'<p>{s}</p>' for s in ARTICLE)}</article></body></html>"
    got = resiliparse_lines(html)
    assert got is not None and ARTICLE[0] in got and ARTICLE[-1] in got
    assert not any("Sport" in line for line in got)


def test_a_failing_or_oversized_resiliparse_is_no_vote(monkeypatch: pytest.MonkeyPatch) -> None:
    from resiliparse.parse import html as html_mod  # a runtime dependency: no skipping

    assert resiliparse_lines("<p>" + "x" * (second_opinion.MAX_CHARS + 1) + "</p>") is None
    assert resiliparse_lines("<p>text</p>", text_chars=second_opinion.MAX_TEXT_CHARS + 1) is None

    class Broken:
        @staticmethod
        def parse(text: str) -> None:
            raise RuntimeError("library message that must not reach the record")

    monkeypatch.setattr(html_mod, "HTMLTree", Broken)
    assert resiliparse_lines("<html><body><p>text</p></body></html>") is None


def run(html: str) -> Article:
    record = decode(
        Article(url="https://news.example.org/2024/06/01/festival.html", raw=html.encode("utf-8"))
    )
    with generic_only():
        return extract(record)


def test_the_page_body_follows_the_vote(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.stages.extract.html_page as html_page

    body = "".join(f"<p>{s}</p>" for s in [*ARTICLE[:2], ASIDE, *ARTICLE[2:]])
    html = (
        f"<html><head><title>River festival</title></head><body><div class='story'>{body}</div></body></html>"
    )
    monkeypatch.setattr(html_page, "trafilatura_lines", lambda *a: list(ARTICLE))
    monkeypatch.setattr(html_page, "resiliparse_lines", lambda *a: list(ARTICLE))
    assert run(html).paragraphs == ARTICLE
    monkeypatch.setattr(html_page, "resiliparse_lines", lambda *a: None)  # no third vote: the pair decides
    assert ASIDE in run(html).paragraphs


def test_chinese_pages_never_ask_the_third_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.stages.extract.html_page as html_page

    asked: list[object] = []
    monkeypatch.setattr(html_page, "resiliparse_lines", lambda *a: asked.append(a) or None)
    zh = "".join(
        f"<p>{s}</p>"
        for s in [
            "第三届河畔文化节周六在老码头开幕，来自十二个城镇的船只停靠在岸边。",
            "主办方表示，尽管下着小雨，首日仍有九千多名游客到场参观。",
        ]
    )
    run(
        f"<html><head><title>河畔文化节开幕</title></head><body><div class='content'>{zh}</div></body></html>"
    )
    assert asked == []

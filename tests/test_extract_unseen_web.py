"""Shapes of Western and multilingual news pages from sites without rules that the unseen check of issue 10
found the generic engine missing (docs/benchmarks.md, "Western and multilingual pages never tuned on"), on
hand-written pages (sentences written for these tests, not taken from any page): a video player's title inside
the article block, a comment list or a newsletter form that trafilatura's reading brings back when it is
taken, and a publication date given only in the page's JSON-LD."""

from __future__ import annotations

from lxml import html

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only
from pipeline.stages.extract import second_opinion as so
from pipeline.stages.extract.dom import Line, lines_of, parse
from pipeline.stages.extract.rules import noise

EN = [
    "The city council voted on Tuesday to extend the evening bus service on three routes through the winter.",
    "Council members said the late buses had carried more riders than expected during a trial in the autumn.",
    "The transport office will publish new timetables next week and post them at every stop on the routes.",
    "Drivers' representatives welcomed the decision but asked for more shelters at the busiest stops.",
    "The extended service is due to start on the first Monday of December and run until the end of March.",
]
HEADLINE = "Council extends evening bus service for the winter"


def run(body: str, title: str = HEADLINE + " | Riverside Gazette", head: str = "") -> Article:
    html = f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
    with generic_only():
        return extract(
            decode(Article(url="http://www.riverside-gazette.example/news/1.html", raw=html.encode()))
        )


def paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


# ------------------------------------------------------------------ a video player inside the article block

PLAYER = (
    '<div class="video-resource"><div class="video-resource__details">'
    "<div>Video Ad Feedback</div>"
    '<div class="video-resource__headline">Watch the mayor answer questions after the council vote</div>'
    "<div>02:12</div><div>- Source: Riverside TV</div></div></div>"
)


def test_a_video_players_title_inside_the_article_is_not_body() -> None:
    body = f'<article><h1>{HEADLINE}</h1><div class="article__content">{paragraphs(EN[:2])}{PLAYER}{paragraphs(EN[2:])}</div></article>'
    got = run(body).paragraphs
    assert got == EN
    assert not any("Watch the mayor" in p for p in got)


def test_a_video_named_block_holding_the_story_is_still_read() -> None:
    body = f'<div class="video-story"><h1>{HEADLINE}</h1>{paragraphs(EN)}</div><div class="nav"><a href="/">Home</a></div>'
    assert run(body).paragraphs == EN


# ------------------------------------------------------------------ trafilatura's reading, taken, without skipped blocks

TEASERS = [
    "Five things to do in the old town this weekend, from the flea market to the late-night museum tour.",
    "Our critic picks the best new bakeries of the season, with a map of where to find each of them.",
]
COMMENTS = [
    "Finally some good news for those of us who work late shifts across the river every single night.",
    "Posted 2 hours ago",
]


def read(body: str) -> tuple[list[Line], html.HtmlElement]:
    root = parse(f"<html><body>{body}</body></html>")
    assert root is not None
    body_root = root.find("body")
    return lines_of(body_root, noise().names), body_root


def test_trafilaturas_lines_from_a_comment_list_the_engine_skips_are_left_out_when_its_reading_is_taken() -> (
    None
):
    comments = "".join(f"<p>{c}</p>" for c in COMMENTS)
    page = f'<div class="teasers">{paragraphs(TEASERS)}</div><div>{paragraphs(EN)}</div><div class="sf_comment_list">{comments}</div>'
    page_lines, body = read(page)
    region = [0, 1]  # the engine settled on the teasers; trafilatura finds the story and keeps the comments
    chosen, taken = so.choose_lines(page_lines, region, [*EN, *COMMENTS], body, noise().under_story)
    assert taken and [ln.text for ln in chosen] == EN


def test_trafilaturas_lines_the_engine_does_not_read_elsewhere_stay() -> None:
    """A part of the story in a block the engine skips for another reason (a hidden paywall layer) stays."""
    page = (
        f'<div class="teasers">{paragraphs(TEASERS)}</div><div>{paragraphs(EN[:3])}</div>'
        f'<div class="paywall hidden">{paragraphs(EN[3:])}</div>'
    )
    page_lines, body = read(page)
    chosen, taken = so.choose_lines(page_lines, [0, 1], EN, body, noise().under_story)
    assert taken and [ln.text for ln in chosen] == EN


def test_a_page_wide_wrapper_named_for_comments_is_no_comment_list() -> None:
    page = f'<div class="single-post comments-open"><div class="teasers">{paragraphs(TEASERS)}</div><div class="paywall hidden">{paragraphs(EN)}</div></div>'
    page_lines, body = read(page)
    chosen, taken = so.choose_lines(page_lines, [0, 1], EN, body, noise().under_story)
    assert taken and [ln.text for ln in chosen] == EN


def test_a_trafilatura_line_the_page_splits_in_two_is_kept() -> None:
    page = f'<div class="teasers">{paragraphs(TEASERS)}</div><div>{paragraphs(EN[:3])}<p>{EN[3]}<br>{EN[4]}</p></div>'
    page_lines, body = read(page)
    theirs = [*EN[:3], EN[3] + " " + EN[4]]
    chosen, taken = so.choose_lines(page_lines, [0, 1], theirs, body, noise().under_story)
    assert taken and [ln.text for ln in chosen] == theirs


# ------------------------------------------------------------------ the date only in the page's JSON-LD

LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
    '{"@type": "WebPage", "datePublished": "2017-01-01T00:00:00Z"},'
    '{"@type": "ReportageNewsArticle", "headline": "x", "datePublished": "2018-10-26T07:39:22+00:00"}]}</script>'
)
# a printed date in a month name of another language (Finnish: read since pipeline/data/month_names.toml;
# the JSON-LD date comes before the date line)
PRINTED = "<div>26 Lokakuuta 2018</div>"


def test_the_storys_json_ld_date_is_read_when_no_meta_or_time_element_gives_one() -> None:
    body = f"<h1>{HEADLINE}</h1>{PRINTED}{paragraphs(EN)}{LD}"
    assert run(body).published == "2018-10-26T07:39:22+00:00"


def test_a_meta_date_wins_over_json_ld() -> None:
    meta = '<meta property="article:published_time" content="2018-10-25T10:00:00+00:00">'
    body = f"<h1>{HEADLINE}</h1>{paragraphs(EN)}{LD}"
    assert run(body, head=meta).published == "2018-10-25T10:00:00+00:00"


def test_a_web_pages_json_ld_date_is_not_the_storys() -> None:
    ld = '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2017-01-01"}</script>'
    body = f"<h1>{HEADLINE}</h1><div>October 26, 2018</div>{paragraphs(EN)}{ld}"
    assert run(body).published == "2018-10-26"
    # with no other date on the page, htmldate's reading (the last resort) takes it, as a day only
    body = f"<h1>{HEADLINE}</h1>{paragraphs(EN)}{ld}"
    assert run(body).published == "2017-01-01"


# ------------------------------------------------------------------ the printed headline against the <title>


def test_an_og_title_repeating_the_title_with_its_section_name_gives_way_to_the_h1() -> None:
    og = f'<meta property="og:title" content="{HEADLINE} | Gazette Politics">'
    body = f"<h1>{HEADLINE}</h1>{paragraphs(EN)}"
    assert run(body, title=f"{HEADLINE} | Gazette Politics", head=og).title == HEADLINE


def test_the_h1_that_the_og_title_repeats_wins_over_a_search_engine_title() -> None:
    printed = "Council’s ‘winter buses’ will run until March"
    og = '<meta property="og:title" content="Council\'s \'winter buses\' will run until March | Riverside Gazette">'
    body = f"<h1>{printed}</h1>{paragraphs(EN)}"
    got = run(
        body, title="Evening bus service extended: what riders need to know | Riverside Gazette", head=og
    )
    assert got.title == printed


def test_without_a_social_title_the_title_stands() -> None:
    body = f"<h1>Local news</h1>{paragraphs(EN)}"
    assert run(body).title == HEADLINE

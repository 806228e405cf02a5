"""Markup shapes that say an element is not article text (pipeline/stages/extract/shapes.py) and paragraph rules
of the same issue (noise.toml [paragraph] drop), on hand-written pages (sentences written for these tests, not
taken from any page): hidden elements, the caption of an image beside it, a line that is only a web address, a
newsletter prompt, a whole line pointing to other stories, a contributors' credit."""

from __future__ import annotations

import pytest
from lxml import html

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only
from pipeline.stages.extract.dom import BLOCK_TAGS, lines_of, subtree_stats
from pipeline.stages.extract.rules import noise
from pipeline.stages.extract.shapes import is_hidden, is_image_caption

ARTICLE = [
    "The harbour authority opened its new ferry terminal on Monday after three years of building work.",
    "Passengers waited in a hall of glass and timber while the first boat of the morning was loaded.",
    "The terminal can handle twice as many cars as the old one, the authority's director told reporters.",
    "Shops and a small museum about the island crossings will open in the terminal later this summer.",
    "The old pier will be turned into a park with benches and a walkway along the water, the town said.",
]
CAPTION = (
    "In this file photo, workers lay the last panels of the terminal roof in the spring. (Example Press)"
)
CITATION = "Citation: Ferry terminal opens (2024, May 13) retrieved 14 May 2024 from the example site."


def run(body: str, url: str = "https://news.example.org/2024/05/13/ferry.html") -> Article:
    raw = f"<html><head><title>Ferry terminal opens</title></head><body>{body}</body></html>".encode()
    with generic_only():
        return extract(decode(Article(url=url, raw=raw)))


def paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def element(markup: str, xpath: str) -> html.HtmlElement:
    root = html.document_fromstring(f"<html><body>{markup}</body></html>")
    found = root.xpath(xpath)
    assert found, xpath
    return found[0]


# ------------------------------------------------------------------ hidden elements


@pytest.mark.parametrize(
    "markup",
    [
        '<div hidden><p id="x">text</p></div>',
        '<div style="display: none"><p id="x">text</p></div>',
        '<div style="color:red;VISIBILITY:hidden"><p id="x">text</p></div>',
        '<div class="d-none d-print-block"><p id="x">text</p></div>',  # shown in print only
        '<span class="sr-only"><p id="x">text</p></span>',
        '<div class="box screen-reader-text"><p id="x">text</p></div>',
    ],
)
def test_hidden_elements_are_hidden(markup: str) -> None:
    assert is_hidden(element(markup, "//p[@id='x']/.."), noise().hidden)


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="field field-label-hidden"><p id="x">text</p></div>',  # a Drupal body wrapper
        '<div class="d-none d-md-block"><p id="x">text</p></div>',  # hidden on phones only
        '<div class="hidden md:block"><p id="x">text</p></div>',  # Tailwind, the same
        '<div class="hidden-xs"><p id="x">text</p></div>',  # Bootstrap 3: hidden on phones only
        '<div style="display:block"><p id="x">text</p></div>',
    ],
)
def test_elements_shown_on_some_screen_are_not_hidden(markup: str) -> None:
    assert not is_hidden(element(markup, "//p[@id='x']/.."), noise().hidden)


def test_a_hidden_citation_leaves_the_body_and_the_article_stays() -> None:
    body = (
        f'<article>{paragraphs(ARTICLE)}<div class="d-none d-print-block"><p>{CITATION}</p></div></article>'
    )
    record = run(body)
    assert record.paragraphs == ARTICLE


def test_a_hidden_wrapper_around_the_whole_article_is_still_read() -> None:
    body = f'<div class="hidden"><article>{paragraphs(ARTICLE)}</article></div><p>Menu</p>'
    assert run(body).paragraphs == ARTICLE


# ------------------------------------------------------------------ an image's caption


def _is_caption(markup: str) -> bool:
    el = element(markup, "//*[@id='c']")
    sizes = subtree_stats(el.getroottree().getroot())
    return is_image_caption(el, BLOCK_TAGS, lambda e: sizes.get(e, (0, 0))[0])


@pytest.mark.parametrize(
    "markup",
    [
        f'<div class="image"><img src="a.jpg"><p id="c">{CAPTION}</p></div>',
        f'<table><tr><td><img src="a.jpg"><div id="c">{CAPTION}</div></td></tr></table>',
        f'<div><p id="c">{CAPTION}</p><picture><img src="a.jpg"></picture></div>',  # caption above
        f'<div><a href="a.jpg"><img src="a.jpg"></a><div id="c"><div>{CAPTION}<br>Photo: A. Example</div></div></div>',
    ],
)
def test_a_short_block_that_is_all_the_text_beside_an_image_is_its_caption(markup: str) -> None:
    assert _is_caption(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # a reader's quote beside an avatar
        f'<blockquote><p><img src="a.jpg"></p><p id="c">“{ARTICLE[0]}”</p></blockquote>',
        # a text column with a heading beside a portrait
        f'<div><div id="c"><h1>Welcome</h1><p>{ARTICLE[0]}</p></div><div><img src="a.jpg"></div></div>',
        # the image inside the paragraph itself
        f'<div><p id="c"><img src="a.jpg">{ARTICLE[0]}</p></div>',
        # other text beside it
        f'<div><img src="a.jpg"><p id="c">{ARTICLE[0]}</p><p>{ARTICLE[1]}</p></div>',
        # no image
        f'<div><p id="c">{CAPTION}</p></div>',
        # too long for a caption
        f'<div><img src="a.jpg"><p id="c">{" ".join(ARTICLE)}</p></div>',
        # a heading next to a picture: a teaser's title, never a caption
        f'<div><img src="a.jpg"><h3 id="c">{ARTICLE[0]}</h3></div>',
    ],
)
def test_other_text_beside_an_image_is_not_a_caption(markup: str) -> None:
    assert not _is_caption(markup)


def test_the_walker_marks_an_image_caption() -> None:
    root = html.document_fromstring(
        f'<html><body><div><img src="a.jpg"><p>{CAPTION}</p></div>{paragraphs(ARTICLE)}</body></html>'
    )
    marked = {ln.text: ln.caption for ln in lines_of(root, noise().names)}
    assert marked[CAPTION] is True
    assert not any(marked[s] for s in ARTICLE)


def test_a_lead_image_caption_leaves_a_generic_body() -> None:
    body = (
        f'<article><h1>Ferry terminal opens</h1><div class="image top"><img src="a.jpg"><p>{CAPTION}</p></div>'
        f'<div class="text">{paragraphs(ARTICLE)}</div></article>'
    )
    record = run(body)
    assert record.paragraphs == ARTICLE


# ------------------------------------------------------------------ a bare web address


def test_a_line_that_is_only_a_web_address_leaves_the_body() -> None:
    url = "https://social.example.com/p/AbC123xyz/"
    body = f"<article>{paragraphs(ARTICLE[:3])}<p>{url}</p>{paragraphs(ARTICLE[3:])}</article>"
    assert run(body).paragraphs == ARTICLE


def test_a_sentence_with_a_web_address_stays() -> None:
    sentence = "Timetables are published at https://ferry.example.org/times and at the ticket office."
    body = f"<article>{paragraphs(ARTICLE)}<p>{sentence}</p></article>"
    assert run(body).paragraphs == [*ARTICLE, sentence]


# ------------------------------------------------------------------ a newsletter prompt


@pytest.mark.parametrize(
    "line",
    [
        "Get the morning's top stories delivered to your inbox by subscribing to our newsletter.",
        "Example Weekly is a newsletter with the best of the week's reporting. Sign up here.",
        "Subscribe to our free newsletter",
    ],
)
def test_a_newsletter_prompt_is_noise(line: str) -> None:
    assert noise().drop_any.search(line)


@pytest.mark.parametrize(
    "line",
    [
        # the article's own sentences about newsletters or subscriptions
        "The council's newsletter reported that 300 families signed the petition in April.",
        "Readers can subscribe to the service for a monthly fee of five euros, the company said.",
        # too long for a prompt: a paragraph of the article
        "The ferry company said its newsletter, which readers can subscribe to on its website, "
        + " ".join(ARTICLE[:3]),
    ],
)
def test_sentences_about_newsletters_are_not_prompts(line: str) -> None:
    assert not noise().drop_any.search(line)


def test_a_newsletter_prompt_after_the_article_leaves_the_body() -> None:
    prompt = "Get the morning's top stories delivered to your inbox by subscribing to our newsletter."
    assert run(f"<article>{paragraphs(ARTICLE)}<p>{prompt}</p></article>").paragraphs == ARTICLE


# ------------------------------------------------------------------ a pointer to other stories


@pytest.mark.parametrize(
    "line", ["You may also like...", "DON'T MISS", "Explore further", "Most read", "Read next:"]
)
def test_a_whole_line_pointing_to_other_stories_is_noise(line: str) -> None:
    assert noise().drop_any.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "You may also like the new ferry, the director said, once the cafe on the upper deck is open.",
        "Don't miss the last boat: the crossing stops at nine in the evening until September.",
        "Most read the timetable online before they travel, the survey found.",
    ],
)
def test_sentences_starting_like_such_a_pointer_stay(line: str) -> None:
    assert not noise().drop_any.search(line)


# ------------------------------------------------------------------ a contributors' credit


def test_a_contributors_credit_closing_the_story_leaves_the_body() -> None:
    credit = "Example Press writers Ann Example and Bo Sample contributed to this report."
    record = run(f"<article>{paragraphs(ARTICLE)}<p>{credit}</p></article>")
    assert record.paragraphs == ARTICLE


def test_a_sentence_about_contributions_stays() -> None:
    line = "Twelve towns contributed to the cost of the terminal, the authority said on Monday."
    assert not noise().drop_any.search(line)

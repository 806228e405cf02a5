"""The generic body extractor on pages of sites it has no rules for (hand-written pages, shaped like the
layouts that used to defeat it): class names read as whole words, the article chosen over teasers and
related posts, an article split across sibling blocks read whole, every script measured, captions, and
trafilatura as a second candidate."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only
from pipeline.stages.extract import second_opinion as so
from pipeline.stages.extract.class_names import WordPattern, name_words
from pipeline.stages.extract.dom import Line, parse, tokens
from pipeline.stages.extract.rules import noise

# Sentences written for these tests (not taken from any page).
EN = [
    "The regional trade conference opened on Tuesday with delegates from forty countries in the hall.",
    "Organisers said the agenda covers customs rules, port logistics and the financing of small firms.",
    "A panel on digital payments drew the largest crowd of the morning, according to the hosts.",
    "Several ministers are expected to sign a joint statement on cross-border data before Friday.",
    "Local businesses reported full hotels and busy restaurants throughout the week of the event.",
    "The next edition of the conference will be held in the spring, the organising committee said.",
]
TEASERS = [
    "Read our guide to the best conference venues of the year, with photos and prices for each city.",
    "Ten tips for travelling to trade fairs on a budget, from booking trains to finding quiet hotels.",
    "Why more companies send their engineers to industry summits, and what they hope to bring back.",
]


def run(
    html: str, url: str = "https://news.example.org/2024/05/13/conference.html", generic: bool = True
) -> Article:
    record = decode(Article(url=url, raw=html.encode("utf-8")))
    if generic:
        with generic_only():
            return extract(record)
    return extract(record)


def page(body: str, title: str = "Trade conference opens") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


NAV = '<div class="menu"><a href="/a">Home</a> <a href="/b">World</a> <a href="/c">Business</a></div>'
FOOTER = '<div class="site-footer"><p>All rights reserved. Example News Company, 2024.</p></div>'


# ------------------------------------------------------------------ class names as whole words


def test_class_names_are_read_as_words() -> None:
    assert name_words("PageBuilder-pageRow") == "page builder page row"
    assert name_words("relatedRail l-sidebar") == "related rail | l sidebar"
    assert name_words("TestReport__Section--Ads") == "test report section"  # a BEM modifier is left out


@pytest.mark.parametrize(
    "attrs",
    ["PageBuilder-pageRow", "content-with-sidebar-wrp", "no-share", "non-ad-column-l", "article__commentaryTag",
     "m-shared-header", "TestReport__Section--Ads", "gtm-socialismo"],
)  # fmt: skip
def test_article_containers_are_not_noise(attrs: str) -> None:
    assert not noise().skip.search(attrs)


@pytest.mark.parametrize(
    "attrs",
    ["share-bar", "sidebar", "commentlist", "dfp-ad", "relatedRail", "footermap", "socialIcon", "newsletter-box",
     "rightsidebar", "jp-relatedposts", "breadCrumb"],
)  # fmt: skip
def test_noise_blocks_still_are(attrs: str) -> None:
    assert noise().skip.search(attrs)


def test_a_modifier_word_describes_layout() -> None:
    pattern = WordPattern(["share", "side ?bar"], ["no", "with"])
    assert pattern.search("share-tools")
    assert not pattern.search("no-share")
    assert not pattern.search("layout-with-sidebar")


@pytest.mark.parametrize(
    "wrapper",
    ['<div class="PageBuilder-pageRow"><div class="PageBuilder-col-9">{}</div></div>',
     '<div class="content-with-sidebar-wrp"><div class="entry">{}</div></div>',
     '<section class="non-ad-column-l">{}</section>',
     '<div class="l-sidebar-fixed l-article-body-segment">{}</div>'],
)  # fmt: skip
def test_an_article_inside_a_noise_like_container_is_read(wrapper: str) -> None:
    rec = run(
        page(NAV + wrapper.format(paragraphs(EN)) + '<div class="sidebar"><p>Most read today</p></div>')
    )
    assert rec.error is None
    assert rec.paragraphs == EN


# ------------------------------------------------------------------ block choice


def test_the_article_wins_over_a_long_teaser_before_it() -> None:
    html = page(
        '<aside><section class="article-teaser"><p>' + " ".join(TEASERS) + "</p></section></aside>"
        '<main><article><section class="content content-article">'
        + paragraphs(EN)
        + "</section></article></main>"
    )
    rec = run(html)
    assert rec.paragraphs == EN


def test_a_standfirst_in_the_article_header_is_kept() -> None:
    standfirst = "Forty countries sent delegations to the regional trade conference in the city hall, which runs until Friday."
    html = page(
        f'<article><header><h1>Trade conference opens</h1><p class="standfirst">{standfirst}</p></header>'
        f'<div class="article-text">{paragraphs(EN)}</div></article>'
    )
    rec = run(html)
    assert rec.paragraphs == [standfirst, *EN]


def test_the_headline_at_the_top_of_the_body_leaves_it_however_it_differs_from_the_title() -> None:
    headline = "Forty countries meet as the regional trade conference opens in the city hall"
    html = page(
        f'<div class="story"><h1>{headline}</h1>{paragraphs(EN)}</div>', title="Trade fair | Example News"
    )
    rec = run(html)
    assert rec.paragraphs == EN


def test_a_heading_inside_the_body_stays() -> None:
    heading = "What the delegates want"
    html = page(f'<div class="story">{paragraphs(EN[:3])}<h2>{heading}</h2>{paragraphs(EN[3:])}</div>')
    assert run(html).paragraphs == [*EN[:3], heading, *EN[3:]]


@pytest.mark.parametrize(
    "date_line",
    [
        "PUBLISHED: May 13, 2024 at 8:59 pm | UPDATED: May 13, 2024 at 10:16 pm",
        "Published: May 13, 2024 at 8:59 pm",
    ],
)
def test_a_date_line_at_the_top_of_the_body_leaves_it_in_any_case(date_line: str) -> None:
    html = page(f'<div class="story"><p>{date_line}</p>{paragraphs(EN)}</div>')
    assert run(html).paragraphs == EN


def test_a_related_posts_slider_after_the_article_stays_out() -> None:
    slider = "".join(
        f'<div class="slide"><h3><a href="/r{i}">Story {i}</a></h3><p>{t}</p></div>'
        for i, t in enumerate(TEASERS)
    )
    html = page(
        NAV + '<div class="entry-content">' + paragraphs(EN) + "</div>"
        '<div class="carousel">' + slider + "</div>" + FOOTER
    )
    rec = run(html)
    assert rec.paragraphs == EN


def test_an_article_split_across_sibling_sections_is_read_whole() -> None:
    parts = [EN[0:2], EN[2:4], EN[4:6]]
    sections = "".join(
        f'<div class="text-column"><div class="inner">{paragraphs(p)}</div></div>' for p in parts
    )
    html = page(
        NAV + '<div class="story">' + sections + '<div class="author-bio"><p>Staff writer.</p></div></div>'
    )
    rec = run(html)
    assert rec.paragraphs == EN


def test_a_lead_paragraph_in_its_own_box_before_the_body_is_kept() -> None:
    lead = (
        "Delegates from forty countries gathered for the opening of the regional trade conference this week."
    )
    html = page(
        NAV
        + f'<div class="intro"><p class="lead">{lead}</p></div><div class="body-text">{paragraphs(EN)}</div>'
    )
    rec = run(html)
    assert rec.paragraphs == [lead, *EN]


def test_a_caption_leaves_a_generic_body_unless_it_carries_a_state_media_credit() -> None:
    caption = "Delegates walk past the exhibition stands on the first day of the conference."
    credited = "Visitors at the opening ceremony on May 13. [Photo by Wang Lin/chinadaily.com.cn]"
    html = page(
        '<div class="article-body"><figure><img src="a.jpg"><figcaption>'
        + caption
        + "</figcaption></figure>"
        + paragraphs(EN[:3])
        + '<figure><img src="b.jpg"><figcaption>'
        + credited
        + "</figcaption></figure>"
        + paragraphs(EN[3:])
        + "</div>"
    )
    rec = run(html)
    assert caption not in rec.paragraphs
    assert (
        credited in rec.paragraphs
    )  # the project's convention for state-media captions (docs/extraction.md)
    assert [p for p in rec.paragraphs if p != credited] == EN


# ------------------------------------------------------------------ every script


SCRIPTS = {
    "ru": [
        "Региональная торговая конференция открылась во вторник в большом зале городского центра.",
        "Организаторы сообщили, что в программе обсуждаются таможенные правила и логистика портов.",
        "Следующая конференция пройдёт весной, сообщил организационный комитет в пятницу вечером.",
    ],
    "ar": [
        "افتتح المؤتمر التجاري الإقليمي يوم الثلاثاء بحضور مندوبين من أربعين دولة في القاعة الكبرى.",
        "وقال المنظمون إن جدول الأعمال يشمل قواعد الجمارك والخدمات اللوجستية للموانئ وتمويل الشركات.",
        "وسيعقد المؤتمر المقبل في فصل الربيع بحسب ما أعلنته اللجنة المنظمة في بيان مساء الجمعة.",
    ],
    "ko": [
        "지역 무역 회의가 화요일 시청 대강당에서 사십 개국 대표단이 참석한 가운데 개막했습니다.",
        "주최 측은 이번 회의에서 관세 규정과 항만 물류 그리고 중소기업 금융을 논의한다고 밝혔습니다.",
        "다음 회의는 내년 봄에 열릴 예정이라고 조직위원회가 금요일 저녁 발표했습니다.",
    ],
    "hi": [
        "क्षेत्रीय व्यापार सम्मेलन मंगलवार को शहर के बड़े सभागार में चालीस देशों के प्रतिनिधियों के साथ शुरू हुआ।",
        "आयोजकों ने कहा कि कार्यक्रम में सीमा शुल्क नियमों और बंदरगाह व्यवस्था पर चर्चा होगी।",
        "अगला सम्मेलन वसंत में आयोजित किया जाएगा, आयोजन समिति ने शुक्रवार शाम को बताया।",
    ],
}


@pytest.mark.parametrize("lang", sorted(SCRIPTS))
def test_pages_in_every_script_have_a_body(lang: str) -> None:
    sentences = SCRIPTS[lang]
    assert all(tokens(s) >= 8 for s in sentences)
    html = page(
        NAV + '<div id="main-text">' + paragraphs(sentences) + "</div>" + FOOTER, title=sentences[0][:20]
    )
    rec = run(html)
    assert rec.error is None, rec.error
    assert rec.paragraphs == sentences


def test_tokens_count_words_of_every_script_and_chinese_characters_one_by_one() -> None:
    assert tokens("Привет мир как дела") == 4
    assert tokens("हिन्दी भाषा में समाचार") == 4  # vowel signs stay inside their words
    assert tokens("한국어 뉴스 기사") == 3
    assert tokens("会议在北京") == 5
    assert tokens("A股 上涨") >= 3


# ------------------------------------------------------------------ malformed URLs


def test_a_malformed_link_or_url_costs_nothing() -> None:
    links = '<a href="http://[x]/a">broken</a> <a href="http://example.com:99999/">bad port</a> <a href="http://[::1">open</a>'
    html = page(f'<div class="menu">{links}</div><div class="story">{paragraphs(EN)}</div>')
    for url in ("http://[x]/story.html", None):
        rec = run(html, url=url, generic=False)  # site detection runs (from the URL, else from the links)
        assert rec.error is None
        assert rec.paragraphs == EN


def test_the_crawler_skips_a_malformed_link_and_keeps_the_others() -> None:
    from scrapy.http import HtmlResponse, Request

    from crawlers.discovery.planner import Discovery
    from crawlers.discovery.results import read_feed
    from crawlers.discovery.surfaces import source_from
    from pipeline.catalog import load_sources

    discovery = Discovery(source_from("chinadaily", load_sources()["chinadaily"]))
    article = "https://www.chinadaily.com.cn/a/202611/19/WS6a3f0c2aa31000000000abcd.html"
    body = f'<html><body><a href="http://[x]/a">x</a><a href="http://[::1">y</a><a href="{article}">ok</a></body></html>'
    url = "https://www.chinadaily.com.cn/china/governmentandpolicy"
    page = HtmlResponse(
        url, body=body.encode(), encoding="utf-8", request=Request(url, meta={"kind": "list"})
    )
    assert [(f.kind, f.url) for f in discovery.read("list", page)] == [("article", article)]
    rss = b"<rss><channel><item><link>http://[x]/1</link></item><item><link>https://b/2</link></item></channel></rss>"
    assert [hit.url for hit in read_feed(rss, "https://b/").hits] == ["https://b/2"]


# ------------------------------------------------------------------ trafilatura as a second candidate


def lines(texts: list[str]) -> list[Line]:
    root = parse("<html><body><p>x</p></body></html>")
    assert root is not None
    return [Line(root, parts=[t], chars=len(t), text=t) for t in texts]


def test_trafilatura_is_taken_when_it_finds_the_article_elsewhere() -> None:
    page_lines = lines(["Menu", TEASERS[0], TEASERS[1], *EN, "Footer"])
    region = [1, 2]  # the engine settled on the teasers
    chosen, taken = so.choose_lines(page_lines, region, EN, page_lines[0].owner)
    assert taken and [ln.text for ln in chosen] == EN


def test_the_engine_keeps_its_region_when_both_agree_without_unconfirmed_short_lines() -> None:
    page_lines = lines(["Menu", "By Jane Roe | May 13", *EN, "Share this story", "Footer"])
    region = list(range(1, 9))
    chosen, taken = so.choose_lines(page_lines, region, EN, page_lines[0].owner)
    assert not taken
    assert [ln.text for ln in chosen] == EN  # the byline and the share prompt were not confirmed


def test_without_a_second_opinion_the_region_stands() -> None:
    page_lines = lines(EN)
    chosen, taken = so.choose_lines(page_lines, [0, 1, 2], None, page_lines[0].owner)
    assert not taken and [ln.text for ln in chosen] == EN[:3]


def test_a_failing_trafilatura_is_no_second_opinion(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura  # a runtime dependency: no skipping

    def boom(*args: object, **kwargs: object) -> str:
        raise ValueError("library message that must not reach the record")

    monkeypatch.setattr(trafilatura, "extract", boom)
    assert so.trafilatura_lines("<html><body><p>text</p></body></html>", None) is None
    rec = run(page(NAV + '<div class="story">' + paragraphs(EN) + "</div>"))
    assert rec.error is None and rec.paragraphs == EN


def test_a_page_too_large_is_not_handed_to_trafilatura() -> None:
    assert so.trafilatura_lines("<p>" + "x" * (so.MAX_CHARS + 1) + "</p>", None) is None
    assert so.trafilatura_lines("<p>text</p>", None, text_chars=so.MAX_TEXT_CHARS + 1) is None


def test_chinese_pages_never_ask_for_a_second_opinion(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.stages.extract.html_page as html_page

    asked = []
    monkeypatch.setattr(html_page, "trafilatura_lines", lambda *a: asked.append(a) or None)
    zh = "".join(
        f"<p>{s}</p>"
        for s in [
            "第三届区域贸易大会周二在市会议中心开幕，四十个国家的代表出席。",
            "主办方表示，会议将讨论海关规则、港口物流和中小企业融资等议题。",
        ]
    )
    run(page('<div class="content">' + zh + "</div>", title="区域贸易大会开幕"))
    assert asked == []
    run(page(NAV + '<div class="story">' + paragraphs(EN) + "</div>"))
    assert len(asked) == 1

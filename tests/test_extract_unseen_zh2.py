"""Furniture that the second unseen check of Chinese sites without rules found in the generic engine's output
(issue 10; docs/benchmarks.md, "Chinese sites without rules, second set"), on hand-written pages (sentences
written for these tests, not taken from any page): a rights notice under the story, a see-more prompt with its
verb, a line of tags between bars, the story's column line, a <title> cut by full-width bars; and two credits
misread: a live-report kicker (【记者即时播报】) and a digest's section heading (国内资讯) taken for names."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only
from pipeline.stages.extract.credits import lead_reporters, top_reporters

ZH = [
    "城南区今年将新建三座口袋公园，首座公园已于上周在湖滨街道开工建设。",
    "区园林部门介绍，口袋公园面积不大，但设有步道、座椅和儿童游乐设施。",
    "附近居民表示，家门口多了休闲去处，傍晚散步再也不用走到两公里外的大公园。",
    "据了解，另外两座口袋公园预计明年春天动工，选址已征求了周边社区的意见。",
]
HEADLINE = "城南区新建三座口袋公园"


def run(tail: str, title: str = HEADLINE + "_城南资讯网", story_end: tuple[str, ...] = ()) -> Article:
    # the shape that kept the furniture: one text block of <br/> lines inside the box that also holds the
    # headline, a meta line and the furniture, so the box is read whole
    story = "<br/>\n".join([*ZH, *story_end]) + "<br/>"
    html = (
        f"<html><head><title>{title}</title></head><body><div class='abox article'><h1>{HEADLINE}</h1>"
        f"<div class='ori'>发布者：张明 时间：2019-10-08 17:04 来源：城南资讯网</div>"
        f"<div class='para'>{story}</div>{tail}</div></body></html>"
    )
    with generic_only():
        return extract(decode(Article(url="http://news.example.cn/a/2.html", raw=html.encode("utf-8"))))


def test_a_rights_notice_under_the_story_is_not_body() -> None:
    notice = "本文版权归城南资讯网所有，任何媒体、网站或个人未经本网授权不得转载、链接或以其他方式复制发布。"
    assert run(f"<div class='warn'>{notice}</div>").paragraphs == ZH


def test_a_sentence_quoting_a_rights_notice_stays() -> None:
    quoted = "馆方说，展出的照片版权归作者所有，观众可以拍照，但不得用于商业用途。展览持续到下月底。"
    assert run("", story_end=(quoted,)).paragraphs == [*ZH, quoted]


def test_a_see_more_prompt_with_its_verb_is_not_body() -> None:
    assert run("<form><span>查看更多相关新闻</span><input type='text'/></form>").paragraphs == ZH


def test_a_line_of_tags_between_bars_is_not_body() -> None:
    assert run("<div>20191008|口袋公园|城南区|园林</div>").paragraphs == ZH


def test_the_column_line_under_the_story_is_not_body() -> None:
    assert run("<div class='author'>本文栏目：城南 作者：<a href='/u/1'>张明</a></div>").paragraphs == ZH


def test_a_title_cut_by_full_width_bars_loses_its_channel_and_site_names() -> None:
    assert run("", title=HEADLINE + "｜城市生活｜城南樂活｜城南電子報").title == HEADLINE


def test_a_live_report_kicker_before_the_headline_names_no_reporter() -> None:
    # the headline line of a page whose <h1> stays in the body: 【记者即时播报】 is a column, not 记者 + a name
    assert lead_reporters("【记者即时播报】" + HEADLINE) == []
    assert lead_reporters("【记者 张明】城南区今年将新建三座口袋公园。") == ["张明"]


def test_a_section_heading_ending_in_a_report_word_names_no_reporter() -> None:
    # a digest's headings (国内资讯, 国际快讯) end in 讯 like "本报讯", but hold no name (国内资 + 讯)
    assert top_reporters(["收盘播报", "国内资讯", "城南区今年将新建三座口袋公园。"]) == []
    assert top_reporters(["城南日报讯 记者王明 近日，城南区开工建设口袋公园。"]) == ["王明"]


def test_a_column_kicker_before_the_printed_headline_is_not_part_of_the_title() -> None:
    # the <title> carries the headline without the kicker, and a channel word after it ("X 城南_新闻中心_…")
    page = run("", title=HEADLINE + " 城南_新闻中心_城南资讯网")
    assert page.title == HEADLINE
    html = page.raw.decode("utf-8").replace(f"<h1>{HEADLINE}", f"<h1>【记者即时播报】{HEADLINE}")
    with generic_only():
        article = extract(decode(Article(url="http://news.example.cn/a/2.html", raw=html.encode("utf-8"))))
    assert article.title == HEADLINE

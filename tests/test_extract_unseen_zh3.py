"""What the third unseen check of Chinese sites without rules found in the generic engine's output (issue 10;
docs/benchmarks.md, "Fourteenth session"), on hand-written pages (sentences written for these tests, not taken
from any page): captions set apart by a caption sign (◎ 图：某某截图) or ending in a picture credit after a slash
(……/图：某某网) stayed in the body, and a headline that reads like a credit (某报评论员：再谈…) gave a name."""

from __future__ import annotations

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only

ZH = [
    "城南区今年将新建三座口袋公园，首座公园已于上周在湖滨街道开工建设。",
    "区园林部门介绍，口袋公园面积不大，但设有步道、座椅和儿童游乐设施。",
    "附近居民表示，家门口多了休闲去处，傍晚散步再也不用走到两公里外的大公园。",
    "据了解，另外两座口袋公园预计明年春天动工，选址已征求了周边社区的意见。",
]
HEADLINE = "城南区新建三座口袋公园"


def page(lines: list[str], headline: str = HEADLINE, meta: str = "2024-05-08 09:30 来源：城南资讯网") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html><head><title>{headline}_城南资讯网</title></head><body>"
        f"<div class='bar'>正在阅读：{headline}</div><div class='main'><h1>{headline}</h1>"
        f"<div class='info'>{meta}</div><div class='text'>{paragraphs}</div></div>"
        "<div class='foot'>城南资讯网 版权所有</div></body></html>"
    )


def run(html: str) -> Article:
    with generic_only():
        return extract(decode(Article(url="http://news.example.cn/a/3.html", raw=html.encode("utf-8"))))


def test_captions_set_apart_by_a_caption_sign_are_not_body() -> None:
    captions = ["◎ 图：@城南日报微博截图", "▲ 纪录片《山城往事》截图", "◎\u00a0图：城南网", "△ 资料图"]
    lines = [ZH[0], captions[0], ZH[1], captions[1], ZH[2], captions[2], ZH[3], captions[3]]
    assert run(page(lines)).paragraphs == ZH


def test_a_caption_ending_in_a_picture_credit_after_a_slash_is_not_body() -> None:
    captions = ["◎ 志愿者在新建的步道旁种下月季。/图：城南网", "居民在公园里散步。/图片：城南日报"]
    lines = [ZH[0], captions[0], ZH[1], ZH[2], captions[1], ZH[3]]
    assert run(page(lines)).paragraphs == ZH


def test_list_items_after_a_caption_sign_and_a_sentence_about_a_screenshot_stay() -> None:
    kept = [
        "◎ 第一，社区将在公园周边增设夜间巡逻。",
        "◎ 第二，园林部门每周检查一次游乐设施。",
        "有居民随后把聊天截图发给了记者，希望有关部门尽快答复。",
    ]
    lines = [ZH[0], ZH[1], *kept, ZH[2], ZH[3]]
    assert run(page(lines)).paragraphs == [ZH[0], ZH[1], *kept, ZH[2], ZH[3]]


def test_a_headline_that_reads_like_a_credit_names_no_one() -> None:
    # a commentary's headline "某报评论员：再论“…”" (and the reading bar repeating it) is no 评论员 + a name (再论)
    article = run(page(ZH, headline="城南日报评论员：再论“口袋公园”"))
    assert article.authors == []
    assert article.paragraphs == ZH


def test_a_byline_beside_or_under_the_headline_is_still_read() -> None:
    assert run(page(ZH, meta="记者 张明 2024-05-08 09:30")).authors == ["张明"]
    html = page(ZH).replace(f"<h1>{HEADLINE}</h1>", f"<h1>{HEADLINE}</h1><div>{HEADLINE} 记者 张明</div>")
    assert run(html).authors == ["张明"]

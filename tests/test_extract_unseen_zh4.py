"""What the fourth unseen check of Chinese sites without rules found in the generic engine's output (issue 10;
docs/benchmarks.md, "Fourteenth session"), on hand-written pages (sentences written for these tests, not taken
from any page): a self-media platform's statement printed under the story (平台声明：该文观点仅代表作者本人，
某某号系信息发布平台，某某仅提供信息存储空间服务。) stayed in the body, and so did the platform's widgets printed as
lines of their own (发布于：北京市, 阅读 (177万), 首赞)."""

from __future__ import annotations

import pytest

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


def page(lines: list[str], after: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html><head><title>{HEADLINE}_城南号</title></head><body><div class='main'><h1>{HEADLINE}</h1>"
        f"<div class='info'>2024-05-08 09:30 来源：城南资讯网</div><div class='text'>{paragraphs}</div>"
        f"{after}</div><div class='foot'>城南资讯网 版权所有</div></body></html>"
    )


def run(html: str) -> Article:
    with generic_only():
        return extract(decode(Article(url="http://news.example.cn/a/4.html", raw=html.encode("utf-8"))))


STATEMENTS = [
    "平台声明：该文观点仅代表作者本人，城南号系信息发布平台，城南网仅提供信息存储空间服务。",
    "特别声明：以上内容(包括在内的视频、图片或音频)为城南网旗下自媒体平台用户上传并发布，本平台仅提供信息存储空间服务。",
    "特别声明：本文为城南网自媒体平台作者上传并发布，仅代表该作者观点。城南网仅提供信息发布平台。",
    "特別聲明：本文觀點僅代表作者本人，不代表本平台立場。",
    "【特别声明】：以上内容仅代表作者本人观点，不代表城南网观点或立场。",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_a_platform_statement_under_the_story_is_not_body(statement: str) -> None:
    # printed as the text's last paragraph, or in its own block right under it
    assert run(page([*ZH, statement])).paragraphs == ZH
    assert run(page(ZH, after=f"<div class='statement'>{statement}</div>")).paragraphs == ZH


def test_an_english_platform_notice_is_not_body() -> None:
    notice = (
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
        "Chengnan Hao, which is a social media platform and merely provides information storage space services."
    )
    assert run(page([*ZH, notice])).paragraphs == ZH


def test_news_about_a_platform_that_only_stores_information_stays() -> None:
    # a court story quoting the same legal phrase, and a company's statement opening with 特别声明, are news
    kept = [
        "被告公司辩称，其仅提供信息存储空间服务，对用户上传的视频不负审查义务，法院未予采纳。",
        "特别声明：本公司从未委托任何个人以公司名义收取押金，请市民提高警惕。",
        "该平台在声明中表示，平台仅提供信息存储空间服务，已下架涉事视频。",
    ]
    lines = [ZH[0], *kept, ZH[1], ZH[2], ZH[3]]
    assert run(page(lines)).paragraphs == lines


def test_a_platforms_widgets_printed_in_the_text_block_are_not_body() -> None:
    # where the post was sent from, a read counter and a like button's label, each a line of its own
    widgets = ["发布于：江苏省", "IP属地：广东", "阅读 (12万)", "浏览：3.5万次", "首赞"]
    lines = [widgets[0], ZH[0], ZH[1], ZH[2], ZH[3], *widgets[1:]]
    assert run(page(lines)).paragraphs == ZH


def test_sentences_about_readers_and_likes_stay() -> None:
    kept = [
        "这篇文章发布于：城南区政府网站，阅读量很快突破了10万。",
        "阅读 12 本书后，她开始给社区的孩子们讲故事。",
        "点赞的人越来越多，园林部门决定再建一座公园。",
    ]
    lines = [ZH[0], *kept, ZH[1], ZH[2], ZH[3]]
    assert run(page(lines)).paragraphs == lines

"""Chinese paragraph indents inside one block of text (issue 10, 2026-12-02): two or more ideographic spaces
(U+3000) mid-text are where a paragraph starts — old pages and flattened copies run a headline, a byline and the
story together as 标题　　本报记者 X　　正文…. Such a block is read as the paragraphs it holds, in pages and in
.txt files, so the byline is a paragraph of its own (the thirteenth blind credit set's leads). A label padded to a
width (审　　核：李　源) and a name padded inside (李　　明) are no break: fewer than four characters stand before
the spaces. Invented text."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract
from pipeline.stages.extract.authors import apply_people
from pipeline.text.sentences import split_at_indents

STORY = "这几天，一个卖煎饼阿姨的网上小店在朋友圈流传开来。她说，生意越来越好，订单每天都在增加。"
BLOCK = f"长河小店其实有很多个版本　　一个小仓库，两个合伙人　　本报记者 林秀雰　　{STORY}"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (BLOCK, ["长河小店其实有很多个版本", "一个小仓库，两个合伙人", "本报记者 林秀雰", STORY]),
        ("　　" + STORY, ["　　" + STORY]),  # an indent at the start splits nothing
        ("审　　核：李　源", ["审　　核：李　源"]),
        ("记者李　　明报道", ["记者李　　明报道"]),
        (f"编辑：张小川　　校对：林立　　{STORY}", ["编辑：张小川", "校对：林立", STORY]),
        ("The harbour　　opened", ["The harbour　　opened"]),  # not Chinese text
        # a header line of fields, no story sentence in it: one line (the noise rules read it whole)
        (
            "www.example.cn　　2012年01月11日 15:29:18　　来源：长河网",
            ["www.example.cn　　2012年01月11日 15:29:18　　来源：长河网"],
        ),
        ("长河网　　2012年01月11日　　编辑：张小川", ["长河网　　2012年01月11日　　编辑：张小川"]),
    ],
)
def test_a_block_splits_at_its_indents(text: str, parts: list[str]) -> None:
    assert split_at_indents(text) == parts


def test_a_text_file_block_with_indents_is_several_paragraphs_and_its_byline_is_read() -> None:
    rec = extract(decode(Article(raw=(BLOCK + "\n").encode("utf-8"), is_text=True)))
    assert rec.authors == ["林秀雰"]
    assert STORY in rec.paragraphs


def test_a_page_paragraph_with_indents_is_several_paragraphs_and_its_byline_is_read() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>长河小店</title></head><body><div class="content">'
        f"<p>{BLOCK}</p><p>{STORY}又及。</p></div></body></html>"
    )
    rec = extract(decode(Article(raw=html.encode("utf-8"), url="https://news.example.cn/a/1.html")))
    assert rec.authors == ["林秀雰"]
    assert STORY in rec.paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "authors"),
    [
        (["□ 本报记者 林秀雰", "□ 本报见习记者 范小恒", "□ 本报通讯员 张晓川", STORY], ["林秀雰", "范小恒"]),
        (["本报记者 林秀雰", "本报记者 范小恒", STORY], ["林秀雰", "范小恒"]),
        # the run ends at the first paragraph that is no byline
        (["本报记者 林秀雰", STORY, "本报记者 范小恒"], ["林秀雰"]),
    ],
)
def test_a_run_of_byline_paragraphs_at_the_top_gives_every_reporter(
    paragraphs: list[str], authors: list[str]
) -> None:
    # the thirteenth blind credit set: □ 本报记者 A　　□ 本报见习记者 B　　□ 本报通讯员 C　　story, split at its indents
    record = Article(lang="zh")
    apply_people(record, list(paragraphs), [], "zh")
    assert record.authors == authors

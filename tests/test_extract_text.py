"""Plain-text (.txt) articles: text a user gives is processed however short it is; only empty text is refused."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract


def run_text(text: str) -> Article:
    return extract(decode(Article(raw=text.encode("utf-8"), is_text=True)))


@pytest.mark.parametrize(
    "text",
    ["The harbour opened a second terminal on Monday.\n", "港口周一启用第二座码头。", "Short note"],
)
def test_a_short_text_is_processed_with_a_warning(text: str) -> None:
    rec = run_text(text)
    assert rec.error is None
    assert rec.page_kind == "article"
    assert rec.paragraphs == [text.strip()]
    assert any(w.startswith("short text") for w in rec.warnings)


def test_a_text_of_normal_length_has_no_short_text_warning() -> None:
    rec = run_text(" ".join(["Container volumes at the harbour grew again in December."] * 3))
    assert rec.error is None
    assert not any(w.startswith("short text") for w in rec.warnings)


@pytest.mark.parametrize("text", ["", "   \n\n  \n", "Topic: Harbour news\n\n"])
def test_text_without_any_article_text_is_refused(text: str) -> None:
    rec = run_text(text)
    assert rec.error is not None
    assert rec.page_kind in ("empty", None)
    assert not rec.paragraphs


def test_kangxi_radicals_copied_from_a_pdf_read_as_the_ideographs() -> None:
    # 2026-12-02 (a blind dates sample): PDF copies put ⽉ (U+2F49) and ⽇ (U+2F47) for 月 and 日
    rec = run_text("长河⽹8⽉28⽇电 市政府29⽇发布公告，全市春季植树活动将在城东公园举行。\n")
    assert rec.paragraphs == ["长河网8月28日电 市政府29日发布公告，全市春季植树活动将在城东公园举行。"]


def test_kangxi_radicals_in_a_page_read_as_the_ideographs() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>长河⽹</title></head><body><div class="content">'
        "<p>长河⽹8⽉28⽇电 市政府29⽇发布公告，全市春季植树活动将在城东公园举行，各界代表参加。</p>"
        "<p>活动由市园林局主办，共栽种树苗两千余棵，参加者来自全市各个社区和学校。</p></div></body></html>"
    )
    rec = extract(decode(Article(raw=html.encode("utf-8"), url="https://news.example.cn/a/2.html")))
    assert rec.paragraphs[0].startswith("长河网8月28日电") and "29日" in rec.paragraphs[0]

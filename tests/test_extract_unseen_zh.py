"""Shapes of Chinese pages from sites without rules that the unseen check of issue 10 found the generic engine
missing (docs/benchmarks.md, "Chinese sites without rules"), on hand-written pages (sentences written for these
tests, not taken from any page): a hidden keyword block larger than the article, a headline set in <h4>, a
label read as a name (时间：), a date inside a prose sentence taken for the page's, a compiler's word after the
reporter (整合), and furniture lines under the story (breadcrumb, disclaimer, reprint notice, a see-more
prompt, a line of credits only)."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only
from pipeline.stages.extract.credits import lead_reporters
from pipeline.text.bylines import read_credits_zh

ZH = [
    "本市第三届社区读书节昨日在中心图书馆开幕，来自全市各街道的两百多名读者参加了开幕活动。",
    "主办方介绍，本届读书节为期一个月，将举办讲座、亲子阅读和旧书交换等二十余场活动。",
    "中心图书馆还在一楼大厅设立了新书展台，集中展示近两年出版的地方文化图书三百余种。",
    "不少市民表示，希望读书节能够常年举办，让更多家庭养成共同阅读的习惯。",
    "据了解，读书节期间各分馆延长开放时间至晚上九点，市民可凭读者证免费参加各项活动。",
]
HEADLINE = "社区读书节开幕 两百多名读者参加"


def run(body: str, title: str = HEADLINE + "-城南资讯网", head: str = "") -> Article:
    html = f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
    with generic_only():
        return extract(decode(Article(url="http://news.example.cn/a/1.html", raw=html.encode("utf-8"))))


def paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


# ------------------------------------------------------------------ a hidden block of search keywords

KEYWORDS = " ".join(f"城南旧书市场{i} 读书会报名{i} 图书馆开放时间{i} 二手书回收{i}" for i in range(300))


def test_a_hidden_keyword_block_larger_than_the_article_is_not_read() -> None:
    body = f'<div class="main"><h1>{HEADLINE}</h1>{paragraphs(ZH)}</div><div style="display:none">{KEYWORDS}</div>'
    assert run(body).paragraphs == ZH


def test_a_hidden_wrapper_with_sentences_around_the_whole_article_is_still_read() -> None:
    body = f'<div style="display: none"><h1>{HEADLINE}</h1>{paragraphs(ZH)}</div><p>首页</p>'
    assert run(body).paragraphs == ZH


# ------------------------------------------------------------------ the headline in a lower heading


def test_a_headline_in_h4_that_the_title_carries_wins_over_the_title_with_its_site_name() -> None:
    body = f"<h4>{HEADLINE}</h4><div>{paragraphs(ZH)}</div>"
    assert run(body, title=HEADLINE + "-城南 社区文化资讯网").title == HEADLINE


def test_an_h1_still_wins_over_lower_headings() -> None:
    body = f"<h3>城南资讯</h3><h1>{HEADLINE}</h1><div>{paragraphs(ZH)}</div>"
    assert run(body, title=HEADLINE + "_城南资讯_城南 社区文化资讯网").title == HEADLINE


# ------------------------------------------------------------------ credits


def test_a_word_before_a_colon_is_a_label_not_a_name() -> None:
    run_ = read_credits_zh("版权声明 来源：城南日报 时间：2019-09-23 14:34 作者：", "lenient")
    assert run_ is not None and run_.credits == []
    run_ = read_credits_zh("来源：城南日报 作者：王建国 时间：2019-09-23", "lenient")
    assert run_ is not None and [c.name for c in run_.credits] == ["王建国"]


def test_a_report_word_before_a_colon_still_ends_the_byline() -> None:
    assert lead_reporters("本报讯 记者李长青报道：本市第三届社区读书节昨日开幕。") == ["李长青"]


def test_a_compilers_word_after_the_reporter_is_skipped() -> None:
    assert lead_reporters("城南网10月4日讯（记者陈立 整合） 国庆长假过半，图书馆迎来客流高峰。") == ["陈立"]


def test_a_closing_credit_after_a_line_of_labels_is_read() -> None:
    body = (
        f"<h1>{HEADLINE}</h1><div class='info'>来源：城南日报 时间：2019-09-23 14:34 作者：</div>"
        f"<div>{paragraphs(ZH[:-1])}<p>{ZH[-1]}(文/图 刘建明 赵晓燕)</p></div>"
    )
    assert run(body).authors == ["刘建明", "赵晓燕"]


# ------------------------------------------------------------------ the page's date, not the story's


def test_a_date_in_a_prose_line_under_the_headline_is_not_the_pages() -> None:
    lead = "2019年2月27日下午，城南街道组织了一次读书节筹备会。"
    body = f"<h1>{HEADLINE}</h1><div>{paragraphs([lead, *ZH])}</div><p>发布日期：2019-03-06</p>"
    assert (run(body).published or "").startswith("2019-03-06")


# ------------------------------------------------------------------ furniture lines under the story


@pytest.mark.parametrize(
    "line",
    [
        "您所在的位置： 首页 > 快讯 > 社区",
        "免责声明：本文来自网友投稿，不代表本站的观点和立场。",
        "转载请注明出处：城南资讯网",
        "相关资讯请关注:读书节专区",
        "更多精彩内容请关注城南资讯网微信公众号",
        "城南图书馆供稿 摄影/张晓明 编辑/李文华",
    ],
)
def test_a_furniture_line_leaves_the_body(line: str) -> None:
    body = f"<h1>{HEADLINE}</h1><div>{paragraphs(ZH)}<p>{line}</p></div>"
    assert run(body).paragraphs == ZH


@pytest.mark.parametrize(
    "sentence",
    [
        "相关部门请关注此事的进展情况并及时处理。",  # a sentence, not a prompt
        "他说，编辑/记者这个行业需要耐心。",  # one label-like word, and a sentence
    ],
)
def test_sentences_like_furniture_stay(sentence: str) -> None:
    body = f"<h1>{HEADLINE}</h1><div>{paragraphs([*ZH, sentence])}</div>"
    assert run(body).paragraphs == [*ZH, sentence]


# ------------------------------------------------------------------ paragraphs right under <body>

NAV = '<div class="nav"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/c">文化</a> <a href="/s">社区</a></div>'
RELATED = (
    '<div class="links"><a href="/r1">读书节活动安排一览</a><br><a href="/r2">中心图书馆新馆开放</a></div>'
)


def test_paragraphs_right_under_body_are_all_the_article() -> None:
    # the core paragraph cannot grow into a container (its parent is <body>): its sister paragraphs join it
    body = f"{NAV}<h1>{HEADLINE}</h1>{paragraphs(ZH)}{RELATED}"
    assert run(body).paragraphs == ZH


def test_a_classed_paragraph_under_body_does_not_take_unclassed_ones() -> None:
    # same tag and class, as for any other core: a caption-like classed <p> keeps its own kind
    note = "注：本文图片由城南资讯网记者现场拍摄，转载请注明出处并保留完整链接地址。"
    body = f'{NAV}<h1>{HEADLINE}</h1>{paragraphs(ZH)}<p class="note">{note}</p>{RELATED}'
    assert run(body).paragraphs == ZH

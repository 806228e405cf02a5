"""pipeline.stages.extract on hand-written pages shaped like each site's layouts, and on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract
from pipeline.stages.extract.credits import editor_from_text
from pipeline.stages.extract.rules import noise, site_for_url, sites
from pipeline.stages.extract.times import parse_datetime
from pipeline.stages.extract.titles import strip_title
from pipeline.text.bylines import split_names_zh

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"


def run(name: str, url: str | None = None) -> Article:
    rec = Article(raw=(FIXTURES / name).read_bytes(), url=url)
    return extract(decode(rec))


def test_chinanews_article() -> None:
    rec = run("chinanews_2021.html", "https://www.chinanews.com.cn/gn/2021/11-16/9610000.shtml")
    assert rec.error is None
    assert rec.page_kind == "article"
    assert rec.site == "chinanews.com"
    assert rec.rule == "chinanews.com/left_zw"
    assert rec.title == "首届中国网络文明大会将于11月19日在京举办"
    assert rec.published == "2021-11-16T15:32:00+08:00"
    assert rec.authors == ["刘育英"]
    assert rec.editor == "刘欢"
    assert "易海菲" in rec.photographers
    assert rec.dateline is not None and rec.dateline["place"] == "北京"
    assert rec.dateline["date"] == "2021-11-16"
    body = rec.body
    assert rec.paragraphs[0].startswith("中新网北京11月16日电")
    assert "不是正文的脚本文字" not in body  # inline script
    assert "图为" not in body  # photo caption
    assert "分享到" not in body and "相关新闻" not in body and "Copyright" not in body
    assert "(完)" not in body
    assert "“网络文明建设是一项长期工作。”" in rec.paragraphs  # a short quote is a real paragraph


def test_site_detected_without_url() -> None:
    rec = run("chinanews_2021.html")
    assert rec.title == "首届中国网络文明大会将于11月19日在京举办"
    assert len(rec.paragraphs) == 4


def test_newscn_2023_layout() -> None:
    rec = run(
        "newscn_2023.html", "https://www.news.cn/politics/20220830/0123456789abcdef0123456789abcdef/c.html"
    )
    assert rec.rule == "news.cn/2023"
    assert rec.title == "2022年中国网络文明大会在天津闭幕"
    assert rec.published == "2022-08-30T21:06:12+08:00"  # year, month/day and time in separate spans
    assert rec.authors == ["张建新", "王小二"]
    assert rec.editor == "袁晴"
    assert rec.agency == "新华社"
    assert "李欣" in rec.photographers
    assert "1. 共建网络文明；" in rec.paragraphs  # list items are kept
    assert not any("新华社/李欣" in p for p in rec.paragraphs)
    assert not any("下一篇" in p or "字体" in p for p in rec.paragraphs)


def test_newscn_2019_layout() -> None:
    rec = run("newscn_2019.html", "http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm")
    assert (rec.site, rec.rule) == ("news.cn", "news.cn/2019")
    assert rec.title == "法国交通受罢工影响"
    assert rec.published == "2019-12-10T07:57:40+08:00"
    assert rec.authors == ["唐霁"]
    assert rec.editor == "尹世杰"
    assert len(rec.paragraphs) == 3
    assert not any("纠错" in p for p in rec.paragraphs)


def test_english_newscn() -> None:
    rec = run(
        "english_newscn.html", "https://english.news.cn/20220828/0123456789abcdef0123456789abcdef/c.html"
    )
    assert rec.site == "english.news.cn"
    assert rec.title == "China Internet Civilization Conference opens in Tianjin"
    assert rec.published is not None and rec.published.startswith("2022-08-28T18:30")
    assert rec.dateline is not None and rec.dateline["place"] == "Tianjin"
    assert rec.editor == "Huaxia"
    assert "Zhao Zishuo" in rec.photographers
    assert not any(p.startswith("(Xinhua/") for p in rec.paragraphs)
    assert all("(Xinhua/" not in p for p in rec.paragraphs)
    assert '"Cyber governance has become a public issue," said one participant.' in rec.paragraphs


def test_generic_fallback_on_an_unknown_site() -> None:
    rec = run("generic_wire.html", "https://wire.example.org/world/2023/05/16/climate-talks")
    assert rec.rule == "generic"
    assert rec.page_kind == "article"
    assert rec.title == "Ministers meet for climate talks"
    assert rec.published == "2023-05-16T12:26:15+00:00"
    assert rec.authors == ["Jane Doe", "John Smith"]
    body = rec.body
    assert body.startswith("GENEVA (Wire)")
    assert '"We cannot wait," one minister said.' in rec.paragraphs
    for noise_text in ("Most read", "Share this article", "All rights reserved", "Technology"):
        assert noise_text not in body


def test_list_page_is_not_an_article() -> None:
    rec = run("list_page.html", "https://www.chinanews.com.cn/scroll-news/news1.html")
    assert rec.page_kind == "list"
    assert rec.error is not None and "list" in rec.error


def test_not_found_page_served_with_200() -> None:
    rec = run(
        "not_found.html", "https://www.news.cn/politics/20240101/00000000000000000000000000000000/c.html"
    )
    assert rec.page_kind == "not_found"
    assert rec.error is not None and "not found" in rec.error


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html></html>",
        "<html><body>   </body></html>",
        "<html><head><title>x</title></head><body><div>短</div></body></html>",
        "<html><body><p>截断的页面<div><p>没有结束",
        "<<<>>>",
        "\x00\x01",
        "<?xml version='1.0' encoding='gb2312'?><html><body><p>只有一句。</p></body></html>",
    ],
)
def test_bad_html_never_raises(html: str) -> None:
    rec = extract(Article(html=html, url="https://example.com/a"))
    assert rec.error is not None
    assert rec.page_kind in ("empty", "list", "not_found")


def test_truncated_article_still_extracts() -> None:
    raw = (FIXTURES / "chinanews_2021.html").read_bytes()
    cut = raw[: raw.index("大会主要内容".encode())]
    rec = extract(decode(Article(raw=cut, url="https://www.chinanews.com.cn/gn/2021/11-16/9610000.shtml")))
    assert rec.page_kind == "article"
    assert rec.paragraphs and rec.paragraphs[0].startswith("中新网北京")


def test_binary_and_empty_records_pass_through() -> None:
    rec = extract(decode(Article(raw=b"%PDF-1.7 binary")))
    assert rec.page_kind == "not_html"
    rec = extract(decode(Article()))
    assert rec.error == "empty page"


def test_gbk_bytes_declared_gb2312_decode_then_extract() -> None:
    raw = (
        (FIXTURES / "newscn_2019.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=gb2312")
    )
    rec = extract(
        decode(Article(raw=raw.encode("gbk"), url="http://www.xinhuanet.com/world/2019-12/10/c_1.htm"))
    )
    assert rec.encoding == "gb18030"
    assert rec.title == "法国交通受罢工影响"


def test_extract_does_not_decode() -> None:
    """A stage never runs an earlier one: an undecoded record gets an error saying so, not a decode."""
    raw = (FIXTURES / "newscn_2019.html").read_bytes()
    rec = extract(Article(raw=raw, url="http://www.xinhuanet.com/world/2019-12/10/c_1.htm"))
    assert rec.html is None and rec.encoding is None
    assert rec.error and rec.error.startswith("not decoded")
    assert rec.title is None and rec.paragraphs == []
    assert extract(Article()).error == rec.error


def test_site_rules_load_and_cover_the_required_sites() -> None:
    names = {s.name for s in sites()}
    for required in ("news.cn", "english.news.cn", "chinanews.com", "people.com.cn", "en.people.cn",
                     "chinadaily.com.cn", "cac.gov.cn", "scio.gov.cn", "gov.cn"):  # fmt: skip
        assert required in names
    assert all(s.rules for s in sites())


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://english.news.cn/20230115/98a3b5c41af641938a2a205f1e0b9f71/c.html", "english.news.cn"),
        ("http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm", "news.cn"),
        (
            "https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/2012-06/04/c_1.htm",
            "news.cn",
        ),
        ("https://www.chinanews.com/sh/2012/01-12/3600359.shtml", "chinanews.com"),
        ("http://en.people.cn/n3/2023/0101/c90000-1.html", "en.people.cn"),
        ("http://politics.people.com.cn/n1/2022/0213/c1001-1.html", "people.com.cn"),
        ("https://www.cac.gov.cn/2021-11/16/c_1.htm", "cac.gov.cn"),
        ("https://www.gov.cn/zhengce/2023-01/01/content_1.htm", "gov.cn"),
    ],
)
def test_site_for_url(url: str, site: str) -> None:
    found = site_for_url(url)
    assert found is not None and found.name == site


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2012年01月12日 15:20 来源：新民晚报", "2012-01-12T15:20:00+08:00"),
        ("２０１２年０１月１２日 ０９:５２:４７", "2012-01-12T09:52:47+08:00"),
        ("2023 11/17 20:52:15", "2023-11-17T20:52:15+08:00"),
        ("发布时间：2024-05-13", "2024-05-13"),
        ("Published: Jan. 11, 2012 at 11:27 AM", "2012-01-11T11:27:00+08:00"),
        ("Mon Jan 9, 2012 5:13pm EST", "2012-01-09T17:13:00-05:00"),
        ("2019-11-20T05:52:20-05:00", "2019-11-20T05:52:20-05:00"),
        ("no date here", None),
        ("2023-02-30", None),
    ],
)
def test_parse_datetime(text: str, iso: str | None) -> None:
    assert parse_datetime(text, "+08:00") == iso


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("上海人大代表吁逐步取消高速路收费缓解堵塞-中新网", "上海人大代表吁逐步取消高速路收费缓解堵塞"),
        ("海南：公民無償獻血後可享受兩日公休假 - 新華健康 - 新華網", "海南：公民無償獻血後可享受兩日公休假"),
        ("法国全国大罢工再次严重影响交通_新华网", "法国全国大罢工再次严重影响交通"),
        (
            "Hong Kong rail link resumes after three years - Xinhua",
            "Hong Kong rail link resumes after three years",
        ),
    ],
)
def test_strip_title(title: str, clean: str) -> None:
    nz = noise()
    suffixes = nz.suffixes + [x for s in sites() for x in s.title_suffixes]
    assert strip_title(title, nz.separators, suffixes) == clean


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        ("【责任编辑：刘峻凌】", "刘峻凌"),
        ("(责编：萧潇、张妍)", "萧潇、张妍"),
        ("責任編輯 呂放", "呂放"),
        ("[责任编辑:程涛] 打印本页", "程涛"),
        ("Editor: Huaxia", "Huaxia"),
        ("没有编辑信息的文字", None),
    ],
)
def test_editor_from_text(text: str, editor: str | None) -> None:
    assert editor_from_text(text) == editor


def test_split_names_zh_stops_at_correspondents() -> None:
    assert split_names_zh("记者蒋琦 通讯员夏洪波") == ["蒋琦"]
    assert split_names_zh("记者 张建　周长庆") == ["张建", "周长庆"]
    assert split_names_zh("记者吴俊宽、高鹏") == ["吴俊宽", "高鹏"]


def test_unclosed_title_does_not_swallow_the_page() -> None:
    from pipeline.record import Article as _Article
    from pipeline.stages.decode import decode as _decode
    from pipeline.stages.extract import extract as _extract

    body = "".join(
        f"<p>会议听取了关于推进高质量发展情况的报告，与会代表进行了认真讨论{i}。</p>" for i in range(5)
    )
    page = f"<html><head><title>大会在京开幕_新闻中心<script>var a='<p>x</p>';</script></head><body><h1>大会在京开幕</h1>{body}</body></html>"
    rec = _extract(_decode(_Article(raw=page.encode("utf-8"), url="http://example.org/a.html")))
    assert rec.title == "大会在京开幕"
    assert rec.paragraphs and "<" not in "".join(rec.paragraphs)


def test_nav_named_wrapper_holding_the_article_is_walked() -> None:
    """Old CMS templates wrap the whole article in class="nav"; a real menu is still skipped."""
    from pipeline.record import Article as _Article
    from pipeline.stages.decode import decode as _decode
    from pipeline.stages.extract import extract as _extract

    menu = "".join(f'<li><a href="/{i}.html">频道{i}</a></li>' for i in range(10))
    body = "".join(
        f"<p>会议听取了关于推进高质量发展情况的报告，与会代表进行了认真讨论，第{i}项。</p>" for i in range(6)
    )
    page = (
        f'<html><head><title>大会开幕</title></head><body><div class="nav"><ul>{menu}</ul></div>'
        f'<div class="nav"><div class="zw_title">大会开幕</div><div>2012年01月12日 16:36　来源：新华网</div>'
        f'<div class="zw_content">{body}</div></div></body></html>'
    )
    rec = _extract(
        _decode(_Article(raw=page.encode("utf-8"), url="http://www.chinanews.com/shipin/2012/01-12/1.html"))
    )
    assert len(rec.paragraphs) == 6
    assert not any("频道" in p for p in rec.paragraphs)
    assert rec.published and rec.published.startswith("2012-01-12")
    assert rec.page_kind == "video"


def html_article(body: str, head: str = "") -> bytes:
    """A minimal page: navigation, one article container holding ``body``, a footer."""
    return (
        "<html><head><meta charset='utf-8'><title>Port traffic rises - Wire</title></head><body>"
        "<div class='topnav'><a href='/'>Home</a> <a href='/world'>World</a> <a href='/business'>Business</a></div>"
        f"{head}<h1>Port traffic rises</h1><div class='article-text'>{body}</div>"
        "<div class='footer'><a href='/about'>About us</a></div></body></html>"
    ).encode()


FILLER = "".join(
    f"<p>Paragraph {i} of the story says that container volumes at the harbour grew again this month, "
    "officials said on Monday.</p>"
    for i in range(4)
)


def test_sentence_starting_with_shares_is_not_a_share_prompt() -> None:
    page = html_article(
        FILLER + "<p>Share this:</p><p>Shares of the port operator closed 2 percent higher on Monday.</p>"
        "<p>Subscribers to the harbour newsletter were told first.</p>"
    )
    rec = extract(decode(Article(raw=page, url="https://wire.example.com/world/1.html")))
    assert "Share this:" not in rec.paragraphs
    assert rec.paragraphs[-2:] == [
        "Shares of the port operator closed 2 percent higher on Monday.",
        "Subscribers to the harbour newsletter were told first.",
    ]


def test_wire_header_line_and_closing_credit_leave_the_body() -> None:
    page = html_article(
        "<p>OSLO | Mon Jan 9, 2012 5:13pm EST</p>"
        "<p>OSLO (Reuters) - Container volumes at the harbour grew again in December, officials said.</p>"
        + FILLER
        + "<p>(Reporting by Ann Berg in Oslo; additional reporting by Tom Lie; editing by Eva Dahl)</p>"
    )
    rec = extract(decode(Article(raw=page, url="https://wire.example.com/world/2.html")))
    assert rec.paragraphs[0].startswith("OSLO (Reuters) - Container volumes")
    assert not any("Reporting by" in p or "EST" in p for p in rec.paragraphs)
    assert rec.authors == ["Ann Berg"]


def test_lead_photo_caption_before_the_dateline_goes_later_captions_stay() -> None:
    page = html_article(
        "<p>by Xinhua writer Ma Lin</p>"
        "<p>Workers load containers at the harbour of Qingdao, east China's Shandong Province, Jan. 9, 2023.</p>"
        "<p>Container volumes at the harbour grew again in December, the port authority said on Monday, "
        "after a slow autumn for the whole region. (Xinhua/Li Gang)</p>"
        "<p>QINGDAO, Jan. 9 (Xinhua) -- Container volumes at the harbour grew again in December.</p>"
        + FILLER
        + "<p>Cranes stand idle at dusk at the harbour of Qingdao in east China's Shandong Province, "
        "seen from the bridge over the bay on a clear winter evening, Jan. 9, 2023. Container volumes at the "
        "harbour grew again in December after a slow autumn for the whole region. (Xinhua/Li Gang)</p>"
    )
    rec = extract(decode(Article(raw=page, url="https://english.news.cn/20230109/abc/c.html")))
    assert rec.paragraphs[0].startswith("QINGDAO, Jan. 9 (Xinhua) --")
    assert rec.authors == ["Ma Lin"]
    assert rec.paragraphs[-1].endswith("(Xinhua/Li Gang)")  # a caption inside the story is page text
    assert "Li Gang" in rec.photographers


def test_paragraph_without_dateline_keeps_its_leading_caption() -> None:
    page = html_article(
        "<p>Workers load containers at the harbour of Qingdao on Monday, as volumes grew again in December "
        "after a slow autumn for the whole region; the port authority expects the busiest January in five "
        "years as exporters rush orders out before the Spring Festival holiday. (Xinhua/Li Gang)</p>" + FILLER
    )
    rec = extract(decode(Article(raw=page, url="https://english.news.cn/20230109/abd/c.html")))
    assert rec.paragraphs[0].startswith("Workers load containers")


def test_closing_sentence_about_reporting_stays() -> None:
    page = html_article(
        FILLER + "<p>Reporting by local media suggested the harbour would add a second terminal.</p>"
    )
    rec = extract(decode(Article(raw=page, url="https://wire.example.com/world/3.html")))
    assert rec.paragraphs[-1] == "Reporting by local media suggested the harbour would add a second terminal."

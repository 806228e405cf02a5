"""The publication date on pages of sites without rules (issue 10 follow-up), on hand-written pages (sentences
written for these tests): a date printed over three adjacent elements, a month name of another language than
English, and a date that only htmldate's reading of the page finds (a date line in a block our reader skips),
which must win over the dates of a list of other stories under the article."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract, generic_only
from pipeline.stages.extract.times import htmldate_day, parse_datetime

ZH = [
    "市图书馆昨天宣布，从下个月起周末开放时间延长两个小时，方便上班族借书和自习。",
    "馆方表示，延长开放是根据读者问卷结果作出的决定，问卷共收回三千多份。",
    "新的开放时间将先试行三个月，之后再根据到馆人数决定是否长期实行。",
]
AR = [
    "أعلنت بلدية المدينة يوم الثلاثاء عن تمديد ساعات عمل الحافلات المسائية خلال فصل الشتاء على ثلاثة خطوط.",
    "وقال أعضاء المجلس إن الحافلات المتأخرة نقلت ركابا أكثر من المتوقع خلال فترة التجربة في الخريف.",
    "وسيبدأ العمل بالجدول الجديد في أول يوم اثنين من شهر كانون الأول ويستمر حتى نهاية آذار.",
]


def run(body: str, title: str, lang: str = "zh", head: str = "") -> Article:
    page = f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'
    with generic_only():
        return extract(decode(Article(url="http://www.example-news.example/a/1.html", raw=page.encode())))


def paragraphs(sentences: list[str]) -> str:
    return "<div class='article'>" + "".join(f"<p>{s}</p>" for s in sentences) + "</div>"


def test_a_date_split_over_three_elements_is_read_together() -> None:
    title = "市图书馆周末延长开放时间"
    leaf = "<div class='stamp'><div class='year'><span>2019</span></div><div class='md'>09/07</div><div class='time'>19:02</div></div>"
    rec = run(f"<h1>{title}</h1>{leaf}<div class='source'>晚报</div>{paragraphs(ZH)}", title)
    assert rec.published == "2019-09-07T19:02:00+08:00"  # a Chinese page: Beijing time for a printed time


def test_a_bare_year_alone_is_no_date() -> None:
    assert parse_datetime("2019") is None
    title = "市图书馆周末延长开放时间"
    rec = run(f"<h1>{title}</h1><div>2019</div><div>年度报道</div>{paragraphs(ZH)}", title)
    assert rec.published is None


def test_month_names_of_other_languages() -> None:
    assert parse_datetime("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00") == "2013-08-28"
    assert parse_datetime("Publicado el 8 de enero de 2014") == "2014-01-08"
    assert parse_datetime("12. März 2020, 14:30") == "2020-03-12T14:30:00"
    assert parse_datetime("12 мая 2020 г.") == "2020-05-12"
    title = "تمديد ساعات عمل الحافلات المسائية"
    stamp = "<div class='timestamp'>الأربعاء، 28 آب/اغسطس 2013</div>"
    rec = run(f"<h1>{title}</h1>{stamp}{paragraphs(AR)}", title, lang="ar")
    assert rec.published == "2013-08-28"


def test_a_date_only_htmldate_reads_wins_over_a_list_of_other_stories() -> None:
    # the date line sits in a block our reader skips (class post-footer); the page's JSON-LD names it
    # pubDate (Baidu's search-engine shape), which ours does not read; the stories listed under the article
    # carry their own dates, which are not this page's
    title = "市图书馆周末延长开放时间"
    related = "".join(
        f"<div><a href='/post/{i}.html'>其他新闻标题第{i}条</a><span>2019年11月03日</span></div>"
        for i in range(3)
    )
    body = (
        f"<div class='crumb'>首页 &gt; 本地新闻 &gt; {title}</div><h2 class='post-title'>{title}</h2>"
        "<h6 class='post-footer'><a class='post-date'>2019年09月11日</a> 晚报</h6>"
        + paragraphs(ZH * 8)
        + "<div class='related'>"
        + related
        + "</div>"
    )
    ld = (
        '<script type="application/ld+json">{"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld",'
    )
    ld += f' "title": "{title}", "pubDate": "2019-09-11T02:46:57"}}</script>'
    rec = run(body, title, head=ld)
    assert htmldate_day(None, None) is None
    assert rec.published == "2019-09-11"


def test_htmldate_is_never_handed_text_it_would_download(monkeypatch: pytest.MonkeyPatch) -> None:
    # htmldate fetches a str that reads like a URL; a page whose whole text is one must not reach the network
    import htmldate.utils

    def no_network(url: str, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"htmldate tried to download {url}")

    monkeypatch.setattr(htmldate.utils, "fetch_url", no_network)
    assert htmldate_day("http://127.0.0.1:9/2019/09/11/story.html", None) is None


def test_the_month_table_is_current() -> None:
    # dateparser comes with htmldate, so the generated table can always be checked against its source
    from tools.build_month_names import TABLE, month_table, table_text

    assert TABLE.read_text(encoding="utf-8") == table_text(month_table())

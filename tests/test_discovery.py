"""Discovery rules on plain responses: windows, templates, result formats, paging, feeds, what is settled."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse

from crawlers.discovery.planner import Discovery
from crawlers.discovery.results import Hit, Page, more_pages, read_feed, read_results
from crawlers.discovery.state import ArchivedArticle, ArchiveState, url_day
from crawlers.discovery.surfaces import Search, check_sources, fill, source_from
from crawlers.discovery.window import CHINA_TIME, Window, conference_window, day_of, parse_when
from pipeline.catalog import load_sources

CICC = "china-internet-civilization-conference"


def response(url: str, body: str | bytes, kind: str = "search", **meta) -> TextResponse:
    data = body.encode("utf-8") if isinstance(body, str) else body
    request = Request(url, meta={"kind": kind, **meta})
    return HtmlResponse(url, body=data, encoding="utf-8", request=request)


# -- windows and dates --------------------------------------------------------------------------------


def test_a_conference_window_runs_from_weeks_before_to_a_week_after():
    window, edition = conference_window(CICC, 2022)
    assert edition["place"] == "Tianjin"
    assert (window.start, window.end) == (date(2022, 8, 7), date(2022, 9, 5))
    assert conference_window(CICC, 2022, before=2, after=0)[0] == Window(date(2022, 8, 26), date(2022, 8, 29))
    assert conference_window(CICC)[1]["year"] == 2022  # no edition: the latest


def test_an_unknown_conference_or_edition_says_what_exists():
    with pytest.raises(ValueError, match="editions: 2021, 2022"):
        conference_window(CICC, 2019)
    with pytest.raises(ValueError, match="unknown conference"):
        conference_window("no-such-conference")


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        (1661657400000, date(2022, 8, 28)),  # People's displayTime: epoch ms (2022-08-28 11:30 +08:00)
        ("2022-08-28 10:30:15", date(2022, 8, 28)),  # Xinhua, China News Service, CAC
        ("2022-08-27T23:30:00Z", date(2022, 8, 28)),  # already the 28th in China
        ("Sun, 28 Aug 2022 10:30:00 +0800", date(2022, 8, 28)),  # RSS pubDate
        ("2022年08月28日", date(2022, 8, 28)),
        ("yesterday", None),
        (None, None),
    ],
)
def test_printed_times_are_read_as_days_in_china_time(printed, day):
    assert day_of(printed, CHINA_TIME) == day


def test_a_time_without_offset_is_in_the_sources_zone():
    assert parse_when("2022-08-28 00:30", CHINA_TIME).utcoffset() == timedelta(hours=8)


# -- sources as data ----------------------------------------------------------------------------------


def test_the_built_in_sources_are_valid():
    assert check_sources(load_sources()) == []


def test_a_bad_table_is_refused_with_every_problem_named():
    table = {
        "allowed_domains": ["example.org"],
        "article_patterns": ["(unclosed"],
        "strat_urls": [],
        "searches": [{"url": "https://example.org/s", "format": "inline_js", "fields": {"url": "u"}}],
        "date_archives": [{"url": "https://example.org/today.html"}],
    }
    with pytest.raises(ValueError) as err:
        source_from("mysite", table)
    message = str(err.value)
    for problem in (
        "unknown key 'strat_urls'",
        "not a regular expression",
        "needs the variable",
        "needs the day",
    ):
        assert problem in message


def test_a_placeholder_alone_keeps_its_type_for_json_bodies():
    values = {"keyword": "大会", "page": 2, "start_ms": 1659801600000, "start": datetime(2022, 8, 7)}
    assert fill({"key": "{keyword}", "page": "{page}", "t": "{start_ms}", "ok": True}, values) == {
        "key": "大会",
        "page": 2,
        "t": 1659801600000,
        "ok": True,
    }
    assert fill("from {start:%Y-%m-%d} p{page}", values) == "from 2022-08-07 p2"


@pytest.mark.parametrize(
    ("source", "url", "day"),
    [
        ("chinanews", "https://www.chinanews.com.cn/gn/2022/08-28/9838202.shtml", date(2022, 8, 28)),
        (
            "xinhua",
            "https://www.news.cn/politics/20220828/41bbfed7ba44db36522113f1cda529bf/c.html",
            date(2022, 8, 28),
        ),
        ("xinhua", "https://www.news.cn/20220829/4ffdf61d5323d7c932bb69c9b0da1b02/c.html", date(2022, 8, 29)),
        ("xinhua", "http://www.news.cn/2023-03/02/c_1129409165.htm", date(2023, 3, 2)),
        ("people", "http://politics.people.com.cn/n1/2022/0830/c1001-32515432.html", date(2022, 8, 30)),
        (
            "people",
            "http://paper.people.com.cn/rmrb/html/2022-08/29/nw.D110000renmrb_20220829_2-04.htm",
            date(2022, 8, 29),
        ),
        (
            "chinadaily",
            "https://www.chinadaily.com.cn/a/202208/28/WS630ae5a2a310fd2b29e74d6b.html",
            date(2022, 8, 28),
        ),
        ("cac", "https://www.cac.gov.cn/2022-08/28/c_1663311111111111.htm", date(2022, 8, 28)),
    ],
)
def test_article_urls_are_articles_and_carry_their_day(source, url, day):
    src = source_from(source, load_sources()[source])
    assert any(p.search(url) for p in src.article_res)
    assert url_day(url, src.url_date_res) == day


# -- reading answers ----------------------------------------------------------------------------------


def test_json_results_are_read_by_field_paths():
    search = Search(
        url="u", results="content.results", fields={"url": "url", "date": "pubtime", "title": "title"},
        pages="content.pageCount",
    )  # fmt: skip
    body = {
        "content": {
            "pageCount": 3,
            "results": [
                {"title": "<font color=red>大会</font>开幕", "url": "http://www.news.cn/20220829/ab/c.html",
                 "pubtime": "2022-08-29 17:45:02"},
                {"title": "no url"},
            ],
        }
    }  # fmt: skip
    page = read_results(search, response("https://so.news.cn/getNews", json.dumps(body)))
    assert page.hits == [Hit("http://www.news.cn/20220829/ab/c.html", "2022-08-29 17:45:02", "大会开幕")]
    assert page.page_count == 3


def test_a_results_array_inside_a_script_is_read_with_list_valued_fields():
    search = Search(url="u", format="inline_js", variable="docArr", fields={"url": "url", "date": "pubtime"})
    html = '<html><script>var x = 1;\nvar docArr = [{"url": ["//www.chinanews.com.cn/gn/2022/08-28/1.shtml"], "pubtime": ["2022-08-28 11:05:00"]}];\nvar total = 1;</script></html>'
    page = read_results(search, response("https://sou.chinanews.com.cn/search/news", html))
    assert page.hits == [Hit("https://www.chinanews.com.cn/gn/2022/08-28/1.shtml", "2022-08-28 11:05:00", "")]
    with pytest.raises(ValueError):
        read_results(search, response("https://sou.chinanews.com.cn/search/news", "<html>blocked</html>"))


def test_html_results_are_read_with_selectors():
    search = Search(url="u", format="html", entries="ul.on1 li", date="span.date")
    html = '<ul class="on1"><li><a href="/n1/2022/0828/c1-2.html">大会开幕</a><span class="date">2022-08-28</span></li></ul>'
    page = read_results(search, response("http://search.people.com.cn/s", html))
    assert page.hits == [
        Hit("http://search.people.com.cn/n1/2022/0828/c1-2.html", "2022-08-28", "大会开幕2022-08-28")
    ]


def hits_on(*days: str) -> Page:
    return Page([Hit(f"https://x/{d}", f"{d} 10:00:00") for d in days])


def test_paging_stops_at_the_end_the_endpoint_announces_or_implies():
    window = Window(date(2022, 8, 7), date(2022, 9, 5))
    plain = Search(url="u")
    assert more_pages(plain, 1, hits_on("2022-08-28"), window, CHINA_TIME)
    assert not more_pages(plain, 1, Page([]), window, CHINA_TIME)  # an empty page
    assert not more_pages(plain, 3, Page(hits_on("2022-08-28").hits, page_count=3), window, CHINA_TIME)
    assert not more_pages(Search(url="u", page_size=10), 1, hits_on("2022-08-28"), window, CHINA_TIME)
    assert not more_pages(
        Search(url="u", page_size=1), 2, Page(hits_on("2022-08-28").hits, total=2), window, CHINA_TIME
    )
    assert not more_pages(
        Search(url="u", first_page=0, max_pages=2), 1, hits_on("2022-08-28"), window, CHINA_TIME
    )


def test_a_newest_first_search_without_date_filter_stops_once_a_page_is_older_than_the_window():
    window = Window(date(2022, 8, 7), date(2022, 9, 5))
    newest = Search(url="u", order="newest")
    assert more_pages(newest, 1, hits_on("2022-09-20", "2022-08-28"), window, CHINA_TIME)
    assert more_pages(newest, 2, hits_on("2022-09-20", "2022-09-10"), window, CHINA_TIME)  # newer: go on
    assert not more_pages(newest, 3, hits_on("2021-11-19", "2021-11-16"), window, CHINA_TIME)


def test_feeds_and_sitemaps_give_entries_with_dates_and_titles():
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>http://www.people.cn/sitemap/2022-08.xml</loc><lastmod>2022-08-29T18:05:00+08:00</lastmod></sitemap>
    </sitemapindex>"""
    assert read_feed(index, "http://www.people.cn/sitemap_index.xml").sitemaps == [
        Hit("http://www.people.cn/sitemap/2022-08.xml", "2022-08-29T18:05:00+08:00", "")
    ]
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>http://a/n1/2022/0828/c1-1.html</loc><news:news><news:publication_date>2022-08-28T11:40:00+08:00</news:publication_date><news:title>T &amp; U</news:title></news:news></url>
    </urlset>"""
    assert read_feed(news, "http://a/").hits == [
        Hit("http://a/n1/2022/0828/c1-1.html", "2022-08-28T11:40:00+08:00", "T & U")
    ]
    rss = b"<rss><channel><item><title>A</title><link>https://b/1</link><pubDate>Sun, 28 Aug 2022 10:00:00 +0800</pubDate></item></channel></rss>"
    assert read_feed(rss, "https://b/").hits == [Hit("https://b/1", "Sun, 28 Aug 2022 10:00:00 +0800", "A")]
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B</title><link href="/2"/><updated>2022-08-28</updated></entry></feed>'
    assert read_feed(atom, "https://b/").hits == [Hit("https://b/2", "2022-08-28", "B")]
    assert read_feed(b"not xml at all <<<", "https://b/").hits == []


# -- what to ask for ----------------------------------------------------------------------------------


def plan(source: str, **kwargs) -> Discovery:
    window, edition = conference_window(CICC, 2022)
    return Discovery(source_from(source, load_sources()[source]), CICC, edition, window, **kwargs)


def test_a_backfill_asks_each_day_of_the_window_and_the_searches_but_not_todays_lists():
    fetches = plan("chinanews").first_fetches()
    days = [f for f in fetches if f.kind == "archive"]
    assert len(days) == 30 and days[0].url.endswith("/scroll-news/2022/0905/news.shtml")
    assert not [f for f in fetches if f.kind in ("list", "feed")]  # 2022 is not on today's lists
    (search,) = [f for f in fetches if f.kind == "search"]
    assert (
        search.method == "POST"
        and b"startDate=2022-08-07" in search.body
        and b"endDate=2022-09-05" in search.body
    )


def test_peoples_search_gets_a_json_body_with_numeric_milliseconds():
    (search,) = [f for f in plan("people").first_fetches() if f.kind == "search"]
    body = json.loads(search.body)
    assert body["key"] == "中国网络文明大会" and body["page"] == 1 and body["limit"] == 10
    assert body["startTime"] == int(datetime(2022, 8, 7, tzinfo=CHINA_TIME).timestamp() * 1000)
    assert isinstance(body["endTime"], int) and body["hasTitle"] is True
    assert search.headers["Content-Type"].startswith("application/json")
    assert "%E4%B8%AD" in search.headers["Referer"]  # the keyword URL-encoded in a header


def test_a_date_archive_follows_the_entries_that_name_the_conference():
    discovery = plan("chinanews")
    html = """<div class="content_list"><ul>
      <li><div class="dd_bt"><a href="/gn/2022/08-28/1.shtml">第二届中国网络文明大会在天津开幕</a></div></li>
      <li><div class="dd_bt"><a href="/gn/2022/08-28/2.shtml">台风生成</a></div></li>
      <li><div class="dd_bt"><a href="/gn/2022/06-01/3.shtml">网络文明大会 (an old story)</a></div></li>
    </ul></div>"""
    page = response(
        "https://www.chinanews.com.cn/scroll-news/2022/0828/news.shtml",
        html,
        "archive",
        surface="archive0",
        day="2022-08-28",
    )
    fetches = discovery.read("archive", page)
    assert [(f.kind, f.url.rsplit("/", 1)[1]) for f in fetches] == [
        ("article", "1.shtml"),
        ("skip", "3.shtml"),
    ]


def test_an_early_copy_is_fetched_once_more_after_the_article_settled():
    url = "https://www.chinanews.com.cn/gn/2022/08-28/1.shtml"
    early = ArchiveState({url: ArchivedArticle(datetime(2022, 8, 28, 14, 0, tzinfo=UTC))})
    settles = datetime(2022, 8, 29, 16, 0, tzinfo=UTC)  # end of the 28th in China time, plus 24 hours
    assert early.settled(url, date(2022, 8, 28), CHINA_TIME, now=settles - timedelta(minutes=1))  # wait
    assert not early.settled(url, date(2022, 8, 28), CHINA_TIME, now=settles)  # now: once more
    late = ArchiveState({url: ArchivedArticle(settles)})
    assert late.settled(url, date(2022, 8, 28), CHINA_TIME, now=settles + timedelta(days=400))
    assert early.settled(url, None, CHINA_TIME)  # no date in the URL: archived whole is enough


def test_an_archived_article_is_settled_a_day_after_its_day_and_found_again_for_a_conference():
    fetched_same_day = datetime(2022, 8, 28, 14, 0, tzinfo=UTC)
    fetched_later = datetime(2022, 8, 31, 0, 0, tzinfo=UTC)
    young, old = (
        "https://www.chinanews.com.cn/gn/2022/08-28/1.shtml",
        "https://www.chinanews.com.cn/gn/2022/08-28/2.shtml",
    )
    state = ArchiveState(
        {young: ArchivedArticle(fetched_same_day), old: ArchivedArticle(fetched_later, {"other"})}
    )
    discovery = plan("chinanews", state=state)
    assert discovery.article(young, "via").kind == "article"  # copied the day it came out: fetched again
    found = discovery.article(old, "https://via/")
    assert found.kind == "found" and found.meta["via"] == "https://via/"
    assert discovery.article(old, "via").kind == "skip"  # found once is enough
    assert plan("chinanews", state=state, refetch=True).article(old, "via").kind == "article"


def test_the_newspapers_day_follows_its_other_pages_and_the_titles_naming_the_conference():
    discovery = plan("people")
    base = "http://paper.people.com.cn/rmrb/html/2022-08/29/"
    html = """<div id="pageList"><ul>
        <li><div class="right_title-name"><a id="pageLink" href="nbs.D110000renmrb_01.htm">01版：要闻</a></div></li>
        <li><div class="right_title-name"><a id="pageLink" href="nbs.D110000renmrb_04.htm">04版：要闻</a></div></li>
      </ul></div>
      <div id="titleList"><ul>
        <li><a href="nw.D110000renmrb_20220829_1-04.htm">第二届中国网络文明大会闭幕</a></li>
        <li><a href="nw.D110000renmrb_20220829_2-04.htm">秋粮长势良好</a></li>
      </ul></div>"""
    first = discovery.first_fetches()
    assert base + "nbs.D110000renmrb_01.htm" in {f.url for f in first}
    page = response(base + "nbs.D110000renmrb_01.htm", html, "archive", surface="archive0", day="2022-08-29")
    fetches = discovery.read("archive", page)
    assert [(f.kind, f.url.rsplit("/", 1)[1]) for f in fetches] == [
        ("article", "nw.D110000renmrb_20220829_1-04.htm"),
        ("archive", "nbs.D110000renmrb_04.htm"),  # page 01 itself was asked for already
    ]
    assert fetches[1].meta == {"surface": "archive0", "day": "2022-08-29"}


def test_a_list_page_follows_its_next_link_when_the_source_names_it():
    discovery = Discovery(source_from("chinadaily", load_sources()["chinadaily"]))
    html = """<div id="lft-art"><div class="mb10 tw3_01_2"><span class="tw3_01_2_t"><h4>
      <a href="//www.chinadaily.com.cn/a/202611/19/WS6a3f0c2aa31000000000abcd.html">Forum opens</a></h4></span></div>
      <div class="next"><a href="//www.chinadaily.com.cn/china/governmentandpolicy/page_2.html">Next</a></div></div>"""
    page = response("https://www.chinadaily.com.cn/china/governmentandpolicy", html, "list")
    assert [(f.kind, f.url) for f in discovery.read("list", page)] == [
        ("article", "https://www.chinadaily.com.cn/a/202611/19/WS6a3f0c2aa31000000000abcd.html"),
        ("list", "https://www.chinadaily.com.cn/china/governmentandpolicy/page_2.html"),
    ]

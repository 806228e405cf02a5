"""parse_dateline: Chinese and English datelines, reporters, the year from the reference date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.text.datelines import fold_width, lead_dateline, parse_dateline, resolve_year

REF = date(2021, 11, 16)


@pytest.mark.parametrize(
    ("text", "place", "when", "agency", "reporters"),
    [
        ("新华社天津8月30日电", "天津", date(2021, 8, 30), "新华社", []),
        ("新华社杭州11月18日电（记者 陈晓燕）正文", "杭州", date(2021, 11, 18), "新华社", ["陈晓燕"]),
        ("中新网北京11月16日电(记者 刘育英)", "北京", REF, "中新网", ["刘育英"]),
        ("中新社北京11月16日电 (记者 刘育英 张三)", "北京", REF, "中新社", ["刘育英", "张三"]),
        ("中新网北京11月16日电（记者刘育英、张三）", "北京", REF, "中新网", ["刘育英", "张三"]),
        ("人民网北京3月5日电（记者王五）", "北京", date(2021, 3, 5), "人民网", ["王五"]),
        ("中新社北京1月12日电 (张晓宁) 中国外交部", "北京", date(2021, 1, 12), "中新社", ["张晓宁"]),
        (
            "中广网武汉1月17日消息（记者蒋琦 通讯员夏洪波）从18日起",
            "武汉",
            date(2021, 1, 17),
            "中广网",
            ["蒋琦"],
        ),
        ("新华网南京１月１７日专电（新华社记者朱旭东）", "南京", date(2021, 1, 17), "新华网", ["朱旭东"]),
        ("新華網海口１月１２日電（記者傅勇濤）海南", "海口", date(2021, 1, 12), "新華網", ["傅勇濤"]),
        (
            "新华网长春１２月９日电（记者张建\u3000周长庆）",
            "长春",
            date(2021, 12, 9),
            "新华网",
            ["张建", "周长庆"],
        ),
        ("中国网1月17日讯（王文举） 一个", None, date(2021, 1, 17), "中国网", ["王文举"]),
        ("新华社北京2021年3月5日电", "北京", date(2021, 3, 5), "新华社", []),
        # CNA: the whole dateline in a bracket, the day alone (this month, or the last when it lies ahead)
        ("（中央社記者黃雅詩台北16日電）交通部今天公布", "台北", REF, "中央社", ["黃雅詩"]),
        ("（中央社台北15日電）行政院", "台北", date(2021, 11, 15), "中央社", []),
        (
            "（中央社記者黃雅詩、林克倫東京30日電）",
            "東京",
            date(2021, 10, 30),
            "中央社",
            ["黃雅詩", "林克倫"],
        ),
        ("(中央社記者張明紐約11月14日電)", "紐約", date(2021, 11, 14), "中央社", ["張明"]),
    ],
)
def test_chinese_datelines(text, place, when, agency, reporters):
    d = parse_dateline(text, REF)
    assert d is not None
    assert (d.place, d.date, d.agency, d.reporters) == (place, when, agency, reporters)
    assert d.month == when.month and d.day == when.day
    assert text[: d.end].endswith(("电", "電", ")", "）", "讯", "消息"))


@pytest.mark.parametrize(
    ("text", "place", "when", "agency", "reporters"),
    [
        ("Xinhua News Agency, Tianjin, August 30th.", "Tianjin", date(2021, 8, 30), "Xinhua", []),
        (
            "China News Service, Beijing, November 16 (Reporter Liu Yuying) Sheng",
            "Beijing",
            REF,
            "China News Service",
            ["Liu Yuying"],
        ),
        ("HANGZHOU, Nov. 19 (Xinhua) -- The forum", "Hangzhou", date(2021, 11, 19), "Xinhua", []),
        ("BEIJING, March 5 (Reuters) - China", "Beijing", date(2021, 3, 5), "Reuters", []),
        ("LONDON, Jan 12 (Reuters) - x", "London", date(2021, 1, 12), "Reuters", []),
        ("WASHINGTON, Dec. 14, 2011 (Xinhua) -- U.S.", "Washington", date(2011, 12, 14), "Xinhua", []),
        (
            "HONG KONG/GUANGZHOU, Jan. 15 (Xinhua) -- It",
            "Hong Kong/Guangzhou",
            date(2021, 1, 15),
            "Xinhua",
            [],
        ),
        ("VANCOUVER, British Columbia, Jan. 11 (UPI) -- An", "Vancouver", date(2021, 1, 11), "UPI", []),
    ],
)
def test_english_datelines(text, place, when, agency, reporters):
    d = parse_dateline(text, REF)
    assert d is not None
    assert (d.place, d.date, d.agency, d.reporters) == (place, when, agency, reporters)


def test_end_offset_points_after_the_dateline():
    text = "新华社杭州11月18日电（记者 陈晓燕）记者18日获悉"
    d = parse_dateline(text, REF)
    assert d is not None and text[d.end :] == "记者18日获悉"
    text = "HANGZHOU, Nov. 19 (Xinhua) -- The forum opened."
    d = parse_dateline(text, REF)
    assert d is not None and text[d.end :].strip() == "The forum opened."


def test_bylines_give_reporters_without_a_date():
    d = parse_dateline("By Liu Yuying and Zhang San, Xinhua News Agency reporters", REF)
    assert d is not None and d.reporters == ["Liu Yuying", "Zhang San"] and d.agency == "Xinhua"
    assert d.date is None and d.place is None
    d = parse_dateline(
        "By Li Si, Xinhua News Agency reporter\nBEIJING, Dec. 31 (Xinhua) -- Text", date(2022, 1, 1)
    )
    assert d is not None and d.reporters == ["Li Si"] and d.date == date(2021, 12, 31)


def test_undated_datelines():
    d = parse_dateline("MEXICO CITY (AP) — Mexico's economy", REF)
    assert d is not None and d.place == "Mexico City" and d.agency == "AP" and d.date is None
    d = parse_dateline("楚天都市报讯 （记者嚴瓏 通訊員黃冬香 涂曉晨）7天", REF)
    assert d is not None and d.reporters == ["嚴瓏"] and d.date is None


def test_year_from_reference():
    # A December dateline in a January story belongs to the previous year ...
    assert parse_dateline("新华社北京12月31日电", date(2025, 1, 2)).date == date(2024, 12, 31)
    # ... a January dateline in a story stamped December 31 (another time zone) to the next one.
    assert resolve_year(1, 1, date(2024, 12, 31)) == date(2025, 1, 1)
    # A month one ahead of the reference stays in the same year.
    assert resolve_year(12, 1, date(2024, 11, 30)) == date(2024, 12, 1)
    assert parse_dateline("新华社天津8月30日电", None).date is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The first conference was held.",
        "2月30日",
        "记者刘育英、张三",
        "（记者 王明 摄）",
        "Xinhua News Agency reporter",
        "By the way, it was fine",
        "asdf ￥%……&*（ 12.5%",
    ],
)
def test_not_a_dateline(text):
    assert parse_dateline(text, REF) is None


def test_impossible_date_is_not_invented():
    d = parse_dateline("新华社北京2月30日电", REF)
    assert d is not None and d.date is None and d.month == 2 and d.day == 30


def test_fold_width_keeps_length():
    text = "新华网北京１月１７日电（记者吴俊宽）\u3000x"
    assert len(fold_width(text)) == len(text)
    assert fold_width("１７（）") == "17()"


# lead_dateline: the extractor's reader of a story's first paragraph (parse_dateline, else looser forms)


def test_lead_dateline_is_parse_dateline_where_that_finds_one() -> None:
    text = "新华社北京12月31日电 会议在京召开。"
    assert lead_dateline(text, date(2012, 1, 2)) == parse_dateline(text, date(2012, 1, 2))


@pytest.mark.parametrize(
    ("text", "reference", "place", "when", "agency", "reporters", "matched"),
    [
        (
            "北京1月15日电 会议在京召开。",
            date(2012, 1, 20),
            "北京",
            date(2012, 1, 15),
            None,
            [],
            "北京1月15日电",
        ),
        (
            "北京12月31日电（记者 张三 李四）会议",
            date(2012, 1, 2),
            "北京",
            date(2011, 12, 31),
            None,
            ["张三", "李四"],
            "北京12月31日电(记者 张三 李四)",
        ),
        (
            "TOKYO, sept. 3 the talks went on",
            date(2020, 9, 10),
            "Tokyo",
            date(2020, 9, 3),
            None,
            [],
            "TOKYO, sept. 3",
        ),
        ("北京3月4日电 会议", None, "北京", None, None, [], "北京3月4日电"),
    ],
)
def test_lead_dateline_loose_forms(
    text: str,
    reference: date | None,
    place: str,
    when: date | None,
    agency: str | None,
    reporters: list[str],
    matched: str,
) -> None:
    assert parse_dateline(text, reference) is None
    dl = lead_dateline(text, reference)
    assert dl is not None
    assert (dl.place, dl.date, dl.agency, dl.reporters, dl.text) == (place, when, agency, reporters, matched)


def test_lead_dateline_reads_a_long_s_month() -> None:
    # a long ſ (old pages) matches the case-insensitive month pattern; the month table is looked up casefolded
    dateline = lead_dateline("NANJING, Auguſt 5 (Xinhua) -- x", None)
    assert dateline is not None and (dateline.place, dateline.month, dateline.day) == ("Nanjing", 8, 5)


def test_a_long_s_in_an_old_page_s_month_is_read_as_s():
    dateline = parse_dateline("NANJING, Auguſt 5 (Xinhua) -- The city opened")
    assert dateline is not None and dateline.month == 8 and dateline.day == 5


def test_an_outlet_app_before_the_place_is_skipped() -> None:
    d = parse_dateline("中新网客户端北京3月14日电（记者 刘育英）今天", date(2024, 3, 14))
    assert d is not None and (d.agency, d.place, d.reporters) == ("中新网", "北京", ["刘育英"])


@pytest.mark.parametrize(
    ("text", "place", "when"),
    [
        ("LONDON 1996-08-30", "London", date(1996, 8, 30)),
        ("MILWAUKEE , Wisconsin 1996-08-29", "Milwaukee", date(1996, 8, 29)),
        ("RIO DE JANEIRO 1996-08-22", "Rio De Janeiro", date(1996, 8, 22)),
    ],
)
def test_a_reuters_dateline_with_an_iso_date(text: str, place: str, when: date) -> None:
    # RCV1 (and CoNLL-2003) print the dateline as its own paragraph: the place in capitals, an ISO date
    dl = parse_dateline(text, date(1996, 9, 1))
    assert dl is not None and (dl.place, dl.date, dl.end) == (place, when, len(text))


@pytest.mark.parametrize(
    "text", ["1996-08-30", "The result 1996-08-30", "LONDON 1996-02-30", "LONDON 1996-08-30 rain"]
)
def test_an_iso_date_alone_or_in_a_sentence_is_no_dateline(text: str) -> None:
    assert parse_dateline(text, date(1996, 9, 1)) is None


def test_a_news_brief_headline_before_the_dateline_is_skipped() -> None:
    # People's Daily briefs: ●headline, dateline and text in one paragraph
    text = "●温家宝会见芬兰农林部长据新华社北京6月10日电国务院副总理温家宝今天在京会见了来访的芬兰农林部长。"
    dl = parse_dateline(text, date(1998, 6, 12))
    assert dl is not None
    assert (dl.text, dl.place, dl.agency, dl.date) == (
        "新华社北京6月10日电",
        "北京",
        "新华社",
        date(1998, 6, 10),
    )
    assert text[: dl.end].endswith("6月10日电")
    assert parse_dateline("●好消息：今天新华社记者到了", date(1998, 6, 12)) is None


def test_a_news_brief_headline_without_a_bullet_needs_ju_before_the_dateline() -> None:
    # People's Daily briefs also print the headline bare: 据 ("according to") then a dated dateline ends it
    text = "陈慕华会见吉布提客人据新华社北京5月18日电全国妇联主席陈慕华今天在京会见了吉布提妇女代表团。"
    dl = parse_dateline(text, date(1998, 5, 20))
    assert dl is not None
    assert (dl.text, dl.place, dl.date) == ("新华社北京5月18日电", "北京", date(1998, 5, 18))
    assert text[: dl.end].endswith("5月18日电")
    for text in (
        "陈慕华会见吉布提客人新华社北京5月18日电全国妇联主席",
        "有关人士说，据新华社北京5月18日电，会谈顺利",
    ):
        assert parse_dateline(text, date(1998, 5, 20)) is None

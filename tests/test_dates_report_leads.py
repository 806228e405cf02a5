"""The general causes of the fifteenth and sixteenth natural samples (enleads5, zhleads6; dev since their first run):
report leads the dateline forms did not reach (新浪科技讯 5月28日上午消息, 经济日报-中国经济网北京4月17日讯, 2019年6月26日讯，),
whose date, read as an event of the same day, hid 今天; the dateline's year read as a year the lead's sentence names
before 年底; 今年 5 月 and 今年的1月20号; a counted weekday (1月的第三个星期一); "the day before" ending a clause; "for
February"; weekday names after the weekday ("Saturday Night Live"); a month adjective's text ("the December meeting").
Every sentence here is invented; values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.text.report_leads_zh import report_lead_dateline_zh

THURSDAY = "2024-03-14"


def _found(
    paragraphs: list[str], published: str = THURSDAY, lang: str = "zh"
) -> list[tuple[str, str | None]]:
    """(text, value) of each date read, other than the publication day and the dateline."""
    record = find_dates(Article(paragraphs=paragraphs, published=published, lang=lang))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind not in ("published", "dateline")]


def _dateline(paragraphs: list[str], published: str = THURSDAY) -> str | None:
    record = find_dates(Article(paragraphs=paragraphs, published=published, lang="zh"))
    return next((d.value for d in record.dates if d.kind == "dateline"), None)


@pytest.mark.parametrize(
    "lead",
    [
        "新浪科技讯 3月14日上午消息，某公司今日宣布推出新款手机。",
        "新浪财经讯 3月14日下午消息，央行今日开展逆回购操作。",
        "新浪手机讯 3月14日午间消息，今日多地用户反映手机自动关机。",
        "3月14日上午消息，某搜索公司今日宣布拟收购一家游戏公司。",
        "3月14日晚间消息，交易所今日发布公告。",
        "北京时间3月14日早间消息，某电动车公司今日公布交付数据。",
        "经济日报-中国经济网北京3月14日讯 国家统计局新闻发言人今天在发布会上表示，经济稳中向好。",
        "法制日报-法制网北京3月14日讯 最高法今日发布典型案例。",
        "21CN娱乐3月14日讯 电影《某某》今天发布了一支预告片。",
        "2024年3月14日讯，某通信公司轮值董事长今日在上海表示，将加快建设基站。",
        "雷帝网 乐天 3月14日报道 今日，某汽车公司发布声明。",
        "36Kr 3月14日消息，某平台今日宣布完成新一轮融资。",
    ],
)
def test_a_report_lead_is_the_dateline_and_keeps_today(lead: str) -> None:
    assert _dateline([lead]) == THURSDAY
    assert [value for text, value in _found([lead]) if text in ("今天", "今日")] == [THURSDAY]


@pytest.mark.parametrize(
    "lead",
    [
        "据韩联社3月12日报道，某公司今日宣布裁员。",
        "据外媒3月12日消息，某球星今天与球队续约。",
        "某某讯 据英国媒体3月12日报道，今天多地出现降雪。",
    ],
)
def test_an_attribution_is_no_report_lead(lead: str) -> None:
    # 据…报道 gives the source's date, not the story's
    assert report_lead_dateline_zh(lead, None) is None


@pytest.mark.parametrize(
    ("lead", "word"),
    [
        ("2024年3月14日讯，某公司已在全球发货15万台设备，年底达到50万台。", "年底"),
        ("2024年3月14日讯，该项目进展顺利，预计年底完工。", "年底"),
        ("2024年3月14日讯，这条线路有望年底通车。", "年底"),
        ("2024年3月14日讯，该厂年初投产，产量稳步上升。", "年初"),
        ("2024年3月14日讯，新馆计划年末开放。", "年末"),
        ("新华社北京2024年3月14日电 记者从有关部门获悉，这项工程年底前完成。", "年底"),
        ("本报北京2024年3月14日电 该市年初启动的改造工程进展顺利。", "年初"),
        ("中新网2024年3月14日电 这座大桥预计年底合龙。", "年底"),
        ("人民网北京2024年3月14日电 该园区年底前建成投用。", "年底"),
        ("2024年3月14日消息，某公司称年底前完成重组。", "年底"),
    ],
)
def test_the_datelines_year_names_no_year_before_the_year_end(lead: str, word: str) -> None:
    assert (word, "2024") in _found([lead])


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("在今年 5 月达成的协议中，双方同意加薪。", "今年 5 月", "2024-05"),
        ("去年 3 月，该公司发布了新品。", "去年 3 月", "2023-03"),
        ("明年 2 月份起，新规将正式实施。", "明年 2 月份", "2025-02"),
        ("2023 年 5 月，他加入了这家公司。", "2023 年 5 月", "2023-05"),
        ("2025 年 3 月 5 日，新馆将开放。", "2025 年 3 月 5 日", "2025-03-05"),
        ("今年 10 月 1 日起执行新标准。", "今年 10 月 1 日", "2024-10-01"),
        ("今年的1月20号将被大家注意。", "今年的1月20号", "2024-01-20"),
        ("去年的3月5日，工厂停产。", "去年的3月5日", "2023-03-05"),
        ("明年的6月，新线将通车。", "明年的6月", "2025-06"),
        ("今年的 5 月，天气格外炎热。", "今年的 5 月", "2024-05"),
        ("去年的 12 月 8 日，他回到家乡。", "去年的 12 月 8 日", "2023-12-08"),
    ],
)
def test_a_relative_year_before_a_month_set_apart_by_a_space_or_de(
    text: str, written: str, value: str
) -> None:
    assert _found([text]) == [(written, value)]


@pytest.mark.parametrize(
    "text",
    [
        "1月的第三个星期一几乎成为了节日。",
        "每月最后一个周五是公司的开放日。",
        "感恩节是11月的第四个星期四。",
        "母亲节在5月的第二个星期日。",
        "每年6月的第三个礼拜天是父亲节。",
        "每个星期三下午都有例会。",
        "每个周末和每个周五他都去健身。",
        "活动定在每季度第一个周六举行。",
        "每月第一个礼拜一举行升旗仪式。",
        "他说那是他度过的最后一个星期五。",
    ],
)
def test_a_counted_weekday_is_no_date(text: str) -> None:
    assert not [found for found in _found([text], "2024-01-10") if "星期" in found[0] or "周" in found[0]]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("下个星期一将召开会议。", "下个星期一", "2024-03-18"),
        ("这个星期五学校放假。", "这个星期五", "2024-03-15"),
        ("上个周五他已离开北京。", "上个周五", "2024-03-08"),
        ("整个周六都在下雨。", "周六", "2024-03-16"),
    ],
)
def test_a_weekday_after_a_week_prefix_and_ge_is_still_read(text: str, written: str, value: str) -> None:
    assert (written, value) in _found([text])


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Kim appeared in public on Tuesday, a launch having taken place the day before.",
            "the day before",
            "2024-03-11",
        ),
        ("The plant shut on March 3 and reopened the day after.", "the day after", "2024-03-04"),
        (
            "Rescuers reached the village on Sunday, the storm having hit the day before.",
            "the day before",
            "2024-03-09",
        ),
        ("He was arrested on March 1; his brother had fled the day before.", "the day before", "2024-02-29"),
        (
            "The deal was signed on Feb. 20 and announced the day after, officials said.",
            "the day after",
            "2024-02-21",
        ),
        (
            "The talks collapsed on March 8, a week after a ceasefire ended the week before.",
            "the week before",
            "2024-03-01",
        ),
        ("Prices rose in January after falling the month before.", "the month before", "2023-12"),
        ("Sales hit a record in March 2023, up from the year before.", "the year before", "2022"),
        (
            "The ship sank on March 5 and was found the day after: no one survived.",
            "the day after",
            "2024-03-06",
        ),
        (
            "The vote was held on March 10, the results came the day after and the protests began.",
            "the day after",
            "2024-03-11",
        ),
    ],
)
def test_the_day_before_ending_a_clause_counts_from_the_date_before_it(
    text: str, written: str, value: str
) -> None:
    assert (written, value) in _found([text], lang="en")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("He was detained on March 3 and charged the following month.", "the following month", "2024-04"),
        ("Exports fell in February 2024 after rising the previous month.", "the previous month", "2024-01"),
        ("The talks began on March 4 and resumed the following week.", "the following week", "2024-03-11"),
        ("Profits hit a record in March 2023, double the previous year.", "the previous year", "2022"),
    ],
)
def test_the_following_week_month_or_year_counts_from_the_date_before_it(
    text: str, written: str, value: str
) -> None:
    assert (written, value) in _found([text], published="2024-06-14", lang="en")


def test_the_previous_week_with_no_date_before_it_is_dropped() -> None:
    # as "the previous day" is (docs/dates.md): the text names no day to count from
    assert not [
        f for f in _found(["Talks had stalled the previous week, officials said."], lang="en") if f[0]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the day before the vote, he spoke to reporters.",
        "The day before yesterday the bridge was closed.",
        "The day after tomorrow the talks resume.",
        "He left the day before the election.",
    ],
)
def test_the_day_before_a_noun_or_a_relative_day_is_no_anaphora(text: str) -> None:
    assert not [
        found
        for found in _found([text], lang="en")
        if found[0].lower() in ("the day before", "the day after")
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Amazon deforestation hits record high for February", "for February", "2024-02"),
        ("Retail sales for January rose 2%, the bureau said.", "for January", "2024-01"),
        ("The index for February came in below forecasts.", "for February", "2024-02"),
        ("Exports for December fell sharply, data showed.", "for December", "2023-12"),
        ("The jobs report for March is due next month.", "for March", "2024-03"),
        ("The central bank cut its forecast for April.", "for April", "2024-04"),
        ("Inflation for November was revised up.", "for November", "2023-11"),
        ("The meeting is scheduled for June.", "for June", "2024-06"),
        ("The ministry released its figures for October.", "for October", "2023-10"),
        ("Output for January hit a two-year high.", "for January", "2024-01"),
    ],
)
def test_a_month_after_for_is_a_month(text: str, written: str, value: str) -> None:
    assert (written, value) in _found([text], lang="en")


def test_may_after_for_is_a_name() -> None:
    assert _found(["Pressure for May to resign grew inside her party."], lang="en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Her prediction: the latest Saturday Night Live will be powered by quarantine humor.",
        "He watched Monday Night Football with friends.",
        "The Thursday Night Football broadcast drew a record audience.",
        "He told the Sunday Times that he would run.",
        "The Sunday Telegraph reported the story first.",
        "The Sunday Mirror published the photos.",
        "Friday Night Lights was filmed in Texas.",
        "She hosted Saturday Night Live twice.",
        "The Sunday Express ran the interview.",
        "A columnist for the Sunday Independent wrote about it.",
    ],
)
def test_a_weekday_before_a_name_word_is_a_name(text: str) -> None:
    assert _found([text], lang="en") == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The bank held its rate at the December meeting.", "December", "2023-12"),
        ("Minutes of the February meeting showed caution.", "February", "2024-02"),
        ("His September arrest drew protests.", "September", "2023-09"),
        ("Apple's September event drew crowds.", "September", "2023-09"),
        ("A January discount lifted sales.", "January", "2024-01"),
        ("The October letter was leaked.", "October", "2023-10"),
        ("Their November report was delayed.", "November", "2023-11"),
        ("The ministry's February figures were revised.", "February", "2024-02"),
        ("Its March survey showed a rise.", "March", "2024-03"),
        ("Last December's storm cut power.", "Last December", "2023-12"),
    ],
)
def test_a_month_adjective_is_written_from_the_month(text: str, written: str, value: str) -> None:
    assert (written, value) in _found([text], lang="en")

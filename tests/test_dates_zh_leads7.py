"""The general causes of the eighteenth natural sample (zhleads7; dev since its first run): a report lead with a credit
in brackets between the outlet and the date (腾讯科技讯（相欣）3月27日消息) or an outlet's 讯 right before the date and a
comma (腾讯财经讯 9月2日，), whose date, read as an event of the same day, hid 今天/今日; and digits set apart from their
unit by a space as modern copy sets them (5 年前, 本月 11 日, 19 日至 21 日, 预计 5 月). Every sentence here is invented;
values by docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates

THURSDAY = "2024-03-14"


def _record(paragraph: str, published: str = THURSDAY) -> list[tuple[str, str | None, str | None, str]]:
    record = find_dates(Article(paragraphs=[paragraph], published=published, lang="zh"))
    assert record.error is None
    return [(d.text, d.value, d.end, d.kind) for d in record.dates if d.kind != "published"]


def _found(paragraph: str, published: str = THURSDAY) -> list[tuple[str, str | None, str | None]]:
    """(text, value, end) of each date read, other than the publication day and the dateline."""
    return [
        (text, value, end) for text, value, end, kind in _record(paragraph, published) if kind != "dateline"
    ]


def _dateline(paragraph: str) -> str | None:
    return next((value for _, value, _, kind in _record(paragraph) if kind == "dateline"), None)


@pytest.mark.parametrize(
    "lead",
    [
        "腾讯科技讯（相欣）3月14日消息，今天某应用商店正式发布了应用内搜索协议。",
        "腾讯科技讯（王某）3月14日上午消息，某公司今日宣布完成融资。",
        "新浪体育讯（记者 张某）3月14日消息，某球队今天宣布主帅下课。",
        "凤凰科技讯(李某) 3月14日消息，某手机厂商今日发布新机。",
        "网易科技讯（编辑 赵某）3 月 14 日消息，某芯片公司今天公布财报。",
        "中新网客户端（姚某）3月14日电，今日多地迎来降温。",
        "某某财经讯（实习生 陈某）3月14日讯，今日A股三大指数集体高开。",
        "新浪汽车讯（刘某）3月14日报道，某车企今天公布了交付数据。",
        "搜狐科技讯（周某）3月14日晚间消息，某平台今日宣布调整佣金。",
        "某某网讯（文/孙某）3月14日消息，今日某市召开新闻发布会。",
    ],
)
def test_a_credit_between_the_outlet_and_the_dated_report_word_keeps_the_dateline(lead: str) -> None:
    assert _dateline(lead) == THURSDAY
    assert [value for text, value, _ in _found(lead) if text in ("今天", "今日")] == [THURSDAY]


@pytest.mark.parametrize(
    "lead",
    [
        "腾讯财经讯 3月14日，某排行榜今日在西安揭晓。",
        "新浪财经讯 3月14日，央行今天开展了逆回购操作。",
        "某某科技讯3月14日，某公司今日宣布裁员。",
        "中国证券网讯 3 月 14 日，沪深两市今日低开。",
        "本报讯 3月14日，市委今天召开全会。",
        "某某体育讯 3月14日, 某球星今天宣布退役。",
        "某某汽车讯 2024年3月14日，某车企今日发布新车。",
        "某某手机讯3月14日 ，某厂商今天公布销量。",
        "某某娱乐訊 3月14日，某電影今日上映。",
        "某某网讯 3月14日，今日全市迎来降雨。",
    ],
)
def test_an_outlets_xun_before_the_date_and_a_comma_is_the_dateline(lead: str) -> None:
    assert _dateline(lead) == THURSDAY
    assert [value for text, value, _ in _found(lead) if text in ("今天", "今日")] == [THURSDAY]


def test_a_xun_lead_dated_the_day_before_publication_is_still_the_dateline() -> None:
    record = find_dates(
        Article(paragraphs=["某某网讯 3月13日，市委今天召开全会。"], published=THURSDAY, lang="zh")
    )
    assert [(d.kind, d.value) for d in record.dates if d.text == "今天"] == [("event", "2024-03-13")]


def test_a_xun_lead_days_before_publication_is_an_event() -> None:
    """福州新聞網訊 1月9日，本報報道了…, published three days later: the date is an earlier event, not the dateline."""
    found = _found("某某网讯 3月11日，本报报道了某医院的广告一事。昨日，院方承认欠妥。")
    assert ("3月11日", "2024-03-11", None) in found
    assert ("昨日", "2024-03-13", None) in found
    assert _dateline("某某网讯 3月11日，本报报道了某医院的广告一事。") is None


@pytest.mark.parametrize(
    "lead",
    [
        "中证网讯（记者 王某）14日，某公司今日发布公告。",  # no month: a reporter's event, no dateline
        "北京商报讯（记者 王某）3月14日，某公司今日发布公告。",  # a credit and no word of report: an event
        "据新浪财经讯 3月12日，今日A股高开。",  # 据: the source's date
        "某某讯 3月12日发布的报告显示，今天A股高开。",  # no comma after the date: an event of the sentence
    ],
)
def test_no_dateline_without_a_report_word_or_after_ju(lead: str) -> None:
    assert _dateline(lead) is None


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("称最近有黑客利用 5 年前公布的漏洞发动攻击。", "5 年前", "2019"),
        ("该公司 3 天前发布了新款手机。", "3 天前", "2024-03-11"),
        ("这款产品 2 周前在国内上市。", "2 周前", "2024-02-29"),
        ("他 10 个月前从公司离职。", "10 个月前", "2023-05"),
        ("新机预计将于 10 天后正式开售。", "10 天后", "2024-03-24"),
        ("该项目 1.5 年前启动。", "1.5 年前", "2022-09"),
        ("服务器 48 小时前已经恢复。", "48 小时前", "2024-03-12"),
        ("公司 20 年前在深圳成立。", "20 年前", "2004"),
        ("这一漏洞 100 天前已被修复。", "100 天前", "2023-12-05"),
        ("双方 3 个月前签署了协议。", "3 个月前", "2023-12"),
        ("该应用 半年前下架，7 天前重新上架。", "7 天前", "2024-03-07"),
    ],
)
def test_a_count_set_apart_from_its_unit_by_a_space_is_a_duration(
    sentence: str, text: str, value: str
) -> None:
    assert (text, value, None) in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "该公司 2010 年前后进入中国市场。",  # a four-digit year: 2010年前 is "before 2010"
        "这是该系列的第 5 天后续报道。",  # 第: an ordinal
        "服务器 3 小时前恢复。",  # hours: a time of day
        "共 5 天前往三座城市。",  # 前往: "go to"
    ],
)
def test_spaced_counts_that_are_no_duration(sentence: str) -> None:
    assert not [f for f in _found(sentence) if "前" in f[0] or "后" in f[0]]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "end"),
    [
        ("该公司本月 11 日发布了财报。", "本月 11 日", "2024-03-11", None),
        ("双方上月 28 日签署协议。", "上月 28 日", "2024-02-28", None),
        ("新品将于下月 2 日上市。", "下月 2 日", "2024-04-02", None),
        ("展会于上月 26 日至 28 日举行。", "上月 26 日至 28 日", "2024-02-26", "2024-02-28"),
        ("大会将于 3 月 19 日至 21 日举行。", "3 月 19 日至 21 日", "2024-03-19", "2024-03-21"),
        ("大会将于 19 日至 21 日举行。", "19 日至 21 日", "2024-03-19", "2024-03-21"),
        (
            "活动于 2024 年 3 月 30 日至 4 月 2 日举行。",
            "2024 年 3 月 30 日至 4 月 2 日",
            "2024-03-30",
            "2024-04-02",
        ),
        ("本月 2 日至 12 日，全市开展检查。", "本月 2 日至 12 日", "2024-03-02", "2024-03-12"),
        ("该机型预计 5 月发布。", "5 月", "2024-05", None),
        ("新政从 4 月份开始实施。", "4 月份", "2024-04", None),
        ("报名于 3 月 10 日 - 12 日进行。", "3 月 10 日 - 12 日", "2024-03-10", "2024-03-12"),
    ],
)
def test_days_and_months_set_apart_by_spaces(sentence: str, text: str, value: str, end: str | None) -> None:
    assert (text, value, end) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("该品牌10年前进入中国市场。", "10年前", "2014"),
        ("该品牌 10 年前进入中国市场。", "10 年前", "2014"),
        ("这家公司三年前进入欧洲。", "三年前", "2021"),
        ("双方5天前进行了首轮谈判。", "5天前", "2024-03-09"),
        ("警方两天前進行了搜查。", "两天前", "2024-03-12"),
        ("他两年前来到这座城市。", "两年前", "2022"),
        ("她3个月前來到公司。", "3个月前", "2023-12"),
        ("公司将在 7 天后进行复查。", "7 天后", "2024-03-21"),
        ("新线路预计将于30天后进入试运行。", "30天后", "2024-04-13"),
        ("代表团一周前进入该国。", "一周前", "2024-03-07"),
    ],
)
def test_a_count_before_a_verb_of_entering_or_doing_stays_a_date(
    sentence: str, text: str, value: str
) -> None:
    assert (text, value, None) in _found(sentence)


@pytest.mark.parametrize(
    "sentence", ["队伍三天前往灾区。", "十年前进，十年后退。", "他专程三天前来。", "三年后期工程启动。"]
)
def test_other_verbs_after_the_direction_stay_no_date(sentence: str) -> None:
    assert not [f for f in _found(sentence) if f[1] is not None and ("前" in f[0] or "后" in f[0])]

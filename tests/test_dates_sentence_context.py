"""Causes left on the natural samples (issue 10), read from the sentence around a date (docs/dates.md): 上年 is the
year before the one its sentence names (statistics), a month without a year told in the past is the one before the
reference (not the next), and 次日 right after an event word counts from that event (no mention). Every sentence
here is invented; the values follow the policy of docs/dates.md."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.dates import find_dates
from pipeline.stages.dates.zh_context import after_an_event, told_in_past, year_named_before
from pipeline.text.datelines import headline_lead_dateline_zh


def _mentions(text: str, lang: str, published: str | None) -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=published, lang=lang))
    assert record.error is None
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


# ------------------------------------------------------------------------------- 上年: the year before the sentence's


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("2023年全省粮食产量比上年增长2.1%。", ("上年", "2022")),
        ("1997年农民人均纯收入比上年增加252元。", ("上年", "1996")),
        ("去年全市招待费比上年下降21%。", ("上年", "2022")),  # the year before last year
        ("今年1至2月，出口额比上年同期增长8%。", ("上年", "2023")),
        ("前两个月销售额比上年同期增长12%。", ("上年", "2023")),  # no year named: before the reference's
        ("日本破产企业数量已连续16个月超过上年同期水平。", ("上年", "2023")),
        ("2022年该市税收比上年度增长33%。", ("上年度", "2021")),
        ("二〇二二年全县工业产值比上年提高了十个百分点。", ("上年", "2021")),
        ("据统计，2020年全国城市供水总量比上年增加10亿立方米。", ("上年", "2019")),
        ("本年度提留统筹费不得超过上年农民人均纯收入的5%。", ("上年", "2023")),
        ("明年预算将比上年增加5%。", ("上年", "2024")),  # the year before next year
        ("截至2023年底，全市人口比上年末增加3万人。", ("上年末", "2022")),
        ("全年完成的税收任务比上年增长33.54%。", ("上年", "2023")),
        ("2023年1月至10月，全省进出口总额比上年同期增长4.2%。", ("上年", "2022")),
        ("该公司2022年的营收较上一年增长了一倍。", ("上一年", "2021")),
        ("1998年第一季度，全国财政收入比上年同期增长15%。", ("上年", "1997")),
        ("前年该县粮食产量比上年减少一成。", ("上年", "2021")),
        ("今年全省计划造林面积较上年有所增加。", ("上年", "2023")),
    ],
)
def test_previous_year_is_the_year_before_the_one_its_sentence_names(text, mention):
    assert mention in _mentions(text, "zh", "2024-03-14")


@pytest.mark.parametrize(
    "text",
    [
        "他早上年轻力壮地出门。",
        "他已经上年纪了。",
        "马上年底了，工作很忙。",
        "会上年轻代表发言踊跃。",
        "新上年产10万吨的生产线投产。",
    ],
)
def test_shang_nian_inside_other_words_is_no_previous_year(text):
    assert not [t for t, _ in _mentions(text, "zh", "2024-03-14") if t.startswith("上")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("公司负责人表示，来年将继续扩大在华投资。", ("来年", "2025")),
        ("大家相约来年春天再到这里赏花。", ("来年", "2025")),
        ("2019年该厂亏损三千万元，来年即扭亏为盈。", ("来年", "2020")),
        ("今年的展会刚刚闭幕，主办方已着手筹备來年的展会。", ("來年", "2025")),
    ],
)
def test_lai_nian_is_the_year_after_the_one_its_sentence_names(text, mention):
    assert mention in _mentions(text, "zh", "2024-03-14")


@pytest.mark.parametrize(
    "text",
    [
        "未来年度预算将有所增加。",
        "看来年底之前难以完工。",
        "近来年轻人喜欢周末露营。",
        "从来年年如此，没有变过。",
    ],
)
def test_lai_nian_inside_other_words_is_no_next_year(text):
    assert not [t for t, _ in _mentions(text, "zh", "2024-03-14") if "来年" in t or "來年" in t]


def test_previous_year_without_a_reference_needs_a_named_year():
    assert _mentions("2020年产量比上年增长5%。", "zh", None) == [("上年", "2019")]
    assert _mentions("产量比上年增长5%。", "zh", None) == [("上年", None)]


def test_year_named_before_reads_the_last_year_of_the_sentence_only():
    text = "2019年产量下降。2021年产量比上年增长。"
    assert year_named_before(text, text.index("上年"), None) == 2021
    assert year_named_before("产量比上年增长。", 3, None) is None


# ------------------------------------------------------------------ a month told in the past: the one before


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The yen weakened to levels last seen in April.", ("in April", "2025-04")),
        ("Sales fell in January, the company said.", ("in January", "2025-01")),
        ("Exports rose sharply in February.", ("in February", "2025-02")),
        ("The factory closed in March after a fire.", ("in March", "2025-03")),
        ("Prices were highest in February.", ("in February", "2025-02")),
        ("Output hit a record in January.", ("in January", "2025-01")),
        ("The index last traded at this level in March.", ("in March", "2025-03")),
        ("Inflation peaked in February.", ("in February", "2025-02")),  # a verb in -ed
        ("Ticket sales opened in January.", ("in January", "2025-01")),
        ("Shares were last this cheap in early April.", ("early April", "2025-04")),
        ("Unemployment rose to 5% in August.", ("in August", "2025-08")),  # behind the reference anyway
        # not in the past, or a target: the nearest (the next) one stays
        ("The plant will open in April.", ("in April", "2026-04")),
        ("The company expects to finish the work by April.", ("by April", "2026-04")),
        ("The ban stays in force until March.", ("until March", "2026-03")),
        ("She said the hearing would take place in March.", ("in March", "2026-03")),
        ("The new rules take effect in March.", ("in March", "2026-03")),
    ],
)
def test_an_english_month_told_in_the_past_is_the_one_before(text, mention):
    assert mention in _mentions(text, "en", "2025-11-24")  # a Monday in late November


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("4月15日，警方通报称，嫌疑人已被刑事拘留。", ("4月15日", "2016-04-15")),
        ("3月27日，该校发生了一起伤人事件。", ("3月27日", "2016-03-27")),
        ("他曾于3月1日到访北京。", ("3月1日", "2016-03-01")),
        ("4月2日，两国已签署了合作协议。", ("4月2日", "2016-04-02")),
        ("他在3月18日的比赛中受了伤。", ("3月18日", "2016-03-18")),
        ("5月20日，该公司已完成全部交付。", ("5月20日", "2016-05-20")),  # the nearest already
        ("今年4月15日，警方已立案。", ("今年4月15日", "2016-04-15")),
        # a future marker, or 了 inside another word (为了, 了解): the nearest (the next) one stays
        ("4月15日将举行开幕式。", ("4月15日", "2017-04-15")),
        ("为了迎接4月15日的大会，各方正在准备。", ("4月15日", "2017-04-15")),
        ("记者了解到，该展览4月15日开幕。", ("4月15日", "2017-04-15")),
        ("预计4月15日前完成。", ("4月15日", "2017-04-15")),
        ("该项目计划于4月1日动工。", ("4月1日", "2017-04-01")),
    ],
)
def test_a_chinese_month_day_told_in_the_past_is_the_one_before(text, mention):
    assert mention in _mentions(text, "zh", "2016-10-22")


def test_told_in_past_reads_its_own_sentence():
    text = "他已离开。4月15日开幕。"
    assert told_in_past(text, 0)
    assert not told_in_past(text, text.index("4月"))


# ------------------------------------------------------------- 次日 after an event: counted from that event


@pytest.mark.parametrize(
    "text",
    [
        "4月15日，警方通报称，嫌疑人已于案发次日被刑事拘留。",
        "该公司成立次年即实现盈利。",
        "事发次日，当地政府召开发布会。",
        "3月5日，事发次日，当地政府召开发布会。",
        "婚礼次日，两人启程度假。",
        "1月10日他递交辞呈，辞职次日离开公司。",
        "2月28日比赛开幕，开幕次日即有三项纪录被打破。",
        "3月1日他抵达上海，抵达第二天前往杭州。",
        "3月1日发布的公告显示，公告发布次日股价大涨。",
        "手术次日，他即可下床活动。",
        "3月8日会议闭幕，闭幕次月起新规实施。",
        "1月5日入职，入职次月转正。",
        "2019年他考入北大，入学次年出国交流。",
    ],
)
def test_the_day_after_an_event_word_is_no_mention(text):
    assert not [t for t, _ in _mentions(text, "zh", "2024-03-14") if t in ("次日", "第二天", "次年", "次月")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("3月2日他被捕，次日获释。", ("次日", "2024-03-03")),
        ("3月2日他被捕，并于次日获释。", ("次日", "2024-03-03")),
        ("3月2日他被捕，于次日获释。", ("次日", "2024-03-03")),
        ("3月2日的次日，双方再次会谈。", ("次日", "2024-03-03")),
        ("3月2日晚发生地震，次日凌晨发生余震。", ("次日", "2024-03-03")),
        ("3月1日他抵达上海，第二天前往杭州。", ("第二天", "2024-03-02")),
        ("10日收盘后公司公告，次日股价涨停。", ("次日", "2024-03-11")),
    ],
)
def test_the_day_after_a_date_still_counts_from_it(text, mention):
    assert mention in _mentions(text, "zh", "2024-03-14")


def test_after_an_event_looks_at_the_character_before():
    assert after_an_event("案发次日", 2)
    assert not after_an_event("并于次日", 2)
    assert not after_an_event("，次日", 1)
    assert not after_an_event("次日", 0)


# ------------------------------------------------------------- a headline run into the lead: the dateline after it

_HEADLINE_LEADS = [
    ("詹姆斯砍下三双！湖人逆转勇士  3月13日讯 今天NBA常规赛湖人客场挑战勇士。", ("今天", "2024-03-13")),
    ("国足备战世预赛  3月13日讯 国足今天在广州集结。", ("今天", "2024-03-13")),
    ("新能源车销量创新高  新华社北京3月13日电 记者今天从中汽协获悉，销量同比增长。", ("今天", "2024-03-13")),
    ("春耕正当时\u3000本报长沙3月13日电 昨天，各地抢抓农时。", ("昨天", "2024-03-12")),
    ("梅西伤愈复出  虎扑3月13日讯 迈阿密国际今天宣布，梅西已恢复合练。", ("今天", "2024-03-13")),
    ("高铁新线开通   中新网3月13日电 明天起，新线正式开通运营。", ("明天", "2024-03-14")),
    ("油价下调  3月13日讯 国内成品油价格今晚24时起下调。", ("今晚", "2024-03-13")),
    ("两会观察：民生话题受关注  人民网北京3月13日电 昨日，民生话题备受关注。", ("昨日", "2024-03-12")),
    ("降温预警！  3月13日讯 受冷空气影响，明天全省气温将下降8度。", ("明天", "2024-03-14")),
    ("C罗梅开二度，利雅得胜利晋级  3月13日讯 北京时间今天凌晨，亚冠联赛继续进行。", ("今天", "2024-03-13")),
    ("上海车展开幕在即  3月13日讯 记者昨日获悉，车展将于下月开幕。", ("昨日", "2024-03-12")),
    ("暴雨来袭，多地停课  3月13日讯 昨天起全市普降暴雨。", ("昨天", "2024-03-12")),
]


@pytest.mark.parametrize(("text", "mention"), _HEADLINE_LEADS)
def test_a_headline_run_into_the_lead_leaves_the_dateline_the_reference(text, mention):
    # published the day after (a page stamped later): the dateline, not the stamp, is the story's day
    assert mention in _mentions(text, "zh", "2024-03-14")
    assert ("3月13日", "2024-03-13") not in _mentions(text, "zh", "2024-03-14")  # the dateline is no event


@pytest.mark.parametrize(
    "text",
    [
        "今天上午，  3月13日讯 记者获悉。",  # a clause ending in a comma is no headline
        "他说：我们已经结束了。  3月13日讯 今天比赛结束。",  # a full stop: a sentence, no headline
        "这是一篇很长很长很长的标题，它的长度远远超过了四十个字符，所以它不是标题而是正文的一部分内容  3月13日讯 今天比赛结束。",
        "湖人逆转勇士 3月13日 今天NBA常规赛湖人客场挑战勇士。",  # no 讯/电: no dateline
    ],
)
def test_no_headline_or_no_dateline_leaves_the_date_an_event(text):
    assert headline_lead_dateline_zh(text, None) is None


# ------------------------------------------------------- 较三年前 in statistics: back from the sentence's year


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("2017年全国粮食产量较三年前增长5%。", ("三年前", "2014")),
        ("2020年该市常住人口比十年前增加了120万。", ("十年前", "2010")),
        ("2010年全市人口与十年前相比增加了20万。", ("十年前", "2000")),
        ("据统计，2022年全省森林覆盖率较五年前提高3个百分点。", ("五年前", "2017")),
        ("2019年，该县农民人均收入比两年前翻了一番。", ("两年前", "2017")),
        ("2023年第一季度，出口额较一年前下降4%。", ("一年前", "2022")),
        ("二〇一八年全县工业产值比五年前增长一倍。", ("五年前", "2013")),
        ("2015年末，全国高速公路里程较十年前增加了两倍。", ("十年前", "2005")),
        ("2021年全国城镇化率同五年前相比提高了6个百分点。", ("五年前", "2016")),
        ("1997年，全县粮食总产量较二十年前增长两倍。", ("二十年前", "1977")),
        # a span of years (a crop or fiscal year) is no single year to count from
        ("2016—2017年度，我国大豆进口量较三年前增加。", ("三年前", None)),
        ("1997-1998财政年度，国防开支比两年前增加14%。", ("两年前", None)),
        ("2019至2020年度，产量较五年前下降。", ("五年前", None)),
        ("据报道，1998—1999财政年度，国防开支将比上年增加14%。", ("上年", None)),
        # no calendar year named, a relative one, or no comparison: from the reference, as any 三年前
        ("去年全国PM2.5平均浓度比十年前下降了一半以上。", ("十年前", "2014")),
        ("全国粮食产量较三年前增长5%。", ("三年前", "2021")),
        ("今年前两个月，出口额比一年前增长6%。", ("一年前", "2023")),
        ("三年前，他来到北京。", ("三年前", "2021")),
        ("2017年产量较半年前增长5%。", ("半年前", "2023-09")),  # whole years only
        ("2020年的产量较三个月前增长。", ("三个月前", "2023-12")),
    ],
)
def test_a_count_of_years_compared_in_statistics_is_from_the_sentences_year(text, mention):
    assert mention in _mentions(text, "zh", "2024-03-14")


# ------------------------------------------------------ "next weekend" early in a week: the coming one

_SAT, _SUN, _NEXT_SAT, _NEXT_SUN = "2024-03-16", "2024-03-17", "2024-03-23", "2024-03-24"


@pytest.mark.parametrize(
    ("text", "reference", "weekend"),
    [
        # said on Monday 2024-03-11 or Tuesday 03-12: the coming weekend
        ("The team hopes to have the new parts ready for next weekend's race.", "2024-03-11", (_SAT, _SUN)),
        ("Heavy rain is forecast for next weekend.", "2024-03-11", (_SAT, _SUN)),
        ("The festival opens next weekend.", "2024-03-12", (_SAT, _SUN)),
        ("Organisers said on Tuesday the final would be played next weekend.", "2024-03-12", (_SAT, _SUN)),
        ("Tickets for next weekend's concert sold out in an hour.", "2024-03-11", (_SAT, _SUN)),
        ("Next weekend, the clocks go forward.", "2024-03-11", (_SAT, _SUN)),
        ("Police will close the bridge next weekend for repairs.", "2024-03-12", (_SAT, _SUN)),
        ("The race next weekend will decide the title.", "2024-03-12", (_SAT, _SUN)),
        # from Wednesday: the next calendar week's
        ("Heavy rain is forecast for next weekend.", "2024-03-13", (_NEXT_SAT, _NEXT_SUN)),
        ("The opposition plans to hold a rally next weekend.", "2024-03-14", (_NEXT_SAT, _NEXT_SUN)),
        ("Snow is expected next weekend.", "2024-03-15", (_NEXT_SAT, _NEXT_SUN)),
        ("The market reopens next weekend.", "2024-03-16", (_NEXT_SAT, _NEXT_SUN)),
        ("The club plays its first home game next weekend.", "2024-03-17", (_NEXT_SAT, _NEXT_SUN)),
        ("The clinic will open next weekend.", "2024-03-13", (_NEXT_SAT, _NEXT_SUN)),
        ("A strike is planned for next weekend.", "2024-03-14", (_NEXT_SAT, _NEXT_SUN)),
        # this and last weekend stay the calendar week's
        ("Fans will gather in the square this weekend.", "2024-03-11", (_SAT, _SUN)),
        ("The vote is due this weekend.", "2024-03-13", (_SAT, _SUN)),
        ("The talks resumed last weekend.", "2024-03-12", ("2024-03-09", "2024-03-10")),
        ("This past weekend was the warmest of the year.", "2024-03-11", ("2024-03-09", "2024-03-10")),
        ("Two people died in floods last weekend.", "2024-03-11", ("2024-03-09", "2024-03-10")),
    ],
)
def test_next_weekend_early_in_a_week_is_the_coming_one(text, reference, weekend):
    record = find_dates(Article(paragraphs=[text], published=reference, lang="en"))
    found = [(d.value, d.end) for d in record.dates if d.kind == "range"]
    assert found == [weekend]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "In the last three days of July, the chief executive sold more shares.",
            ("days of July", "2019-07"),
        ),
        ("Sales jumped in the first two weeks of March.", ("weeks of March", "2019-03")),
        ("The final days of April brought heavy rain.", ("days of April", "2019-04")),
        (
            "Fighting eased in the closing days of October.",
            ("days of October", "2018-10"),
        ),  # told in the past
        ("The first weeks of September will be busy.", ("weeks of September", "2019-09")),
        ("He spent the first days of May in hospital.", ("days of May", "2019-05")),
        # "the last" before the span is an ordinal, no past marker: the nearest stays
        ("Shops close during the last week of December.", ("week of December", "2019-12")),
        ("Shops closed during the last week of December.", ("week of December", "2018-12")),
    ],
)
def test_days_or_weeks_of_a_month_are_that_month(text, mention):
    assert mention in _mentions(text, "en", "2019-08-06")

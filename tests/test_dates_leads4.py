"""Rules written after the first runs of the thirteenth and fourteenth natural samples (docs/benchmarks.md,
"thirteenth and fourteenth samples"), each a rule of the language, not of one story: a wire dateline of a national
agency (Yonhap, Kyodo, PTI …) after a headline, an editor's note and a byline in one paragraph is the dateline; a
bare month after a span ("the three months to December") is that month; "in just two weeks", "in a few days" count
ahead (the vague one without a value); a present verb of a scheduled start ("exam starts Friday") reads the weekday
ahead even in a headline; 今日俄罗斯 (RT) and other names opening with 今日 are no day. Every sentence here is
invented; values by docs/dates.md."""

from __future__ import annotations

import pytest
from helpers import date_mentions


def _values(paragraphs: list[str] | str, lang: str, published: str) -> list[tuple[str, str | None]]:
    return [(text, value) for text, value, _kind in date_mentions(paragraphs, lang, published)]


def _value_of(found: list[tuple[str, str | None]], part: str) -> list[str | None]:
    return [value for text, value in found if part in text]


# ----------------------------------------------------------------- a national agency's dateline after a header


@pytest.mark.parametrize(
    ("paragraph", "day", "weekday"),
    [
        (
            "(LEAD) Ruling party picks new leader (ATTN: ADDS comments in paras 5-6) By Kim Min-ji SEOUL, March 4 "
            "(Yonhap) -- The ruling party elected a new leader on Tuesday after a month-long race.",
            "2025-03-04",
            "Tuesday",
        ),
        (
            "(2nd LD) Exports rise for third month (ATTN: UPDATES with details) By Park Sun-woo SEOUL, Dec. 2 "
            "(Yonhap) -- South Korea's exports rose on Tuesday's tally, the trade ministry said Tuesday.",
            "2025-12-02",
            "Tuesday",
        ),
        (
            "Bank of Japan holds rates steady TOKYO, Jan. 15 (Kyodo) -- The central bank kept its policy rate "
            "unchanged on Wednesday, citing uncertainty over wages.",
            "2025-01-15",
            "Wednesday",
        ),
        (
            "Monsoon session to open next month By Staff Reporter NEW DELHI, Feb. 6 (PTI) - The government "
            "announced on Thursday that the session will open in July.",
            "2025-02-06",
            "Thursday",
        ),
        (
            "Ringgit firms against dollar KUALA LUMPUR, Oct. 3 (Bernama) -- The ringgit opened higher against "
            "the US dollar on Friday on improved sentiment.",
            "2025-10-03",
            "Friday",
        ),
        (
            "Thousands march for climate BERLIN, June 14 (dpa) - Thousands of people marched through the capital "
            "on Saturday demanding faster action.",
            "2025-06-14",
            "Saturday",
        ),
        (
            "Wildfire forces evacuations MADRID, Sept. 7 (EFE) -- Firefighters battled a wildfire on Sunday that "
            "forced hundreds to leave their homes.",
            "2025-09-07",
            "Sunday",
        ),
        (
            "Government survives confidence vote ROME, Nov. 10 (ANSA) - The government won a confidence vote in "
            "the Senate on Monday.",
            "2025-11-10",
            "Monday",
        ),
        (
            "Grain deal talks continue ANKARA, May 21 (Anadolu) -- Delegations met again on Wednesday in the "
            "capital.",
            "2025-05-21",
            "Wednesday",
        ),
        (
            "Sensex closes at record By IANS Staff MUMBAI, Aug. 14 (IANS) -- The benchmark index closed at a "
            "record on Thursday as banks rallied.",
            "2025-08-14",
            "Thursday",
        ),
        (
            "Volcano erupts again JAKARTA, July 11 (Antara) - Mount Lewotobi erupted on Friday, sending ash "
            "five kilometres into the sky.",
            "2025-07-11",
            "Friday",
        ),
        (
            "Parliament session ends KUWAIT CITY, April 19 (KUNA) -- The National Assembly closed its session "
            "on Saturday.",
            "2025-04-19",
            "Saturday",
        ),
    ],
)
def test_a_national_agency_dateline_after_a_header_is_the_dateline(
    paragraph: str, day: str, weekday: str
) -> None:
    found = date_mentions(paragraph, "en", day)
    assert [value for _text, value, kind in found if kind == "dateline"] == [day]
    assert day in [value for text, value, kind in found if weekday in text and kind == "event"]


def test_a_national_agency_dateline_without_a_place_is_the_dateline() -> None:
    found = date_mentions(
        "March 4 (Yonhap) -- Lawmakers voted on Tuesday to pass the bill.", "en", "2025-03-04"
    )
    assert ("Tuesday", "2025-03-04", "event") in found
    assert [kind for _t, _v, kind in found].count("dateline") == 1


def test_the_belgian_circuit_is_no_agency() -> None:
    found = date_mentions(
        "SPA, Belgium, Aug 27 (Reuters) - Max Verstappen won on Sunday.", "en", "2023-08-27"
    )
    assert ("Sunday", "2023-08-27", "event") in found


# ----------------------------------------------------------------- a bare month after a span: "months to December"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        (
            "Japan's economy shrank 0.4% in the three months to December, data showed.",
            "2024-02-15",
            "2023-12",
        ),
        ("Retail sales rose 2.1% in the year to March, the bureau said.", "2024-04-20", "2024-03"),
        ("Profits in the six months to June fell by a third.", "2024-08-01", "2024-06"),
        ("The jobless rate held at 4.2% in the quarter to September.", "2024-11-05", "2024-09"),
        ("Inflation eased to 3.1% in the 12 months to January.", "2024-02-20", "2024-01"),
        ("House prices fell 1.8% in the three months to November, the lender said.", "2023-12-06", "2023-11"),
        ("Exports jumped 9% in the period to August.", "2024-09-10", "2024-08"),
        ("Average earnings grew 5.6% in the three months to October.", "2023-12-12", "2023-10"),
        ("The fund returned 7% in the half to December.", "2024-02-28", "2023-12"),
        ("Mortgage approvals fell in the two months to April.", "2024-05-30", "2024-04"),
        ("Net migration reached 685,000 in the year to June, officials said.", "2024-11-28", "2024-06"),
        ("Output rose in the four weeks to May, the survey found.", "2024-06-12", "2024-05"),
    ],
)
def test_a_month_ending_a_span_is_that_month(text: str, published: str, value: str) -> None:
    found = _values(text, "en", published)
    assert value in _value_of(found, "to "), found


@pytest.mark.parametrize(
    "text",
    [
        "She wrote a letter to May about the deal.",
        "According to May, the talks went well.",
        "He handed the report to March organisers.",
    ],
)
def test_to_before_a_month_after_no_span_is_no_month(text: str) -> None:
    assert _values(text, "en", "2024-02-15") == []


# ----------------------------------------------------------------- "in just two weeks", "in a few days"


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("In just a few days, though, the new rules will apply.", "In just a few days", None),
        ("The bridge will reopen in just two weeks.", "in just two weeks", "2025-02-12"),
        ("Voters will go to the polls in only three days.", "in only three days", "2025-02-01"),
        ("Talks will resume in another two weeks.", "in another two weeks", "2025-02-12"),
        ("The company expects to decide in a few weeks.", "in a few weeks", None),
        ("The results are due in several days.", "in several days", None),
        ("A final ruling could come in a further two months.", "in a further two months", "2025-03"),
        ("The ceasefire takes effect in just 48 hours.", "in just 48 hours", "2025-01-31"),
        ("The museum reopens to the public in only a week.", "in only a week", "2025-02-05"),
        ("Officials say the vote may happen in a few months.", "in a few months", None),
        ("Fans can buy tickets in just a couple of days.", "in just a couple of days", "2025-01-31"),
        ("In a few days the storm will reach the coast.", "In a few days", None),
    ],
)
def test_a_count_ahead_after_just_or_a_vague_count(text: str, mention: str, value: str | None) -> None:
    assert (mention, value) in _values(text, "en", "2025-01-29")


@pytest.mark.parametrize(
    "text",
    [
        "The shop sold out in just two days.",
        "It was the first rise in several years.",
        "It was the worst drought in hundreds of years.",
        "The team finished the course in only six days.",
        "The storm will pass in a few hours.",
    ],
)
def test_a_span_or_hours_after_in_stays_out(text: str) -> None:
    assert _values(text, "en", "2025-01-29") == []


# ----------------------------------------------------------------- a scheduled start before a weekday reads ahead


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Computer-based exam starts Friday, council says", "2024-10-25"),
        ("Trial of former mayor begins Saturday", "2024-10-26"),
        ("Book fair kicks off on Friday in Lagos", "2024-10-25"),
        ("New fuel tax takes effect Saturday", "2024-10-26"),
        ("Rail strike resumes Friday as talks fail", "2024-10-25"),
        ("Registration for the vote commences Saturday", "2024-10-26"),
        ("Classes resume on Saturday after the strike, the ministry said.", "2024-10-26"),
        ("Festival gets under way on Friday", "2024-10-25"),
        ("Hearings begin Friday in the corruption case", "2024-10-25"),
        ("Ceasefire talks start Saturday in Doha", "2024-10-26"),
        ("Second round of voting starts on Friday, officials say", "2024-10-25"),
    ],
)
def test_a_scheduled_start_reads_the_weekday_ahead(text: str, value: str) -> None:
    found = _values(text, "en", "2024-10-22")
    assert [v for t, v in found if t.endswith(("Friday", "Saturday"))] == [value], found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quake kills 12 in eastern Turkey on Saturday", "2024-10-19"),
        ("Stocks end higher Friday", "2024-10-18"),
        ("The season started on Saturday with a win, the club said.", "2024-10-19"),
        ("Kane did not start Saturday's game, the coach said.", "2024-10-19"),
        ("The striker had to start Saturday after an injury.", "2024-10-19"),
    ],
)
def test_other_headlines_and_past_starts_keep_the_past(text: str, value: str) -> None:
    found = _values(text, "en", "2024-10-22")
    assert [v for t, v in found if t.endswith(("Friday", "Saturday"))] == [value], found


# ----------------------------------------------------------------- names opening with 今日 are no day


@pytest.mark.parametrize(
    "text",
    [
        "综合今日俄罗斯、美联社报道，火山再次喷发。",
        "据今日俄罗斯电视台报道，莫斯科一仓库发生火灾。",
        "今日俄罗斯网站援引消息人士的话说，谈判陷入僵局。",
        "美国要求今日俄罗斯登记为外国代理人。",
        "據今日俄羅斯報道，當地發生地震。",
        "今日俄罗斯（RT）称，该视频系伪造。",
        "《今日亚洲》杂志刊文指出，区域合作前景广阔。",
        "央视《今日关注》节目邀请专家解读局势。",
        "美国《今日心理学》网站刊文称，睡眠不足会影响情绪。",
        "据《今日医学新闻》报道，该药物已进入临床试验。",
        "据今日中国杂志报道，这座古镇吸引了大批游客。",
    ],
)
def test_a_name_opening_with_jinri_is_no_day(text: str) -> None:
    assert _values(text, "zh", "2018-07-16") == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("据今日公布的数据，物价小幅上涨。", "今日"),
        ("俄罗斯今日宣布撤军。", "今日"),
        ("今日俄方宣布延长停火。", "今日"),
        ("今日印度洋海域发生地震。", "今日"),
    ],
)
def test_jinri_before_other_words_is_still_the_day(text: str, mention: str) -> None:
    assert (mention, "2018-07-16") in _values(text, "zh", "2018-07-16")

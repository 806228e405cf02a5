"""Relative dates in phrasings the rules were not first written against (issue 10): every case of
tests/fixtures/dates_unseen/relative.toml, round2.toml, round3.toml, round4.toml and round5.toml (sets written blind) gives exactly
its expected mentions (a round-4 case the rules cannot read generally is an xfail with its reason), as do the round-3
and round-4 whole articles through `wirearchive extract --batch` (bench/dates_unseen.py scores them; docs/dates.md has the policy), and the rules added for
them keep to it."""

from __future__ import annotations

from typing import Any

import pytest

from bench.dates_articles import ROUND4_ARTICLES, score_articles
from bench.dates_unseen import ROUND2, ROUND3, ROUND4, ROUND5, found_mentions, load_unseen, score_case
from pipeline.record import Article
from pipeline.stages.dates import find_dates

CASES = load_unseen()


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_unseen_relative_phrasing(case: dict[str, Any]) -> None:
    score = score_case(case)
    assert (score.right, score.extra) == (score.expected, 0), score.misses


def test_the_set_has_sixty_mentions_in_each_language() -> None:
    for lang in ("zh", "en"):
        assert sum(len(c["expect"]) for c in CASES if c["lang"] == lang) >= 60


ROUND2_CASES = load_unseen(ROUND2)


@pytest.mark.parametrize("case", ROUND2_CASES, ids=[c["text"][:40] for c in ROUND2_CASES])
def test_round2_relative_phrasing(case: dict[str, Any]) -> None:
    score = score_case(case)
    assert (score.right, score.extra) == (score.expected, 0), score.misses


def test_round2_has_eighty_mentions_in_each_language_and_twenty_without_a_date() -> None:
    for lang in ("zh", "en"):
        assert sum(len(c["expect"]) for c in ROUND2_CASES if c["lang"] == lang) >= 80
    assert sum(1 for c in ROUND2_CASES if not c["expect"]) >= 20


def _values(text: str, lang: str, published: str = "2024-03-14") -> list[tuple[str, str | None]]:
    record = find_dates(Article(paragraphs=[text], published=published, lang=lang))
    return [(d.text, d.value) for d in record.dates if d.kind != "published"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an anaphora counts from the date before it in the same sentence, else it is no date
        ("2023年5月4日抵达，翌日返回。", "zh", [("2023年5月4日", "2023-05-04"), ("翌日", "2023-05-05")]),
        ("2023年5月，项目立项，次年建成。", "zh", [("2023年5月", "2023-05"), ("次年", "2024")]),
        ("会议结束后，代表们次日返程。", "zh", []),
        # (told in the past, May 4 is last year's: docs/dates.md)
        (
            "He was hurt on May 4 and died the next day.",
            "en",
            [("May 4", "2023-05-04"), ("the next day", "2023-05-05")],
        ),
        ("The day before, he had spoken to the press. He left the next day.", "en", []),
        # hours: a day only in whole days (the first 72小时后 has no date to count from: no value)
        (
            "72小时后，救援仍在继续。3月1日起火，72小时后扑灭。",
            "zh",
            [("72小时后", None), ("3月1日", "2024-03-01"), ("72小时后", "2024-03-04")],
        ),
        ("The ceasefire began 24 hours ago.", "en", [("24 hours ago", "2024-03-13")]),
        ("The plane landed two hours ago.", "en", []),  # a time of day
        ("3小时后，飞机降落。", "zh", []),
        # the part of a year or month keeps the precision of the year or month
        ("去年年中，该厂停产。", "zh", [("去年年中", "2023")]),
        ("上月初，新规出台。", "zh", [("上月初", "2024-02")]),
        # 前两天 at the head of a clause is vague; 前两天的 is "the first two days'"
        ("比赛前两天的门票已售罄。", "zh", []),
    ],
)
def test_new_rules(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb in -ed before a bare weekday puts it in the past; words in -ed that are not such verbs do not
        ("The embassy reopened on Sunday.", "2024-03-10"),
        ("The United Nations holds talks on Sunday.", "2024-03-17"),
        ("The vote is scheduled for Sunday.", "2024-03-17"),
    ],
)
def test_weekday_tense_from_a_past_verb(text: str, value: str) -> None:
    assert [v for _, v in _values(text, "en")] == [value]


def test_chinese_weekday_tense_reads_past_the_comma() -> None:
    assert (
        found_mentions({"lang": "zh", "text": "周日上午，他接受了采访。", "expect": []})[0].value
        == "2024-03-10"
    )
    assert (
        found_mentions({"lang": "zh", "text": "周日上午，他将接受采访。", "expect": []})[0].value
        == "2024-03-17"
    )


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a tense read in the clause before a bare weekday wins from two days away ...
        ("Police said on Saturday the blast was caused by a gas leak.", "2024-06-13", "2024-06-08"),
        ("The summit will open on Tuesday.", "2024-06-13", "2024-06-18"),
        ("Shares closed higher on Saturday.", "2024-06-13", "2024-06-08"),
        # ... but within a day the nearest wins whatever the tense: a story stamped just after midnight (Saturday
        # 00:10 about Friday night's game) or in a time zone behind the event's ("said on Friday" dated Thursday)
        ("The prime minister said on Friday that he would not resign.", "2024-06-13", "2024-06-14"),
        ("The final will kick off on Friday night.", "2024-06-15", "2024-06-14"),
        # a tense read only after the weekday keeps the nearest at two days ("runs through Saturday, was ...")
        ("The sale, which runs through Saturday, was announced by the chain.", "2024-06-13", "2024-06-15"),
        # "this past" / "this coming" before a weekday
        ("The deal was announced this past Tuesday.", "2021-10-31", "2021-10-26"),
        ("The vote takes place this coming Friday.", "2021-10-31", "2021-11-05"),
    ],
)
def test_weekday_tense_margin(text: str, published: str, value: str) -> None:
    assert [v for _, v in _values(text, "en", published)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # centuries in Chinese, with or without 个, halves of a century
        ("一个世纪前，这里就是通商口岸。", "zh", [("一个世纪前", "1924")]),
        ("半个世纪前，这里还是渔村。", "zh", [("半个世纪前", "1974")]),
        ("一个半世纪前，这座教堂建成。", "zh", [("一个半世纪前", "1874")]),
        # "N and a half" units
        ("Two and a half years ago, the firm moved.", "en", [("Two and a half years ago", "2021-09")]),
        ("In two and a half years the line will open.", "en", [("In two and a half years", "2026-09")]),
        # a duration counts from a date in the clause before a semicolon
        ("7月25日，台风登陆；3天后，积水退去。", "zh", [("7月25日", "2024-07-25"), ("3天后", "2024-07-28")]),
    ],
)
def test_round2_rules(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Skip the Black Friday rush.",
        "Sanders won on Super Tuesday.",
        "Good Friday services were held.",
        "STORES BRACE FOR BLACK FRIDAY .",
    ],
)
def test_a_named_weekday_is_no_date(text: str) -> None:
    assert _values(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire headline in capitals (natural Reuters copy, both samples): its weekday is a weekday, as its months
        ("TENNIS - TUESDAY 'S RESULTS FROM U.S. OPEN .", [("TUESDAY", "2024-03-12")]),
        # "year-earlier" / "year-ago": the year before the reference's, as "last year"
        ("Profit fell to 27.5 million from a year-earlier 41.4 million .", [("year-earlier", "2023")]),
        ("Sales beat year-ago levels .", [("year-ago", "2023")]),
    ],
)
def test_wire_copy_capitals_and_year_earlier(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, "en") == expected


ROUND3_CASES = load_unseen(ROUND3)


@pytest.mark.parametrize("case", ROUND3_CASES, ids=[c["text"][:40] for c in ROUND3_CASES])
def test_round3_relative_phrasing(case: dict[str, Any]) -> None:
    score = score_case(case)
    assert (score.right, score.extra) == (score.expected, 0), score.misses


def test_round3_has_more_english_than_chinese_and_twenty_without_a_date() -> None:
    assert sum(len(c["expect"]) for c in ROUND3_CASES if c["lang"] == "en") >= 120
    assert sum(len(c["expect"]) for c in ROUND3_CASES if c["lang"] == "zh") >= 80
    assert sum(1 for c in ROUND3_CASES if not c["expect"]) >= 20


def test_round3_articles_through_the_cli() -> None:
    total = score_articles()["all"]
    assert total.expected >= 60
    assert (total.right, total.extra) == (total.expected, 0), total.misses


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # an irregular simple past before the weekday is a past tense (past_verbs), from two days away
        ("He left on Saturday for Geneva.", "2024-03-14", "2024-03-09"),
        ("The leaders met on Thursday.", "2024-03-12", "2024-03-07"),
        # the Fed is no past verb: a present clause keeps the nearest
        ("The Fed meets on Saturday.", "2024-03-14", "2024-03-16"),
    ],
)
def test_round3_irregular_past_verbs(text: str, published: str, value: str) -> None:
    assert [v for _, v in _values(text, "en", published)] == [value]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a season after last/this/next is the year of that season; the reference's own season is neither
        # the last nor the next one; a winter spans two years and keeps no value
        ("The museum closed last summer.", "2024-03-14", [("last summer", "2023")]),
        ("The museum closed last summer.", "2024-10-20", [("last summer", "2024")]),
        ("Planting starts next spring.", "2024-04-20", [("next spring", "2025")]),
        ("Planting starts next summer.", "2024-04-20", [("next summer", "2024")]),
        ("The fair returns this autumn.", "2024-03-14", [("this autumn", "2024")]),
        ("Snow fell last winter.", "2024-03-14", [("last winter", None)]),
        # "this fall in prices" is a decline, not a season
        ("The bank said this fall in prices was temporary.", "2024-03-14", []),
    ],
)
def test_round3_seasons(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, "en", published) == expected


@pytest.mark.parametrize("text", ["The market opens every Friday.", "Each Monday the council meets."])
def test_a_weekday_after_every_is_a_schedule(text: str) -> None:
    assert _values(text, "en") == []


ROUND4_CASES = load_unseen(ROUND4)
# Left failing, with the reason (never deleted): the sentence and why no general rule reads it.
# (the present-tense headline "Quake kills 12 in eastern Turkey on Sunday", left failing after round 4, is read since
# the headline rule of the weekday tense: tests/test_dates_weekday_tense.py)
ROUND4_LEFT: dict[str, str] = {}


def _round4_param(case: dict[str, Any]) -> Any:
    reason = ROUND4_LEFT.get(case["text"])
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case["text"][:40], marks=marks)


@pytest.mark.parametrize("case", [_round4_param(c) for c in ROUND4_CASES])
def test_round4_relative_phrasing(case: dict[str, Any]) -> None:
    score = score_case(case)
    assert (score.right, score.extra) == (score.expected, 0), score.misses


def test_round4_has_120_english_60_chinese_and_twenty_without_a_date() -> None:
    assert sum(len(c["expect"]) for c in ROUND4_CASES if c["lang"] == "en") >= 120
    assert sum(len(c["expect"]) for c in ROUND4_CASES if c["lang"] == "zh") >= 60
    assert sum(1 for c in ROUND4_CASES if not c["expect"]) >= 20


def test_round4_articles_through_the_cli() -> None:
    total = score_articles(ROUND4_ARTICLES)["all"]
    assert total.expected >= 60
    # left: "Last year, she said, she had marked the day on 28 February": a relative year earlier in the sentence
    # does not set the year of a month/day ("Last year's champion won on March 3" would go wrong)
    # and "on Thursday, as 29 February came round again": two texts of one day in one sentence, both kept (docs/dates.md,
    # policy 4: in one sentence the natural samples list both 10 times, the first only once); this round lists the first
    # and, since the thirteenth session, a relative word for a date of another sentence is kept too ("yesterday" after
    # "29 February"), which this round does not list either
    assert total.misses == [
        "r4_09_bbc_en.txt: missed 28 February=2023-02-28",
        "r4_09_bbc_en.txt: extra 29 February=2024-02-29",
        "r4_09_bbc_en.txt: extra yesterday=2024-02-29",
        "r4_09_bbc_en.txt: extra 28 February=2024-02-28",
    ]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # irregular pasts from the generated table (tools/build_english_pasts.py) and the present perfect
        ("Floodwaters swept through the town on Saturday.", "2024-03-14", "2024-03-09"),
        ("The minister has spoken to him on Saturday.", "2024-03-14", "2024-03-09"),
        ("The minister speaks to him on Saturday.", "2024-03-14", "2024-03-16"),
        # a weekday opening its sentence is governed by the main clause after the comma (its first verb)
        ("Late Saturday, the Senate passed the bill.", "2024-03-14", "2024-03-09"),
        ("On Monday, the company announced it would cut jobs.", "2024-03-14", "2024-03-11"),
        ("On Monday, the board will vote on the deal.", "2024-03-14", "2024-03-18"),
        ("Early Saturday, a magnitude 6.1 quake struck.", "2024-03-14", "2024-03-09"),
        ("Prices rose. Early Saturday, a magnitude 6.1 quake struck.", "2024-03-14", "2024-03-09"),
        # ... but not a weekday inside the sentence
        ("The sale, which ends late Saturday, was announced by the chain.", "2024-03-14", "2024-03-16"),
        # a deadline word before the weekday reads ahead unless the clause is in the past
        ("Companies have until Monday to file objections.", "2024-03-14", "2024-03-18"),
        ("The museum was closed until Monday.", "2024-03-14", "2024-03-11"),
        ("Markets are driven by Monday's data.", "2024-03-14", "2024-03-11"),  # a possessive: no deadline
    ],
)
def test_round4_weekday_tense(text: str, published: str, value: str) -> None:
    assert [v for _, v in _values(text, "en", published)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marker right after the weekday (or before it with 于/在) governs it, from two days away
        ("市政府周二要召开新闻发布会。", [("周二", "2024-03-19")]),
        ("调查委员会将在星期二公布结果。", [("星期二", "2024-03-19")]),
        ("周二，市政府召开了新闻发布会。", [("周二", "2024-03-12")]),
        ("外交部周六已宣布该决定。", [("周六", "2024-03-09")]),
        ("周六上午将举行开幕式。", [("周六", "2024-03-16")]),
        # 到 before a weekday is the end of a range only after a day or weekday (周一到周五): 要到星期日 is a date
        ("决赛要到星期日才开打。", [("星期日", "2024-03-17")]),
        ("周一到周五正常营业。", []),
        # 年内 is the reference year; a count or a year before it makes a span or that year
        ("该线路有望年内开通。", [("年内", "2024")]),
        ("五年内将建成。", []),
        ("2025年内完成。", []),
        ("十周年内的活动", []),
    ],
)
def test_round4_chinese_rules(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, "zh") == expected


def test_a_duration_from_now_after_for_is_a_date() -> None:
    assert _values("The vote is set for three weeks from now.", "en") == [
        ("three weeks from now", "2024-04-04")
    ]
    assert _values("The ship sailed for three weeks before sinking.", "en") == []


ROUND5_CASES = load_unseen(ROUND5)


@pytest.mark.parametrize("case", ROUND5_CASES, ids=[c["text"][:40] for c in ROUND5_CASES])
def test_round5_relative_phrasing(case: dict[str, Any]) -> None:
    score = score_case(case)
    assert (score.right, score.extra) == (score.expected, 0), score.misses


def test_round5_has_sixty_mentions_in_each_language_and_ten_without_a_date() -> None:
    for lang in ("zh", "en"):
        assert sum(len(c["expect"]) for c in ROUND5_CASES if c["lang"] == lang) >= 60
    assert sum(1 for c in ROUND5_CASES if not c["expect"]) >= 10

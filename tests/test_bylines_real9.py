"""Credit shapes the ninth Chinese and fourth English blind sets showed missed (issue 10; docs/benchmarks.md "Ninth
Chinese and fourth English credit sets"), each family with lines written anew (invented names and outlets, none of
the sets' or the probe's) and the guards that keep its neighbours out: a known place and 报道 glued to the story after
names set apart by a space or after a second label; a bracketed reporter's credit before a photographer's credit
closed by its mark; a photographer's name before a picture agency in a caption's closing bracket; English: "Reportingby"
glued by a scraper, and an agency's reporters who only contributed."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, en_reporters, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import OTHER, REPORTER, find_label, read_credits_zh
from pipeline.text.bylines_en import reporting_by
from pipeline.text.datelines import lead_dateline


def lead_others(lead: str) -> list[str]:
    at = find_label(lead)
    run = read_credits_zh(lead, "inline", at) if at is not None else None
    return run.names(OTHER) if run else []


@pytest.mark.parametrize(
    ("lead", "reporters", "others"),
    [
        # a known place and 报道 glued to the story, standing apart after the names
        ("本报记者蒋思齐 上海报道2021年，沿江城市的客流持续回升。", ["蒋思齐"], []),
        ("记者 邵青梧 罗一帆 杭州报道今年以来，全省新签约项目超过百个。", ["邵青梧", "罗一帆"], []),
        # a name glued before the place after a name set apart by a space
        ("本报记者苏砚秋 方知远南京报道2022年，全市完成造林两万亩。", ["苏砚秋", "方知远"], []),
        # after a second label: its names keep their role
        ("本报记者谭若溪 实习生钟明川成都报道2023年，四川外贸进出口总值创新高。", ["谭若溪"], ["钟明川"]),
        (
            "本报记者姚书言 实习生曹晚晴陆沉舟北京报道2019年，首都机场客流突破一亿人次。",
            ["姚书言"],
            ["曹晚晴", "陆沉舟"],
        ),
        ("本报记者傅云帆 通讯员沈望舒武汉报道近日，长江水位持续走低。", ["傅云帆"], ["沈望舒"]),
        # two names of two characters glued before the place (four characters cut in two)
        ("本报记者沈舒罗帆上海报道2021年，沿江城市的客流持续回升。", ["沈舒", "罗帆"], []),
        # guards: a verb's sentence glued to the place, a place filed from set apart as before, no story glued
        # (a verb there names nobody: no credit read, as before)
        ("本报记者蒋思齐 查阅上海报道2021年的数据发现，客流持续回升。", [], []),
        ("本报记者蒋思齐 上海报道 2021年，沿江城市的客流持续回升。", ["蒋思齐"], []),
        ("记者查阅上海报道2021年的数据发现，客流持续回升。", [], []),
    ],
)
def test_place_report_glued_to_story_after_a_spaced_run(
    lead: str, reporters: list[str], others: list[str]
) -> None:
    assert lead_reporters(lead) == reporters
    if reporters:
        assert lead_others(lead) == others


@pytest.mark.parametrize(
    ("closing", "reporters", "photographers"),
    [
        ("（记者蒋思齐）长河日报记者邵青梧摄", ["蒋思齐"], ["邵青梧"]),
        ("（长河日报全媒体记者苏砚秋）新华社记者方知远摄", ["苏砚秋"], ["方知远"]),
        ("（記者譚若溪）長河日報記者鍾明川攝", ["譚若溪"], ["鍾明川"]),
        ("（记者姚书言 曹晚晴）新华社记者陆沉舟 摄", ["姚书言", "曹晚晴"], ["陆沉舟"]),
        ("(记者傅云帆) 本报记者沈望舒 摄影", ["傅云帆"], ["沈望舒"]),
        # guards: a photographer inside the bracket stays one; no bracket: the mark credits every name (policy)
        ("（记者蒋思齐 摄影 邵青梧）长河日报记者罗一帆摄", ["蒋思齐"], ["罗一帆", "邵青梧"]),
        ("本报记者蒋思齐 通讯员邵青梧摄", ["蒋思齐"], ["蒋思齐", "邵青梧"]),
        ("（资料图）记者蒋思齐摄", [], ["蒋思齐"]),
    ],
)
def test_bracketed_reporter_before_a_photo_credit(
    closing: str, reporters: list[str], photographers: list[str]
) -> None:
    got_reporters, got_photographers = closing_people("沿江城市的客流持续回升。" + closing)
    assert got_photographers == photographers
    if reporters:
        assert got_reporters == reporters


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("市民在江边散步。（蒋思齐/东方IC）", ["蒋思齐"]),
        ("市民在江边散步。(邵青梧/视觉中国)", ["邵青梧"]),
        ("市民在江边散步。（罗一帆 / 视觉中国）", ["罗一帆"]),
        ("市民在江邊散步。（蘇硯秋／東方IC）", ["蘇硯秋"]),
        ("市民在江边散步。（方知远/CFP）", ["方知远"]),
        ("市民在江边散步。（谭若溪/人民视觉）", ["谭若溪"]),
        # guards: no name, a place, an outlet that is no picture agency, two names, a label, text after it
        ("市民在江边散步。（资料图/视觉中国）", []),
        ("市民在江边散步。（杭州/视觉中国）", []),
        ("市民在江边散步。（蒋思齐/长河日报）", []),
        ("市民在江边散步。（蒋思齐 邵青梧/视觉中国）", []),
        ("市民在江边散步。（记者 蒋思齐/视觉中国）", []),
        ("市民在江边散步。（蒋思齐/东方IC）有关部门表示，将加强管理。", []),
    ],
)
def test_name_before_a_picture_agency(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        (
            "The port reopened on Friday. Reportingby Jane Holloway in Lagos; editing by Max Brandt",
            ["Jane Holloway"],
        ),
        ("(Reportingby Tom Averill and Lena Marsh; Editing by Kai Dunmore)", ["Tom Averill", "Lena Marsh"]),
        ("(Reportingby Priya Natarajan in Mumbai)", ["Priya Natarajan"]),
        ("Reportingby Owen Castell; Writing by Ruth Ames", ["Owen Castell"]),
        (
            "Talks resume on Monday.Reportingby Ines Okafor and Dev Raman in Nairobi;",
            ["Ines Okafor", "Dev Raman"],
        ),
        ("(Reporting by Nora Vance)", ["Nora Vance"]),
        # guards: additional reporting, no "by" of its own, a word that only opens with "by"
        ("Additional reportingby Nora Vance", []),
        ("(Reportingbyte Nora Vance)", []),
        ("(ReportingNora Vance)", []),
    ],
)
def test_reporting_glued_to_by(text: str, reporters: list[str]) -> None:
    assert reporting_by(text) == reporters


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        (
            "Associated Press reporters Jane Holloway and Tom Averill contributed to this report from Lagos.",
            [],
        ),
        (
            "Associated Press reporters Lena Marsh and Kai Dunmore contributed to this report. Ruth Ames also contributed.",
            [],
        ),
        (
            "Xinhua News Agency reporters Owen Castell and Priya Natarajan contributed reporting from Cairo.",
            [],
        ),
        ("AP correspondent Nora Vance contributed to this report from Rome.", []),
        ("Associated Press correspondents Max Brandt and Ruth Ames contributing from Geneva.", []),
    ],
)
def test_agency_reporters_who_contributed(closing: str, reporters: list[str]) -> None:
    case = {"text": closing, "reader": "closing", "reporters": reporters}
    assert en_reporters(case) == reporters
    assert lead_dateline(closing, None) is None


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("Xinhua News Agency reporter Jane Holloway", ["Jane Holloway"]),
        ("Associated Press reporters Lena Marsh and Kai Dunmore", ["Lena Marsh", "Kai Dunmore"]),
    ],
)
def test_agency_reporters_still_read(lead: str, reporters: list[str]) -> None:
    found = lead_dateline(lead, None)
    assert found is not None and found.reporters == reporters


def test_reporter_role_of_place_report_lead() -> None:
    run = read_credits_zh("本报记者蒋思齐 邵青梧上海报道2021年，沿江城市的客流持续回升。", "inline", 0)
    assert run is not None and run.names(REPORTER) == ["蒋思齐", "邵青梧"]

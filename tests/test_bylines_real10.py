"""Credit shapes the tenth Chinese blind set showed missed (issue 10; docs/benchmarks.md "Tenth Chinese credit set"),
each family with lines written anew (invented names and outlets, none of the sets' or the probe's) and the guards that
keep its neighbours out: 报道员 (Xinhua's local-hire reporter) as a reporter's label; a caption's credit closed by a full
stop; a caption opening with its credit, the photo mark glued to the text; a header's fields set apart by bars after a
date's field; a space before 电 in a dateline with a bracket of names; a Taiwanese outlet glued before the name, the
place and 報導; places listed by 、 before 报道; a comma before a photographer's label; an outlet after a photographer's
label."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh


def roles(line: str) -> dict[str, list[str]]:
    run = read_credits_zh(line)
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR)} if run else {}


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("新华社澄江6月4日电（报道员方知白）澄江大桥今天通车。", ["方知白"]),
        ("新华社澄江6月4日电（报道员方知白、江映雪）澄江大桥今天通车。", ["方知白", "江映雪"]),
        ("新华社澄江6月4日电（记者石青禾 报道员秦暮云）澄江大桥今天通车。", ["石青禾", "秦暮云"]),
        ("新华社澄江6月4日电（新华社报道员顾星河）澄江大桥今天通车。", ["顾星河"]),
        ("新華社澄江6月4日電（報道員蘇晚亭）澄江大橋今天通車。", ["蘇晚亭"]),
        # guards: 报道 then 员工 (staff) is the story, the report word ending the credit before it
        ("记者方知白报道员工们今天复工。", ["方知白"]),
        ("本报讯（记者江映雪）报道员工作很辛苦。", ["江映雪"]),
    ],
)
def test_reporter_hired_locally(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


def test_reporter_hired_locally_in_a_line_and_a_closing() -> None:
    assert roles("新华社报道员 潘一苇")[REPORTER] == ["潘一苇"]
    assert roles("（报道员杜若溪）")[REPORTER] == ["杜若溪"]
    assert closing_people("澄江大桥今天通车。（新华社报道员戴听潮）") == (["戴听潮"], [])
    assert photographers_from(["澄江大桥今天通车。新华社报道员夏半山摄"]) == ["夏半山"]


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("工人在澄江大桥上作业。摄影：新华社记者方知白。", ["方知白"]),
        ("工人在澄江大桥上作业。摄影：江映雪。", ["江映雪"]),
        ("工人在澄江大桥上作业。图/青梧日报记者 石青禾。", ["石青禾"]),
        ("工人在澄江大桥上作业，配方需要变得可复制。摄影：新华社记者秦暮云、顾星河。", ["秦暮云", "顾星河"]),
        ("工人在澄江大桥上作业。摄影：新华社记者 苏晚亭.", ["苏晚亭"]),
        ("图为澄江大桥。摄影：新华社记者夏半山、钟问樵、汪鹤年。", ["夏半山", "钟问樵", "汪鹤年"]),
        # guards: an outlet after the label, a reporter's label and no mark
        ("工人在澄江大桥上作业。摄影：青梧日报。", []),
        ("工人在澄江大桥上作业。记者潘一苇。", []),
    ],
)
def test_caption_credit_closed_by_a_full_stop(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("新华社记者方知白摄3月22日，工人在澄江大桥上作业。", ["方知白"]),
        ("新华社记者江映雪/摄澄江大桥今天通车。", ["江映雪"]),
        ("新华社记者石青禾、秦暮云摄3月22日，工人在澄江大桥上作业。", ["石青禾", "秦暮云"]),
        ("青梧日报记者 顾星河 摄澄江大桥今天通车。", ["顾星河"]),
        ("記者蘇晚亭攝澄江大橋今天通車。", ["蘇晚亭"]),
        ("新华社记者潘一苇 / 摄 澄江大桥今天通车。", ["潘一苇"]),
        # guards: 摄影, 摄制, 摄像 are words, not the mark; no label before the name
        ("记者杜若溪摄影多年，作品丰富。", []),
        ("记者戴听潮摄制的纪录片今天播出。", []),
        ("本报记者夏半山摄像机坏了。", []),
        ("他告诉记者钟问樵摄像头坏了。", []),
    ],
)
def test_caption_opening_with_its_credit(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("line", "reporters", "editors"),
    [
        (
            "发布时间: 2011-01-14　｜　来源: 青梧网　｜　作者: 方知白　｜　责任编辑: 江映雪",
            ["方知白"],
            ["江映雪"],
        ),
        ("作者: 石青禾　｜　发布时间: 2011-01-14　｜　责任编辑: 秦暮云", ["石青禾"], ["秦暮云"]),
        ("发布日期: 2012-03-14 丨 作者: 顾星河 丨 编辑: 苏晚亭", ["顾星河"], ["苏晚亭"]),
        ("发布时间：2013-05-14 | 作者：潘一苇", ["潘一苇"], []),
        ("作者: 杜若溪 丨 阅读: 33 丨 编辑: 戴听潮", ["杜若溪"], ["戴听潮"]),
        # as before: fields after the credit, with or without bars
        ("作者: 夏半山 | 时间: 2019-09-23 | 浏览: 33", ["夏半山"], []),
        ("记者: 钟问樵 / 日期: 2018-10-04 13:40:00", ["钟问樵"], []),
    ],
)
def test_header_fields_after_a_date_field(line: str, reporters: list[str], editors: list[str]) -> None:
    got = roles(line)
    assert (got[REPORTER], got[EDITOR]) == (reporters, editors)


@pytest.mark.parametrize(
    "line",
    [
        "发布时间: 2011-01-14　｜　来源: 青梧网",
        "发布时间: 2011-01-14　｜　浏览: 33",
        "来源：青梧日报 时间：2019-09-23",
    ],
)
def test_header_fields_naming_nobody(line: str) -> None:
    assert not any(roles(line).values())


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("岚山网澄江5月23日 电 (方知白 江映雪)记者23日从澄江大桥获悉，大桥通车。", ["方知白", "江映雪"]),
        ("中新网澄江新闻5月23日 电 (石青禾  秦暮云)记者23日从澄江大桥获悉，大桥通车。", ["石青禾", "秦暮云"]),
        ("中新网澄江5月23日 电（顾星河）澄江大桥今天通车。", ["顾星河"]),
        ("新华社澄江5月23日 电（记者苏晚亭、潘一苇）澄江大桥今天通车。", ["苏晚亭", "潘一苇"]),
        ("中新网澄江5月23日 电 (杜若溪汪鹤年)澄江大桥今天通车。", ["杜若溪", "汪鹤年"]),
        ("中新网澄江5月23日 电 (任小满)澄江大桥今天通车。", ["任小满"]),
        # guards: 电 opening a word, no bracket after 电
        ("中新网澄江5月23日 电视台报道，澄江大桥今天通车。", []),
        ("中新网澄江5月23日 电 澄江大桥今天通车，戴听潮表示。", []),
    ],
)
def test_space_before_the_dispatch_mark(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        ("澄江大桥今天通车，市民纷纷前往。（翠峰新聞方知白南投報導）", ["方知白"]),
        ("澄江大桥今天通车，市民纷纷前往。（翠峰新聞江映雪台北報導）", ["江映雪"]),
        ("澄江大桥今天通车，市民纷纷前往。（湖濱電視台石青禾高雄報導）", ["石青禾"]),
        ("澄江大桥今天通车，市民纷纷前往。（青梧日报秦暮云长沙报道）", ["秦暮云"]),
        ("澄江大桥今天通车，市民纷纷前往。（岚山新聞網顧星河報導）", ["顧星河"]),
        # guards: the outlet's desk or place alone names nobody
        ("澄江大桥今天通车，市民纷纷前往。（翠峰新聞綜合報導）", []),
        ("澄江大桥今天通车，市民纷纷前往。（翠峰新聞南投報導）", []),
        ("澄江大桥今天通车，市民纷纷前往。（翠峰新聞生活中心報導）", []),
        ("澄江大桥今天通车，市民纷纷前往。（青梧日报北京3月5日讯）", []),
    ],
)
def test_outlet_glued_before_name_place_and_report(closing: str, reporters: list[str]) -> None:
    assert closing_people(closing)[0] == reporters


def test_this_paper_and_its_place_name_nobody() -> None:
    # 本报 ("this paper") is followed by the place filed from, and 电 / 讯 end an outlet's dateline
    assert lead_reporters("【本报惠州电】（记者方知白通讯员江映雪）2002年1月4日，澄江大桥通车。") == [
        "方知白"
    ]
    assert not any(roles("（本报惠州报道）").values())
    assert closing_people("澄江大桥今天通车。（翠峰新聞石青禾訊）") == ([], [])


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("本报记者方晓春江禾实习记者石青禾上海、深圳报道", ["方晓春", "江禾", "石青禾"]),
        ("本报记者秦暮云 顾星河 实习记者苏晚亭上海、深圳报道", ["秦暮云", "顾星河", "苏晚亭"]),
        ("本报记者潘一苇上海、深圳报道", ["潘一苇"]),
        ("本报记者 杜若溪 戴听潮 北京、上海、深圳报道", ["杜若溪", "戴听潮"]),
        ("記者夏半山台北、高雄報導", ["夏半山"]),
    ],
)
def test_places_listed_before_the_report_word(line: str, reporters: list[str]) -> None:
    assert roles(line)[REPORTER] == reporters


def test_places_listed_in_a_lead_and_alone() -> None:
    assert lead_reporters("本报讯 记者方知白、江映雪上海、深圳报道：澄江大桥今天通车。") == [
        "方知白",
        "江映雪",
    ]
    # guards: places filed from with no name, listed or alone, unlabelled: nobody
    for line in ("本报杭州、宁波报道", "本报 宁波报道", "（宁波报道）", "宁波报道"):
        assert not any(roles(line).values()), line


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("新华社记者方知白，摄影：新华社记者江映雪、石青禾", ["方知白"], ["江映雪", "石青禾"]),
        ("新华视点微博报道 新华社记者秦暮云，摄影：新华社记者顾星河", ["秦暮云"], ["顾星河"]),
        ("记者苏晚亭，摄影：潘一苇", ["苏晚亭"], ["潘一苇"]),
        ("记者杜若溪，摄影：记者戴听潮", ["杜若溪"], ["戴听潮"]),
        ("记者夏半山；图/钟问樵", ["夏半山"], ["钟问樵"]),
        ("记者汪鹤年,文/任小满", ["汪鹤年", "任小满"], []),
        ("（新华社记者钟问樵，摄影：姜南枝）", ["钟问樵"], ["姜南枝"]),
    ],
)
def test_comma_before_a_photographer_label(line: str, reporters: list[str], photographers: list[str]) -> None:
    got = roles(line)
    assert (got[REPORTER], got[PHOTOGRAPHER]) == (reporters, photographers)


def test_comma_before_a_photographer_label_in_a_closing() -> None:
    closing = "澄江大桥今天通车。（新华视点微博报道 新华社记者方知白，摄影：新华社记者江映雪、石青禾）"
    assert closing_people(closing) == (["方知白"], ["江映雪", "石青禾"])
    # guard: a photo mark after the comma stays the mark of the name before it
    assert roles("记者秦暮云，摄")[PHOTOGRAPHER] == ["秦暮云"]


@pytest.mark.parametrize(
    "line",
    # outlets opening with a surname (江, 方, 石, 白, 钟): no picture agency's shape
    [
        "摄影：江城日报",
        "摄影：方山晚报",
        "图/石桥新闻网",
        "摄影：白鹭都市报",
        "图：钟楼电视台",
        "摄影：林溪日报",
    ],
)
def test_outlet_after_a_photographer_label(line: str) -> None:
    assert not any(roles(line).values())
    assert photographers_from([f"工人在澄江大桥上作业。{line}"]) == []


def test_outlet_after_a_photographer_label_guards() -> None:
    assert roles("摄影：方知白")[PHOTOGRAPHER] == ["方知白"]
    assert roles("图/视觉中国 记者：江映雪")[REPORTER] == ["江映雪"]

"""Credit shapes the eighth Chinese and third English blind sets showed missed (issue 10; docs/benchmarks.md "Eighth
Chinese and third English credit sets"), each family with lines written anew (invented names and outlets, none of
the sets' or the probe's) and the guards that keep its neighbours out: the last of spaced names glued to 报道, names
glued before a place and 报道 (also with the story glued after), five-character pairs of editors, a portal channel's
讯 with a bare name, two names glued in a dateline's bracket, an outlet repeated before a second label, a dateline in
Chinese numerals, a picture credited to an organisation, a reprint note, a story opening on 据 / 按 / 随着; English: a
wire's advisory before the byline, "Reporting from PLACE by", zero-width characters, an initial without its stop."""

from __future__ import annotations

from datetime import date

import pytest

from bench.credit_lines import closing_people, en_reporters, lead_reporters
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh
from pipeline.text.bylines_en import reporting_by, split_names_en
from pipeline.text.datelines import parse_dateline


def line_names(text: str, role: str = REPORTER) -> list[str]:
    run = read_credits_zh(text)
    return run.names(role) if run else []


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("【青川网记者 柯文澜 宋一鸣 吕思远报道】", ["柯文澜", "宋一鸣", "吕思远"]),
        ("记者 韩小溪 唐若水报道", ["韩小溪", "唐若水"]),
        ("（鹿溪日报记者 冯立川 程晓岚 何青禾报道）", ["冯立川", "程晓岚", "何青禾"]),
        ("記者 柯文瀾 呂思遠報導", ["柯文瀾", "呂思遠"]),
        ("青川网记者 魏子舟 梁书白报道", ["魏子舟", "梁书白"]),
        # guards: a place of the table, a place ending in a place's last character, two characters
        ("记者 柯文澜 石家庄报道", ["柯文澜"]),
        ("记者 柯文澜 张家口报道", ["柯文澜"]),
        ("记者 柯文澜 宋一鸣 方城县报道", ["柯文澜", "宋一鸣"]),
        ("记者 柯文澜 高平报道", ["柯文澜"]),
    ],
)
def test_last_spaced_name_glued_to_report(text: str, reporters: list[str]) -> None:
    assert line_names(text) == reporters


def test_last_spaced_name_glued_to_report_in_a_lead() -> None:
    lead = "【青川网记者 柯文澜 宋一鸣 吕思远报道】青川大桥周一恢复通行。"
    assert lead_reporters(lead) == ["柯文澜", "宋一鸣", "吕思远"]


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("本报记者柯文澜宋一鸣上海报道", ["柯文澜", "宋一鸣"]),
        ("本报记者韩小溪唐若水杭州报道", ["韩小溪", "唐若水"]),
        ("本報記者柯文瀾宋一鳴台北報導", ["柯文瀾", "宋一鳴"]),
        ("记者冯立川何青禾成都报道", ["冯立川", "何青禾"]),
        ("本报记者梁书白程晓岚南京报道", ["梁书白", "程晓岚"]),
    ],
)
def test_glued_names_before_place_and_report(text: str, reporters: list[str]) -> None:
    assert line_names(text) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("本报记者柯文澜宋一鸣上海报道2021年，青川大桥的维修持续升级。", ["柯文澜", "宋一鸣"]),
        ("本报记者韩小溪上海报道近年来，青川的茶园越来越多。", ["韩小溪"]),
        ("本报记者冯立川何青禾成都报道青川大桥周一恢复通行。", ["冯立川", "何青禾"]),
        ("本報記者柯文瀾宋一鳴台北報導長河大橋周一恢復通行。", ["柯文瀾", "宋一鳴"]),
        ("记者唐若水杭州报道今年夏天，青川的游客比往年多。", ["唐若水"]),
        # guards: a verb before the place, a report about a place
        ("记者查阅上海报道2021年的资料，发现大桥维修了两次。", []),
        ("记者从上海报道中获悉，大桥维修了两次。", []),
    ],
)
def test_names_place_report_glued_to_story(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        ("监制/宋一鸣韩溪", ["宋一鸣", "韩溪"]),
        ("监制/韩溪宋一鸣", ["韩溪", "宋一鸣"]),
        ("编辑：唐若水冯川", ["唐若水", "冯川"]),
        ("本期监制/何青禾梁白主编/程晓岚", ["何青禾", "梁白", "程晓岚"]),
        ("责编丨吕思远宋一鸣", ["吕思远", "宋一鸣"]),
        # guards: pen names (no surname, a rarer one), the four-character rule
        ("内容编辑丨特工阿尔法", ["特工阿尔法"]),
        ("编辑：夜班小王子", ["夜班小王子"]),
        ("本期编辑：江湖郎中", ["江湖郎中"]),
        ("编辑：卢晶刘菁", ["卢晶", "刘菁"]),
    ],
)
def test_editor_pair_of_five_characters(text: str, editors: list[str]) -> None:
    assert line_names(text, EDITOR) == editors


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("青川科技讯（柯文澜）3月2日消息，青川大桥周一恢复通行。", ["柯文澜"]),
        ("鹿溪财经讯（宋一鸣）3月2日消息，鹿溪茶叶涨价。", ["宋一鸣"]),
        ("云岭体育讯 （记者韩小溪）北京时间3月2日，青川队获胜。", ["韩小溪"]),
        ("青川娱乐讯（唐若水）3月2日消息，青川电影节开幕。", ["唐若水"]),
        ("鹿溪科技讯（冯立川 何青禾）3月2日消息，鹿溪发布新款手机。", ["冯立川", "何青禾"]),
        ("鹿溪娛樂訊（梁書白）3月2日消息，青川電影節開幕。", ["梁書白"]),
        # guards: no bracket, a name in the story
        ("青川科技讯 3月2日消息，柯文澜表示，大桥周一恢复通行。", []),
        ("青川科技讯 北京时间3月6日早间消息，青川大桥周一恢复通行。", []),
    ],
)
def test_portal_channel_report(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("中新网鹿溪9月3日电 (宋一鸣韩溪)记者3日从青川获悉，大桥恢复通行。", ["宋一鸣", "韩溪"]),
        ("中新网鹿溪9月3日电（韩溪冯川）青川大桥周一恢复通行。", ["韩溪", "冯川"]),
        ("新华社青川5月2日电（宋一鸣韩小溪）青川大桥周一恢复通行。", ["宋一鸣", "韩小溪"]),
        ("中新网青川9月3日电（唐若水何青禾）青川大桥周一恢复通行。", ["唐若水", "何青禾"]),
        ("中新网鹿溪9月3日电（吕川梁白）青川大桥周一恢复通行。", ["吕川", "梁白"]),
        # guards: a brand of a rarer surname, words
        ("中新网鹿溪9月3日电（王者荣耀）青川大桥周一恢复通行。", []),
        ("中新网鹿溪9月3日电（图文直播）青川大桥周一恢复通行。", []),
        ("中新网鹿溪9月3日电（高新技术）青川大桥周一恢复通行。", []),
    ],
)
def test_glued_names_in_dateline_bracket(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("text", "reporters", "others"),
    [
        ("南岭视点记者 柯文澜 南岭视点实习生 宋一鸣", ["柯文澜"], ["宋一鸣"]),
        ("（青川周末记者 韩小溪 青川周末通讯员 唐若水）", ["韩小溪"], ["唐若水"]),
        ("鹿溪晨报记者冯立川鹿溪晨报通讯员何青禾", ["冯立川"], ["何青禾"]),
        ("东岭热线记者 韩小溪 东岭热线通讯员 唐若水 冯立川", ["韩小溪"], ["唐若水", "冯立川"]),
        ("鹿溪观察记者 梁书白 鹿溪观察实习生 程晓岚", ["梁书白"], ["程晓岚"]),
        ("北岸深读记者沈知远北岸深读通讯员曹望舒", ["沈知远"], ["曹望舒"]),
        # guards, read so before too: outlets of a known suffix, a second outlet of its own
        ("青川周刊记者 柯文澜 青川周刊实习生 宋一鸣", ["柯文澜"], ["宋一鸣"]),
        ("青川网记者 柯文澜 青川网实习生 宋一鸣 韩小溪", ["柯文澜"], ["宋一鸣", "韩小溪"]),
        ("青川日报记者 柯文澜 鹿溪日报通讯员 宋一鸣", ["柯文澜"], ["宋一鸣"]),
    ],
)
def test_outlet_repeated_before_a_second_label(text: str, reporters: list[str], others: list[str]) -> None:
    assert line_names(text) == reporters
    assert line_names(text, OTHER) == others


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("青川网记者柯文澜青川网通讯员宋一鸣一段视频显示，大桥周一恢复通行。", ["柯文澜"]),
        ("青川网记者韩小溪一项调查显示，青川的游客比往年多。", ["韩小溪"]),
        ("青川日报记者唐若水据鹿溪社报道，青川大桥周一恢复通行。", ["唐若水"]),
        ("东岭网·青川新闻记者冯立川随着游客增多，青川大桥周一起限流。", ["冯立川"]),
        ("青川网记者何青禾按法院的判决，大桥周一恢复通行。", ["何青禾"]),
        # guards: a reporter's sentence, no name
        ("记者随着人流进入大桥。", []),
        ("记者据此前报道梳理，大桥维修了两次。", []),
    ],
)
def test_story_glued_after_the_name(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("text", "month", "day", "reporters"),
    [
        ("新华社鹿溪二月二日电（记者宋一鸣）青川大桥周一恢复通行。", 2, 2, ["宋一鸣"]),
        ("新华社青川十二月三十一日电（记者柯文澜）青川大桥周一恢复通行。", 12, 31, ["柯文澜"]),
        ("中新网鹿溪十月十日电 (记者韩小溪)青川大桥周一恢复通行。", 10, 10, ["韩小溪"]),
        ("新华社青川三月二十日电（记者唐若水 冯立川）", 3, 20, ["唐若水", "冯立川"]),
        ("新华社鹿溪五月二十八日电（记者梁书白）青川大桥周一恢复通行。", 5, 28, ["梁书白"]),
        # guard: full-width digits, read before too
        ("新华社华盛顿４月２８日电（记者何青禾）", 4, 28, ["何青禾"]),
    ],
)
def test_dateline_in_chinese_numerals(text: str, month: int, day: int, reporters: list[str]) -> None:
    line = parse_dateline(text, date(2020, 6, 1))
    assert line is not None and (line.month, line.day, line.reporters) == (month, day, reporters)


def test_dateline_month_out_of_range() -> None:
    assert parse_dateline("新华社鹿溪十三月二日电（记者宋一鸣）", date(2020, 6, 1)) is None


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        ("文/本报记者柯文澜 图/新华社", ["柯文澜"], []),
        ("文/本报记者宋一鸣供图/新华社", ["宋一鸣"], []),
        ("文/记者韩小溪 供图/青川日报", ["韩小溪"], []),
        ("记者 唐若水 图/鹿溪晚报", ["唐若水"], []),
        ("文/记者程晓岚 摄影/鹿溪日报", ["程晓岚"], []),
        # guards: a picture desk read before too, a photographer's name after the label, a mark after the name
        ("文/冯立川 图片/青川网", ["冯立川"], []),
        ("文/柯文澜 图/宋一鸣", ["柯文澜"], ["宋一鸣"]),
        ("记者 韩小溪 摄", [], ["韩小溪"]),
    ],
)
def test_picture_credited_to_an_organisation(
    text: str, reporters: list[str], photographers: list[str]
) -> None:
    assert (line_names(text), line_names(text, PHOTOGRAPHER)) == (reporters, photographers)


def test_picture_credited_to_an_organisation_in_a_closing() -> None:
    paragraph = "青川大桥周一恢复通行，游客比往年多。文/本报记者柯文澜供图/新华社"
    assert closing_people(paragraph) == (["柯文澜"], [])


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("新华社（记者柯文澜）· 经青川新闻转载", ["柯文澜"]),
        ("（记者韩小溪）经青川观察转发", ["韩小溪"]),
        ("记者冯立川 何青禾 · 经鹿溪新闻客户端转载", ["冯立川", "何青禾"]),
        ("（记者梁书白）· 经鹿溪新闻网转载", ["梁书白"]),
        ("记者 程晓岚 经青川观察转载", ["程晓岚"]),
        # guards, read before too: a reprint source that reads as an outlet
        ("记者 宋一鸣 转自鹿溪网", ["宋一鸣"]),
        ("本报记者 唐若水 | 转载自青川日报", ["唐若水"]),
    ],
)
def test_reprint_note_after_the_credit(text: str, reporters: list[str]) -> None:
    assert line_names(text) == reporters


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        (
            "(Adds background, paragraphs 3-8) By Mara Quist April 5 (Reuters) - The harbour reopened.",
            ["Mara Quist"],
        ),
        ("(Updates with details) By Tobin Reyes (AP) - The harbour reopened on Monday.", ["Tobin Reyes"]),
        (
            "(Corrects paragraph 3) By Ilse Varga and Tobin Reyes (Reuters) - The harbour reopened.",
            ["Ilse Varga", "Tobin Reyes"],
        ),
        ("(Recasts, adds quotes) By Mara Quist (Reuters) - The harbour reopened on Monday.", ["Mara Quist"]),
        (
            "(Writes through with reaction) By Oren Delacroix (AFP) - The harbour reopened.",
            ["Oren Delacroix"],
        ),
        # guards: a bracket that is no advisory, an advisory with no byline
        ("(The harbour, closed since May) By Mara Quist (Reuters) - It reopened on Monday.", []),
        ("(Adds background) The harbour reopened on Monday, officials said.", []),
    ],
)
def test_wire_advisory_before_the_byline(paragraph: str, reporters: list[str]) -> None:
    assert en_reporters({"text": paragraph, "reader": "lead"}) == reporters


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        (
            "Reporting from Rome by Mara Quist, Ilse Varga; Writing by Mara Quist",
            ["Mara Quist", "Ilse Varga"],
        ),
        ("(Reporting from Kyiv by Tobin Reyes; Editing by Oren Delacroix)", ["Tobin Reyes"]),
        (
            "Reporting from New Delhi by Ilse Varga and Mara Quist; Editing by Tobin Reyes",
            ["Ilse Varga", "Mara Quist"],
        ),
        ("(Reporting by\u200b Mara Quist; Editing by Tobin Reyes)", ["Mara Quist"]),
        ("(Reporting by Ilse Varga\u200b in Oslo; Editing by\ufeff Tobin Reyes)", ["Ilse Varga"]),
        ("Reporting by Kavitha R in Chennai; Editing by Tobin Reyes", ["Kavitha R"]),
        # guards: additional reporting stays out; a printed initial keeps its stop
        ("Reporting from Rome by Mara Quist; Additional reporting by Ilse Varga", ["Mara Quist"]),
        ("Reporting by Tilo H. in Bonn; Editing by Tobin Reyes", ["Tilo H."]),
    ],
)
def test_reporting_by_forms(text: str, reporters: list[str]) -> None:
    assert reporting_by(text) == reporters


def test_initial_keeps_only_a_printed_stop() -> None:
    assert split_names_en("Kavitha R and Tilo H.") == ["Kavitha R", "Tilo H."]

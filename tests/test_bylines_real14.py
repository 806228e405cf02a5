"""Credit shapes the fourteenth Chinese blind set showed missed (issue 10; docs/benchmarks.md "Fourteenth Chinese credit
set"), each family with lines written anew (invented names and outlets, none of the sets' or the probe's) and the guards
that keep its neighbours out: a page's date field before the credit (【时间：…】【作者：X】); a photo's year after a comma
(摄，2025); what follows a closing credit's bracket (a stray comma, （据…报道）, 免责声明：…); where the bracket's item was
carried from before its credit (（转…图集，记者 X 摄）); a portal's channel before a credit line's bracket; a channel as
the desk in a lead's bracket (电(健康频道 X)); a photo label glued to the names after a comma (，摄影X、Y); a label word
glued to a number is the story's subject (新华社记者 X 记者14日从…获悉); a summary's heading glued after a byline run
into the lead (记者 X核心提示|…); a headline sentence glued before a wire's dateline (…。新华网X月X日电 (A，B)…)."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> tuple[list[str], list[str], list[str]]:
    run = read_credits_zh(line)
    if run is None:
        return [], [], []
    return run.names(REPORTER), run.names(PHOTOGRAPHER), run.names(EDITOR)


@pytest.mark.parametrize(
    ("line", "reporters", "editors"),
    [
        (
            "【时间：2021年03月08日】【来源：青屿新闻网】【作者：秦暮云】【编辑：郑听雨】",
            ["秦暮云"],
            ["郑听雨"],
        ),
        ("【时间：2021年03月08日】【作者：韦知秋】", ["韦知秋"], []),
        ("发布时间：2020-11-02 08:15:40 【编辑：严砚池】", [], ["严砚池"]),
        ("发布时间：2020-11-02 08:15 编辑：严砚池", [], ["严砚池"]),
        ("时间：2021年3月8日 作者：杭晓岚 编辑：乔一苇", ["杭晓岚"], ["乔一苇"]),
        ("【日期：2021年03月08日 09:30】【记者：江浸月】", ["江浸月"], []),
        # guards: a date field after the credit still ends it; a field that holds no date; no credit after the date;
        # a name after the date with no label
        ("记者：柯远帆 / 日期：2021-03-08 09:30:00", ["柯远帆"], []),
        ("浏览：1234 作者：骆青禾", [], []),
        ("【时间：2021年03月08日】【来源：青屿新闻网】", [], []),
        ("时间：2021年03月08日 苗采薇", [], []),
    ],
)
def test_date_field_before_the_credit(line: str, reporters: list[str], editors: list[str]) -> None:
    got = _roles(line)
    assert (got[0], got[2]) == (reporters, editors)


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("新华社记者 宋临川 摄，2024", ["宋临川"]),
        ("新华社记者 宋临川 摄，2024年", ["宋临川"]),
        ("云岫日报记者 秦暮云 摄, 2023年7月", ["秦暮云"]),
        ("（新华社记者 郑听雨 摄，2022年5月3日）", ["郑听雨"]),
        ("记者 韦知秋 摄，1998", ["韦知秋"]),
        # guards: no comma before the number; a number that is no year; the credit alone (read before)
        ("新华社记者 宋临川 摄 2024", []),
        ("新华社记者 宋临川 摄，20245", []),
        ("新华社记者 宋临川 摄", ["宋临川"]),
    ],
)
def test_photo_year_after_comma(line: str, photographers: list[str]) -> None:
    assert _roles(line)[1] == photographers


STORY = "青屿大桥周一恢复通行，往来车辆有序通过。"


@pytest.mark.parametrize(
    ("closing", "reporters"),
    [
        (STORY + "(记者 严砚池)免责声明：本文仅代表作者个人观点，与云岫网无关。", ["严砚池"]),
        (
            STORY + "（记者：杭晓岚 乔一苇 江浸月）（据云岫日报微信公众号报道）",
            ["杭晓岚", "乔一苇", "江浸月"],
        ),
        (STORY + "（记者：柯远帆、骆青禾）,", ["柯远帆", "骆青禾"]),
        (STORY + "（记者 苗采薇）；", ["苗采薇"]),
        (STORY + "（记者 宋临川）（来源：青屿新闻网）", ["宋临川"]),
        (STORY + "（记者：秦暮云）（据青屿网报道），", ["秦暮云"]),
        (STORY + "（记者 郑听雨）版权声明：转载请注明出处。", ["郑听雨"]),
        # guards: a source's bracket alone names nobody; a notice with nothing before it; the comma after no bracket
        (STORY + "（据云岫日报报道）", []),
        (STORY + "免责声明：本文仅代表作者个人观点。", []),
        ("青屿大桥周一恢复通行，记者 韦知秋,", []),
    ],
)
def test_notes_after_closing_credit(closing: str, reporters: list[str]) -> None:
    assert closing_people(closing)[0] == reporters


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("（转青屿网图集，新华社记者 宋临川 摄）", ([], ["宋临川"])),
        ("云岫网（转青屿网图集，新华社记者 秦暮云 摄）", ([], ["秦暮云"])),
        ("（转青屿网组图，记者 郑听雨 摄）", ([], ["郑听雨"])),
        ("（转云岫网专题，新华社记者 韦知秋 摄）", ([], ["韦知秋"])),
        ("（转云岫日报客户端图集，记者严砚池 摄）", ([], ["严砚池"])),
        ("（转青屿网高清组图，记者 江浸月 摄）", ([], ["江浸月"])),
        # read before: an outlet alone after 转, 转自 (a source's label), 据…报道 (a clause the bracket's reading passes)
        ("（转载云岫日报，记者韦知秋、严砚池）", (["韦知秋", "严砚池"], [])),
        ("（转自青屿新闻网，记者 郑听雨）", (["郑听雨"], [])),
        ("（据云岫社微博报道，记者杭晓岚）", (["杭晓岚"], [])),
        # guards: a clause that no label follows; a clause with no comma
        ("（转青屿网图集，青屿大桥周一恢复通行）", ([], [])),
        ("（转青屿网图集）", ([], [])),
    ],
)
def test_carried_from_before_the_credit(line: str, roles: tuple[list[str], list[str]]) -> None:
    got = _roles(line)
    assert (got[0], got[1]) == roles


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("中国网 · 图片中国（新华社记者 乔一苇 摄）", ([], ["乔一苇"])),
        ("青屿网·图片频道（记者 江浸月 摄）", ([], ["江浸月"])),
        ("青屿网 · 图片云岫（新华社记者 骆青禾 摄）", ([], ["骆青禾"])),
        ("云岫网 | 图片青屿（记者柯远帆）", (["柯远帆"], [])),
        ("青屿日报·图片新闻（宋临川 摄）", ([], ["宋临川"])),
        # read before: a channel that opens with no photo word
        ("云岫网 · 图说青屿（记者柯远帆）", (["柯远帆"], [])),
        ("青屿新闻网・视觉云岫（记者 骆青禾 苗采薇）", (["骆青禾", "苗采薇"], [])),
        # guards: a name before the dot, no portal; a channel with no portal; a bracket naming nobody
        ("秦暮云·图片频道（记者 郑听雨 摄）", ([], [])),
        ("图片中国（新华社记者 乔一苇 摄）", ([], [])),
        ("青屿网·图片频道（云岫日报）", ([], [])),
    ],
)
def test_portal_channel_before_credit_bracket(line: str, roles: tuple[list[str], list[str]]) -> None:
    got = _roles(line)
    assert (got[0], got[1]) == roles


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("云岫网10月14日电(健康频道 韦知秋) 连日来，青屿大桥周边车流明显增多。", ["韦知秋"]),
        ("青屿网5月3日电(体育频道 严砚池、杭晓岚) 青屿马拉松周日开跑。", ["严砚池", "杭晓岚"]),
        ("青屿网5月3日电（青屿网财经频道 乔一苇）青屿大桥周一恢复通行。", ["乔一苇"]),
        ("云岫网北京5月3日电（国际频道 江浸月 柯远帆）青屿大桥周一恢复通行。", ["江浸月", "柯远帆"]),
        ("云岫网5月3日电(汽车频道 骆青禾)青屿大桥周一恢复通行。", ["骆青禾"]),
        # guards: a channel naming nobody; the bracket's names alone (read before)
        ("云岫网5月3日电（健康频道）青屿大桥周一恢复通行。", []),
        ("云岫网5月3日电（苗采薇）青屿大桥周一恢复通行。", ["苗采薇"]),
    ],
)
def test_channel_desk_in_lead_bracket(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("（记者宋临川，摄影秦暮云、郑听雨）", (["宋临川"], ["秦暮云", "郑听雨"])),
        ("（记者韦知秋，摄像严砚池）", (["韦知秋"], ["严砚池"])),
        ("（新华社记者江浸月，摄影柯远帆）", (["江浸月"], ["柯远帆"])),
        ("（记者杭晓岚；摄影乔一苇、江浸月）", (["杭晓岚"], ["乔一苇", "江浸月"])),
        ("（据云岫社微博报道，记者柯远帆，摄影骆青禾）", (["柯远帆"], ["骆青禾"])),
        ("记者苗采薇，摄影宋临川", (["苗采薇"], ["宋临川"])),
        # guards: 摄影 glued to a word at the start of a line; 摄影 before a word that is no name
        ("摄影宋临川", ([], [])),
        ("（记者苗采薇，摄影爱好者）", ([], [])),
    ],
)
def test_photo_label_glued_after_comma(line: str, roles: tuple[list[str], list[str]]) -> None:
    got = _roles(line)
    assert (got[0], got[1]) == roles


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        (
            "新华社北京2月14日电 题：青屿大桥恢复通行 新华社记者 秦暮云 记者14日从青屿市交通局获悉，大桥周一恢复通行。",
            ["秦暮云"],
        ),
        (
            "新华社青屿5月3日电 题：青屿马拉松开跑 新华社记者 郑听雨、韦知秋 记者3日从组委会获悉，比赛周日开跑。",
            ["郑听雨", "韦知秋"],
        ),
        (
            "新华社北京1月9日电 题：青屿港扩建 新华社记者严砚池 记者9日从青屿港获悉，扩建工程开工。",
            ["严砚池"],
        ),
        (
            "新华社云岫8月2日电 题：云岫茶叶丰收 新华社记者 杭晓岚 乔一苇 记者2日从云岫县获悉，茶叶丰收。",
            ["杭晓岚", "乔一苇"],
        ),
        ("新华社北京3月1日电 题：青屿大桥通车 新华社记者 江浸月 记者1日从青屿市获悉，大桥通车。", ["江浸月"]),
        # guards: the story's reporter with no byline names nobody; the dateline's bracket (read before)
        ("本报讯 记者3日从青屿市交通局获悉，大桥周一恢复通行。", []),
        ("新华社青屿5月3日电（记者柯远帆）记者3日从青屿市交通局获悉，大桥周一恢复通行。", ["柯远帆"]),
    ],
)
def test_label_glued_to_a_number_is_no_label(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("青屿日报记者 秦暮云核心提示|7月29日，青屿大桥恢复通行。", ["秦暮云"]),
        ("青屿日报记者 郑听雨 韦知秋核心提示：7月29日，青屿大桥恢复通行。", ["郑听雨", "韦知秋"]),
        ("云岫晚报记者 严砚池编者按：7月29日，青屿大桥恢复通行。", ["严砚池"]),
        ("云岫晚报记者 杭晓岚内容提要|青屿大桥恢复通行。", ["杭晓岚"]),
        ("青屿日报记者 乔一苇核心提示丨青屿大桥恢复通行。", ["乔一苇"]),
        (
            "云岫日报记者 苗雨内容提要|青屿大桥恢复通行。",
            ["苗雨"],
        ),  # a two-character name: no 苗雨内 + 容提要
        # guard: the heading with no byline; the heading set apart from the name
        ("核心提示|7月29日，青屿大桥恢复通行。", []),
        ("云岫晚报记者 江浸月 核心提示|青屿大桥恢复通行。", ["江浸月"]),
    ],
)
def test_summary_heading_glued_after_byline(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        (
            "青屿大桥周一恢复通行。新华社青屿5月3日电 (郑听雨、韦知秋)青屿大桥周一恢复通行。",
            ["郑听雨", "韦知秋"],
        ),
        ("青屿港扩建工程开工。人民网青屿5月3日电（乔一苇）扩建工程开工。", ["乔一苇"]),
        ("云岫茶叶喜获丰收！新华网云岫8月2日电（杭晓岚 乔一苇）云岫县茶叶喜获丰收。", ["杭晓岚", "乔一苇"]),
        ("青屿港启动扩建。中新网青屿5月3日电 (江浸月)青屿港扩建工程3日开工。", ["江浸月"]),
        (
            "青屿大桥周一恢复通行。新华网青屿5月3日电 (柯远帆，骆青禾)青屿大桥周一恢复通行。",
            ["柯远帆", "骆青禾"],
        ),
        # guards: a story's sentence (a clause) before the dateline; a dateline naming no agency; no dateline; a bracket
        # naming nobody
        ("青屿大桥周一恢复通行，往来车辆有序通过。新华社青屿5月3日电（秦暮云）青屿大桥周一恢复通行。", []),
        ("青屿大桥周一恢复通行。青屿5月3日电（秦暮云）青屿大桥周一恢复通行。", []),
        ("青屿大桥周一恢复通行。5月3日，记者秦暮云来到青屿大桥。", []),
        ("青屿大桥周一恢复通行。新华社青屿5月3日电（青屿大桥）青屿大桥周一恢复通行。", []),
    ],
)
def test_headline_glued_before_dateline(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters

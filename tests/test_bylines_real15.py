"""Credit shapes the fifteenth Chinese blind set showed missed (issue 10; docs/benchmarks.md "Fifteenth Chinese credit
set"), each family with lines written anew (invented names and outlets, none of the sets' or the probe's) and the guards
that keep its neighbours out: a writer's and a photographer's names glued with their marks (People's Daily, 1998:
本报记者X文Y摄); a caption's picture "being" the photographer's (（压题照片为X摄）); a portal, its channel glued, before a
credit line's bracket, and who reposted the item after it (X网Y频道（Z 摄）, …（Z 摄），X号转载), a team before the
photographer inside the bracket (（X网新闻航拍队，Z 摄）); a CNA dateline's day in Chinese numerals (中央社記者X台北十二日電)."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> tuple[list[str], list[str]]:
    run = read_credits_zh(line)
    if run is None:
        return [], []
    return run.names(REPORTER), run.names(PHOTOGRAPHER)


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("（本报记者秦暮云文郑听雨摄）", (["秦暮云"], ["郑听雨"])),
        ("（本报记者韦知秋文严砚摄）", (["韦知秋"], ["严砚"])),
        ("本报记者杭晓岚文乔一苇摄", (["杭晓岚"], ["乔一苇"])),
        ("（新华社记者江浸月文柯远帆摄）", (["江浸月"], ["柯远帆"])),
        ("（本報記者骆青禾文苗采薇攝）", (["骆青禾"], ["苗采薇"])),
        ("（本报记者宋临川、秦暮云文郑听雨摄）", (["宋临川", "秦暮云"], ["郑听雨"])),
        ("（本报记者韦知秋文严砚拍摄）", (["韦知秋"], ["严砚"])),
        # guards: a name ending in 文 before a glued photographer stays two photographers; the photo mark alone; the
        # marks set apart (read before)
        ("（本报记者王志文严砚摄）", ([], ["王志文", "严砚"])),
        ("（本报记者杭晓文摄）", ([], ["杭晓文"])),
        ("（本报记者杭晓岚 文 乔一苇摄）", (["杭晓岚"], ["乔一苇"])),
    ],
)
def test_writer_and_photographer_glued_with_marks(line: str, roles: tuple[list[str], list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("paragraph", "roles"),
    [
        # a caption's or closing paragraph's credit line: the writer is no photographer of the picture
        ("本报记者秦暮云文郑听雨摄", (["秦暮云"], ["郑听雨"])),
        ("本報記者骆青禾文苗采薇攝", (["骆青禾"], ["苗采薇"])),
        # guard: a labelled line closed by a photo mark still credits its every name (read before)
        ("本报记者秦暮云 通讯员郑听雨摄", (["秦暮云"], ["秦暮云", "郑听雨"])),
    ],
)
def test_glued_writer_is_no_photographer_of_the_closing(
    paragraph: str, roles: tuple[list[str], list[str]]
) -> None:
    assert closing_people(paragraph) == roles


@pytest.mark.parametrize(
    ("caption", "photographers"),
    [
        ("（压题照片为秦暮云摄）", ["秦暮云"]),
        ("（图为郑听雨摄）", ["郑听雨"]),
        ("岚州大桥夜景。（照片为韦知秋摄）", ["韦知秋"]),
        ("图片为杭晓岚、乔一苇摄", ["杭晓岚", "乔一苇"]),
        ("（照片為江浸月攝）", ["江浸月"]),
        ("（图为柯远帆拍摄）", ["柯远帆"]),
        ("（图为严砚摄）", ["严砚"]),
        # guards: what the picture shows; no mark; a crowd that took it
        ("图为岚州大桥夜景。", []),
        ("（压题照片为岚州大桥）", []),
        ("图为游客拍摄。", []),
        ("图为无人机拍摄。", []),
    ],
)
def test_picture_being_the_photographers(caption: str, photographers: list[str]) -> None:
    assert photographers_from([caption]) == photographers


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("青屿网（青屿社记者 韦知秋 摄），琅川网转载", ([], ["韦知秋"])),
        ("琅川图片网（秦暮云 摄）", ([], ["秦暮云"])),
        ("（青屿网新闻航拍队，郑听雨 摄）", ([], ["郑听雨"])),
        ("岚州图片网（杭晓岚 摄），白石号转载", ([], ["杭晓岚"])),
        ("白石日报（记者 乔一苇 摄），青屿网转发", ([], ["乔一苇"])),
        ("青屿在线网（青屿网新闻航拍队，江浸月 摄）", ([], ["江浸月"])),
        # read before: a channel glued to its portal; an outlet's desk before the name
        ("青屿网岚州频道（宋临川 摄）", ([], ["宋临川"])),
        ("（白石日报全媒体中心，柯远帆 摄）", ([], ["柯远帆"])),
        # guards: an institution's picture; a channel and no credit; two photographers set apart by a comma; a note
        # after the bracket that is no repost; a name before an outlet's bracket; a labelled credit before the comma
        ("青屿网（岚州市博物馆供图）", ([], [])),
        ("青屿网岚州频道（岚州大桥）", ([], [])),
        ("（秦暮云，郑听雨 摄）", ([], ["秦暮云", "郑听雨"])),
        ("青屿网（韦知秋 摄），转载请注明出处", ([], [])),
        ("骆青禾（白石日报）", (["骆青禾"], [])),
        ("（青屿网记者宋临川，摄影：郑听雨）", (["宋临川"], ["郑听雨"])),
    ],
)
def test_portal_before_credit_bracket_and_repost_after(line: str, roles: tuple[list[str], list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("(中央社記者秦暮云台北十二日電)岚州氣象局表示，颱風結構完整。", ["秦暮云"]),
        ("（中央社記者郑听台北三十日電）岚州大橋今天通車。", ["郑听"]),
        ("（中央社记者韦知秋高雄三月五日电）岚州大桥今天通车。", ["韦知秋"]),
        ("(中央社記者杭晓岚台北十一月二日電)白石港吞吐量增長一成。", ["杭晓岚"]),
        ("（本报记者乔一苇岚州九日电）岚州大桥今天通车。", ["乔一苇"]),
        # guards: an agency's dateline names nobody, in Chinese numerals as in digits; the digits (read before)
        ("（路透巴黎二十三日電）岚州大橋今天通車。", []),
        ("(中央社台北十二日電)岚州氣象局表示，颱風結構完整。", []),
        ("新华社岚州一月十二日电 岚州大桥今天通车。", []),
        ("(中央社記者秦暮云台北12日電)岚州氣象局表示，颱風結構完整。", ["秦暮云"]),
    ],
)
def test_cna_dateline_in_chinese_numerals(lead: str, reporters: list[str]) -> None:
    assert lead_reporters(lead) == reporters

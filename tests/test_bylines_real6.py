"""Credit shapes of the misses of the sixth real set of Chinese credit lines found in public code (issue 10;
docs/benchmarks.md "Credit lines found in public code", the sixth set): Taiwanese author fields and stamps, a
broadcast's credit block, captions credited to a reporter and a correspondent, names glued to the story. Every line
here is written anew, with invented names and outlets, in the shape of a cause: a general rule each, never a real
line's names."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        # a broadcast's credit block: its labels (编导, 解说, 录音, 协助) glued after the names before them
        (
            "编导丨陶禾 林川解说丨林大川记者丨孔一凡 陶小禾摄像丨孔大川录音丨林小禾",
            REPORTER,
            ["孔一凡", "陶小禾"],
        ),
        ("编导丨陶禾 林川解说丨林大川记者丨孔一凡 陶小禾摄像丨孔大川录音丨林小禾", PHOTOGRAPHER, ["孔大川"]),
        # a Taiwanese wire's translator and copy checker (譯者 is no reporter; 核稿 checks the copy: an editor)
        ("（譯者：陶禾/核稿：孔一凡）", EDITOR, ["孔一凡"]),
        ("（譯者：陶禾/核稿：孔一凡）", OTHER, ["陶禾"]),
        # two one-character labels joined by 、 before a delimiter: text and pictures by one writer, a pen name
        ("文、圖／長河先生", REPORTER, ["長河先生"]),
        # the ROC-calendar date a Taiwanese wire prints after its closing bracket (year 114, September 7)
        ("（編輯：孔一凡）1140907", EDITOR, ["孔一凡"]),
        # a page's date and time fields after the credit, and a date between the outlet and the label
        ("記者: 孔一凡 / 日期: 2018-10-04 13:40:00", REPORTER, ["孔一凡"]),
        ("長河日報 2026/08/04 記者孔一凡報導", REPORTER, ["孔一凡"]),
        # after a photo label with nothing between, 通讯员 is the photographer's title, as 记者 is
        ("摄/通讯员陶禾", PHOTOGRAPHER, ["陶禾"]),
        # two names written without a space before the report word
        ("记者孔一凡陶禾联合报道。", REPORTER, ["孔一凡", "陶禾"]),
        # a Taiwanese county or city in its short form between the name and 報導
        ("記者孔一凡嘉縣報導", REPORTER, ["孔一凡"]),
        ("【記者陶禾竹市報導】", REPORTER, ["陶禾"]),
        # an outlet of any words glued before the label, one name glued after it, nothing else on the line
        ("——长河中文电视记者孔一凡", REPORTER, ["孔一凡"]),
    ],
)
def test_line_shapes_real6(line: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(role) == names


@pytest.mark.parametrize(
    "line",
    [
        # an outlet's dateline whose name opens with a surname (长 of 长河日报) names nobody
        "长河日报北京3月5日讯",
        # a correspondent after a writer's label stays a correspondent
        "文/通讯员 陶禾",
    ],
)
def test_no_reporters_real6(line: str) -> None:
    run = read_credits_zh(line)
    assert run is None or not run.names(REPORTER)


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # 翻攝: a picture re-photographed by the reporter
        ("（資料照，記者孔一凡翻攝）", ["孔一凡"]),
        # 拍摄于 + when: the mark, then where or when the picture was taken
        ("长河大桥恢复通车。（长河台记者陶禾拍摄于通车仪式后）", ["陶禾"]),
        # a photographer's title, the name, then 拍攝 and what was taken
        ("2021年夏天，攝影記者孔一凡拍攝長河大橋通車的過程。", ["孔一凡"]),
        # a caption's credit closed by 摄 credits the picture to every name of it
        ("长河大桥恢复通车。本报记者孔一凡 通讯员陶禾摄", ["孔一凡", "陶禾"]),
        ("长河大桥恢复通车。摄/通讯员陶禾", ["陶禾"]),
        # ... unless the credit says who wrote: the writer is no photographer
        ("长河大桥恢复通车。文/记者 孔一凡 图/记者 陶禾 摄", ["陶禾"]),
        ("长河大桥恢复通车。记者 孔一凡 文 陶禾 摄", ["陶禾"]),
        # a date after the mark inside the closing bracket
        ("長河大橋恢復通車。（圖／記者孔一凡攝，2016.11.30）", ["孔一凡"]),
    ],
)
def test_caption_photographers_real6(caption: str, names: list[str]) -> None:
    assert photographers_from([caption]) == names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # the credit after the dateline, its outlet longer than the gap a label may start in
        ("人民日报北京3月5日讯 人民日报全媒体记者孔一凡 为落实，长河大桥周一恢复通车。", ["孔一凡"]),
        # the name glued to the story, the byline's line break lost: after the report word, or before a preposition
        # opening the story's first clause
        ("记者孔一凡报道2017赛季，是长河队的第二个赛季，", ["孔一凡"]),
        ("記者孔一凡報導這項公共政策的影響。", ["孔一凡"]),
        ("新华社记者孔一凡在位于长河大学校区内的陈列馆，参观者络绎不绝，", ["孔一凡"]),
        ("文｜《长河日报》记者陶禾从今年4月初开始，", ["陶禾"]),
        ("长河财经全媒体记者陶禾 报道历经一次打断，长河大桥终于通车。", ["陶禾"]),
        # a wire dateline, the story's title, then the byline, its names ended by a space
        (
            "新华社长河2月9日电 题：长河大桥的十年——系列述评之四 新华社记者孔一凡、陶禾、林川 历经十年的长河大桥，",
            ["孔一凡", "陶禾", "林川"],
        ),
        # no credit: a label in a sentence, a comma or an interviewer's colon after it
        ("陶禾告诉记者，由于在过去的两年里天公作美，工程进展顺利。", []),
        ("记者：长河在中国媒体做广告时，有一句口号。", []),
        # no credit: a time word or an adverb where a name would stand (those opening with a surname: 连, 凌, 于)
        ("记者连日在长河大桥看到，大桥已通车。", []),
        ("新华社记者凌晨从长河市获悉，大桥已通车。", []),
        ("记者于今年在长河采访时发现，大桥已通车。", []),
        # an HTML em space a scraper left between the names, its ampersand lost
        ("新华社长河5月3日电(记者孔一凡#8195;陶禾)长河大桥周一恢复通车，", ["孔一凡", "陶禾"]),
    ],
)
def test_lead_reporters_real6(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


def test_closing_outlet_glued_real6() -> None:
    # a closing signature: an outlet of any words, the label and one name, glued
    assert closing_people("长河城市读本实习记者陶禾") == (["陶禾"], [])

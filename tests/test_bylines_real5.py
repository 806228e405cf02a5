"""Credit shapes of the misses of the first run on the fifth set of real credit lines found in public code
(issue 10; docs/benchmarks.md "Credit lines found in public code", fifth set: provincial, evening, industry and
client outlets, Taiwan papers, 记者 + surname leads). Every line here is written anew, with invented names and
outlets, in the shape of a miss: a general rule each, never a real line's names."""

from __future__ import annotations

import pytest

from bench.credit_lines import closing_people, lead_reporters
from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, REPORTER, read_credits_zh


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        # a slash or a bar of another font (╱, box drawing │) delimits as / and | do
        ("长河日报 记者孔一凡╱即时报导", REPORTER, ["孔一凡"]),
        ("記者 陶小禾│台北報導", REPORTER, ["陶小禾"]),
        # a telephone number after an editor's credit is contact detail, no word of the credit
        ("【责任编辑：孔一凡 TEL：（010）12345678】", EDITOR, ["孔一凡"]),
        ("责任编辑：陶小禾 电话：0571-12345678", EDITOR, ["陶小禾"]),
        # 采访整理 glued to the name (interviewed and wrote up) makes a reporter, as it does spaced; 整理 alone an other
        ("记者孔一凡采访整理", REPORTER, ["孔一凡"]),
        ("孔一凡整理", REPORTER, []),
    ],
)
def test_line_shapes_real5(line: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(role) == names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # 报道 right before a full stop ends the run: the story starts after the stop
        ("长河新闻记者孔一凡报道。长河大桥周一恢复通车，", ["孔一凡"]),
        # the date before the place (记者X8月7日长河报道), as the place before the date (台北12日电)
        ("记者陶小禾8月7日长河报道 长河大桥周一恢复通车，", ["陶小禾"]),
        # … but a word after a label that starts with a particle is no name before 报道 (采写的系列报道。)
        ("下面，我们将刊登本报记者采写的系列报道。", []),
    ],
)
def test_lead_reporters_real5(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        # a signature glued after the last sentence's exclamation mark and closing quotation mark
        ("长河大桥周一恢复通车，他说：“有空你去看看啊！”文/本报记者孔一凡", ["孔一凡"]),
        ("长河大桥周一恢复通车，你去看看吧！文/本报记者陶小禾", ["陶小禾"]),
        # a closing bracket citing a source and a date before the credit: its last part, labelled, is the credit
        ("长河大桥周一恢复通车。（摘自《长河日报》，2014年10月17日，记者陶小禾）", ["陶小禾"]),
        # … but a bare name after a date is no signature
        ("长河大桥周一恢复通车。（长河日报，2014年10月17日，陶小禾）", []),
    ],
)
def test_closing_reporters_real5(paragraph: str, reporters: list[str]) -> None:
    assert closing_people(paragraph)[0] == reporters


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        # "the picture reporter X took" (记者X拍摄的…) credits X; without the label it is no credit
        ("长河网记者孔一凡拍摄的长河大桥。", ["孔一凡"]),
        ("游客陶小禾拍摄的长河大桥。", []),
    ],
)
def test_caption_photographers_real5(caption: str, names: list[str]) -> None:
    assert photographers_from([caption]) == names


def test_full_stop_between_tokens_is_no_credit_line() -> None:
    # the full stop splits tokens now (报道。 ends a lead's run), but a sentence before a credit still makes the
    # text no whole credit line: the caption's last word is nobody's name
    assert read_credits_zh("陶小禾。长河网记者 孔一凡 摄") is None
    run = read_credits_zh("记者 孔一凡 摄。")
    assert run is not None
    assert run.names("photographer") == ["孔一凡"]

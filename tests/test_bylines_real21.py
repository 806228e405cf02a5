"""Credit shapes the twenty-first Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the
twenty-first set), each family with lines written anew (invented names, places and outlets, none of the set's) and
the guards that keep its neighbours out."""

from __future__ import annotations

import pytest

from pipeline.stages.extract.credits import photographers_from
from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR) if run.names(role)}


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # the one word of a photographer's field, set apart by spaces before the photo mark, a pen name or a given
        # name whose surname neither table holds: the field names whoever stands there, as a reporter's does
        ("（记者 晓川 摄）", {PHOTOGRAPHER: ["晓川"]}),
        ("长河社发 苇航 摄", {PHOTOGRAPHER: ["苇航"]}),
        ("长河社发（苇航 摄）", {PHOTOGRAPHER: ["苇航"]}),
        ("（苇航 摄）", {PHOTOGRAPHER: ["苇航"]}),
        ("长河日报记者 晓川 摄影", {PHOTOGRAPHER: ["晓川"]}),
        ("长河社发 孔一凡 摄", {PHOTOGRAPHER: ["孔一凡"]}),  # a name with a surname, as before
    ],
)
def test_sole_word_of_a_photographers_field_is_its_name(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    "line",
    [
        "（航拍 摄）",  # an everyday word in the field is no one's name
        "长河社发 资料 摄",
        "记者 现场 摄",
        "（晓川）",  # no label and no photo mark: nobody's field
        "长河社发 晓川 陶禾 摄",  # two words, the second no surname's: no single field
    ],
)
def test_sole_photo_word_guards(line: str) -> None:
    assert not (_roles(line) or {}).get(PHOTOGRAPHER)


def test_caption_credit_with_a_pen_name() -> None:
    caption = "长河大桥周一恢复通行，过往车辆有序通过。长河社发 苇航 摄（来源：长河网）"
    assert photographers_from([caption]) == ["苇航"]

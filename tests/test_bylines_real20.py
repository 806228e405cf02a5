"""Credit shapes the twentieth Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the twentieth
set), each family with lines written anew (invented names, places and outlets, none of the set's) and the guards that
keep its neighbours out."""

from __future__ import annotations

import pytest

from bench.credit_lines import lead_reporters
from pipeline.text.bylines import EDITOR, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR) if run.names(role)}


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # a reporter's label set apart from the one word of its field, a given name whose surname neither table
        # holds (or a pen name): the field names whoever stands there
        ("（记者 晓川）", {REPORTER: ["晓川"]}),
        ("(本报记者 苇航)", {REPORTER: ["苇航"]}),
        ("作者：晓川", {REPORTER: ["晓川"]}),
        ("文｜晓川 编辑｜孔一凡", {REPORTER: ["晓川"], EDITOR: ["孔一凡"]}),
        ("文/苇航 编辑/陶禾", {REPORTER: ["苇航"], EDITOR: ["陶禾"]}),
    ],
)
def test_sole_word_of_a_reporters_field_is_its_name(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles


@pytest.mark.parametrize(
    "line",
    [
        "记者手记",  # glued to the label: a heading
        "记者晓川",  # glued, no surname: no credit line of its own
        "（记者 观察）",  # an everyday word in the field is no one's name
        "作者：佚名",  # "anonymous"
        "（记者 北京）",
    ],
)
def test_sole_word_guards(line: str) -> None:
    assert not (_roles(line) or {}).get(REPORTER)


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("长河网北京3月2日消息（记者 晓川）3月1日，长河大桥恢复通行，周边道路同步开放。", ["晓川"]),
        ("文｜苇航 编辑｜陶禾 “我们会把这座桥修到最好。”长河大桥的总工程师说。", ["苇航"]),
    ],
)
def test_sole_word_in_a_lead(paragraph: str, names: list[str]) -> None:
    assert lead_reporters(paragraph) == names

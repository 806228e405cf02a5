"""Credit shapes the nineteenth Chinese set of real lines showed missed (issue 10; docs/benchmarks.md, the nineteenth
set), each family with lines written anew (invented names, places and outlets, none of the set's) and the guards that
keep its neighbours out."""

from __future__ import annotations

import pytest

from pipeline.text.bylines import EDITOR, OTHER, PHOTOGRAPHER, REPORTER, read_credits_zh


def _roles(line: str) -> dict[str, list[str]] | None:
    run = read_credits_zh(line)
    if run is None:
        return None
    return {role: run.names(role) for role in (REPORTER, PHOTOGRAPHER, EDITOR, OTHER) if run.names(role)}


@pytest.mark.parametrize(
    "line",
    [
        # a platform's or an outlet's name in the editor's field: the desk, no editor
        "编辑丨长河平台",
        "编辑：北岸资讯平台",
        "编辑：长河新闻网",
        # the house's generic signature "the little editor", alone or after the site's name
        "核稿编辑：长河小编",
        "責任編輯：北岸小編",
        "责任编辑：小编",
        "作者：长河小编",
    ],
)
def test_platform_or_house_signature_is_no_editor(line: str) -> None:
    assert not _roles(line)


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("编辑：孔一凡", {EDITOR: ["孔一凡"]}),
        ("编辑丨陶禾", {EDITOR: ["陶禾"]}),
        ("编辑：山桦", {EDITOR: ["山桦"]}),  # a rare surname after the editor's colon stays
        ("内容编辑丨特工阿尔法", {EDITOR: ["特工阿尔法"]}),  # a pen name of five characters
        ("责任编辑：林大川 校对：王望舒", {EDITOR: ["林大川", "王望舒"]}),
    ],
)
def test_editor_names_beside_the_desk_words(line: str, roles: dict[str, list[str]]) -> None:
    assert _roles(line) == roles

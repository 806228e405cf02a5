"""Credit shapes the invented probe of brief s22 showed missed (issue 10; docs/benchmarks.md "The invented credit-line
probe"): a name glued before its outlet in a closing signature, an outlet after the names, an editor's pen name, a
slash inside a double surname, a signature paragraph of names joined by slashes, a sign-off after the last sentence.
Every line here is written anew, with names and outlets of neither the probe nor the real sets; the probe itself
(tests/fixtures/bylines/probe.toml) is held at its figure by the last test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.credit_lines import closing_people, en_line_right, load_block, zh_line_right
from pipeline.text.bylines import EDITOR, REPORTER, read_credits_zh
from pipeline.text.bylines_en import (
    author_note_reporters,
    closing_credit_sentences,
    closing_signature,
    english_byline,
)
from pipeline.text.credit_names import name_before_outlet

PROBE = Path(__file__).parent / "fixtures" / "bylines" / "probe.toml"


@pytest.mark.parametrize(
    ("run", "cut"),
    [
        ("邵明轩柳江日报", 3),  # a three-character name, a place of two characters, 日报
        ("庞璐柳江新闻网", 2),  # a two-character name, 新闻网
        ("热依拉·吐尔逊柳江都市报", 7),  # a name with a middle dot, 都市报
        ("骆嘉禾柳江融媒", 3),  # a county's media centre
        ("柳江日报", 0),  # an outlet alone
        ("经济观察报", 0),  # an outlet whose first character is a rare surname: no cut
        ("北京青年报", 0),
        ("华西都市报", 0),  # 华西 + 都市报 leaves no place before the suffix
        ("新湖南·湖南经济日报", 0),  # a brand joined to its outlet by a middle dot holds a place: no name
    ],
)
def test_name_before_outlet(run: str, cut: int) -> None:
    assert name_before_outlet(run) == cut


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        # a closing signature: a name glued before the outlet and label of a second name
        ("柳江大桥周五起封闭施工。邵明轩柳江日报记者骆嘉禾", ["邵明轩", "骆嘉禾"]),
        ("柳江大桥周五起封闭施工。庞璐柳江新闻网记者蒲一鸣", ["庞璐", "蒲一鸣"]),
        ("柳江大桥周五起封闭施工。热依拉·吐尔逊柳江都市报记者庞璐", ["热依拉·吐尔逊", "庞璐"]),
        # an outlet of a rare surname's first character stays one outlet
        ("柳江大桥周五起封闭施工。北京青年报记者骆嘉禾", ["骆嘉禾"]),
    ],
)
def test_name_glued_to_outlet_in_closing(paragraph: str, reporters: list[str]) -> None:
    assert closing_people(paragraph)[0] == reporters


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        # an outlet after the names ends their run and is nobody's name
        ("记者 骆嘉禾 柳江新闻网", ["骆嘉禾"]),
        ("记者 骆嘉禾 蒲一鸣 柳江都市报", ["骆嘉禾", "蒲一鸣"]),
        ("记者 骆嘉禾 柳江商报", ["骆嘉禾"]),
        # a county media centre before the label: the outlet, not a name (融媒 is also a label's qualifier)
        ("柳江融媒记者骆嘉禾", ["骆嘉禾"]),
        ("文/柳江融媒记者 热依拉·吐尔逊", ["热依拉·吐尔逊"]),
    ],
)
def test_outlet_words_around_names(line: str, reporters: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(REPORTER) == reporters


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        (
            "本期编辑：江畔闻笛",
            ["江畔闻笛"],
        ),  # four characters, the second half no common surname's (闻): one pen name
        ("编辑：江雪孙悦", ["江雪", "孙悦"]),  # two names glued, the second a common surname's: two
        ("内容编辑丨值班小海豚 竹影", ["值班小海豚", "竹影"]),  # five characters
        ("责编｜特约小编豆豆", ["特约小编豆豆"]),  # six
    ],
)
def test_editor_pen_names(line: str, editors: list[str]) -> None:
    run = read_credits_zh(line)
    assert run is not None
    assert run.names(EDITOR) == editors


def test_editor_field_holds_no_outlet() -> None:
    run = read_credits_zh("编辑：柳江日报新媒体中心")
    assert run is None or not run.names(EDITOR)


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("Propos recueillis par Awa KABORE/OUEDRAOGO", ["Awa KABORE/OUEDRAOGO"]),
        ("By Salif Kone/Traore and Ruth Abelard", ["Salif Kone/Traore", "Ruth Abelard"]),
        ("By Ruth Abelard/Mikko Salin", ["Ruth Abelard", "Mikko Salin"]),  # two writers
        ("By Ruth Abelard/AFP", ["Ruth Abelard"]),  # an agency after the slash
        ("By Ruth Abelard/Staff", ["Ruth Abelard"]),  # a desk word
    ],
)
def test_slash_in_double_surname(line: str, reporters: list[str]) -> None:
    assert english_byline(line) == reporters


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("Ruth Abelard/Mikko Salin", ["Ruth Abelard", "Mikko Salin"]),
        ("Ruth Abelard / Mikko Salin / Ines Varga", ["Ruth Abelard", "Mikko Salin", "Ines Varga"]),
        ("Ruth Abelard", []),  # one name alone: a caption's subject or a quote's speaker as often
        ("Ruth Abelard/AFP", []),
        ("Salin/Varga", []),  # surnames alone
        # after a score's or an ordinal's full stop only a signature of full names joined by slashes
        ("Tore: Abel 2, Brandt 1. Ruth Abelard/Mikko Salin", ["Ruth Abelard", "Mikko Salin"]),
        ("Tore: Abel 2, Brandt 1. Ruth Abelard", []),
        ("Er spielt seit Sommer beim 1. FC Köln", []),
    ],
)
def test_signature_paragraph_of_slashed_names(paragraph: str, reporters: list[str]) -> None:
    assert closing_signature(paragraph) == reporters


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        # a sign-off or an author note after the story's last sentence, its paragraph break lost
        (
            "The ferry resumed service on Friday, the port said. Ruth Abelard reported from Dakar.",
            ["Ruth Abelard"],
        ),
        (
            "The ferry resumed service on Friday. Ruth Abelard is a reporter at The Dune Courier.",
            ["Ruth Abelard"],
        ),
        (
            "The ferry resumed service on Friday. Mikko van der Salin is a correspondent for KXN.",
            ["Mikko van der Salin"],
        ),
        # a last sentence that is no sign-off names nobody
        ("The ferry resumed service on Friday. Ruth Abelard reported a delay at the port.", []),
    ],
)
def test_closing_credit_sentences(paragraph: str, reporters: list[str]) -> None:
    assert closing_credit_sentences(paragraph) == reporters


def test_author_note_with_particles() -> None:
    assert author_note_reporters("Mikko van der Salin is a reporter at The Dune Courier.") == [
        "Mikko van der Salin"
    ]


def test_probe_figure() -> None:
    """The invented probe at its figure after the fixes of its batches (dev: they were made on it). The Chinese lines
    left are names of the surname 言, an everyday word the credit grammar does not take for a surname (see
    tools/build_rare_surnames.py), and batch D's names of the surname 傅 glued to another name or to 报道, which the
    glued-name rules leave out (傅 is 397th in the rank table of pipeline.text.names). Batch E (photo marks before
    a slash and an outlet, pen names of a familiar prefix) reads whole, and so does batch F (a place and 报道 glued to
    the story after a spaced run, a bracketed reporter before a photo credit, a name before a picture agency;
    English: Reportingby glued, an agency's reporters who contributed), and so does batch G (报道员, captions closed
    by a full stop or opening with their credit, bar fields after a date's field, a space before 电, an outlet glued
    before a name and 報導, places listed before 报道, a comma before a photographer's label, an outlet after it), and
    so does batch H (unlabelled names before 报道： after 本报讯, an outlet glued before a name in a bracket, 文｜outlet name
    发自 place, outlet name 发自 place glued to the story, a Latin photographer in a lead's credit block, a name and an
    outlet of five characters closing a story, 总编 and 策划统筹; English: contact blocks, "from our correspondent"
    credits, a dated author field with By), and so does batch I (a portal channel's tag in black brackets before the
    bracket of names, two names glued before a glued photo mark after a label, the picture "by" the names), and so does
    batch J (a date field before the credit, a photo's year after a comma, notes after a closing credit's bracket, where
    a bracket's item was carried from, a portal's channel before a credit line's bracket, a channel as a lead's desk,
    摄影 glued after a comma, a label glued to a number, a summary's heading after a byline, a headline glued before a
    wire's dateline), and so does batch K (a writer's and a photographer's names glued with their marks, a caption's
    picture "being" the photographer's, a portal before a credit line's bracket and who reposted it after, a team of an
    outlet before the photographer, a CNA dateline's day in Chinese numerals), and so does batch L (a portal's desk code
    after an editor's name, a channel glued after it, names glued with no label in a closing or a caption's bracket, a
    signature that is the closing paragraph's last sentence, a field label outside the table in a slash block), and so
    does batch M (a photo report's mark in a lead's credit, names glued before a caption's 摄影报道, an undated wire
    dateline's bracket, the writer's post after a comma and a translator's 译, a dateline's bracket closing a line before
    a dash and the kind of report, a portal's link text after a credit, where a photo was taken and its note, a run set
    apart by spaces before a glued photo mark)."""
    probe = load_block(None, PROBE)
    zh_missed = [c["text"] for c in probe["zh"] if not zh_line_right(c)[0]]
    assert len(probe["zh"]) == 1471 and len(zh_missed) <= 38
    assert all("言" in text or "傅" in text for text in zh_missed)
    assert len(probe["en"]) == 399 and all(en_line_right(c)[0] for c in probe["en"])

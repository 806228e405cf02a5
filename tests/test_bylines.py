"""Bylines and credit lines: every form in tests/fixtures/bylines (hand-written), read as a line and as part of a
whole article (HTML and .txt); the people stage's reading of traditional credit labels."""

from __future__ import annotations

import html
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from pipeline.record import Article
from pipeline.stages.decode import decode
from pipeline.stages.extract import extract
from pipeline.stages.extract.credits import labelled_reporters, removed_byline
from pipeline.stages.people.credits import zh_credit_line_mentions
from pipeline.text.bylines import (
    EDITOR,
    OTHER,
    PHOTOGRAPHER,
    REPORTER,
    label_kind,
    read_credits_zh,
    split_names_zh,
)
from pipeline.text.bylines_en import english_byline, labelled_byline, reporting_by, split_names_en

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bylines"
LINES = tomllib.loads((FIXTURES / "lines.toml").read_text(encoding="utf-8"))
ARTICLES = tomllib.loads((FIXTURES / "articles.toml").read_text(encoding="utf-8"))["article"]

ZH_FILLER = [
    "安徽省港航管理部门5日发布的数据显示，今年前两个月，全省港口完成货物吞吐量一亿多吨，同比增长一成，其中集装箱吞吐量增长明显。",
    "业内人士分析，沿江港口加快建设多式联运体系，铁路、公路与水路运输衔接更加顺畅，带动了外贸货物运输的恢复。",
    "据介绍，今年全省将继续推进港口资源整合，新建和改造一批专业化码头，进一步提升港口的服务能力和运行效率。",
]
EN_FILLER = [
    "Container volumes at the harbour grew again in February, the port authority said on Monday, after a slow "
    "autumn for the whole region and a cold start to the year.",
    "Officials said the new rail link to the inland terminals had cut waiting times for trucks by half, and that "
    "exporters were moving goods earlier than usual ahead of the spring holidays.",
    "The authority expects the busiest March in five years and plans to open a second terminal in the autumn, "
    "once the dredging of the western channel is finished.",
]


def _paragraphs(case: dict[str, Any]) -> list[str]:
    filler = ZH_FILLER if case["lang"] == "zh" else EN_FILLER
    out: list[str] = []
    for p in case["paragraphs"]:
        out += filler if p == "{filler}" else [p]
    return out


def article_page(case: dict[str, Any]) -> bytes:
    """A page of an unknown site (the generic extractor): navigation, headline, an optional photo, the header
    block, the article text, a footer."""
    zh = case["lang"] == "zh"
    title = case.get("title") or ("港口吞吐量稳步增长" if zh else "Harbour volumes keep growing")
    metas = "".join(f"<meta name='{k}' content='{html.escape(v)}'>" for k, v in case.get("meta", {}).items())
    jsonld = f"<script type='application/ld+json'>{case['jsonld']}</script>" if "jsonld" in case else ""
    figure = (
        f"<figure><img src='/a.jpg'><figcaption>{html.escape(case['figure'])}</figcaption></figure>"
        if "figure" in case
        else ""
    )
    header = "".join(f"<div>{html.escape(h)}</div>" for h in case.get("header", [])) + case.get(
        "byline_html", ""
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(case))
    comments = "".join(
        f"<div class='comment'><span class='comment-author'>{html.escape(c)}</span><p>Great story.</p></div>"
        for c in case.get("comments", [])
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{metas}{jsonld}</head><body>"
        "<div class='topnav'><a href='/'>Home</a> <a href='/world'>World</a> <a href='/business'>Business</a></div>"
        f"{case.get('above_title_html', '')}<h1>{title}</h1>{figure}<div class='info'>{header}</div><div class='article-content'>{body}</div>"
        f"{case.get('after_html', '')}{comments}"
        "<div class='footer'><a href='/about'>About us</a></div></body></html>"
    ).encode()


def _check(rec: Article, case: dict[str, Any]) -> None:
    assert rec.page_kind == "article", rec.error
    assert rec.authors == case["authors"]
    for name in case.get("photographers", []):
        assert name in rec.photographers
    assert not set(rec.authors) & set(rec.photographers)
    if "editor" in case:
        assert rec.editor == case["editor"]
    for line in case.get("not_in_body", []):
        assert line not in rec.paragraphs


# ---------------------------------------------------------------------------------------------- lines


def _line_param(case: dict[str, Any]) -> Any:
    """A case of lines.toml; one with `xfail = "reason"` is a form left failing on purpose (never deleted)."""
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=case["text"], marks=marks)


@pytest.mark.parametrize("case", [_line_param(c) for c in LINES["zh"]])
def test_chinese_credit_line(case: dict[str, Any]) -> None:
    run = read_credits_zh(case["text"])
    named = case["reporters"] or case.get("photographers") or case.get("editors")
    if case.get("credit") is False or (run is None and not named):
        assert run is None or not run.credits
        return
    assert run is not None
    assert run.names(REPORTER) == case["reporters"]
    assert run.names(PHOTOGRAPHER) == case.get("photographers", run.names(PHOTOGRAPHER))
    assert run.names(EDITOR) == case.get("editors", run.names(EDITOR))
    assert run.names(OTHER) == case.get("others", run.names(OTHER))
    if "photographers" in case:
        assert run.names(PHOTOGRAPHER) == case["photographers"]


@pytest.mark.parametrize(
    "case", LINES["en"], ids=[f"{c['text']}{' (header)' * c.get('header', 0)}" for c in LINES["en"]]
)
def test_english_byline_line(case: dict[str, Any]) -> None:
    if case.get("reader") == "reporting_by":  # a wire's closing credit line, "(Reporting by X; Editing by Y)"
        assert reporting_by(case["text"]) == case["reporters"]
        return
    assert (english_byline(case["text"], header=case.get("header", False)) or []) == case["reporters"]


def test_inline_run_needs_a_report_word_or_a_dateline() -> None:
    text = "本报合肥3月5日讯 记者张明报道：今年前两个月"
    run = read_credits_zh(text, "inline", text.index("记者"))
    assert run is not None and run.reported and run.names() == ["张明"]
    # a sentence after a label is no credit run
    text = "他告诉记者，港口今年将新建码头"
    run = read_credits_zh(text, "inline", text.index("记者"))
    assert run is None or not run.names()


def test_split_names() -> None:
    assert split_names_zh("记者蒋一 通讯员夏二波") == ["蒋一"]
    assert split_names_zh("记者 张建　周长庆") == ["张建", "周长庆"]
    assert split_names_en("Jessica Wohl in Chicago; additional reporting by Jo Hall") == ["Jessica Wohl"]
    assert split_names_en("JANE DOE, Associated Press") == ["JANE DOE"]


def test_labelled_lines_are_the_only_forms_read_anywhere() -> None:
    assert labelled_byline("Text: Jane Roe") == ["Jane Roe"]
    assert labelled_byline("Autoren Jane Roe und Karl Huber") == ["Jane Roe", "Karl Huber"]
    # a "By"/"Von" line is a byline at the top or the end of a story, not in its middle
    assert labelled_byline("Von Jane Roe") == []
    assert labelled_byline("Autor: Jane Roe | Verlag: Hafenbuch") == []
    body = ["The harbour grew.", "Autorin: Jane Roe, Leiterin des Projekts.", "Von Karl Huber"]
    assert labelled_reporters(body, []) == ["Jane Roe"]
    # the lines after the body: the first few that are not blank
    assert labelled_reporters(["The harbour grew."], ["", "Autor: Karl Huber", "Tags: Hafen"]) == [
        "Karl Huber"
    ]
    assert labelled_reporters(["The harbour grew."], ["a", "b", "c", "Autor: Karl Huber"]) == []


def test_a_byline_the_noise_rules_removed_is_read() -> None:
    assert removed_byline(["Share this story", "Von Jane Roe und Karl Huber"]) == ["Jane Roe", "Karl Huber"]
    assert removed_byline(["Share this story", "Foto: Karl Huber"]) == []
    assert removed_byline(["记者 张明"]) == []  # Chinese credit lines are read by the Chinese grammar


def test_reporting_by_reads_the_first_reporters_only() -> None:
    credit = (
        "(Reporting by Ann Berg and Tom Lie in Oslo; additional reporting by Jo Hall; Editing by Eva Dahl)"
    )
    assert reporting_by(credit) == ["Ann Berg", "Tom Lie"]
    assert reporting_by("(Reporting by Mike Collett-White, editing by Paul Casciato)") == [
        "Mike Collett-White"
    ]
    assert reporting_by("Reporting by local media suggested a second terminal.") == []


def test_label_kinds_fold_traditional_characters() -> None:
    assert label_kind("編輯") == EDITOR
    assert label_kind("責任編輯") == EDITOR
    assert label_kind("記者") == REPORTER
    assert label_kind("實習記者") == REPORTER
    assert label_kind("通訊員") == OTHER
    assert label_kind("攝影") == PHOTOGRAPHER
    assert label_kind("港口") is None


def test_people_stage_reads_a_traditional_editor_label_as_an_editor() -> None:
    mentions: list[Any] = []
    zh_credit_line_mentions(0, "（記者 張明）編輯：李華", mentions)
    kinds = {m.form: m.kind for m in mentions}
    assert kinds.get("李華") == "editor"
    assert kinds.get("張明") == "reporter"


# ---------------------------------------------------------------------------------------------- articles


@pytest.mark.parametrize("case", ARTICLES, ids=[c["name"] for c in ARTICLES])
def test_byline_in_an_html_article(case: dict[str, Any]) -> None:
    url = (
        "https://www.example.cn/2023/03/05/a.html"
        if case["lang"] == "zh"
        else "https://news.example.org/a.html"
    )
    rec = extract(decode(Article(raw=article_page(case), url=url)))
    assert rec.rule == "generic"
    _check(rec, case)


TXT_CASES = [c for c in ARTICLES if c.get("txt")]


@pytest.mark.parametrize("case", TXT_CASES, ids=[c["name"] for c in TXT_CASES])
def test_byline_in_a_text_article(case: dict[str, Any]) -> None:
    text = "\n\n".join(_paragraphs(case))
    rec = extract(decode(Article(raw=text.encode(), is_text=True)))
    _check(rec, case)


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # an outlet's app or edition glued to it or joined by · (round 3) ...
        ("人民日报海外版记者 严冰", REPORTER, ["严冰"]),
        ("大河报·豫视频记者 韩萍", REPORTER, ["韩萍"]),
        # ... never swallows a label: 摄影 stays the label of 新华社摄影记者
        ("新华社摄影记者 李华", PHOTOGRAPHER, ["李华"]),
        # a brand in two scripts before the label
        ("香港01記者 陳嘉欣", REPORTER, ["陳嘉欣"]),
        ("ETtoday新聞雲記者 張君豪／台中報導", REPORTER, ["張君豪"]),
        # 攝影 between names is the label of the names after it; at the end it marks the names before it
        ("記者 李佳穎 攝影 王志明 台北報導", PHOTOGRAPHER, ["王志明"]),
        ("記者 李佳穎 攝影 王志明 台北報導", REPORTER, ["李佳穎"]),
        ("新华社记者 李华 摄影", PHOTOGRAPHER, ["李华"]),
        # an outlet after a name is no name
        ("攝：陳志豪/端傳媒", PHOTOGRAPHER, ["陳志豪"]),
    ],
)
def test_round3_credit_shapes(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert run is not None and run.names(role) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Zhao Yimeng in Beijing and Li Menghan in Chengdu | China Daily", ["Zhao Yimeng", "Li Menghan"]),
        ("By Jessica Wohl in Chicago, Illinois", ["Jessica Wohl"]),
        ("By Marie Dupont with AFP", ["Marie Dupont"]),
    ],
)
def test_round3_english_places_between_names(line: str, names: list[str]) -> None:
    assert english_byline(line) == names


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # outlets by the shape of their names: 融媒体中心, 集团, 头条 (round 4)
        ("安平县融媒体中心记者 郑思远", REPORTER, ["郑思远"]),
        ("深圳报业集团记者 邓子豪", REPORTER, ["邓子豪"]),
        ("星島頭條記者 蔡子健", REPORTER, ["蔡子健"]),
        # an app glued after an outlet may end in a label word when no label follows the outlet itself
        ("安徽广播电视台海豚视频记者 方圆", REPORTER, ["方圆"]),
        ("新华社摄影记者 李华", PHOTOGRAPHER, ["李华"]),
        # an unknown outlet glued before its label opening the credit; a short brand joined before a known one
        ("羊城派记者 钟宇航", REPORTER, ["钟宇航"]),
        ("（羊城派记者 钟宇航）", REPORTER, ["钟宇航"]),
        ("北青-北京头条记者 董文", REPORTER, ["董文"]),
        ("南方+记者 黄思琪", REPORTER, ["黄思琪"]),
        # ... but never a name after a label: 张明 stays a reporter before 通讯员
        ("记者 张明通讯员 李华", REPORTER, ["张明"]),
        # a bureau after the posting; a two-character label padded before its colon; a desk code in brackets
        ("本报驻四川记者站记者 钟华", REPORTER, ["钟华"]),
        ("责任编辑：王一凡　审　　核：李　源", EDITOR, ["王一凡", "李源"]),
        ("责任编辑：张倩 (EN037)", EDITOR, ["张倩"]),
        ("来源：微信公众号“深圳发布”　编辑：程远", EDITOR, ["程远"]),
    ],
)
def test_round4_credit_shapes(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert run is not None and run.names(role) == names


@pytest.mark.parametrize("text", ["昨天记者从市教育局获悉", "融媒体中心记者站建设稳步推进"])
def test_round4_outlet_shapes_make_no_credit_of_a_sentence(text: str) -> None:
    run = read_credits_zh(text)
    assert run is None or not run.credits


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # the words before a whole credit's first label are its outlet, whatever they are (round 5) ...
        ("晨报 城事快线记者 高宁", REPORTER, ["高宁"]),
        ("快读/江城日报记者 马骏", REPORTER, ["马骏"]),
        ("tv99新聞記者 林雅婷", REPORTER, ["林雅婷"]),
        ("xyz記者 林雅婷", REPORTER, ["林雅婷"]),
        ("加拿大《星岛日报》记者 何佩", REPORTER, ["何佩"]),
        # ... but names before a label stay names, and a dateline is no outlet
        ("张明 通讯员 李华", REPORTER, ["张明"]),
        # a rare surname of the 百家姓 after a label
        ("记者 郗文 訾晴", REPORTER, ["郗文", "訾晴"]),
        # combined labels and marks keep the writer's kind; a picture's source names nobody
        ("文&图/周宁", REPORTER, ["周宁"]),
        ("记者 周宁 文并图", REPORTER, ["周宁"]),
        ("记者 周宁 文并图", PHOTOGRAPHER, []),
        ("文／周寧　圖／截圖自影片", REPORTER, ["周寧"]),
        # a desk code glued by _, contact details, a leading ◎
        ("责任编辑：李文_B1234", EDITOR, ["李文"]),
        ("王珊 报道 wangshan@example.com", REPORTER, ["王珊"]),
        ("◎本报记者 高宁", REPORTER, ["高宁"]),
    ],
)
def test_round5_credit_shapes(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert run is not None and run.names(role) == names


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # round 6: a picture agency after a photographer label is no photographer, and the credit goes on
        ("图/视觉中国", PHOTOGRAPHER, []),
        ("摄影：人民视觉", PHOTOGRAPHER, []),
        ("文/李华 图/视觉中国 编辑/张明", EDITOR, ["张明"]),
        ("文/李华 图/视觉中国 编辑/张明", REPORTER, ["李华"]),
        # a surnamed or dotted name after the label stays a photographer; unsurnamed words after 记者 stay names
        ("图/王海", PHOTOGRAPHER, ["王海"]),
        ("摄影：艾力·买买提", PHOTOGRAPHER, ["艾力·买买提"]),
        ("本报记者 次仁罗布", REPORTER, ["次仁罗布"]),
    ],
)
def test_round6_picture_agency_is_no_photographer(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert run is not None and run.names(role) == names


@pytest.mark.parametrize(
    "text",
    ["中新网客户端广州3月2日电（记者 王珊）", "新华社客户端成都3月2日电 记者 王珊", "江城日报记者手记"],
)
def test_round5_lead_outlet_is_no_dateline_nor_sentence(text: str) -> None:
    run = read_credits_zh(text)
    assert run is None or not run.credits


def test_rare_surnames_are_hundred_surnames_missing_from_the_people_table() -> None:
    from pipeline.text.names import credit_surnames, surname_table
    from tools.build_rare_surnames import HUNDRED_SURNAMES

    rare = credit_surnames() - set(surname_table())
    assert {"訾", "郗", "逄", "谯"} <= rare
    assert all(c in HUNDRED_SURNAMES or len(c) == 1 for c in rare)
    assert not {"有", "年", "从", "东", "法"} & rare  # everyday words are left out


def test_editor_of_a_credit_line_without_a_colon() -> None:
    from pipeline.stages.extract.credits import byline_line, editor_from_text

    assert editor_from_text("正文最后一段。\n编辑 | 程远\n") == "程远"
    assert editor_from_text("编辑 高宁 校对 周宁") == "高宁"
    assert editor_from_text("编辑推荐") is None
    assert byline_line("王珊 报道 wangshan@example.com") == ["王珊"]


ROUND5_ARTICLES = tomllib.loads(
    (Path(__file__).parent / "fixtures" / "bylines" / "round5_articles.toml").read_text(encoding="utf-8")
)["article"]


@pytest.mark.parametrize("case", ROUND5_ARTICLES, ids=[Path(c["file"]).name for c in ROUND5_ARTICLES])
def test_round5_whole_article_credits(case: dict[str, Any]) -> None:
    """The round-5 articles (bench/credit_articles.py runs them through the CLI): authors and editor."""
    path = Path(__file__).parent / "fixtures" / "bylines" / case["file"]
    rec = extract(decode(Article(raw=path.read_bytes(), is_text=path.suffix == ".txt")))
    assert rec.authors == case["authors"]
    assert (rec.editor or "") == case["editor"]


def test_credit_lines_bench_reads_an_external_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bench.credit_lines --file PATH`: a file of lines.toml's format read whole; a lead line is read
    as the extractor reads a first paragraph (the dateline's credit, not the story after it)."""
    from bench.credit_lines import main

    lines = tmp_path / "lines.toml"
    lines.write_text(
        '[[zh]]\ntext = "新华社长沙3月5日电（记者陶立群）今年以来，当地加快建设。"\nreporters = ["陶立群"]\n'
        'reader = "lead"\n\n[[zh]]\ntext = "（记者 陶立群 通讯员 孔一凡）"\nreporters = ["陶立群"]\n\n'
        '[[zh]]\ntext = "责任编辑：孔一凡"\nreporters = ["孔一凡"]\n',
        encoding="utf-8",
    )
    main(None, lines)
    out = capsys.readouterr().out
    assert "lines.toml zh: 2/3 lines read exactly" in out
    assert "reporter: 2/3 lines naming one read exactly" in out
    assert "责任编辑：孔一凡: got" in out  # the miss is listed


# ---------------------------------------------------------------- real lines found in public code (2026-12-01)
# The shapes of the misses of the first run on real credit lines (docs/benchmarks.md "Credit lines found in public
# code"); every line here is written anew, with invented names and outlets.
@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        # a place ending in the first character of a label before 报道 (珠海报道 holds 海报, a poster's label)
        ("本报记者 孔一凡 实习生 陶小禾 珠海报道", REPORTER, ["孔一凡"]),
        # a one-character label joined to a two-character one: the writer's kind
        ("（文/视频 融媒体记者 孔一凡 实习生 陶小禾）", REPORTER, ["孔一凡"]),
        ("图/文字 孔一凡", REPORTER, ["孔一凡"]),
        # a three-character name padded with spaces; two padded two-character names stay two
        ("（记者 龚 大 年）", REPORTER, ["龚大年"]),
        ("本报记者　龚　年　孔　凡", REPORTER, ["龚年", "孔凡"]),
        # an editor's field names whoever follows its colon, a surname of neither table included (山)
        ("责编：孔一凡 编辑：山禾 校对：龚大年", EDITOR, ["孔一凡", "山禾", "龚大年"]),
        # a status in brackets after a name is no new credit
        ("(责编：孔一凡(实习生)、龚大年)", EDITOR, ["孔一凡", "龚大年"]),
        # a team story's writer and its other reporters
        ("（执笔记者：孔一凡；参与记者：陶小禾、龚大年）", REPORTER, ["孔一凡", "陶小禾", "龚大年"]),
        # a magazine's title in 《》 after the label
        ("特约记者/《长河》杂志 孔一凡", REPORTER, ["孔一凡"]),
        # a place glued between the name and 报导; a CNA byline dated with a year and a month
        ("【長河晚報記者孔一凡台北報導】", REPORTER, ["孔一凡"]),
        ("中央社記者孔一凡台北2019年3月5日電", REPORTER, ["孔一凡"]),
    ],
)
def test_real_line_shapes(text: str, role: str, names: list[str]) -> None:
    run = read_credits_zh(text)
    assert run is not None and run.names(role) == names


@pytest.mark.parametrize(
    "text",
    [
        "（路透东京5日電）",  # an agency's dateline names nobody
        "长河日报讯（记者孔一凡）山水相依，海天一色。",  # a lead: a sentence after the credit's bracket
        "长河晚报讯 记者孔一凡报道：“今年以来",  # a lead: the story after 报道：
    ],
)
def test_real_line_shapes_that_are_no_whole_credit(text: str) -> None:
    run = read_credits_zh(text)
    assert run is None or not run.names(REPORTER)


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # a short lead is no byline line: the names end with the credit's bracket
        ("长河网青州6月9日消息（记者孔一凡）山水相依，海天一色。", ["孔一凡"]),
        # an outlet's report line with no date opens the lead like a dateline
        ("某某信息港讯 记者孔一凡 3月5日下午，当地举行活动。", ["孔一凡"]),
        # a bracket whose opening the page lost closes the credit
        ("长河新闻客户端记者 孔一凡）5月13日上午，当地交警在城区巡逻时，发现一辆违停的轿车。", ["孔一凡"]),
        ("新华社长沙10月15日电 记者孔凡…", ["孔凡"]),  # a line cut short after the name
        ("本报记者 孔一凡 实习生 陶小禾 珠海报道 今年以来，珠海加快建设港口。", ["孔一凡"]),
        # 电 inside a word is no report line: 电视评论员 都说 is a sentence
        ("连当地电视评论员都说，本届比赛应设一项大奖。", []),
    ],
)
def test_real_lead_shapes(paragraph: str, names: list[str]) -> None:
    from bench.credit_lines import lead_reporters as extractor_lead_reporters

    assert extractor_lead_reporters(paragraph) == names


def test_caption_credit_after_the_captions_full_stop() -> None:
    from pipeline.stages.extract.credits import photographers_from

    assert photographers_from(["图为游客在湖边赏花。孔一凡摄"]) == ["孔一凡"]
    assert photographers_from(["图为游客在湖边赏花。"]) == []


def test_credit_lines_bench_reads_chinese_lines_as_the_extractor_meets_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bench.credit_lines --file PATH`: a Chinese line is read by its ``reader`` through the extractor's
    own readers (a closing paragraph by apply_people after body paragraphs, a caption by photographers_from, a line
    whole) and scored on the roles that reader gives; a caption is never read whole as a credit line."""
    from bench.credit_lines import main

    lines = tmp_path / "lines.toml"
    cases = [
        (
            "长河大桥周一恢复通行，当地居民出行更方便了。（记者 孔一凡 陶小禾）",
            ["孔一凡", "陶小禾"],
            [],
            "closing",
        ),
        ("长河大桥周一恢复通行。长河日报记者 林小川 摄", [], ["林小川"], "caption"),
        ("长河日报记者 孔一凡", ["孔一凡"], [], "line"),
        ("长河大桥周一恢复通行。（完）", ["孔一凡"], [], "closing"),  # a wrong expectation: one miss
    ]
    lines.write_text(
        "".join(
            f"[[zh]]\ntext = {json.dumps(t, ensure_ascii=False)}\nreporters = {json.dumps(r, ensure_ascii=False)}\n"
            f"photographers = {json.dumps(p, ensure_ascii=False)}\nreader = {json.dumps(k)}\n\n"
            for t, r, p, k in cases
        ),
        encoding="utf-8",
    )
    main(None, lines)
    out = capsys.readouterr().out
    assert "lines.toml zh: 3/4 lines read exactly" in out
    assert "reader closing: 1/2 read exactly; reporters on lines naming one 1/2" in out
    assert "reader caption: 1/1 read exactly" in out
    assert "reader line: 1/1 read exactly; reporters on lines naming one 1/1" in out
    assert "长河大桥周一恢复通行。（完）: got" in out

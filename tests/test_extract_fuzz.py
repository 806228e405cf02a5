"""Fuzz: 500 generated broken pages through decode + extract.

Every page is HTML written here (Chinese, traditional Chinese and English articles in a news-site layout),
then broken deterministically: truncated, re-encoded (GBK bytes declaring utf-8, Big5, UTF-8 BOM, ...),
random bytes spliced in, tags deleted, nested thousands deep, emptied, replaced by binary junk, or grown past
the decode size cap. Each one must go through ``pipeline.stages.decode.decode`` and ``pipeline.stages.extract.extract``
without an exception and end with paragraphs or a non-empty ``record.error``.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import random
import re
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # 500 broken pages and two gigantic ones: about 40 s

SEED = 20240513
CASES = 500

ZH_SENTENCES = [
    "新华社北京5月13日电 第十四届全国人民代表大会常务委员会第九次会议在京召开。",
    "会议听取了关于推进高质量发展情况的报告，与会代表进行了认真讨论。",
    "中国新闻网记者在会场看到，来自各地的代表围绕科技创新、乡村振兴等议题发言。",
    "主办方表示，本届论坛共吸引了来自四十多个国家和地区的八百余名嘉宾参加。",
    "专家认为，加强国际合作有助于应对气候变化带来的共同挑战。",
    "据介绍，会议期间还将举办多场平行分论坛和成果发布活动。",
    "与会者一致认为，数字经济正在成为推动增长的重要力量。",
    "记者从组委会获悉，大会将于十六日闭幕，届时将发布联合声明。",
]
ZH_HANT_SENTENCES = [
    "新華社香港5月13日電 第二十屆亞洲金融論壇在香港會議展覽中心開幕。",
    "論壇吸引了來自世界各地的政商界領袖及學者出席，共同探討經濟前景。",
    "主辦機構表示，今年論壇的主題是推動可持續發展與區域合作。",
    "與會嘉賓認為，科技創新將為未來經濟增長提供新動力。",
]
EN_SENTENCES = [
    "BEIJING, May 13 (Xinhua) -- The annual conference on climate cooperation opened here on Monday.",
    "Delegates from more than 40 countries and regions attended the opening ceremony, organizers said.",
    "The forum will discuss trade, technology and public health over three days of meetings.",
    '"We need practical cooperation more than ever," said one of the speakers at the event.',
    "A joint statement is expected to be released when the meeting closes on Thursday.",
    "Officials said the next session would be held in Hangzhou in the autumn of next year.",
]
NOISE = ["首页", "新闻", "国际", "财经", "体育", "视频", "Home", "World", "Business", "Login", "关于我们"]


def make_page(rng: random.Random, lang: str, charset: str | None = "utf-8") -> tuple[str, str, list[str]]:
    """(html, title, paragraphs) of one realistic article page."""
    pool = {"zh": ZH_SENTENCES, "zh-Hant": ZH_HANT_SENTENCES, "en": EN_SENTENCES}[lang]
    sep = " " if lang == "en" else ""
    paragraphs = [sep.join(rng.sample(pool, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 12))]
    title = pool[rng.randrange(len(pool))][:24].strip("，。 ")
    nav = "".join(f'<li><a href="/{i}.html">{rng.choice(NOISE)}</a></li>' for i in range(rng.randint(3, 12)))
    editor = "（责任编辑：王小明）" if lang.startswith("zh") else "Editor: Li Ming"
    meta = f'<meta charset="{charset}">' if charset else ""
    if rng.random() < 0.3 and charset:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}_新闻中心</title>"
        f"<script>var x = '<p>not text</p>';</script><style>p{{color:red}}</style></head>"
        f'<body><div id="nav"><ul>{nav}</ul></div>'
        f'<div class="article"><h1>{title}</h1>'
        f'<div class="info">2024-05-13 13:48 来源：新华网</div>'
        f'<div id="content">{body}</div><div class="editor">{editor}</div></div>'
        f'<div id="footer">Copyright © 2024 版权所有 ICP备000000号</div></body></html>'
    )
    return html, title, paragraphs


# ------------------------------------------------------------------------------------------ mutations


def m_truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))]


def m_splice_random(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 20)):
        at = rng.randint(0, len(data))
        data = data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    return data


def m_delete_tags(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("latin-1")
    out, i = [], 0
    while i < len(text):
        j = text.find("<", i)
        if j < 0:
            out.append(text[i:])
            break
        k = text.find(">", j)
        if k < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        tag = text[j : k + 1]
        closing = tag.startswith("</")
        if not (rng.random() < (0.5 if closing else 0.25)):
            out.append(tag)
        i = k + 1
    return "".join(out).encode("latin-1")


def m_unclosed_everything(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("latin-1")
    for tag in ("</p>", "</div>", "</body>", "</html>", "</head>", "</title>", "</script>"):
        if rng.random() < 0.7:
            text = text.replace(tag, "")
    return text.encode("latin-1")


def m_deep_nesting(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([300, 1000, 5000, 20000])
    tag = rng.choice([b"div", b"span", b"p", b"table", b"b"])
    at = data.find(b'<div id="content">')
    at = at if at >= 0 else len(data) // 2
    closers = b"" if rng.random() < 0.5 else (b"</" + tag + b">") * depth
    return data[:at] + (b"<" + tag + b">") * depth + data[at:] + closers


def m_garbage_markup(rng: random.Random, data: bytes) -> bytes:
    junk = rng.choice(
        [
            b"<<<<>>>>",
            b"<!--",
            b"<![CDATA[",
            b"<script>",
            b"&#xFFFFFFFF;",
            b"&#0;",
            b"\x00\x00",
            b"<p",
            b"</",
            b"<?xml version='1.0' encoding='gbk'?>",
            b'<meta charset="big5">',
        ]
    )
    at = rng.randint(0, len(data))
    return data[:at] + junk * rng.randint(1, 50) + data[at:]


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    m_truncate,
    m_splice_random,
    m_delete_tags,
    m_unclosed_everything,
    m_deep_nesting,
    m_garbage_markup,
]


def encode_page(rng: random.Random, lang: str) -> tuple[bytes, str | None, str]:
    """Bytes of one page in a (possibly lying) encoding; returns (bytes, HTTP charset header, label)."""
    kind = rng.choice(
        ["utf8", "utf8", "gbk_as_utf8", "gb2312_honest", "big5", "bom", "bom_gbk_decl", "no_decl", "utf16"]
    )
    header = None
    if kind == "utf8":
        html, _, _ = make_page(rng, lang, "utf-8")
        data = html.encode("utf-8")
    elif kind == "gbk_as_utf8":
        html, _, _ = make_page(rng, lang, "utf-8")
        data = html.encode("gbk", errors="xmlcharrefreplace")
        header = rng.choice([None, "utf-8"])
    elif kind == "gb2312_honest":
        html, _, _ = make_page(rng, lang, "gb2312")
        data = html.encode("gb18030")
        header = rng.choice([None, "gb2312", "iso-8859-1"])
    elif kind == "big5":
        html, _, _ = make_page(rng, "zh-Hant" if lang != "en" else lang, rng.choice(["big5", "utf-8", None]))
        data = html.encode("big5", errors="xmlcharrefreplace")
        header = rng.choice([None, "big5", "gbk", "utf-8"])
    elif kind == "bom":
        html, _, _ = make_page(rng, lang, "utf-8")
        data = b"\xef\xbb\xbf" + html.encode("utf-8")
    elif kind == "bom_gbk_decl":
        html, _, _ = make_page(rng, lang, "gbk")
        data = b"\xef\xbb\xbf" + html.encode("utf-8")
        header = "gbk"
    elif kind == "no_decl":
        html, _, _ = make_page(rng, lang, None)
        data = html.encode(rng.choice(["utf-8", "gb18030"]), errors="xmlcharrefreplace")
    else:
        html, _, _ = make_page(rng, lang, "utf-16")
        data = html.encode("utf-16")
    return data, header, kind


def junk_page(rng: random.Random) -> tuple[bytes, str | None, str]:
    kind = rng.choice(["empty", "spaces", "random", "png", "pdf", "nul", "gzip", "text_only", "tags_only"])
    data = {
        "empty": b"",
        "spaces": b" \r\n\t" * rng.randint(0, 50),
        "random": rng.randbytes(rng.randint(1, 20000)),
        "png": b"\x89PNG\r\n\x1a\n" + rng.randbytes(500),
        "pdf": b"%PDF-1.4\n" + rng.randbytes(500),
        "nul": b"\x00" * rng.randint(1, 5000),
        "gzip": b"\x1f\x8b\x08\x00" + rng.randbytes(300),
        "text_only": "会议在北京召开。".encode() * rng.randint(1, 30),
        "tags_only": b"<html><head></head><body>" + b"<div></div>" * rng.randint(0, 100) + b"</body></html>",
    }[kind]
    return data, rng.choice([None, None, "utf-8", "gbk", "x-unknown-charset"]), kind


def generate_case(index: int) -> tuple[bytes, str | None, str]:
    """(raw bytes, declared HTTP charset, description) of fuzz case ``index``; deterministic."""
    rng = random.Random(SEED * 1000 + index)
    if rng.random() < 0.12:
        return junk_page(rng)
    lang = rng.choice(["zh", "zh", "zh-Hant", "en"])
    data, header, label = encode_page(rng, lang)
    for _ in range(rng.randint(1, 3)):
        mutation = rng.choice(MUTATIONS)
        data = mutation(rng, data)
        label += "+" + mutation.__name__[2:]
    return data, header, label


def run_pipeline(raw: bytes, declared: str | None, url: str = "http://www.news.cn/2024-05/13/c_1.htm") -> Any:
    decode = importlib.import_module("pipeline.stages.decode").decode
    extract = importlib.import_module("pipeline.stages.extract").extract
    article = importlib.import_module("pipeline.record").Article
    record = article(url=url, raw=raw, declared_charset=declared, content_type="text/html")
    record = decode(record) or record
    record = extract(record) or record
    return record


def check(record: Any, label: str) -> None:
    assert isinstance(record.paragraphs, list), label
    assert all(isinstance(p, str) and p.strip() for p in record.paragraphs), f"{label}: blank paragraph"
    assert record.paragraphs or (record.error and record.error.strip()), (
        f"{label}: neither paragraphs nor an error (page_kind={record.page_kind!r})"
    )


def test_generator_is_deterministic() -> None:
    assert [generate_case(i) for i in (0, 7, 499)] == [generate_case(i) for i in (0, 7, 499)]
    labels = {generate_case(i)[2].split("+")[0] for i in range(CASES)}
    assert {"gbk_as_utf8", "big5", "bom", "empty", "random"} <= labels


@functools.cache
def fuzz_record(index: int) -> Any:
    raw, declared, _ = generate_case(index)
    return run_pipeline(raw, declared)


def _label(index: int) -> str:
    raw, _, label = generate_case(index)
    return f"case {index} ({label}, {len(raw)} bytes)"


@pytest.mark.parametrize("index", range(CASES))
def test_broken_page(index: int) -> None:
    check(fuzz_record(index), _label(index))


TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Latin-1/cp1252 reading of UTF-8 or GBK bytes: "ä¼šè®®" for 会议
MOJIBAKE = re.compile(
    r"[ÃÂâåäæçèéï][\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    r"\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    r"\u203a\u0153\u017e\u0178\xa1-\xbf]"
)


def test_fields_are_clean_text() -> None:
    """title, editor and authors are short single lines without markup, however broken the page."""
    bad = []
    for index in range(CASES):
        record = fuzz_record(index)
        for name, value in [("title", record.title), ("editor", record.editor)] + [
            ("author", a) for a in record.authors
        ]:
            if value and (len(value) > 300 or "\n" in value or TAG.search(value)):
                bad.append(f"{_label(index)}: {name} = {value[:80]!r}")
    assert not bad, f"{len(bad)} fields with markup or too long, e.g. {bad[:3]}"


def test_no_latin1_mojibake() -> None:
    """Pages are CJK or English text: whatever was spliced in, the text must not come out as mojibake."""
    bad = []
    for index in range(CASES):
        record = fuzz_record(index)
        text = (record.title or "") + "".join(record.paragraphs)
        if MOJIBAKE.search(text):
            bad.append(f"{_label(index)}: decoded as {record.encoding}")
    assert not bad, f"{len(bad)} pages decoded to mojibake, e.g. {bad[:3]}"


@pytest.mark.parametrize("depth", [300, 1000, 5000])
def test_deep_nesting_keeps_the_text(depth: int) -> None:
    """Broken CMS pages nest unclosed <div>/<font> hundreds deep; the article inside must survive."""
    html, _, paragraphs = make_page(random.Random(SEED), "zh")
    head, tail = html.split('<div id="content">', 1)
    body, rest = tail.split('<div class="editor">', 1)
    page = (
        head
        + "<div>" * depth
        + '<div id="content">'
        + body
        + "</div>" * depth
        + '<div class="editor">'
        + rest
    )
    record = run_pipeline(page.encode("utf-8"), "utf-8")
    assert record.paragraphs, record.error
    assert "".join(max(paragraphs, key=len).split()) in "".join(record.body.split())


@pytest.mark.parametrize("lang", ["zh", "zh-Hant", "en"])
def test_clean_generated_pages_give_their_text(lang: str) -> None:
    """Sanity for the generator: unbroken pages of the same layout yield their paragraphs."""
    for i in range(10):
        rng = random.Random(SEED + i)
        html, _, paragraphs = make_page(rng, lang)
        record = run_pipeline(html.encode("utf-8"), "utf-8")
        assert record.error is None, record.error
        body = "".join(record.body.split())
        longest = max(paragraphs, key=len)
        assert "".join(longest.split()) in body, f"{lang} page {i}: paragraph missing: {record.body[:200]!r}"


def test_gigantic_page_over_the_cap() -> None:
    cap = getattr(importlib.import_module("pipeline.stages.decode"), "MAX_BYTES", 5 * 1024 * 1024)
    rng = random.Random(SEED)
    html, _, _ = make_page(rng, "zh")
    head, tail = html.split('<div id="content">', 1)
    paragraph = ("<p>" + "".join(ZH_SENTENCES) + "</p>").encode("utf-8")
    filler = paragraph * (cap // len(paragraph) + 50)
    raw = head.encode("utf-8") + b'<div id="content">' + filler + tail.encode("utf-8")
    assert len(raw) > cap
    record = run_pipeline(raw, None)
    check(record, f"gigantic page of {len(raw)} bytes")


def test_gigantic_page_cut_mid_character() -> None:
    """A UTF-8 page cut by the cap (or a fetch) in the middle of a multi-byte character."""
    cap = getattr(importlib.import_module("pipeline.stages.decode"), "MAX_BYTES", 5 * 1024 * 1024)
    unit = "<p>会议在北京召开，代表们进行了讨论。</p>".encode()
    raw = b"<html><body>" + unit * (cap // len(unit) + 10)
    raw = raw[: cap + 1]  # ends inside a character once capped
    record = run_pipeline(raw, "utf-8")
    check(record, "cut gigantic page")

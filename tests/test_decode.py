"""pipeline.stages.decode: bytes to text when the HTTP header, the <meta> and the bytes disagree."""

from __future__ import annotations

import pytest

from pipeline.record import Article
from pipeline.stages.decode import MAX_BYTES, declared_charsets, decode, normalize_charset

ZH = "朱镕基出席中国互联网大会，記者報導：网络文明建设取得新成果。"  # 镕 is GBK-only, not GB2312
BIG5_TEXT = "中華民國的新聞報導說，網路文明大會今天在台北舉行，記者在現場採訪。"


def page(body: str, meta: str | None = None) -> str:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def run(raw: bytes, header: str | None = None, **kw: object) -> Article:
    return decode(Article(raw=raw, declared_charset=header, **kw))  # type: ignore[arg-type]


def test_utf8_declared_and_utf8_bytes_agree() -> None:
    rec = run(page(ZH, "utf-8").encode("utf-8"))
    assert ZH in (rec.html or "")
    assert rec.encoding == "utf-8"
    assert rec.encoding_confidence == "agreed"
    assert rec.warnings == []


def test_gb2312_declared_gbk_bytes_decode_as_gb18030_superset() -> None:
    rec = run(page(ZH, "gb2312").encode("gbk"))
    assert ZH in (rec.html or "")
    assert rec.encoding == "gb18030"
    assert rec.error is None


def test_header_charset_counts_as_declaration() -> None:
    rec = run(page(ZH).encode("gb18030"), header="GBK")
    assert ZH in (rec.html or "")
    assert rec.encoding == "gb18030"
    assert rec.encoding_confidence == "agreed"


def test_utf8_declared_but_gbk_bytes_is_detected_with_a_warning() -> None:
    rec = run(page(ZH, "utf-8").encode("gbk"))
    assert ZH in (rec.html or "")
    assert rec.encoding == "gb18030"
    assert rec.encoding_confidence == "detected"
    assert any("utf-8" in w for w in rec.warnings)


def test_gb2312_declared_but_utf8_bytes() -> None:
    rec = run(page(ZH, "gb2312").encode("utf-8"))
    assert ZH in (rec.html or "")
    assert rec.encoding == "utf-8"
    assert any("gb2312" in w for w in rec.warnings)


def test_header_and_meta_disagree_bytes_decide() -> None:
    # a Wayback-style page: the injected toolbar declares utf-8, the page gb2312, bytes are GBK
    html = '<meta charset="utf-8"><div>toolbar</div>' + page(ZH, "gb2312")
    rec = run(html.encode("gbk"), header="utf-8")
    assert ZH in (rec.html or "")
    assert rec.encoding == "gb18030"


def test_big5_declared() -> None:
    rec = run(page(BIG5_TEXT, "big5").encode("big5"))
    assert BIG5_TEXT in (rec.html or "")
    assert rec.encoding == "big5hkscs"


def test_big5_undeclared_is_not_read_as_gbk_mojibake() -> None:
    rec = run(page(BIG5_TEXT).encode("big5"))
    assert BIG5_TEXT in (rec.html or "")


def test_utf8_bom() -> None:
    rec = run(b"\xef\xbb\xbf" + page(ZH).encode("utf-8"))
    assert (rec.html or "").startswith("<html>")
    assert ZH in (rec.html or "")
    assert rec.encoding == "utf-8"


def test_utf8_bom_overrides_a_wrong_declaration() -> None:
    rec = run(b"\xef\xbb\xbf" + page(ZH, "gb2312").encode("utf-8"))
    assert ZH in (rec.html or "")
    assert rec.warnings


def test_truncated_multibyte_character_at_the_end() -> None:
    raw = page(ZH, "utf-8").encode("utf-8") + "中".encode()[:2]
    rec = run(raw)
    assert rec.encoding == "utf-8"
    assert ZH in (rec.html or "")


def test_undecodable_bytes_are_never_silent() -> None:
    raw = page("abc", "utf-8").encode() + bytes(range(0x80, 0x100)) * 3
    rec = run(raw)
    assert rec.html is not None
    assert rec.encoding_confidence in ("fallback", "detected")
    assert rec.warnings


@pytest.mark.parametrize("raw", [b"", b"   \n\t  "])
def test_empty_input_fails_cleanly(raw: bytes) -> None:
    rec = run(raw)
    assert rec.error == "empty page"
    assert rec.html is None


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"abc\x00\x00\x00\x00def\x00\x00\x00" * 50, "binary"),
    ],
)
def test_binary_input_is_not_html(raw: bytes, kind: str) -> None:
    rec = run(raw)
    assert rec.page_kind == "not_html"
    assert rec.error is not None and rec.error.startswith("not an HTML or text page")
    assert kind in rec.error


def test_non_text_content_type() -> None:
    rec = run(b"GIF89a\x01\x00", content_type="image/gif")
    assert rec.page_kind == "not_html"
    rec = run(b"\x01\x02\x03 some bytes", content_type="application/octet-stream; x=1")
    assert rec.page_kind is None or rec.page_kind == "not_html"
    rec = run(b"\x05\x06 zipped", content_type="application/zip")
    assert rec.page_kind == "not_html"


def test_markup_wins_over_a_wrong_content_type() -> None:
    rec = run(page(ZH, "utf-8").encode(), content_type="application/octet-stream")
    assert rec.error is None
    assert ZH in (rec.html or "")


def test_gigantic_page_is_truncated_with_a_warning() -> None:
    raw = page("x" * (MAX_BYTES + 1000)).encode()
    rec = run(raw)
    assert rec.html is not None and len(rec.html) <= MAX_BYTES
    assert any("truncated" in w for w in rec.warnings)


def test_text_file_decodes_the_same_way() -> None:
    rec = run("date 2022-08-31 新华社天津8月30日电\n\n正文。".encode("gbk"), is_text=True)
    assert rec.html is not None and "新华社天津" in rec.html


def test_declared_charsets_and_normalisation() -> None:
    raw = b'<?xml version="1.0" encoding="GB2312"?><meta charset="big5"><meta charset=utf-8>'
    assert declared_charsets(raw, "gbk") == ["gb18030", "big5hkscs", "utf-8"]
    assert normalize_charset("x-unknown-charset") is None
    assert normalize_charset("ISO-8859-1") == "cp1252"


def test_latin1_header_over_gbk_bytes_reads_chinese() -> None:
    """A server default "iso-8859-1" never turns GBK bytes into Latin mojibake."""
    rec = run(page(ZH).encode("gbk"), header="ISO-8859-1")
    assert ZH in (rec.html or "")
    assert rec.encoding == "gb18030"
    assert rec.warnings


def test_a_few_damaged_bytes_keep_utf8_not_cp1252() -> None:
    body = (ZH * 20).encode("utf-8")
    raw = page("X", "utf-8").encode("utf-8").replace(b"X", body[:300] + b"\xff\xfe\x81" + body[300:])
    rec = run(raw)
    assert rec.encoding == "utf-8"
    assert ZH in (rec.html or "")
    assert "\ufffd" in (rec.html or "")
    assert rec.encoding_confidence == "fallback"
    assert any("replaced" in w for w in rec.warnings)


def test_a_few_damaged_bytes_keep_gbk_not_cp1252() -> None:
    body = (ZH * 20).encode("gbk")
    raw = page("X", "gbk").encode("ascii").replace(b"X", body[:300] + b"\xff\x81" + body[300:])
    rec = run(raw)
    assert rec.encoding == "gb18030"
    assert ZH in (rec.html or "")
    assert any("replaced" in w for w in rec.warnings)


def test_utf8_bom_with_damaged_bytes_is_still_utf8() -> None:
    raw = b"\xef\xbb\xbf" + page(ZH * 5, "gbk").encode("utf-8") + b"\xff\xfe"
    rec = run(raw)
    assert rec.encoding == "utf-8"
    assert ZH in (rec.html or "")
    assert any("replaced" in w for w in rec.warnings)


def test_accented_latin_text_stays_cp1252() -> None:
    text = "Le président a déclaré à la conférence que l'été serait chaud. Müller sagte, dass ..."
    rec = run(page(text, "iso-8859-1").encode("cp1252"))
    assert text in (rec.html or "")
    assert rec.encoding == "cp1252"

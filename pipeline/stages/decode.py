"""Decode raw page bytes to text, trusting the bytes over what the page claims.

News pages, above all older Chinese ones, often disagree with themselves: the HTTP header says one charset,
a ``<meta>`` says another, and the bytes are a third (GB2312 declared over GBK/GB18030 bytes, UTF-8
declared over GBK bytes, GB2312 declared over UTF-8 bytes, a Wayback toolbar declaring UTF-8 on a GBK page).
The rule here: a charset is used only if the bytes decode *cleanly* with it; declarations only order the
candidates. When nothing decodes cleanly the least-damaged decoding is kept and a warning says so, so
mojibake is never produced silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from pipeline.record import Article
from pipeline.text.scripts import HAN_BASIC

MAX_BYTES = 5 * 1024 * 1024  # larger pages are truncated (with a warning): no real article is this big

# Declared names mapped to the superset actually used to decode: GB2312 and GBK pages routinely contain
# GBK/GB18030-only characters, Big5 pages contain cp950/HKSCS extensions, "ISO-8859-1" means cp1252
# on the web.
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf8": "utf-8",
    "unicode": "utf-8",
}

# Tried after the declared charsets when those fail: the encodings of the sources this archive covers.
FALLBACKS = ["utf-8", "gb18030", "big5hkscs", "cp1252"]

MAGIC = [
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png image"),
    (b"GIF8", "gif image"),
    (b"\xff\xd8\xff", "jpeg image"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "riff media"),
    (b"\x00\x00\x00", "binary data"),
    (b"OggS", "ogg media"),
    (b"ID3", "mp3 audio"),
    (b"\xd0\xcf\x11\xe0", "ms office document"),
    (b"BM", None),  # too short to be sure alone; checked with NUL bytes below
]

TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")

META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""",
    re.I,
)


def normalize_charset(name: str | None) -> str | None:
    """Python codec name for a declared charset (its superset), or None when unknown."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    key = SUPERSETS.get(key, key)
    try:
        codec = codecs.lookup(key).name
    except LookupError:
        return None
    # codecs.lookup normalises e.g. "gbk" again; map once more so declared families compare equal
    return SUPERSETS.get(codec, codec)


def declared_charsets(raw: bytes, header: str | None, names: dict[str, str] | None = None) -> list[str]:
    """Declared charsets in order: the HTTP header, then every meta/XML declaration in the page head.

    ``names`` (when given) receives codec -> the name as the page wrote it, for messages.
    """
    found: list[str] = []
    for name in [header, *(m.group(1) or m.group(2) for m in META_CHARSET.finditer(raw[:65536]))]:
        if isinstance(name, bytes):
            name = name.decode("ascii", "ignore")
        codec = normalize_charset(name)
        if codec and codec not in found:
            found.append(codec)
            if names is not None and name:
                names[codec] = name.strip().lower()
    return found


def sniff_binary(raw: bytes, content_type: str | None) -> str | None:
    """A short name of the binary type when the bytes are clearly not text, else None."""
    head = raw[:1024]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text has NUL bytes but is text
    for magic, kind in MAGIC:
        if kind and head.startswith(magic):
            return kind
    if content_type:
        ctype = content_type.split(";")[0].strip().lower()
        if ctype and not ctype.startswith(TEXT_TYPES) and ctype not in ("application/octet-stream", ""):
            # trust a non-text content type only when the bytes do not look like markup
            if not MARKUP_START.match(head):
                return ctype
    sample = raw[:8192]
    if sample.count(b"\x00") > max(2, len(sample) // 100):
        return "binary data (NUL bytes)"
    return None


def _clean(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_truncated(raw: bytes) -> str | None:
    """UTF-8 that is clean except for a multi-byte character cut at the very end (a truncated fetch)."""
    for cut in (1, 2, 3):
        if len(raw) > cut:
            text = _clean(raw[:-cut], "utf-8")
            if text is not None:
                return text
    return None


def _damage(raw: bytes, codec: str) -> tuple[int, str]:
    text = raw.decode(codec, errors="replace")
    return text.count("\ufffd"), text


def _family(codec: str) -> str:
    return {"gb18030": "gbk", "big5hkscs": "big5", "cp1252": "latin"}.get(codec, codec)


HAN_BASIC_CHAR = re.compile(f"[{HAN_BASIC}]")  # see text.scripts.HAN_BASIC: why only the basic block
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
MARKUP_START = re.compile(rb"\s*<")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _has_basic_han(text: str) -> bool:
    return bool(HAN_BASIC_CHAR.search(text))


def _plausible_cjk(text: str) -> float:
    """Share of CJK characters in a decoding that are common ones (GB2312 level 1 or Big5 frequent).

    GB18030 and Big5 each accept many byte strings of the other, producing rare characters: real text
    is dominated by the few thousand common ones.
    """
    cjk = HAN_BASIC_CHAR.findall(text[:20000])
    if not cjk:
        return 0.0
    common = 0
    for ch in cjk:
        try:
            b = ch.encode("gb2312")
            if 0xB0 <= b[0] <= 0xD7:
                common += 1
                continue
        except UnicodeEncodeError:
            pass
        try:
            b = ch.encode("big5")
            if 0xA4 <= b[0] <= 0xC6:
                common += 1
        except UnicodeEncodeError:
            pass
    return common / len(cjk)


DAMAGE_SHARE = 0.25  # a multi-byte decoding is kept when at most this share of the non-ASCII bytes is damaged
CJK_CODECS = ("utf-8", "gb18030", "big5hkscs")


def _non_ascii(raw: bytes) -> int:
    return len(raw) - len(raw.translate(None, _HIGH_BYTES))


def _looks_multibyte(text: str) -> bool:
    """A cp1252 reading whose non-ASCII characters come in runs: utf-8 or GBK bytes, not Latin text.

    Accented Latin text has isolated non-ASCII letters ("café", "Müller"); a multi-byte encoding read one
    byte at a time gives runs of them ("ä¼šè®®").
    """
    runs = NON_ASCII_RUN.findall(text[:50000])
    total = sum(len(r) for r in runs)
    if total < 6:
        return False
    in_runs = sum(len(r) for r in runs if len(r) >= 2)
    return in_runs > 0.7 * total


def _least_damaged_cjk(raw: bytes, declared: list[str]) -> tuple[str, str, int] | None:
    """(codec, text, replaced) of the best utf-8 / GB18030 / Big5 reading when only a small share of the
    bytes is damaged (random bytes spliced into a page, a bad block in a fetch), else None.

    UTF-8 first: it validates itself, so a mostly valid reading is almost surely right. Between GB18030 and
    Big5 (which each accept much of the other's bytes) the reading with more common characters wins.
    """
    non_ascii = max(_non_ascii(raw), 1)
    bad, text = _damage(raw, "utf-8")
    if bad <= DAMAGE_SHARE * non_ascii and _has_basic_han(text):
        return "utf-8", text, bad
    order = [c for c in declared if c in CJK_CODECS[1:]] + [c for c in CJK_CODECS[1:] if c not in declared]
    options = []
    for codec in order:
        bad, text = _damage(raw, codec)
        if bad <= DAMAGE_SHARE * non_ascii and _has_basic_han(text):
            options.append((codec, text, bad))
    if not options:
        return None
    return max(options, key=lambda o: _plausible_cjk(o[1]) - o[2] / non_ascii)


@dataclass
class Decoding:
    """One reading of the bytes: the text, the codec, how sure we are, and what went wrong on the way."""

    text: str
    codec: str
    confidence: str  # agreed | declared | detected | fallback (see docs/extraction.md)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Declared:
    """The charsets a page declares (HTTP header first), as codecs; and as the page wrote them."""

    codecs: list[str]
    names: dict[str, str]  # codec -> the name as declared, for messages

    @property
    def first(self) -> str | None:
        return self.codecs[0] if self.codecs else None

    def said(self) -> str:
        """The first declaration as the page wrote it."""
        return self.names[self.codecs[0]]


def decode_bytes(raw: bytes, header: str | None = None) -> tuple[str, str, str, list[str]]:
    """Decode ``raw``: returns (text, codec, confidence, warnings).

    The steps, each deciding only when it is sure: a byte-order mark, pure ASCII, strict UTF-8, then the
    declared and fallback charsets that decode cleanly, then the least damaged reading.
    """
    names: dict[str, str] = {}
    declared = Declared(declared_charsets(raw, header, names), names)
    found = (
        _by_bom(raw, declared)
        or _as_ascii(raw, declared)
        or _as_utf8(raw, declared)
        or _by_clean_charset(raw, declared)
        or _least_damaged(raw, declared)
    )
    return found.text, found.codec, found.confidence, found.warnings


def _by_bom(raw: bytes, declared: Declared) -> Decoding | None:
    """A byte-order mark is authoritative (a few damaged bytes after it are replaced), unless a UTF-8 BOM
    sits on bytes that are mostly not UTF-8 at all: then the bytes decide."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if not raw.startswith(bom):
            continue
        text = _clean(raw, codec)
        bad = 0
        if text is None:
            bad, text = _damage(raw, codec)
            if codec == "utf-8-sig" and bad > DAMAGE_SHARE * _non_ascii(raw):
                continue  # a stray BOM on bytes that are not utf-8 at all: let the bytes decide
        base = "utf-8" if codec == "utf-8-sig" else "utf-16"
        found = Decoding(text, base, "agreed" if declared.first in (None, base) else "detected")
        if declared.first not in (None, base):
            found.warnings.append(f"declared {declared.said()} but the page has a {base} byte-order mark")
        if bad:
            found.warnings.append(f"{bad} damaged byte sequences in {base} replaced")
        return found
    return None


def _as_ascii(raw: bytes, declared: Declared) -> Decoding | None:
    """Pure ASCII bytes: the declared charset (any ASCII-compatible one reads them alike), else ascii."""
    if not raw.isascii():
        return None
    codec = declared.first or "utf-8"
    if codec not in ("utf-16", "utf-32"):
        text = _clean(raw, codec)
        if text is not None:
            return Decoding(text, codec, "declared" if declared.codecs else "agreed")
    return Decoding(raw.decode("ascii"), "ascii", "agreed")


def _as_utf8(raw: bytes, declared: Declared) -> Decoding | None:
    """Non-ASCII bytes that decode as strict UTF-8 are UTF-8 (other encodings almost never do)."""
    text = _clean(raw, "utf-8") or _utf8_truncated(raw)
    if text is None:
        return None
    if declared.first not in (None, "utf-8"):
        return Decoding(text, "utf-8", "detected", [f"declared {declared.said()} but the bytes are utf-8"])
    return Decoding(text, "utf-8", "agreed" if declared.codecs else "detected")


def _by_clean_charset(raw: bytes, declared: Declared) -> Decoding | None:
    """The declared charsets (as supersets), then the fallbacks, that decode the bytes cleanly; several clean
    readings are compared for plausibility."""
    candidates = [c for c in declared.codecs if c != "utf-8"] + [
        c for c in FALLBACKS if c not in declared.codecs
    ]
    clean: list[tuple[str, str]] = []
    for codec in candidates:
        decoded = _clean(raw, codec) or _clean(raw[:-1], codec)  # the last character may be cut off
        if decoded is not None:
            clean.append((codec, decoded))
    if not clean:
        return None
    codec, text = _most_plausible(clean)
    if codec == "cp1252" and _looks_multibyte(text):
        damaged = _least_damaged_cjk(raw, declared.codecs)
        if damaged is not None:
            dcodec, dtext, bad = damaged
            found = Decoding(
                dtext, dcodec, "fallback", [f"{bad} damaged byte sequences in {dcodec} replaced"]
            )
            if declared.first and _family(dcodec) != _family(declared.first):
                found.warnings.append(f"declared {declared.said()} but the bytes decode as {dcodec}")
            return found
    if declared.first and _family(codec) == _family(declared.first):
        return Decoding(text, codec, "agreed" if len(declared.codecs) == 1 else "declared")
    said = declared.said() if declared.codecs else "nothing"
    return Decoding(text, codec, "detected", [f"declared {said} but the bytes decode as {codec}"])


def _most_plausible(clean: list[tuple[str, str]]) -> tuple[str, str]:
    """Among clean (codec, text) readings, the first unless the bytes say otherwise: GBK/Big5 bytes read as
    cp1252 runs, the other of GB18030/Big5 with clearly more common characters, or accented Latin text read
    as rare CJK characters."""
    codec, text = clean[0]
    cjk_candidates = [(c, t) for c, t in clean if c in ("gb18030", "big5hkscs") and _has_basic_han(t)]
    if codec == "cp1252" and cjk_candidates and _looks_multibyte(text):
        codec, text = cjk_candidates[0]  # "iso-8859-1" declared (a server default) over GBK/Big5 bytes
    if len(cjk_candidates) > 1 and codec in ("gb18030", "big5hkscs"):
        best = max(cjk_candidates, key=lambda ct: _plausible_cjk(ct[1]))
        if _plausible_cjk(best[1]) > _plausible_cjk(text) + 0.1:
            codec, text = best
    latin = [t for c, t in clean if c == "cp1252"]
    if codec in ("gb18030", "big5hkscs") and latin and _plausible_cjk(text) < 0.5:
        codec, text = "cp1252", latin[0]  # accented Latin text read as rare CJK characters
    return codec, text


def _least_damaged(raw: bytes, declared: Declared) -> Decoding:
    """Nothing decodes cleanly: a CJK/utf-8 reading with a small share of damage, else the least damaged."""
    damaged = _least_damaged_cjk(raw, declared.codecs)
    if damaged is not None:
        dcodec, dtext, bad = damaged
        warning = f"no charset decodes the bytes cleanly; used {dcodec} with {bad} replaced characters"
        return Decoding(dtext, dcodec, "fallback", [warning])
    best_codec, best_text, best_bad = "utf-8", "", None
    for codec in dict.fromkeys([*declared.codecs, *FALLBACKS]):
        if codec in ("utf-16", "utf-32"):
            continue
        bad, decoded = _damage(raw, codec)
        if best_bad is None or bad < best_bad:
            best_codec, best_text, best_bad = codec, decoded, bad
    warning = f"no charset decodes the bytes cleanly; used {best_codec} with {best_bad} replaced characters"
    return Decoding(best_text, best_codec, "fallback", [warning])


def decode(record: Article) -> Article:
    """Set record.html / encoding / encoding_confidence from record.raw; fail on empty or binary input."""
    raw = record.raw or b""
    if not raw.strip():
        record.page_kind = "empty"
        record.fail("empty page")
        return record
    kind = sniff_binary(raw, None if record.is_text else record.content_type)
    if kind:
        record.page_kind = "not_html"
        record.fail(f"not an HTML or text page: {kind}")
        return record
    if len(raw) > MAX_BYTES:
        record.warnings.append(f"page of {len(raw)} bytes truncated to {MAX_BYTES}")
        raw = raw[:MAX_BYTES]
    text, codec, confidence, warnings = decode_bytes(raw, record.declared_charset)
    record.html = text.replace("\x00", "")
    record.encoding = codec
    record.encoding_confidence = confidence
    record.warnings.extend(warnings)
    return record

"""The one article record that flows through every pipeline stage.

Each stage is a function ``stage(record: Article) -> Article`` (it may mutate and return the same
object). Only :mod:`pipeline.store` writes SQLite; the other stages are pure over the record.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Person:
    """One person in one article, every surface form merged."""

    name: str  # the form to display: the English form when known, else the original
    name_en: str | None = None  # pinyin / English form, e.g. "Sheng Ronghua"
    name_zh: str | None = None  # Chinese form, e.g. "盛荣华"
    role: str | None = None  # title or office as the text gives it
    kind: str = "mentioned"  # quoted | reporter | photographer | editor | mentioned
    surname_only: bool = False  # "Xu said" with no full name in the article
    forms: list[str] = field(default_factory=list)  # every surface form seen
    sentences: list[str] = field(default_factory=list)  # sentences that mention the person
    # Where name_en comes from: "text" (the article writes it: "Sheng Ronghua", 马克龙（Emmanuel Macron）),
    # "famous" (a famous person's name in pipeline/data/famous_people.tsv, from CC-CEDICT: 普京 -> "Vladimir
    # Putin") or "pinyin" (romanised from a Chinese name). The people stage fills name_en only with such a
    # reliable form: a transliterated foreign name (马克龙) gets no pinyin, so name_en and name_en_source stay None.
    name_en_source: str | None = None

    @property
    def has_reliable_english(self) -> bool:
        """Does the person have an English form translation can keep as it is? (The stage sets ``name_en`` only
        then: given by the text, or the pinyin of a Chinese name.)"""
        return self.name_en is not None


@dataclass
class DateMention:
    """One date found in the text, resolved against the dateline or publication date."""

    text: str  # the source text, e.g. "16日", "on the 29th"
    value: str | None  # ISO 8601 date (or "start/end" for a range); None when it cannot be resolved
    kind: str  # published | dateline | event | range | mentioned
    sentence: str | None = None
    end: str | None = None  # end of a range, ISO 8601


@dataclass
class TranslationFlag:
    """One machine-translated sentence the translate stage doubts, and why (stored in translation_flags)."""

    part: str  # "title" | "body"
    target: str  # the English sentence as it appears in title_en / body_en
    source: str | None = None  # the original sentence
    paragraph: int | None = None  # 0-based body paragraph; None for the title
    sentence: int | None = None  # index among the article's translated sentences, title first
    kinds: list[str] = field(default_factory=list)  # e.g. ["numbers", "names", "length"]


@dataclass
class Article:
    """Everything known about one fetched page, from raw bytes to translated text."""

    # -- from the fetch (crawlers/ or a file on disk) --
    url: str | None = None  # canonical URL (the live site's URL, also for sample-site fetches)
    raw: bytes = b""  # the bytes as fetched
    raw_page_id: str | None = None  # WARC-Record-ID of the raw page in the archive
    fetch_url: str | None = None  # the URL actually fetched (may be a local sample server)
    source: str | None = None  # spider / source name, e.g. "chinanews"
    status: int | None = None  # HTTP status (None for files)
    content_type: str | None = None
    declared_charset: str | None = None  # from the HTTP Content-Type header
    fetched_at: str | None = None  # ISO 8601 UTC
    is_text: bool = False  # a .txt input (no HTML)

    # -- decode --
    html: str | None = None  # decoded text of the page
    encoding: str | None = None  # encoding used to decode
    encoding_confidence: str | None = None  # declared | detected | agreed | fallback
    warnings: list[str] = field(default_factory=list)

    # -- extract --
    site: str | None = None  # site family, e.g. "chinanews.com", "news.cn"
    page_kind: str | None = None  # article | list | not_found | not_html | empty
    rule: str | None = None  # name of the site rule (site/era) that matched
    title: str | None = None
    published: str | None = None  # ISO 8601, with offset when known
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    editor: str | None = None
    agency: str | None = None  # source agency line, e.g. "新华社", "中国新闻网"
    dateline: dict[str, Any] | None = None  # {"place": ..., "date": ISO or None, "text": ...}
    paragraphs: list[str] = field(default_factory=list)

    # -- language --
    lang: str | None = None  # ISO 639-1 ("zh", "en"); "und" when unsure
    lang_confidence: float | None = None
    paragraph_langs: list[str] = field(default_factory=list)

    # -- translate --
    title_en: str | None = None
    body_en: str | None = None
    translation_status: str | None = None  # "original" | "translated" | "not translated: ..."
    translation_model: str | None = None
    translation_quality: str | None = None  # "ok" | "doubtful" | "unusable"; None: original or untranslated
    translation_flags: list[TranslationFlag] = field(default_factory=list)

    # -- people, dates, conferences, dedupe --
    people: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    conferences: list[str] = field(default_factory=list)  # conference ids from pipeline/data
    collected_for: list[str] = field(default_factory=list)  # conferences a crawl collected it for
    duplicate_of: str | None = None  # canonical URL of the earlier copy of the same wire story

    # -- failure --
    error: str | None = None  # first stage error; the record is still stored

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def fail(self, message: str) -> None:
        """Record an error without losing what was already known (first error wins)."""
        if self.error is None:
            self.error = message

    def to_contract(self) -> dict[str, Any]:
        """The JSON object printed by ``wirearchive extract`` (see docs/cli.md)."""
        return {
            "url": self.url,
            "site": self.site,
            "lang": self.lang,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            "editor": self.editor,
            "dateline": (
                {"place": self.dateline.get("place"), "date": self.dateline.get("date")}
                if self.dateline
                else None
            ),
            "body": self.body,
            "people": [
                {"name": p.name, "name_en": p.name_en, "name_zh": p.name_zh, "role": p.role}
                for p in self.people
            ],
            "dates": [{"text": d.text, "value": d.value, "kind": d.kind} for d in self.dates],
            "title_en": self.title_en,
            "body_en": self.body_en,
            "translation": {
                "status": self.translation_status,
                "model": self.translation_model,
                "quality": self.translation_quality,
                "flags": [
                    {
                        "sentence": f.sentence,
                        "part": f.part,
                        "paragraph": f.paragraph,
                        "source": f.source,
                        "target": f.target,
                        "kinds": list(f.kinds),
                    }
                    for f in self.translation_flags
                ],
            },
            "error": self.error,
            "warnings": list(self.warnings),
        }

    def people_dicts(self) -> list[dict[str, Any]]:
        return [asdict(p) for p in self.people]

    def dates_dicts(self) -> list[dict[str, Any]]:
        return [asdict(d) for d in self.dates]

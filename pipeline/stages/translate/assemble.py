"""Planning an article's translation units, and filling the record from the translated sentences.

A unit is the title or one paragraph, with the language it is translated from; a draft is one sentence of a
unit on its way through the rounds (as is, with the English of its protected terms written in, spliced; see
translator.py). ``fill_record`` writes ``title_en``/``body_en`` (paragraphs kept, joined by ``"\\n\\n"`` like
``record.body``), ``translation_status``, ``translation_model``, ``translation_quality`` and
``translation_flags``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.record import Article, TranslationFlag
from pipeline.stages.translate.checks import FAILED, Sentence, check, quality
from pipeline.stages.translate.models import TARGET, ModelInfo
from pipeline.stages.translate.protect import Found, Protector
from pipeline.stages.translate.segment import split_sentences
from pipeline.text.langid import UND, guess_text


@dataclass
class Draft:
    """One sentence of a unit: its protected terms, and its translation once the rounds are done."""

    source: str
    found: list[Found]
    output: str | None = None  # None: not translated (yet, or the model failed)
    looped: bool = False
    spliced: bool = False
    kinds: list[str] = field(default_factory=list)


@dataclass
class Unit:
    """One title or paragraph of one record."""

    lang: str  # language it is translated from; "en" or "und" = kept as is
    text: str
    model: ModelInfo | None = None
    drafts: list[Draft] = field(default_factory=list)

    @property
    def translatable(self) -> bool:
        return self.lang not in (UND, TARGET) and bool(self.text.strip())


def plan(record: Article, models: dict[str, ModelInfo], protector: Protector) -> list[Unit]:
    """Units of a record: index 0 is the title, then the paragraphs."""
    article_lang = record.lang or UND
    langs = list(record.paragraph_langs)
    if len(langs) != len(record.paragraphs):
        langs = [guess_text(p).lang for p in record.paragraphs]
    title_guess = guess_text(record.title)
    # Titles are short: only a script-based answer (CJK) overrides the page's language.
    title_lang = title_guess.lang if title_guess.method == "script" else article_lang
    units = []
    for text, lang in [(record.title or "", title_lang), *zip(record.paragraphs, langs, strict=True)]:
        if lang == UND and article_lang not in (UND, TARGET) and any(ch.isalpha() for ch in text):
            lang = article_lang  # too short to tell on its own: take the article's language
        unit = Unit(lang=lang, text=text)
        if unit.translatable:
            unit.model = models.get(lang)
            if unit.model is not None:
                unit.drafts = [Draft(s, protector.find(s)) for s in split_sentences(text)]
        units.append(unit)
    return units


def _join(translated: list[str]) -> str:
    return " ".join(t for t in translated if t)


def _flags(record: Article, units: list[Unit], failed_units: list[int]) -> tuple[list[TranslationFlag], int]:
    """The flags of the translated sentences (title first) and how many sentences there are."""
    flags: list[TranslationFlag] = []
    index = 0
    for number, unit in enumerate(units):
        for draft in unit.drafts:
            if number in failed_units:
                draft.kinds, target = [FAILED], draft.source  # kept untranslated, in body_en as it is
            else:
                target = draft.output or ""
                sentence = Sentence(draft.source, target, unit.lang, draft.found, draft.spliced, draft.looped)
                draft.kinds = check(sentence)
            if draft.kinds:
                flags.append(
                    TranslationFlag(
                        part="title" if number == 0 else "body",
                        target=target,
                        source=draft.source,
                        paragraph=None if number == 0 else number - 1,
                        sentence=index,
                        kinds=list(draft.kinds),
                    )
                )
            index += 1
    return flags, index


NO_MODEL_AT_ALL = "not translated: no model installed"


def fill_record(record: Article, units: list[Unit], errors: list[str], any_model: bool = True) -> None:
    """Write the record's translation fields from its units (their drafts translated, or failed); ``errors``
    names what failed them (exception class names: never a library's message, which the log keeps).
    ``any_model`` is False when no translation model is installed at all: the status then says just that
    (``NO_MODEL_AT_ALL``); with some models installed, it names the missing pair."""
    article_lang = record.lang or UND
    if not any(u.translatable for u in units):
        if article_lang == UND:
            _untranslated(record, f"not translated: language {UND}")
        else:
            record.title_en, record.body_en = record.title, record.body
            record.translation_status, record.translation_model = "original", None
            record.translation_quality, record.translation_flags = None, []
        return
    out: list[str] = []
    used: list[str] = []
    no_model: dict[str, list[int]] = {}  # lang -> unit indexes without a model
    failures: list[int] = []
    for index, unit in enumerate(units):
        if not unit.translatable:
            out.append(unit.text)
        elif unit.model is None:
            no_model.setdefault(unit.lang, []).append(index)
            out.append(unit.text)
        elif any(d.output is None for d in unit.drafts):
            failures.append(index)
            out.append(unit.text)  # kept untranslated (and flagged), never dropped
        else:
            out.append(_join([d.output or "" for d in unit.drafts]))
            if unit.model.label not in used:
                used.append(unit.model.label)
    if not used and article_lang != TARGET:
        if no_model and not any_model:
            _untranslated(record, NO_MODEL_AT_ALL)
        elif no_model:
            lang = article_lang if article_lang in no_model else max(no_model, key=lambda k: len(no_model[k]))
            _untranslated(record, f"not translated: no {lang}→{TARGET} model installed")
        else:
            _untranslated(record, f"not translated: failed ({', '.join(errors) or 'unknown error'})")
        return
    n = len(units) - 1
    problems = [
        f"no {lang}→{TARGET} model installed for {_parts(idx, n)}" for lang, idx in sorted(no_model.items())
    ]
    if failures:
        problems.append(f"failed for {_parts(failures, n)}" + (f" ({', '.join(errors)})" if errors else ""))
    record.title_en = out[0] if record.title is not None else None
    record.body_en = "\n\n".join(out[1:])
    record.translation_model = ", ".join(used) or None
    record.translation_status = "partly translated: " + "; ".join(problems) if problems else "translated"
    record.translation_flags, sentences = _flags(record, units, failures)
    record.translation_quality = quality(len(record.translation_flags), sentences)


def _parts(indexes: list[int], n_paragraphs: int) -> str:
    """ "the title and 2 of 9 paragraphs" for unit indexes (0 = title)."""
    paragraphs = sum(1 for i in indexes if i > 0)
    words = ["the title"] if 0 in indexes else []
    if paragraphs:
        words.append(f"{paragraphs} of {n_paragraphs} paragraphs")
    return " and ".join(words)


def _untranslated(record: Article, status: str) -> None:
    record.title_en = record.body_en = record.translation_model = None
    record.translation_status = status
    record.translation_quality, record.translation_flags = None, []

"""The people stage's knowledge: ``pipeline/data/people.toml`` loaded once into a frozen :class:`Vocabulary`,
and the speech and credit patterns built from it (:class:`Patterns`).

Both are built on first use (``vocabulary()``, ``patterns()``), so that importing the stage reads no file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.names import people_data, surname_table
from pipeline.text.scripts import HAN
from pipeline.text.traditional import fold_traditional


@dataclass(frozen=True)
class Vocabulary:
    """The lists of people.toml in the shape the rules read them (lower-cased where matched so)."""

    speech_en: tuple[str, ...]
    speech_zh: frozenset[str]
    roles_zh: tuple[str, ...]  # longest first
    title_prefixes_zh: frozenset[str]
    honorifics_en: frozenset[str]
    abbreviations_en: frozenset[str]
    roles_en_norm: tuple[str, ...]  # lower case, hyphens as spaces; longest first
    role_words_en: frozenset[str]  # every word of a title, plus modifiers and joining words
    name_titles_en: frozenset[str]  # titles printed as part of a name ("Sheikh Hasina"): never cut off
    title_stops_en: frozenset[str]
    never_en: frozenset[str]
    group_nouns_en: frozenset[str]  # a religion's or a people's member ("Muslim"): never a person alone
    never_zh: frozenset[str]
    never_zh_prefix: tuple[str, ...]
    brand_followers_zh: tuple[str, ...]
    storm_words_zh: tuple[str, ...]
    quoted_thing_nouns_zh: tuple[str, ...]
    eponym_words_zh: tuple[str, ...]
    familiar_prefixes_zh: frozenset[str]
    family_suffixes_zh: frozenset[str]
    kin_chars_zh: frozenset[str]
    kin_words_zh: tuple[str, ...]
    surname_form_suffixes_zh: frozenset[str]
    function_chars_zh: frozenset[str]
    run_on_chars_zh: frozenset[str]
    country_abbreviations_zh: frozenset[str]
    country_heads_zh: frozenset[str]
    particles_en: frozenset[str]
    strip_prefix_en: frozenset[str]  # without the trailing dot
    dotted_only_prefix_en: frozenset[str]  # listed only with a dot ("sen."): without one, maybe a name (Sen)
    strip_prefix_before_full_name_en: frozenset[str]
    strip_prefix_pairs_en: frozenset[str]  # two-word honorifics ("tan sri"), stripped together
    strip_suffix_en: frozenset[str]
    headline_verbs_en: frozenset[str]  # "Doe Joins Roe": a subhead, not a name
    hyphen_suffixes_en: frozenset[str]
    byline_desks_en: frozenset[str]
    strip_suffix_zh: tuple[str, ...]  # in the data's order: stripped one after the other
    strip_prefix_zh: tuple[str, ...]  # honorifics before a name (拿督斯里), longer first
    name_after_honorifics_zh: tuple[str, ...]  # a name always follows them (拿督斯里, 端姑), longer first
    surname_honorifics_zh: tuple[str, ...]  # in the data's order
    surname_xing_nouns_zh: tuple[str, ...]  # in the data's order: longer words first
    xing_not_surnames_zh: frozenset[str]
    org_unit_nouns_zh: frozenset[str]
    compound_surnames: frozenset[str]
    org_words_en: frozenset[str]
    org_heads_en: tuple[str, ...]  # regex-escaped
    org_suffixes_zh: tuple[str, ...]
    reporter_labels_zh: tuple[str, ...]
    editor_labels_zh: tuple[str, ...]
    roles_and_credits_zh: tuple[str, ...]  # roles, credit words (通讯员) and reporter / editor labels
    photographer_labels_en: tuple[str, ...]


def norm_role_words(text: str) -> str:
    """A title as compared: lower case, hyphens as spaces, one space between words."""
    return " ".join(text.lower().replace("-", " ").replace("’", "'").split())


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _dotted_only(words: list[str]) -> frozenset[str]:
    """The abbreviations listed only with their dot ("sen.", not "sen"): written without one, the word may be
    a name ("Amartya Sen")."""
    listed = {w.lower() for w in words}
    return frozenset(w[:-1] for w in listed if w.endswith(".") and w[:-1] not in listed)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """people.toml as a :class:`Vocabulary` (read once)."""
    d = people_data()
    roles, names, orgs, bylines = d["roles"], d["names"], d["organisations"], d["bylines"]
    roles_en = sorted({r.lower() for r in roles["en"]}, key=len, reverse=True)
    role_words = {w for r in roles_en for w in re.split(r"[\s-]+", r)} - {"in"}
    role_words |= {"of", "the", "and", "for", "on"} | _lower(roles.get("modifiers_en", []))
    return Vocabulary(
        speech_en=tuple(d["speech"]["en"]),
        speech_zh=frozenset(d["speech"]["zh"]),
        roles_zh=tuple(sorted(roles["zh"], key=len, reverse=True)),
        title_prefixes_zh=frozenset(roles.get("title_prefixes_zh", [])),
        honorifics_en=_lower(roles.get("honorifics_en", [])),
        abbreviations_en=_lower(roles.get("abbreviations_en", [])),
        roles_en_norm=tuple(sorted({norm_role_words(r) for r in roles_en}, key=len, reverse=True)),
        role_words_en=frozenset(role_words),
        name_titles_en=_lower(roles.get("name_titles_en", [])),
        title_stops_en=_lower(roles["title_stops_en"]),
        never_en=_lower(names["never_en"]),
        group_nouns_en=_lower(names.get("group_nouns_en", [])),
        never_zh=frozenset(names["never_zh"]),
        never_zh_prefix=tuple(names.get("never_zh_prefix", [])),
        brand_followers_zh=tuple(names.get("brand_followers_zh", [])),
        storm_words_zh=tuple(names.get("storm_words_zh", [])),
        quoted_thing_nouns_zh=tuple(names.get("quoted_thing_nouns_zh", [])),
        eponym_words_zh=tuple(names.get("eponym_words_zh", [])),
        familiar_prefixes_zh=frozenset(names.get("familiar_prefixes_zh", [])),
        family_suffixes_zh=frozenset(names.get("family_suffixes_zh", [])),
        kin_chars_zh=frozenset(names.get("kin_chars_zh", "")),
        kin_words_zh=tuple(names.get("kin_words_zh", [])),
        surname_form_suffixes_zh=frozenset(names.get("surname_form_suffixes_zh", [])),
        function_chars_zh=frozenset(names["function_chars_zh"]),
        run_on_chars_zh=frozenset(names.get("run_on_chars_zh", "")),
        country_abbreviations_zh=frozenset(names.get("country_abbreviations_zh", "")),
        country_heads_zh=frozenset(names.get("country_heads_zh", "")),
        particles_en=_lower(names["particles_en"]),
        strip_prefix_en=frozenset(w.lower().rstrip(".") for w in names["strip_prefix_en"]),
        dotted_only_prefix_en=_dotted_only(names["strip_prefix_en"]),
        strip_prefix_before_full_name_en=_lower(names.get("strip_prefix_before_full_name_en", [])),
        strip_prefix_pairs_en=_lower(names.get("strip_prefix_pairs_en", [])),
        strip_suffix_zh=tuple(names["strip_suffix_zh"]),
        strip_prefix_zh=tuple(names.get("strip_prefix_zh", [])),
        name_after_honorifics_zh=tuple(names.get("name_after_honorifics_zh", [])),
        strip_suffix_en=_lower(names.get("strip_suffix_en", [])),
        headline_verbs_en=_lower(names.get("headline_verbs_en", [])),
        hyphen_suffixes_en=_lower(names.get("hyphen_suffixes_en", [])),
        byline_desks_en=_lower(names.get("byline_desks_en", [])),
        surname_honorifics_zh=tuple(names["surname_honorifics_zh"]),
        surname_xing_nouns_zh=tuple(names["surname_xing_nouns_zh"]),
        xing_not_surnames_zh=frozenset(names["xing_not_surnames_zh"]),
        org_unit_nouns_zh=frozenset(names.get("org_unit_nouns_zh", [])),
        compound_surnames=frozenset(d["compound_surnames"]),
        org_words_en=_lower(orgs["words_en"]),
        org_heads_en=tuple(re.escape(w.lower()) for w in orgs.get("heads_en", [])),
        org_suffixes_zh=tuple(orgs["suffixes_zh"]),
        reporter_labels_zh=tuple(bylines["reporter_zh"]),
        editor_labels_zh=tuple(bylines["editor_zh"]),
        roles_and_credits_zh=(
            *roles["zh"],
            *bylines.get("credit_words_zh", []),
            *bylines["reporter_zh"],
            *bylines["editor_zh"],
        ),
        photographer_labels_en=tuple(bylines["photographer_en"]),
    )


def simplify(word: str) -> str:
    """Traditional characters mapped to simplified ones, for matching against the simplified lists only
    (副院長 -> 副院长; the one fold of pipeline/text/traditional.py, same length)."""
    return fold_traditional(word)


@lru_cache(maxsize=1)
def _roles_zh_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    roles = vocabulary().roles_zh
    return tuple((n, frozenset(r for r in roles if len(r) == n)) for n in sorted({len(r) for r in roles}))


@lru_cache(maxsize=65536)
def is_role_zh(word: str) -> bool:
    """Does ``word`` end with a Chinese title word (市长, 副院長)? (Set look-ups of its endings, cached: the
    stage asks for every LAC word.)"""
    word = simplify(word)
    return any(word[-n:] in roles for n, roles in _roles_zh_by_length() if n <= len(word))


def role_zh_at(text: str, pos: int) -> bool:
    """Does a Chinese title word of two or three characters start at ``pos`` of ``text`` (习近平|总书记系列讲话,
    奥巴马|总统; 总书记 ends with the listed 书记)?"""
    return any(is_role_zh(text[pos : pos + n]) for n in (2, 3) if pos + n <= len(text))


# ------------------------------------------------------------------------------------------- patterns

# names already listed in a credit before this one: "Editing by Jane Merriman and ", "Reporting by A in Paris, "
_CREDIT_LIST = (
    r"(?-i:(?:(?:[A-Z][\w'.-]+\s+){0,2}[A-Z][\w'-]+(?:\s+in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
    r"\s*(?:,|\band\b)\s*)*)"
)


@dataclass(frozen=True)
class Patterns:
    """Speech and credit patterns built from the vocabulary. The ``*_before`` ones are searched in the text
    right before a name and end at it; ``zh_photo_after`` is matched right after it."""

    speech_en: re.Pattern[str]  # a speech verb, as a whole word
    pronoun_speech_en: re.Pattern[str]  # "He said" opening the next sentence
    zh_editor_before: re.Pattern[str]
    zh_reporter_before: re.Pattern[str]
    zh_photo_before: re.Pattern[str]
    zh_photo_after: re.Pattern[str]
    en_photo_before: re.Pattern[str]
    en_reporter_before: re.Pattern[str]
    en_editor_before: re.Pattern[str]
    zh_credit: re.Pattern[str]  # a whole Chinese credit line: label, names, 摄
    zh_surname_speech: re.Pattern[str]
    zh_pronoun_speech: re.Pattern[str]
    zh_surname_xing: re.Pattern[str]  # 周姓男子: a surname, 姓, a noun for a person


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The :class:`Patterns` (compiled once)."""
    v = vocabulary()
    speech_en = _alternatives(v.speech_en)
    speech_zh = _alternatives(v.speech_zh)
    editor_zh = _alternatives(v.editor_labels_zh)
    surnames = "".join(sorted(c for c in surname_table() if len(c) == 1))
    honorifics_zh = "|".join(re.escape(h) for h in v.surname_honorifics_zh)  # in the data's order
    return Patterns(
        speech_en=re.compile(rf"\b(?:{speech_en})\b", re.I),
        pronoun_speech_en=re.compile(
            rf"\s*[\"“]?(?:He|She)\s+(?:(?!(?:was|were|is|had|been)\b)[a-z]+\s+){{0,2}}?(?:{speech_en})\b"
        ),
        zh_editor_before=re.compile(rf"(?:{editor_zh})\s*[:：]?\s*(?:[{HAN}]{{2,4}}[、，,\s]+)*$"),
        # 记者 张三、李四 / 记者王五，赵六 (a comma-joined name must start with a surname: not 记者看到，X)
        zh_reporter_before=re.compile(
            rf"(?:{_alternatives(v.reporter_labels_zh)})\s*[:：]?\s*"
            rf"(?:[{HAN}]{{2,4}}[、\s]+|[{surnames}][{HAN}]{{1,3}}[，,]\s*)*$"
        ),
        zh_photo_before=re.compile(r"(?:摄影|摄影记者|图片|图)\s*[:：/]\s*$"),
        zh_photo_after=re.compile(r"^\s*(?:[、\s][" + HAN + r"]{2,4})*\s*/?\s*(?:摄影|摄)(?![像制])"),
        en_photo_before=re.compile(rf"(?:{_alternatives(v.photographer_labels_en)})[^.;()]*$", re.I),
        en_reporter_before=re.compile(
            r"(?:(?:\b(?:reporters?|correspondents?)\s*:?\s*(?:[A-Z][\w'-]+\s+){0,3}(?:,|and)?\s*)$"
            rf"|(?:^|[\n(])\s*by\s+{_CREDIT_LIST}$|\breporting\s+by\s+{_CREDIT_LIST}$)",
            re.I,
        ),
        en_editor_before=re.compile(
            rf"(?:\b(?:editing\s+by|edited\s+by|web\s+editor|editor)\s*:?\s*{_CREDIT_LIST})$",
            re.I,
        ),
        zh_credit=re.compile(
            rf"(?P<label>{_alternatives(v.editor_labels_zh + v.reporter_labels_zh)})\s*[:：]?\s*"
            # names as short as the line allows: 记者陈飞摄 is 陈飞 and its photo mark, not a name 陈飞摄
            rf"(?P<names>[{HAN}]{{2,4}}?(?:[、\s]+[{HAN}]{{2,4}}?)*)"
            rf"\s*(?P<photo>摄)?\s*(?=[）)\]】\s]|$|报道)"
        ),
        # 许说 / 许先生表示: a surname (with an honorific) opening a clause before a speech verb
        zh_surname_speech=re.compile(
            rf"(?:(?<=^)|(?<=[，。；：！？”’\s]))(?P<s>[{HAN}])(?P<h>{honorifics_zh})?(?={speech_zh})"
        ),
        # 他告诉记者 / 她说 (not 他们 / 她们)
        zh_pronoun_speech=re.compile(rf"\s*[他她](?![们們])[^，。！？；：“”\s]{{0,6}}?(?:{speech_zh})"),
        zh_surname_xing=re.compile(rf"(?P<s>[{HAN}])姓(?:{_alternatives(v.surname_xing_nouns_zh)})"),
    )

"""Mentions merged into persons: one :class:`Person` per name key, bare surnames and one-word names linked to
the one full name they can belong to (or kept with ``surname_only=True``), the strongest kind, the first role
in reading order, every form and sentence."""

from __future__ import annotations

import re

from pipeline.record import Person
from pipeline.stages.people.famous import famous_chinese, famous_english
from pipeline.stages.people.mentions import KIND_RANK, Mention
from pipeline.stages.people.vocabulary import vocabulary
from pipeline.text.names import (
    is_transliterated_zh,
    looks_like_pinyin_name,
    looks_like_pinyin_place,
    name_key,
    normalise_en,
    split_zh_name,
    surname_table,
    zh_to_pinyin,
)
from pipeline.text.scripts import has_han

_DOTS = "·•・‧"  # middle dots between the parts of a transliterated name
Groups = dict[str, list[Mention]]  # name key -> mentions; "~<surname>" for surname-only persons


def _last_part_zh(form: str) -> str | None:
    """The last part of a transliterated name written with a middle dot: 比尔·克林顿 -> 克林顿 (罗布 · 邦塔 -> 邦塔:
    spaces around the dot)."""
    parts = [p.strip() for p in re.split(f"[{_DOTS}]", form) if p.strip()]
    return parts[-1] if len(parts) >= 2 else None


_GENERATIONAL = frozenset({"Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII"})


def _surname_of(form: str) -> list[str]:
    """Surname candidates of a full name form: 盛荣华 -> [盛, sheng]; 比尔·克林顿 -> [克林顿]; "Margaret Chan" ->
    [chan]; "Zhao Hui" -> [zhao]."""
    if has_han(form):
        last = _last_part_zh(form)
        if last:
            return [last]
        sur, _g = split_zh_name(form)
        return [sur, (surname_table().get(sur) or "").lower()] if sur else []
    words = normalise_en(form).split()
    if len(words) > 2 and words[-1].rstrip(".") in _GENERATIONAL:
        words = words[:-1]  # "Antonio Trillanes IV" -> Trillanes
    if len(words) < 2:
        return []
    if looks_like_pinyin_name(" ".join(words[:2])):
        return [words[0].lower()]
    return [words[-1].lower()]


def _mark_last_parts(mentions: list[Mention]) -> None:
    """克林顿 after 比尔·克林顿: a Chinese form that is the last part of a dotted name of the article is a
    reference to be linked like a surname."""
    last_parts = {p for m in mentions if m.lang == "zh" and (p := _last_part_zh(m.form))}
    for m in mentions:
        if m.lang == "zh" and m.form in last_parts:
            m.single = True


def _mark_particle_surnames(mentions: list[Mention]) -> None:
    """ "De Wever" after "Bart De Wever", "Del Rosario" after "Albert del Rosario": a two-word English form
    opening with a particle (people.toml ``particles_en``, capitalised at a sentence's start or by the family's
    own spelling) that ends exactly one longer name of the article is a surname, to be linked like one word."""
    particles = vocabulary().particles_en
    forms = {m.form for m in mentions if not has_han(m.form)}
    for m in mentions:
        words = m.form.split()
        if m.single or has_han(m.form) or len(words) != 2 or words[0].lower() not in particles:
            continue
        longer = {f for f in forms if len(f.split()) > 2 and f.lower().endswith(" " + m.form.lower())}
        if len(longer) == 1:
            m.single = True


def _group_full_names(mentions: list[Mention], groups: Groups, order: list[str]) -> list[Mention]:
    """Group the full-name mentions by name key (in ``groups``, keys in reading order in ``order``); return
    the single-word ones, to be linked."""
    singles: list[Mention] = []
    keys = {form: name_key(form) for form in {m.form for m in mentions if not m.single}}  # once per form
    # one person where two forms differ only in spaces and hyphens ("Ri Yong-ho" and "Ri Yong Ho", "Anne-Marie
    # Doe" and "Anne Marie Doe"): the first key in reading order stands for both (the twenty-fourth English set)
    spaced: dict[str, str] = {}
    for m in mentions:
        if not m.single and keys[m.form]:
            keys[m.form] = spaced.setdefault(keys[m.form].replace(" ", ""), keys[m.form])
    for m in mentions:
        if m.single:
            singles.append(m)
            continue
        key = keys[m.form]
        if not key:
            continue
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
    return singles


def _link_candidates(m: Mention, groups: Groups, order: list[str]) -> list[str]:
    """The keys of the persons a single word can belong to: same surname (or last name), any word of an
    English name, or the end of one ("van Sebille" -> "Erik van Sebille")."""
    word = m.form.lower() if not has_han(m.form) else m.form
    cands = [k for k in order if any(word == s for s in _surname_of(groups[k][0].form))]
    if not cands and not has_han(m.form):
        cands = [k for k in order if word in {w.lower() for w in normalise_en(groups[k][0].form).split()}]
        if len(cands) > 1:  # "Sheikh Khalid" beside "Khalid bin Saif" and "Omar bin Khalid": the given name
            cands = [k for k in cands if _nasab_given_name(groups[k][0].form, word)] or cands
    if not cands and " " in word:
        cands = [k for k in order if groups[k][0].form.lower().endswith(" " + word)]
    if not cands and not has_han(m.form) and len(word) >= 6:  # "Zelensky" after "Volodymyr Zelenskiy"
        cands = [
            k for k in order if _one_edit_apart(word, normalise_en(groups[k][0].form).split()[-1].lower())
        ]
    return cands


_NASAB = frozenset({"bin", "ibn", "bint", "binti"})


def _nasab_given_name(form: str, word: str) -> bool:
    """Is ``word`` the given name (the first word) of the Arabic or Malay name ``form``, one with bin / ibn /
    bint in it ("Khalid bin Saif Al Nahyan")? Such a name is referred to by its given name."""
    words = normalise_en(form).lower().split()
    return len(words) >= 3 and words[0] == word and any(w in _NASAB for w in words[1:])


def _one_edit_apart(a: str, b: str) -> bool:
    """Two spellings of one name: one letter added, dropped or changed (not the first)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _link_singles(singles: list[Mention], groups: Groups, order: list[str]) -> None:
    """Link each single word to the one full name with that surname (or that last name); else keep it as a
    surname-only person when it is strong enough (Chinese, a pinyin surname, or quoted)."""
    for m in singles:
        cands = _link_candidates(m, groups, order)
        if len(cands) == 1:
            groups[cands[0]].append(m)
            continue
        if m.form in {"He", "She"} and not cands:
            continue  # "He said": the pronoun, unless the article names a person with that surname
        if not cands and m.lang == "en" and looks_like_pinyin_place(m.form):
            continue  # "Zhejiang" alone: a place the recogniser took for a name
        # a surname (or one-word name) the article gives alone: a surname-only person ("Guterres said")
        key = "~" + (zh_to_pinyin(m.form).lower() if has_han(m.form) else m.form.lower())
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)


def _english_name(
    name_zh: str | None, en_forms: list[str], surname_only: bool
) -> tuple[str | None, str | None]:
    """(name_en, where it comes from): the longest English form the text gives; else the famous person's name
    of a Chinese form (普京 -> "Vladimir Putin", famous.py); else the pinyin of a Chinese name; none for a
    transliterated foreign name (马克龙 is not "Ma Kelong")."""
    if en_forms:
        return (normalise_en(max(en_forms, key=len)) if not surname_only else en_forms[0]), "text"
    if name_zh and not surname_only and (famous := famous_english(name_zh)):
        return famous, "famous"
    if name_zh and not is_transliterated_zh(name_zh):
        return zh_to_pinyin(name_zh), "pinyin"
    return None, None


def _person(key: str, ms: list[Mention]) -> Person:
    surname_only = key.startswith("~")
    zh_forms = [m.form for m in ms if has_han(m.form) and not m.single]
    en_forms = [m.form for m in ms if not has_han(m.form) and not m.single]
    if surname_only:
        zh_forms = [m.form for m in ms if has_han(m.form)]
        en_forms = [m.form for m in ms if not has_han(m.form)]
    name_zh = zh_forms[0] if zh_forms else None
    if name_zh is None and en_forms and not surname_only:
        name_zh = famous_chinese(en_forms[0])  # "Vladimir Putin" -> 普京: one key in both languages
    en_forms += [m.en_form for m in ms if m.en_form]  # 马克龙（Emmanuel Macron）
    name_en, source = _english_name(name_zh, en_forms, surname_only)
    name = (en_forms and name_en) or name_zh or name_en or ms[0].form
    kind = max((m.kind for m in ms), key=lambda k: KIND_RANK.get(k, 0))
    # the first role in reading order, in the script of the person's name when there is one
    role = next(
        (m.role for m in ms if m.role and not has_han(m.role) == bool(zh_forms and not en_forms)), None
    ) or next((m.role for m in ms if m.role), None)
    forms: list[str] = []
    sentences: list[str] = []
    for m in ms:
        if m.form not in forms:
            forms.append(m.form)
        if m.sentence and m.sentence not in sentences:
            sentences.append(m.sentence)
    return Person(
        name=name,
        name_en=name_en,
        name_en_source=source,
        name_zh=name_zh,
        role=role,
        kind=kind,
        surname_only=surname_only,
        forms=forms,
        sentences=sentences,
    )


def assemble(mentions: list[Mention]) -> list[Person]:
    """The persons of the mentions (given in reading order), in order of first mention."""
    groups: Groups = {}
    order: list[str] = []
    _mark_last_parts(mentions)
    _mark_particle_surnames(mentions)
    singles = _group_full_names(mentions, groups, order)
    _link_singles(singles, groups, order)
    return [_person(key, groups[key]) for key in order]

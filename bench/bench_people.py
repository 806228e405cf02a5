"""Benchmark of the people stage: ``python -m bench.bench_people [--markdown] [--details]``.

Scores person precision / recall / F1 per language, kind accuracy and role accuracy on
tests/fixtures/people/*.json (annotated articles written for this project) plus the two seed articles,
and reporter precision / recall on the shared corpus pages whose truth lists authors (reporters only:
the truth has no other people). The shared folder is optional: without it only the fixtures are scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.names import name_key
from pipeline.people import find_people
from pipeline.record import Article, Person

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
        if p.kind == g.get("kind", p.kind):
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


def corpus_reporters() -> tuple[Score, int]:
    """Reporter kind on shared corpus pages whose truth lists authors (truth bodies, no byline fields)."""
    score = Score()
    truth = SHARED / "corpus" / "truth.jsonl"
    pages = 0
    if not truth.exists():
        return score, 0
    for line in truth.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("authors") is None or not row.get("body"):
            continue
        lines = [x for x in row["body"].split("\n") if x.strip()]
        if row.get("body_first_line_is_title") and lines:
            lines = lines[1:]
        record = find_people(Article(title=row.get("title"), paragraphs=lines, lang=row.get("lang")))
        pages += 1
        found = [p for p in record.people if p.kind == "reporter"]
        gold = [{"name": a, "kind": "reporter"} for a in row["authors"]]
        sub = Score()
        score_article(Article(people=found), gold, sub, row["file"])
        score.tp += sub.tp
        score.fp += sub.fp
        score.fn += sub.fn
        score.misses.extend(sub.misses)
    return score, pages


def corpus_record(row: dict[str, Any]) -> Article:
    """A truth row as the people stage sees it: every body line (headline included) is a paragraph."""
    lines = [x.strip() for x in (row.get("body") or "").split("\n") if x.strip()]
    return Article(paragraphs=lines, lang=row.get("lang"))


def corpus_people() -> tuple[dict[str, Score], dict[str, int]]:
    """Persons and roles on the shared corpus pages annotated in tests/fixtures/people_corpus.json.

    The annotation was made by reading the truth bodies, independently of the code; the page text is read
    from ../shared/corpus (not stored in the repository). Without it nothing is scored.
    """
    scores = {"zh": Score(), "en": Score()}
    pages = {"zh": 0, "en": 0}
    truth_path = SHARED / "corpus" / "truth.jsonl"
    if not truth_path.exists() or not CORPUS_ANNOTATIONS.exists():
        return scores, pages
    truth = {}
    for line in truth_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        truth[row["file"]] = row
    for entry in json.loads(CORPUS_ANNOTATIONS.read_text(encoding="utf-8")):
        row = truth.get(entry["file"])
        if row is None or not row.get("body"):
            continue
        lang = row["lang"]
        record = find_people(corpus_record(row))
        score_article(record, entry["persons"], scores[lang], entry["file"])
        pages[lang] += 1
    return scores, pages


def run(details: bool = False) -> dict[str, Any]:
    scores = {"zh": Score(), "en": Score()}
    seeds = Score()
    articles = 0
    elapsed = 0.0
    find_people(Article(paragraphs=["预热 warm-up."]))  # load both models before timing
    for path in sorted(FIXTURES.glob("*.json")):
        record, gold, lang = load_fixture(path)
        start = time.perf_counter()
        find_people(record)
        elapsed += time.perf_counter() - start
        articles += 1
        score_article(record, gold, scores[lang], path.stem)
    heldout = {"zh": Score(), "en": Score()}
    for path in sorted(HELDOUT.glob("*.json")):
        record, gold, lang = load_fixture(path)
        find_people(record)
        score_article(record, gold, heldout[lang], path.stem)
    seed_dir = SHARED / "seeds"
    for name, gold in SEED_TRUTH.items():
        path = seed_dir / name
        if not path.exists():
            continue
        record = load_seed(path)
        start = time.perf_counter()
        find_people(record)
        elapsed += time.perf_counter() - start
        articles += 1
        score_article(record, gold, seeds, name)
        score_article(record, gold, scores["en"], name)
    corpus, pages = corpus_reporters()
    independent, independent_pages = corpus_people()
    result = {
        "independent": independent,
        "independent_pages": independent_pages,
        "articles": articles,
        "articles_per_s": articles / elapsed if elapsed else 0.0,
        "scores": scores,
        "heldout": heldout,
        "seeds": seeds,
        "corpus": corpus,
        "corpus_pages": pages,
    }
    if details:
        for label, s in [
            ("zh", scores["zh"]),
            ("en", scores["en"]),
            ("heldout-zh", heldout["zh"]),
            ("heldout-en", heldout["en"]),
            ("corpus", corpus),
            ("corpus-zh", independent["zh"]),
            ("corpus-en", independent["en"]),
        ]:
            for miss in s.misses:
                print(f"[{label}] {miss}", file=sys.stderr)
    return result


def table(result: dict[str, Any]) -> str:
    rows = [
        "| set | persons | precision | recall | F1 | kind acc. | roles (n) | role acc. |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, s in [
        ("Chinese fixtures", result["scores"]["zh"]),
        ("English fixtures + seeds", result["scores"]["en"]),
        ("seeds only", result["seeds"]),
        ("Chinese fixtures written before tuning (heldout/)", result["heldout"]["zh"]),
        ("English fixtures written before tuning (heldout/)", result["heldout"]["en"]),
    ]:
        kind = s.kind_ok / s.tp if s.tp else 0.0
        role = s.roles_ok / s.roles if s.roles else 0.0
        rows.append(
            f"| {label} | {s.tp + s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {kind:.3f} "
            f"| {s.roles} | {role:.3f} |"
        )
    c = result["corpus"]
    if result["corpus_pages"]:
        rows.append(
            f"| corpus reporters ({result['corpus_pages']} pages) | {c.tp + c.fn} | {c.precision:.3f} "
            f"| {c.recall:.3f} | {c.f1:.3f} | - | - | - |"
        )
    names = {"zh": "Chinese", "en": "English"}
    for lang in ("zh", "en"):
        n = result["independent_pages"][lang]
        if not n:
            continue
        s = result["independent"][lang]
        role = s.roles_ok / s.roles if s.roles else 0.0
        rows.append(
            f"| corpus (independent annotation), {names[lang]} ({n} pages) | {s.tp + s.fn} | {s.precision:.3f} "
            f"| {s.recall:.3f} | {s.f1:.3f} | - | {s.roles} | {role:.3f} |"
        )
    rows.append("")
    extra = ", ".join(
        f"{label} {s.roles_extra}"
        for label, s in [
            ("heldout zh", result["heldout"]["zh"]),
            ("heldout en", result["heldout"]["en"]),
            ("corpus zh", result["independent"]["zh"]),
            ("corpus en", result["independent"]["en"]),
        ]
    )
    rows.append(f"Roles given to persons the annotation gives none (not counted above): {extra}.")
    rows.append(
        f"{result['articles']} annotated articles, {result['articles_per_s']:.1f} articles/s "
        "(models loaded before timing)."
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="print every miss to stderr")
    args = parser.parse_args(argv)
    print(table(run(details=args.details)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

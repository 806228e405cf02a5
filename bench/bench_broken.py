"""Real pages broken on purpose, through the whole ``wirearchive extract --batch`` contract: does any raise?

    python -m bench.bench_broken [--corpus ../shared/corpus ../shared/corpus-web] [--seed 7] [--limit N]

Every page of the corpora (the .html and .html.gz files under their ``pages/``) is written five times under
``$WIREARCHIVE_DATA/bench-broken/``: as it is, cut at 37 % and at 81 % of its bytes, with 300 random bytes
spliced into the middle, and with its first two declared charsets replaced by ``iso-8859-7`` (a lie). All of
them go through one ``wirearchive extract --batch`` process with every stage (no translation model is
installed under that data folder, so translation says so). The contract holds when the process exits 0 and
prints one JSON object per page, in order, with every field, and no object carries a Python exception's
text as its error. The peer, trafilatura's ``bare_extraction`` on the same bytes in this process, is counted
the same way (calls that raise, pages with no text). tests/test_extract_fuzz.py does the same on generated
pages in CI; this runs on real ones.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
FIELDS = {"url", "site", "lang", "title", "published", "authors", "editor", "dateline", "body", "people"}
FIELDS |= {"dates", "title_en", "body_en", "translation", "error"}
# An exception inside a stage: caught and named ("extraction failed (KeyError)", "people: failed (ValueError)"),
# or, worse, its message leaked into the error field. Either way a page made the code raise.
RAISED = re.compile(r"Traceback|\b[A-Z]\w*(Error|Exception)\b|object has no attribute|unexpected keyword")


def variants(data: bytes, rng: random.Random) -> dict[str, bytes]:
    """One page, as it is and broken four ways."""
    middle = len(data) // 2
    return {
        "as is": data,
        "cut at 37 %": data[: len(data) * 37 // 100],
        "cut at 81 %": data[: len(data) * 81 // 100],
        "300 random bytes inside": data[:middle]
        + bytes(rng.randrange(256) for _ in range(300))
        + data[middle:],
        "charset lie": re.sub(rb"charset=[\"']?[\w-]+", b"charset=iso-8859-7", data, count=2, flags=re.I),
    }


def write_pages(corpora: list[Path], out: Path, seed: int, limit: int | None) -> list[tuple[str, Path]]:
    """(variant, path) of every broken page written under ``out``."""
    rng = random.Random(seed)
    pages = [p for corpus in corpora for p in sorted((corpus / "pages").rglob("*.htm*"))][:limit]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, page in enumerate(pages):
        data = page.read_bytes()
        if page.suffix == ".gz":
            data = gzip.decompress(data)
        for index, (variant, broken) in enumerate(variants(data, rng).items()):
            path = out / f"{number:05d}-{index}.html"
            path.write_bytes(broken)
            written.append((variant, path))
    return written


def run_ours(pages: list[tuple[str, Path]], data_dir: Path) -> tuple[int, list[dict], float]:
    """Exit status, the printed objects, wall seconds of one ``wirearchive extract --batch`` over ``pages``."""
    batch = data_dir / "batch.jsonl"
    batch.write_text("".join(json.dumps({"path": str(path)}) + "\n" for _, path in pages), encoding="utf-8")
    env = dict(os.environ, WIREARCHIVE_DATA=str(data_dir / "data"))
    start = time.monotonic()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "wirearchive"), "extract", "--batch", str(batch)],
        env=env,
        capture_output=True,
        text=True,
    )
    objects = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return done.returncode, objects, time.monotonic() - start


def ours_outcome(obj: dict) -> str:
    error = obj.get("error")
    if not FIELDS <= set(obj):  # a field of the contract missing (extra fields, e.g. warnings, are fine)
        return "fields missing"
    if error and RAISED.search(error):
        return "raised inside (caught)"
    if error:
        return "stored with its error"
    return "text extracted" if obj.get("body") else "no text, no error"


def peer_outcome(data: bytes) -> str:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(data, with_metadata=True)
    except Exception:  # the count this bench is about: a peer's call that raises
        return "raised"
    text = getattr(result, "text", None) if result is not None else None
    return "text extracted" if text else "no text"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", nargs="+", type=Path, default=[SHARED / "corpus", SHARED / "corpus-web"])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit", type=int, help="only the first N pages (each written five ways)")
    args = parser.parse_args(argv)
    for corpus in args.corpus:
        if not (corpus / "pages").is_dir():
            parser.error(f"{corpus}/pages is not a folder")
    work = Path(os.environ.get("WIREARCHIVE_DATA", PROJECT / "data")).resolve() / "bench-broken"
    pages = write_pages(args.corpus, work / "pages", args.seed, args.limit)
    status, objects, seconds = run_ours(pages, work)
    ours: Counter[tuple[str, str]] = Counter()
    peer: Counter[tuple[str, str]] = Counter()
    for (variant, path), obj in zip(pages, objects, strict=False):
        ours[variant, ours_outcome(obj)] += 1
        peer[variant, peer_outcome(path.read_bytes())] += 1
    print(
        f"{len(pages)} pages ({len(pages) // 5} real pages x 5); wirearchive extract --batch: exit {status}, "
    )
    print(f"{len(objects)} objects printed in {seconds:.0f} s")
    for name, counts in (("ours", ours), ("trafilatura", peer)):
        print(f"\n{name}:")
        for (variant, outcome), n in sorted(counts.items()):
            print(f"  {variant:<24} {outcome:<26} {n}")
    broken = status != 0 or len(objects) != len(pages)
    broken |= any(outcome in ("fields missing", "raised inside (caught)") for _, outcome in ours)
    print("\ncontract held" if not broken else "\nCONTRACT BROKEN")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Huge pages through every stage: time per stage of a generated 5 MB page (Chinese and English).

    python -m bench.bench_huge [--megabytes 5] [--repeat 3]

Issue 10's limit: a 5 MB page must take at most 2 s through the pipeline, and every cut must be reported in
``warnings``. The pages are written here (one ``<article>`` of paragraphs of wire-style sentences; seeded),
each stage is timed (CPU time of this process) after a warm-up on a small page (models loaded), best of ``--repeat``.
No translation model is installed in a bench run, so the translate stage only marks the page. Peer, same run:
trafilatura's ``bare_extraction`` on the same page (it extracts only: no people, dates or translation).
"""

from __future__ import annotations

import argparse
import random
import time

from pipeline.record import Article
from pipeline.runner import STAGES

SENTENCES = {
    "zh": "国家互联网信息办公室主任王建国在开幕式上致辞，他说今年的大会吸引了来自各地的代表参加。",
    "en": "Wang Jianguo, director of the office, said on Tuesday that the conference drew delegates "
    "from many countries. ",
}
URL = "https://www.example.com/2026/11/19/a.html"


def huge_page(lang: str, size: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        paragraph = f"<p>{SENTENCES[lang] * rng.randint(2, 6)}</p>\n"
        paragraphs.append(paragraph)
        total += len(paragraph.encode())
    head = "<html><head><meta charset='utf-8'><title>A very long page</title></head><body><article>"
    return (head + "".join(paragraphs) + "</article></body></html>").encode()


def stage_times(raw: bytes) -> tuple[dict[str, float], float, Article]:
    """CPU seconds per stage (what a free core spends: the machine is shared), the wall seconds in all."""
    record = Article(url=URL, raw=raw)
    times = {}
    wall = time.perf_counter()
    for stage in STAGES:
        started = time.process_time()
        record = stage.run(record) or record
        times[stage.name] = time.process_time() - started
    return times, time.perf_counter() - wall, record


def peer_seconds(raw: bytes) -> float:
    import trafilatura

    started = time.process_time()
    trafilatura.bare_extraction(raw.decode("utf-8"), url=URL, with_metadata=True)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for lang in SENTENCES:
        stage_times(f"<html><body><article><p>{SENTENCES[lang] * 20}</p></article></body></html>".encode())
        raw = huge_page(lang, int(args.megabytes * 1_000_000))
        runs = [stage_times(raw) for _ in range(args.repeat)]
        best = min(runs, key=lambda run: sum(run[0].values()))
        times, wall, record = best
        per_stage = ", ".join(f"{name} {seconds:.2f}" for name, seconds in times.items())
        print(
            f"{lang}: {len(raw):,} bytes, best of {args.repeat}: {sum(times.values()):.2f} s CPU ({per_stage}); "
            f"{wall:.2f} s wall"
        )
        print(f"    error: {record.error}; warnings: {record.warnings}")
        peer = min(peer_seconds(raw) for _ in range(args.repeat))
        print(f"    peer, same page: trafilatura bare_extraction {peer:.2f} s CPU (extraction only)")


if __name__ == "__main__":
    main()

"""Benchmarks. ``python -m bench.bench_extract``: extraction on the shared corpus (docs/benchmarks.md)."""

"""The house rules a newcomer relies on (docs/choices.md, "Layout"), checked on the code itself:

- no module over 600 lines and no function over 80;
- imports run one way (cli -> runner -> stages -> text/record; the store below the stages; the crawlers use
  only the archive and the catalog of the pipeline) and there is no import cycle;
- the CJK character ranges are written in one place (pipeline/text/scripts.py).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from helpers import ROOT

CODE_FOLDERS = ("pipeline", "crawlers", "datasette", "tools", "samples", "bench")
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80

# (importer prefix, imported prefixes it must not use): the direction of the flow
FORBIDDEN = [
    ("pipeline.text", ("pipeline.stages", "pipeline.store", "pipeline.runner", "pipeline.cli", "crawlers")),
    ("pipeline.stages", ("pipeline.store", "pipeline.runner", "pipeline.cli", "crawlers")),
    ("pipeline.store", ("pipeline.stages", "pipeline.runner", "pipeline.cli", "crawlers")),
    (
        "pipeline.archive",
        ("pipeline.stages", "pipeline.store", "pipeline.runner", "pipeline.cli", "crawlers"),
    ),
    ("crawlers", ("pipeline.stages", "pipeline.store", "pipeline.runner", "pipeline.cli")),
    ("pipeline", ("samples", "tools", "bench")),
]


def python_files() -> Iterator[Path]:
    for folder in CODE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "sites" not in path.relative_to(ROOT).parts:
                yield path


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The project modules ``path`` imports (``from a import b`` counts as a.b when a.b is a module)."""
    found: set[str] = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names
            ]
        found.update(name for name in names if name in modules)
    return found - {module_name(path)}


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in python_files()}
    return {name: imports_of(path, set(paths)) for name, path in paths.items()}


def test_no_module_over_600_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in python_files()
        if (n := p.read_text().count("\n")) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_over_80_lines():
    long = []
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert not long, long


def test_imports_run_one_way():
    wrong = [
        f"{importer} imports {imported}"
        for importer, imported_set in import_graph().items()
        for imported in imported_set
        for prefix, banned in FORBIDDEN
        if (importer == prefix or importer.startswith(prefix + ".")) and imported.startswith(banned)
    ]
    assert not wrong, wrong


def test_no_import_cycle():
    graph = import_graph()
    cycles: list[list[str]] = []

    def walk(node: str, path: list[str], done: set[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in path:
                cycles.append(path[path.index(nxt) :] + [nxt])
            elif nxt not in done:
                walk(nxt, [*path, nxt], done)
        done.add(node)

    done: set[str] = set()
    for start in sorted(graph):
        if start not in done:
            walk(start, [start], done)
    assert not cycles, cycles[:5]


def test_the_cjk_ranges_are_written_once():
    # a range of the Unified Ideographs block written as an escape, anywhere but the one home
    pattern = re.compile(r"\\u4e00|\\u3400|\\u9fff|[\u4e00]-[\u9fff]")
    elsewhere = [
        str(path.relative_to(ROOT))
        for folder in (*CODE_FOLDERS, "tests")
        for path in (ROOT / folder).rglob("*.py")
        if "sites" not in path.parts
        and path != ROOT / "pipeline" / "text" / "scripts.py"
        and path != Path(__file__)
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not elsewhere, elsewhere

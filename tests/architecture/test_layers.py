"""Layers point down and modules never import each other in a circle.

Every `import` of the package's own modules counts, lazy ones inside functions included (a
lazy import hides a cycle, it does not remove it); imports under `if TYPE_CHECKING:` are for
annotations only and are left out. See docs/architecture.md for the layers.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

SRC = Path(__file__).parents[2] / "src" / "interview_coach"

# Bottom first. A package may import its own modules and any package in a lower layer.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"types", "errors", "config", "norms"}),
    frozenset({"schema", "nlp", "store"}),
    frozenset({"analysis"}),
    frozenset({"inputs", "speech", "questions", "negotiation", "progress"}),
    frozenset({"interviewer"}),
    frozenset({"practice"}),
    frozenset({"reports"}),
    frozenset({"tasks"}),  # the workers write reports
    frozenset({"web"}),
    frozenset({"cli"}),  # `serve` starts the web app
)
LEVEL = {name: i for i, layer in enumerate(LAYERS) for name in layer}
# The bottom layer's three modules may use each other (settings raise the package's errors).
BOTTOM_PAIRS = frozenset({("config", "errors"), ("config", "types"), ("errors", "types")})


def _module(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


MODULES = {_module(p): p for p in SRC.rglob("*.py")}


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _imports(path: Path, source: str | None = None) -> list[tuple[str, int]]:
    """(module imported, line) for every import of the package's own modules."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    skip = _type_checking_lines(tree)
    me = _module(path).split(".")
    package = me if path.name == "__init__.py" else me[:-1]
    out = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            # `from pkg import module` imports the module; `from pkg import name`, the package.
            names = [
                f"{name}.{a.name}" if f"{name}.{a.name}" in MODULES else name for a in node.names
            ]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for n in names:
            if n.split(".")[0] == "interview_coach":
                out.append((n, node.lineno))
    return out


def _graph() -> dict[str, dict[str, int]]:
    """Module -> {module it imports: line}. A module's own parent packages are left out: Python
    imports them first whatever the module imports, so they cannot form a cycle with it."""
    return {
        mod: {
            t: line
            for t, line in _imports(path)
            if t in MODULES and t != mod and not mod.startswith(t + ".")
        }
        for mod, path in MODULES.items()
    }


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_package_has_a_layer():
    packages = {_package(_module(p)) for p in SRC.rglob("*.py")} - {""}
    assert packages == set(LEVEL), "add the new package to LAYERS and docs/architecture.md"


def test_imports_point_down():
    upward = []
    for a, targets in _graph().items():
        for b, line in targets.items():
            pa, pb = _package(a), _package(b)
            if not pa or pa == pb or (pa, pb) in BOTTOM_PAIRS:
                continue  # the top-level facade, or within one package
            if pb and LEVEL[pb] >= LEVEL[pa]:
                upward.append(f"{a}:{line} imports {b}")
    assert not upward, "\n".join(upward)


def test_no_import_cycles():
    # The top-level facade imports the analysis lazily for its one convenience function;
    # every module imports the package root, so the root is left out of the graph.
    graph = {
        m: [t for t in targets if t != "interview_coach"]
        for m, targets in _graph().items()
        if m != "interview_coach"
    }
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as exc:
        pytest.fail("import cycle: " + " -> ".join(exc.args[1]))


@pytest.mark.parametrize("engine", ["interviewer", "negotiation"])
def test_the_engines_write_nothing(engine: str):
    """A session engine reports what it did (events, state) and its service saves it: no
    engine module names the Store, not even for an annotation."""
    found = [
        f"{_module(p)}:{line}"
        for p in (SRC / engine).glob("*.py")
        for line, text in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "interview_coach.store" in text or "from ..store" in text
    ]
    assert not found, found


@pytest.mark.parametrize(
    ("source", "expect"),
    [
        ("from interview_coach.web import app\n", True),
        ("def f():\n    from interview_coach.web.app import x\n", True),
        ("if TYPE_CHECKING:\n    import interview_coach.web\n", False),
        ("from ..web import app\n", True),
    ],
)
def test_the_check_sees_lazy_imports_and_ignores_annotations(source: str, expect: bool):
    found = _imports(SRC / "store" / "probe.py", source)
    assert any(t.startswith("interview_coach.web") for t, _ in found) is expect

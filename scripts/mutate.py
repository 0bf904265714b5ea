"""Mutation testing of the core modules: does each module's own test file notice a small wrong change?

    .venv/bin/python scripts/mutate.py                      # every module in MODULES
    .venv/bin/python scripts/mutate.py _retry _pagination   # some of them (by the file's stem)
    .venv/bin/python scripts/mutate.py --max-mutants 60 --show-survivors

An AST mutator (mutmut 3.x cannot see a package outside `src/`): each mutant flips one comparison,
arithmetic or boolean operator, removes a `not`, changes one number or boolean constant, or makes a
`return` give None. Docstrings, other strings and annotations are left alone (changing them rarely
changes behaviour, so they would only add noise). One mutant at a time: a forked child swaps the
mutated source in through an import hook and runs that module's tests (`-x -q -p no:randomly`); a
failure or a timeout kills the mutant. Prints killed/total per module.
"""

from __future__ import annotations

import argparse
import ast
import importlib.abc
import importlib.util
import os
import random
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay"

# module -> the test files that are its own tests
MODULES: dict[str, tuple[str, ...]] = {
    "app_store_connect._retry": ("tests/core/test_retry_policy.py",),
    "app_store_connect._pagination": (
        "tests/pagination/test_page_walk.py",
        "tests/pagination/test_pagination_timeouts.py",
    ),
    "app_store_connect._tokens": ("tests/auth/test_auth_tokens.py",),
    "app_store_connect._errors": ("tests/core/test_errors.py",),
    "app_store_connect.reports._decode": ("tests/reports/test_report_decoder.py",),
}

_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult, ast.Mod: ast.Mult, ast.Pow: ast.Mult,
    ast.And: ast.Or, ast.Or: ast.And,
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    """The `index`-th mutation point of a module (in `ast.walk` order), and what it does."""

    index: int
    line: int
    description: str


def _skipped(tree: ast.AST) -> set[int]:
    """ids of the nodes not to mutate: those inside annotations and `TypeVar(...)`."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        subtrees: list[ast.AST | None] = []
        if isinstance(node, ast.AnnAssign | ast.arg):
            subtrees.append(node.annotation)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            subtrees.append(node.returns)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "TypeVar":
            subtrees.append(node)  # variance is for type checkers only
        for subtree in filter(None, subtrees):
            skipped.update(id(inner) for inner in ast.walk(subtree))
    return skipped


def _points(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Each node that can be mutated, with what its mutation does (one mutation per node and kind)."""
    skipped = _skipped(tree)
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in _SWAPS:
                    yield node, f"compare {position}: {type(op).__name__} -> {_SWAPS[type(op)].__name__}"
        elif isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp) and type(node.op) in _SWAPS:
            yield node, f"{type(node.op).__name__} -> {_SWAPS[type(node.op)].__name__}"
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not removed"
        elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
            yield node, f"{node.value} -> {not node.value}"
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
            yield node, f"{node.value!r} -> {node.value + 1!r}"
        elif isinstance(node, ast.Return) and node.value is not None and not _is_none(node.value):
            yield node, "return None"


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _apply(node: ast.AST, description: str) -> ast.AST:
    """The mutated replacement of `node` (mutated in place where that is enough)."""
    if isinstance(node, ast.Compare):
        position = int(description.split(":")[0].split()[1])
        node.ops[position] = _SWAPS[type(node.ops[position])]()
    elif isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp):
        node.op = _SWAPS[type(node.op)]()
    elif isinstance(node, ast.UnaryOp):
        return node.operand
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        node.value = not node.value
    elif isinstance(node, ast.Constant):
        node.value = node.value + 1
    elif isinstance(node, ast.Return):
        node.value = ast.Constant(None)
    return node


class _Replace(ast.NodeTransformer):
    def __init__(self, target: ast.AST, description: str) -> None:
        self.target, self.description = target, description

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            return _apply(node, self.description)
        return super().generic_visit(node)


def mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    return [Mutant(i, getattr(node, "lineno", 0), text) for i, (node, text) in enumerate(_points(tree))]


def mutated_source(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    node, description = list(_points(tree))[mutant.index]
    tree = _Replace(node, description).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree))


class _MutatedModule(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves `name` from `source` instead of its file (installed in the forked child only)."""

    def __init__(self, name: str, path: Path, source: str) -> None:
        self.name, self.path, self.source = name, path, source

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        return importlib.util.spec_from_loader(fullname, self, origin=str(self.path))

    def exec_module(self, module: ModuleType) -> None:
        module.__file__ = str(self.path)
        exec(compile(self.source, str(self.path), "exec"), module.__dict__)


def _run_tests(name: str, path: Path, source: str | None, tests: tuple[str, ...], timeout: float) -> bool:
    """Whether the tests pass with `source` as module `name` (None: unmutated), in a forked child."""
    child = os.fork()
    if child == 0:  # the child: a fresh overlay import with the mutant, then pytest
        for loaded in [
            m for m in sys.modules if m == "app_store_connect" or m.startswith("app_store_connect.")
        ]:
            del sys.modules[loaded]
        if source is not None:
            sys.meta_path.insert(0, _MutatedModule(name, path, source))
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
        import pytest

        args = [*tests, "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", f"--timeout={timeout:.0f}"]
        os._exit(int(pytest.main(args, plugins=[])))
    deadline = time.monotonic() + timeout + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(child, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status) == 0
        time.sleep(0.02)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    return False  # a hang counts as noticed


def _warm_up() -> None:
    """Import the heavy dependencies once, before forking (each child then starts in a fraction)."""
    import hypothesis  # noqa: F401
    import pytest  # noqa: F401
    import vcr  # noqa: F401

    import app_store_connect.reports  # noqa: F401
    import app_store_connect_api.api  # noqa: F401


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("modules", nargs="*", help="module stems, e.g. _retry (default: all)")
    parser.add_argument(
        "--max-mutants", type=int, help="at most this many mutants per module (a fixed sample)"
    )
    parser.add_argument("--show-survivors", action="store_true", help="list the mutants no test noticed")
    options = parser.parse_args()
    os.chdir(ROOT)
    sys.path.insert(0, str(OVERLAY))
    _warm_up()
    chosen = [m for m in MODULES if not options.modules or m.rsplit(".", 1)[-1] in options.modules]
    for name in chosen:
        path = OVERLAY / (name.replace(".", "/") + ".py")
        source = path.read_text()
        tests = MODULES[name]
        started = time.monotonic()
        if not _run_tests(name, path, None, tests, timeout=120):
            print(f"{name}: its tests fail without any mutation; fix them first")
            return 1
        timeout = max(10.0, 4 * (time.monotonic() - started))
        every = mutants(source)
        sample = every
        if options.max_mutants and len(every) > options.max_mutants:
            sample = sorted(random.Random(0).sample(every, options.max_mutants), key=lambda m: m.index)
        survivors = [m for m in sample if _run_tests(name, path, mutated_source(source, m), tests, timeout)]
        killed = len(sample) - len(survivors)
        score = 100.0 * killed / len(sample) if sample else 100.0
        print(
            f"{name}: {killed}/{len(sample)} killed ({score:.1f}%) in {time.monotonic() - started:.0f}s",
            flush=True,
        )
        for mutant in survivors if options.show_survivors else ():
            print(f"    survived: line {mutant.line}: {mutant.description}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The layout rules of the package, checked on the source (issue: one reading of text).

* no module imports another sub-package's private module (``csskills.x._y`` only from inside
  ``csskills.x``);
* no import cycles, lazy (function-level) imports included; imports under
  ``if TYPE_CHECKING:`` are not imports at run time and are left out;
* only featurize and lang read words: no regular expressions in evaluate/ or aggregate/;
* argparse only under cli/;
* every raise is a csskills error (a subclass of ``CsskillsError``), never a bare builtin;
* every error and warning class is exported from ``csskills``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import csskills
from csskills import exceptions

SRC = Path(csskills.__file__).resolve().parent
_BUILTIN_RAISES = {
    "ValueError", "TypeError", "RuntimeError", "KeyError", "OSError", "IOError", "ImportError",
    "IndexError", "Exception", "AttributeError", "LookupError", "NotImplementedError",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, ast.Module]:
    return {
        _module_name(p): ast.parse(p.read_text(encoding="utf-8"))
        for p in sorted(SRC.rglob("*.py"))
    }


MODULES = _modules()


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in _runtime_nodes_incl(child))
            continue
        yield node
        yield from _runtime_nodes(node)


def _runtime_nodes_incl(node: ast.AST) -> Iterator[ast.AST]:
    yield node
    yield from _runtime_nodes(node)


def _imports(name: str, tree: ast.Module) -> set[str]:
    """csskills modules that module ``name`` imports at run time (any depth of the body)."""
    package = name if (SRC.parent / name.replace(".", "/") / "__init__.py").exists() else (
        name.rpartition(".")[0]
    )
    found: set[str] = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("csskills"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            if not module.startswith("csskills"):
                continue
            found.add(module)
            for alias in node.names:  # "from csskills.cli import _score" imports a module
                if f"{module}.{alias.name}" in MODULES:
                    found.add(f"{module}.{alias.name}")
    return {m for m in found if m in MODULES}


GRAPH = {name: _imports(name, tree) for name, tree in MODULES.items()}


def _owner(module: str) -> str | None:
    """The package whose private module ``module`` is (``csskills.lang`` for
    ``csskills.lang._base``), or None when no part of it is private."""
    parts = module.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


def test_no_module_imports_another_sub_package_s_private_module() -> None:
    wrong = []
    for importer, imported in GRAPH.items():
        for module in imported:
            owner = _owner(module)
            if owner is not None and not (importer == owner or importer.startswith(owner + ".")):
                wrong.append(f"{importer} imports {module}")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles() -> None:
    """Tarjan's strongly connected components over the run-time import graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(GRAPH[v]):
            if w == v:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert not cycles, cycles


@pytest.mark.parametrize("package", ["csskills.evaluate", "csskills.aggregate"])
def test_only_featurize_and_lang_read_words(package: str) -> None:
    readers = [
        name for name, tree in MODULES.items()
        if name.startswith(package)
        and any(isinstance(n, (ast.Import, ast.ImportFrom)) and (
            any(a.name == "re" for a in n.names) if isinstance(n, ast.Import)
            else n.module == "re"
        ) for n in ast.walk(tree))
    ]
    assert not readers, f"regular expressions over text outside featurize/lang: {readers}"


def test_argparse_only_in_the_cli() -> None:
    users = [
        name for name, tree in MODULES.items()
        if not name.startswith("csskills.cli")
        and any((isinstance(n, ast.Import) and any(a.name == "argparse" for a in n.names))
                or (isinstance(n, ast.ImportFrom) and n.module == "argparse")
                for n in ast.walk(tree))
    ]
    assert not users, users


def _raises(tree: ast.AST) -> Iterator[ast.Raise]:
    """Every raise, except in a module ``__getattr__`` (the protocol wants AttributeError)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            continue
        if isinstance(node, ast.Raise):
            yield node
        yield from _raises(node)


def test_every_raise_is_a_csskills_error() -> None:
    bare = []
    for name, tree in MODULES.items():
        for node in _raises(tree):
            if node.exc is not None:
                exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                if isinstance(exc, ast.Name) and exc.id in _BUILTIN_RAISES:
                    bare.append(f"{name}:{node.lineno}: raise {exc.id}")
    assert not bare, "\n".join(bare)


def test_the_whole_exception_tree_is_exported() -> None:
    classes = {
        name for name, value in vars(exceptions).items()
        if isinstance(value, type) and issubclass(value, (Exception, Warning))
        and value.__module__ == exceptions.__name__ and not name.startswith("_")
    }
    assert classes <= set(csskills.__all__), classes - set(csskills.__all__)
    for name in classes:
        cls = getattr(exceptions, name)
        assert issubclass(cls, (exceptions.CsskillsError, exceptions.CsskillsWarning)), name


def test_the_graph_sees_lazy_imports() -> None:
    """The checker itself: a function-level import is an edge (else cycles could hide)."""
    assert "csskills.report.notebook" in GRAPH["csskills._assessment"]

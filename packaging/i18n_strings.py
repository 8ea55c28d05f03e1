"""Find UI strings that pyside6-lupdate cannot see: calls of small translate wrappers.

Modules outside a class often write

    _ctx = "Chronik dates"
    def _tr(text: str) -> str:
        return QCoreApplication.translate(_ctx, text)
    ... _tr("Jan") ...

lupdate only extracts ``tr("literal")`` and ``translate("ctx", "literal")``, so
``_tr("Jan")`` would never be translated.  This script finds such one-argument
wrappers (module level or nested in a function), collects the literal strings
passed to them and writes them as plain ``QCoreApplication.translate`` calls
into a stub file that ``update_translations.sh`` feeds to lupdate as well.

    python packaging/i18n_strings.py OUT.py [SOURCES...]   (default: desktop/**/*.py outside core/)

``problems()`` lists calls lupdate and this script cannot resolve (a variable
or f-string where a literal is needed); tests/gui/test_translations.py checks
that there are none.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Found:
    path: Path
    line: int
    context: str
    text: str


def ui_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "desktop").rglob("*.py") if "core" not in p.relative_to(root).parts)


def _is_translate_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr == "translate") or (isinstance(f, ast.Name) and f.id == "translate")


def _str_value(node: ast.AST, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def _wrapper_context(fn: ast.FunctionDef, consts: dict[str, str]) -> str | None:
    """The context when ``fn(x)`` just returns ``translate(CONTEXT, x)``."""
    params = [a.arg for a in fn.args.args]
    if len(params) != 1 or not fn.body or not isinstance(fn.body[-1], ast.Return):
        return None
    call = fn.body[-1].value
    if call is None or not _is_translate_call(call) or len(call.args) < 2:  # type: ignore[arg-type]
        return None
    assert isinstance(call, ast.Call)
    if not (isinstance(call.args[1], ast.Name) and call.args[1].id == params[0]):
        return None
    return _str_value(call.args[0], consts)


def _scan(path: Path) -> tuple[list[Found], list[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    consts = {
        t.id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    found: list[Found] = []
    bad: list[str] = []
    wrapper_nodes: set[int] = set()
    scopes: list[ast.AST] = [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]
    for scope in scopes:
        body = getattr(scope, "body", [])
        for fn in body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            ctx = _wrapper_context(fn, consts)
            if ctx is None:
                continue
            wrapper_nodes.add(id(fn))
            for node in ast.walk(scope):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == fn.name:
                    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                        found.append(Found(path, node.lineno, ctx, node.args[0].value))
                    else:
                        bad.append(f"{path.name}:{node.lineno}: {fn.name}() needs a literal string")
    # tr()/translate() with a non-literal text outside the recognised wrappers
    for fn_node in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module))]:
        if id(fn_node) in wrapper_nodes:
            continue
        for node in ast.iter_child_nodes(fn_node):
            for sub in ast.walk(node):
                if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) and sub is not node:
                    continue
                if not isinstance(sub, ast.Call) or not sub.args:
                    continue
                f = sub.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                arg = sub.args[0] if name == "tr" else sub.args[1] if name == "translate" and len(sub.args) > 1 else None
                if arg is not None and not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    if not _inside_wrapper(tree, sub, wrapper_nodes):
                        bad.append(f"{path.name}:{sub.lineno}: {name}() needs a literal string")
    return found, sorted(set(bad))


def _inside_wrapper(tree: ast.AST, target: ast.AST, wrapper_nodes: set[int]) -> bool:
    for n in ast.walk(tree):
        if id(n) in wrapper_nodes and any(sub is target for sub in ast.walk(n)):
            return True
    return False


def collect(paths: Iterable[Path]) -> tuple[list[Found], list[str]]:
    found: list[Found] = []
    bad: list[str] = []
    for p in paths:
        f, b = _scan(p)
        found += f
        bad += b
    return found, bad


def problems(paths: Iterable[Path] | None = None) -> list[str]:
    return collect(ui_sources() if paths is None else paths)[1]


def write_stub(out: Path, found: list[Found]) -> None:
    lines = [
        '"""Generated by packaging/i18n_strings.py for pyside6-lupdate; never imported."""',
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    seen: set[tuple[str, str]] = set()
    for f in found:
        if (f.context, f.text) in seen:
            continue
        seen.add((f.context, f.text))
        lines.append(f"QCoreApplication.translate({f.context!r}, {f.text!r})  # {f.path.name}:{f.line}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    sources = [Path(a) for a in argv[1:]] or ui_sources()
    found, bad = collect(sources)
    write_stub(out, found)
    for b in bad:
        print(f"warning: {b}", file=sys.stderr)
    print(f"{len(found)} wrapped string(s) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

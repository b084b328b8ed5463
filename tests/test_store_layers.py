"""store/ is the only package that speaks sqlite3, and its modules import each other without a
circle (nothing imported inside a function to dodge one)."""

from __future__ import annotations

import ast
from pathlib import Path

import counselor_desk

PACKAGE = Path(counselor_desk.__file__).resolve().parent
STORE = PACKAGE / "store"


def imported_modules(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_module_outside_store_imports_sqlite3() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if STORE not in path.parents
        and "sqlite3" in imported_modules(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_no_store_module_imports_inside_a_function() -> None:
    late = []
    for path in sorted(STORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                late += [
                    f"{path.name}:{node.lineno}"
                    for node in ast.walk(function)
                    if isinstance(node, ast.Import | ast.ImportFrom)
                ]
    assert late == []


def test_no_module_of_the_store_imports_store_db() -> None:
    """backup.py and the modules it shares with db.py stand on their own (and the package
    imports nothing, so one repository loads without the whole store)."""
    importers = sorted(
        path.name
        for path in STORE.glob("*.py")
        if "counselor_desk.store.db" in imported_modules(ast.parse(path.read_text("utf-8")))
    )
    assert importers == []

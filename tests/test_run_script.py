"""The test command itself: it says plainly when the Python running it is too old, and the
README and CI use the same command."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("run_script", ROOT / "tests" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_python_too_old_is_told_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    monkeypatch.setattr(sys, "version_info", (3, 9, 6, "final", 0))
    made: list[object] = []
    monkeypatch.setattr(script, "make_venv", lambda: made.append(1))
    assert script.main([]) == 1
    said = capsys.readouterr().out
    assert "Python 3.11 or newer is needed; this is 3.9" in said
    assert "py -3.11 tests\\run.py" in said
    assert made == []  # nothing was created


def test_the_venv_python_is_where_each_platform_puts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    with monkeypatch.context() as windows:
        windows.setattr(script.os, "name", "nt")
        found = script.venv_python()
    assert found.endswith(script.os.path.join(".venv", "Scripts", "python.exe"))
    assert script.venv_python().endswith(script.os.path.join(".venv", "bin", "python"))


def test_the_readme_and_ci_run_the_same_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec python3 tests/run.py" in ci
    assert "python3 tests/run.py" in readme and "py -3 tests\\run.py" in readme
    source = (ROOT / "tests" / "run.py").read_text(encoding="utf-8")
    ast.parse(source, "run.py", feature_version=(3, 6))  # old Pythons can read it

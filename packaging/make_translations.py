"""Compile the app's translations: resources/translations/*.ts -> *.qm beside them.

    python packaging/make_translations.py          # compile (PySide6's lrelease)
    python packaging/make_translations.py --check  # only say whether any .qm is missing or stale

The .ts files are the sources, kept in git; the .qm files are made from them and never
committed (.gitignore). The test command, the bundle build and the wheel build all run this,
so a fresh clone, the one-folder app and a pip install carry the compiled catalogues.
Standard library only: the PEP 517 backend (build_backend.py) imports it before anything
else is installed.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = Path("resources") / "translations"


class TranslationError(RuntimeError):
    """The catalogues cannot be compiled (no lrelease, or lrelease failed)."""


def sources(root: Path = ROOT) -> list[Path]:
    """The translation sources, in name order."""
    return sorted((root / TRANSLATIONS).glob("*.ts"))


def compiled(source: Path) -> Path:
    return source.with_suffix(".qm")


def stale(root: Path = ROOT) -> list[Path]:
    """The sources whose .qm is missing or older than the source."""
    return [
        source
        for source in sources(root)
        if not compiled(source).is_file()
        or compiled(source).stat().st_mtime < source.stat().st_mtime
    ]


def find_lrelease() -> list[str] | None:
    """The lrelease command: PySide6's own (in the Python running this), else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease.exe", "lrelease") if os.name == "nt" else ("lrelease",):
                tool = Path(folder) / name
                if tool.is_file() and os.access(tool, os.X_OK):
                    return [str(tool)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_all(root: Path = ROOT) -> list[Path]:
    """Compile every source; returns the .qm files written. Raises TranslationError."""
    todo = sources(root)
    if not todo:
        return []
    tool = find_lrelease()
    if tool is None:
        raise TranslationError(
            "cannot compile the translations: no lrelease found (install PySide6-Essentials, "
            "or Qt's linguist tools, then run python packaging/make_translations.py)"
        )
    written = []
    for source in todo:
        target = compiled(source)
        result = subprocess.run(
            [*tool, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.is_file():
            raise TranslationError(
                f"lrelease failed on {source.name} (exit {result.returncode}): "
                f"{(result.stderr or result.stdout).strip()}"
            )
        os.utime(target)  # newer than its source even when lrelease left it unchanged
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        late = stale()
        for source in late:
            print(f"{source.relative_to(ROOT)}: its .qm is missing or older", file=sys.stderr)
        return 1 if late else 0
    if argv:
        print("usage: make_translations.py [--check]", file=sys.stderr)
        return 2
    try:
        written = compile_all()
    except TranslationError as error:
        print(f"make_translations: {error}", file=sys.stderr)
        return 1
    for target in written:
        print(f"compiled {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

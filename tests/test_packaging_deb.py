"""The Debian package (packaging/linux/make_deb.py), made from a small stand-in for the
one-folder app (a real program and a real library, so dpkg-shlibdeps has work to do) and
read back with dpkg-deb and lintian, as clinic IT would.

The real bundle takes minutes to build (packaging/build --deb); what the package does with
a folder is the same for both. Skipped where Debian's tools are missing.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import counselor_desk
from counselor_desk.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.counselordesk.CounselorDesk"
PROGRAM = Path("/bin/true")

needs_dpkg = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("dpkg-shlibdeps") is None,
    reason="dpkg-deb and dpkg-shlibdeps (apt-get install dpkg-dev) are not here",
)


def load_make_deb() -> ModuleType:
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location("_pkg_make_deb", LINUX / "make_deb.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved


def system_library() -> Path:
    """A real shared library of this machine, not also a program (as libc is): zlib, which
    dpkg itself needs, so every Debian machine has it."""
    listed = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True)
    found = re.search(r"\slibz\.so\.1 \([^)]*\) => (\S+)", listed.stdout)
    if found is None:
        pytest.skip("no zlib in the loader's cache")
    return Path(found.group(1))


def stand_in_bundle(folder: Path) -> Path:
    """A folder shaped like PyInstaller's: the program on top, the rest in _internal/."""
    bundle = folder / "counselor-desk"
    internal = bundle / "_internal"
    (internal / "resources" / "licenses").mkdir(parents=True)
    (internal / "plugins").mkdir()
    shutil.copy(PROGRAM, bundle / "counselor-desk")
    shutil.copy(system_library(), internal / "plugins" / "libstandin.so")
    os.chmod(internal / "plugins" / "libstandin.so", 0o755)  # as wheels often ship them
    shutil.copy(ROOT / "resources" / "licenses" / "NOTICES.md", internal / "resources" / "licenses")
    with zipfile.ZipFile(internal / "base_library.zip", "w") as archive:
        archive.writestr("os.pyc", b"")
    return bundle


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg-shlibdeps") is None:
        pytest.skip("dpkg-deb and dpkg-shlibdeps (apt-get install dpkg-dev) are not here")
    folder = tmp_path_factory.mktemp("deb")
    made: Path = load_make_deb().make_deb(stand_in_bundle(folder / "in"), folder / "out")
    return made


def dpkg_deb(*arguments: str) -> str:
    return subprocess.run(
        ["dpkg-deb", *arguments], capture_output=True, text=True, check=True
    ).stdout


def contents(deb: Path) -> dict[str, tuple[str, str, str]]:
    """Path (without ./) -> (mode, owner, link target)."""
    listed = {}
    for line in dpkg_deb("--contents", str(deb)).splitlines():
        mode, owner, _size, _day, _time, rest = line.split(maxsplit=5)
        path, _, target = rest.partition(" -> ")
        listed[path.removeprefix("./").rstrip("/")] = (mode, owner, target)
    return listed


@needs_dpkg
def test_the_package_is_named_and_versioned_from_the_app(deb: Path) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert deb.name == f"counselor-desk_{counselor_desk.__version__}_{arch}.deb"
    fields = dict(
        line.split(": ", 1)
        for line in dpkg_deb("--field", str(deb)).splitlines()
        if ": " in line and not line.startswith(" ")
    )
    assert fields["Package"] == "counselor-desk"
    assert fields["Version"] == counselor_desk.__version__
    assert fields["Architecture"] == arch
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", fields["Maintainer"])
    assert int(fields["Installed-Size"]) > 0
    # the program links libc; the stand-in library inside the package is its own, not a Depends
    assert re.match(r"libc6 \(>= [\d.]+\)$", fields["Depends"]), fields["Depends"]
    assert fields["Description"].startswith("caseload, roll call and session notes")
    info = dpkg_deb("--info", str(deb))
    assert " md5sums" in info and " control" in info


@needs_dpkg
def test_it_installs_under_opt_with_a_command_a_menu_entry_and_every_icon(deb: Path) -> None:
    listed = contents(deb)
    assert all(owner == "root/root" for _mode, owner, _target in listed.values())
    assert listed["opt/counselor-desk/counselor-desk"][0] == "-rwxr-xr-x"
    assert listed["opt/counselor-desk/_internal/plugins/libstandin.so"][0] == "-rw-r--r--"
    assert listed["opt/counselor-desk/_internal/base_library.zip"][0] == "-rw-r--r--"
    mode, _owner, target = listed["usr/bin/counselor-desk"]
    assert mode.startswith("l") and target == "/opt/counselor-desk/counselor-desk"
    for path in (
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "usr/share/man/man1/counselor-desk.1.gz",
        "usr/share/doc/counselor-desk/copyright",
        "usr/share/doc/counselor-desk/changelog.gz",
        "usr/share/doc/counselor-desk/CHANGELOG.md.gz",
        "usr/share/lintian/overrides/counselor-desk",
    ):
        assert listed[path][0] == "-rw-r--r--", path
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in listed
    directories = [mode for mode, _owner, _target in listed.values() if mode.startswith("d")]
    assert set(directories) == {"drwxr-xr-x"}


@needs_dpkg
def test_what_it_installs_reads_right(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    share = tmp_path / "usr" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert entry.read_bytes() == (LINUX / f"{APP_ID}.desktop").read_bytes()  # Exec via /usr/bin
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0 and not result.stdout, result.stdout
    copyright_file = (share / "doc" / "counselor-desk" / "copyright").read_text(encoding="utf-8")
    assert copyright_file.startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    assert "License: MIT" in copyright_file and "Permission is hereby granted" in copyright_file
    notices = re.search(r" (/opt/counselor-desk/\S+NOTICES\.md)", copyright_file)
    assert notices and (tmp_path / notices.group(1).lstrip("/")).is_file()
    changelog = subprocess.run(
        ["gzip", "-dc", str(share / "doc" / "counselor-desk" / "changelog.gz")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert changelog.startswith(f"counselor-desk ({counselor_desk.__version__}) stable;")


@needs_dpkg
@pytest.mark.skipif(shutil.which("lintian") is None, reason="lintian is not here")
def test_lintian_finds_no_error_or_warning(deb: Path) -> None:
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", str(deb)],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    found = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert result.returncode == 0 and not found, result.stdout + result.stderr


def test_the_manual_page_names_every_command() -> None:
    page = (LINUX / "counselor-desk.1").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(
        action.choices
        for action in parser._actions
        if isinstance(action.choices, dict) and action.dest == "command"
    )
    described = set(re.findall(r"^\.B (\S+)$", page, flags=re.MULTILINE))
    missing = [name for name in commands if name.replace("-", "\\-") not in described]
    assert not missing, f"add these commands to packaging/linux/counselor-desk.1: {missing}"
    for option in ("--db", "--self-test", "--demo", "--passphrase-file", "--version"):
        assert option.replace("-", "\\-") in page, option


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files are Linux's")
def test_programs_and_libraries_are_told_apart_by_their_elf_header(tmp_path: Path) -> None:
    make_deb = load_make_deb()
    assert make_deb.elf_kind(PROGRAM) == "program"
    assert make_deb.elf_kind(system_library()) == "library"
    text = tmp_path / "notes.txt"
    text.write_text("not a program", encoding="utf-8")
    assert make_deb.elf_kind(text) is None


def test_a_folder_without_the_program_is_refused_plainly(tmp_path: Path) -> None:
    make_deb = load_make_deb()
    with pytest.raises(make_deb.DebError, match="run packaging/build first"):
        make_deb.make_deb(tmp_path, tmp_path / "out")


def test_the_maintainer_comes_from_debian_s_own_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    make_deb = load_make_deb()
    monkeypatch.delenv("DEBFULLNAME", raising=False)
    monkeypatch.delenv("DEBEMAIL", raising=False)
    assert make_deb._maintainer_from_environment().endswith("@packages.invalid>")
    monkeypatch.setenv("DEBFULLNAME", "Clinic IT")
    monkeypatch.setenv("DEBEMAIL", "it@clinic.example")
    assert make_deb._maintainer_from_environment() == "Clinic IT <it@clinic.example>"
    monkeypatch.setenv("DEBEMAIL", "Front Desk <desk@clinic.example>")
    assert make_deb._maintainer_from_environment() == "Front Desk <desk@clinic.example>"

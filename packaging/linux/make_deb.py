"""Make a Debian package (.deb) of the one-folder app that packaging/build made.

    python3 packaging/linux/make_deb.py                 # packaging/dist/counselor-desk -> .deb
    python3 packaging/linux/make_deb.py BUNDLE --out DIR

The package installs the folder as /opt/counselor-desk (its own Python and Qt, as built), a
/usr/bin/counselor-desk link, the menu entry, the icons in every hicolor size, the AppStream
metadata, a manual page, the copyright file and the licence texts, and a lintian overrides
file that says why a self-contained app in /opt differs from a distribution package. Its
Depends are computed by dpkg-shlibdeps from the libraries the folder's programs and plugins
link to outside the folder, so build on the oldest release the clinic runs (with the libraries
the app runs on installed: dpkg-shlibdeps names any it cannot find). Nothing is run as root:
dpkg-deb --root-owner-group makes every file root's.

Needs dpkg-deb and dpkg-shlibdeps (dpkg-dev). The Maintainer field comes from DEBFULLNAME and
DEBEMAIL, as Debian's own tools take it; set them to the person or team who hands the package
out. Standard library only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from email.utils import formatdate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # packaging/: app_metadata
from app_metadata import APP_ID, PUBLISHER, read_metadata

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
ROOT = PACKAGING.parent

INSTALL_DIR = "opt/counselor-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Without DEBEMAIL: an address under .invalid (RFC 2606), which cannot exist, rather than one
# that might belong to somebody.
DEFAULT_MAINTAINER = f"{PUBLISHER} <counselor-desk@packages.invalid>"
SECTION = "science"
SUMMARY = "caseload, roll call and session notes for an IOP counselor"
DESCRIPTION = """\
Counselor Desk keeps one Intensive Outpatient Program counselor's caseload
on their own workstation, offline, in a single database file: each
participant's program week and hours against the level-of-care minimum,
roll call from the keyboard, group and session notes that lock when signed,
measures and safety flags, consents for disclosure, and the discharge and
continuity-of-care summaries as PDF. In English and Spanish.
.
Nothing is sent anywhere: there is no account, no server and no network
use. The application carries its own Python and Qt in /opt/counselor-desk."""
# Why this package differs from what lintian expects of a distribution's own packages: each
# tag below is one the one-folder app raises by being what it is (lintian reads the comment
# before an override as its reason).
LINTIAN_OVERRIDES = """\
# A self-contained application (a PyInstaller one-folder build): the program, its own Python,
# Qt and libraries live together in /opt/counselor-desk, as third-party software may.
counselor-desk: dir-or-file-in-opt [opt/counselor-desk/*]
# The app carries the libraries it was built and tested with instead of the system's
# (zlib, expat, freetype, libpng, libjpeg, bzip2 and Pillow's own copies).
counselor-desk: embedded-library * [opt/counselor-desk/*]
# Library paths set by the Python and Qt builds the bundle comes from; the bundle's own
# loader finds its libraries in its folder.
counselor-desk: custom-library-search-path * [opt/counselor-desk/*]
# Python extension modules, loaded by the bundled Python, which brings libc.
counselor-desk: library-not-linked-against-libc [opt/counselor-desk/*]
counselor-desk: shared-library-lacks-prerequisites [opt/counselor-desk/*]
# PyInstaller's bootloader, built by PyInstaller.
counselor-desk: hardening-no-pie [opt/counselor-desk/counselor-desk]
# Every PDF embeds the DejaVu files shipped with the app, so a document looks the same on
# every workstation whatever the system's fonts.
counselor-desk: duplicate-font-file * [opt/counselor-desk/*]
"""


class DebError(RuntimeError):
    """The package cannot be made; the message says why in one sentence."""


def architecture() -> str:
    return run(["dpkg", "--print-architecture"]).strip()


def run(command: list[str], cwd: Path | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        said = (result.stderr or result.stdout).strip().splitlines()
        errors = [line for line in said if "error" in line or line.startswith("Hint")]
        raise DebError(
            f"{Path(command[0]).name} failed (exit {result.returncode}):\n"
            + "\n".join(errors or said[-20:])
        )
    return result.stdout


def elf_kind(path: Path) -> str | None:
    """'program', 'library' or None (not ELF) from the ELF header, without tools."""
    with path.open("rb") as stream:
        header = stream.read(64)
        if header[:4] != b"\x7fELF" or len(header) < 64:
            return None
        is64 = header[4] == 2
        order = "<" if header[5] == 1 else ">"
        (e_type,) = struct.unpack_from(order + "H", header, 16)
        if e_type == 2:  # ET_EXEC
            return "program"
        if e_type != 3:  # not ET_DYN either: an object file, a core dump
            return None
        if is64:
            (phoff,) = struct.unpack_from(order + "Q", header, 32)
            phentsize, phnum = struct.unpack_from(order + "HH", header, 54)
        else:
            (phoff,) = struct.unpack_from(order + "I", header, 28)
            phentsize, phnum = struct.unpack_from(order + "HH", header, 42)
        for index in range(phnum):
            stream.seek(phoff + index * phentsize)
            (p_type,) = struct.unpack(order + "I", stream.read(4))
            if p_type == 3:  # PT_INTERP: a position-independent executable
                return "program"
        return "library"


def copy_bundle(bundle: Path, target: Path) -> list[Path]:
    """The app folder into the package with Debian's modes (0755 for programs and scripts,
    0644 for everything else); returns its ELF files."""
    shutil.copytree(bundle, target, symlinks=True)
    elf_files = []
    for folder, _dirs, files in os.walk(target):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if path.is_symlink():
                continue
            kind = elf_kind(path)
            if kind is not None:
                elf_files.append(path)
            with path.open("rb") as stream:
                script = stream.read(2) == b"#!"
            os.chmod(path, 0o755 if kind == "program" or script else 0o644)
    return sorted(elf_files)


def install_file(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    os.chmod(target, mode)


def write_gzip(data: bytes, target: Path) -> None:
    """Maximum compression and no time stamp inside (reproducible, as lintian asks)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as stream,
    ):
        stream.write(data)
    os.chmod(target, 0o644)


def copyright_text(notices: str) -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8").strip()
    body = "\n".join(f" {line}" if line.strip() else " ." for line in licence.splitlines())
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Counselor Desk\n"
        "Comment: The application carries its own copies of Python, Qt, PySide6, reportlab\n"
        " and the other libraries it runs on. Each is named with its licence in\n"
        f" /{notices}, beside the full text of every licence.\n"
        "\n"
        "Files: *\n"
        f"Copyright: {PUBLISHER}\n"
        "License: MIT\n"
        f"{body}\n"
    )


def changelog_text(version: str, maintainer: str, when: float) -> str:
    """The package's Debian changelog (a native package: one entry per version built)."""
    return (
        f"counselor-desk ({version}) stable; urgency=medium\n"
        "\n"
        f"  * Counselor Desk {version}, built from the one-folder app. What changed in\n"
        "    each version is in CHANGELOG.md.gz beside this file.\n"
        "\n"
        f" -- {maintainer}  {formatdate(when, usegmt=False, localtime=False)}\n"
    )


def shlib_depends(elf_files: list[Path]) -> str:
    """Depends from dpkg-shlibdeps: libraries inside the package are its own, the rest map
    to the packages that provide them on this machine."""
    if shutil.which("dpkg-shlibdeps") is None:
        raise DebError("dpkg-shlibdeps is missing: apt-get install dpkg-dev")
    work = Path(tempfile.mkdtemp(prefix="counselor-desk-shlibdeps-"))
    try:
        (work / "debian").mkdir()
        (work / "debian" / "control").write_text(
            "Source: counselor-desk\n\nPackage: counselor-desk\nArchitecture: any\n",
            encoding="utf-8",
        )
        library_dirs = sorted({str(path.parent) for path in elf_files})
        output = run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--warnings=0",
                *(f"-l{folder}" for folder in library_dirs),
                *(f"-e{path}" for path in elf_files),
            ],
            cwd=work,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for line in output.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.removeprefix("shlibs:Depends=").strip()
    return ""


def installed_size(stage: Path) -> int:
    """In KiB, as dpkg counts it (every file and folder, at least 1 KiB each)."""
    total = 0
    for folder, dirs, files in os.walk(stage):
        if Path(folder) == stage:
            dirs[:] = [name for name in dirs if name != "DEBIAN"]
        for name in [*files, *dirs]:
            size = os.lstat(Path(folder) / name).st_size
            total += max(1, -(-size // 1024))
    return total


def md5sums(stage: Path) -> str:
    lines = []
    for folder, dirs, files in os.walk(stage):
        dirs.sort()
        if Path(folder) == stage:
            dirs[:] = [name for name in dirs if name != "DEBIAN"]
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_symlink():
                continue
            digest = hashlib.md5(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage).as_posix()}")
    return "\n".join(lines) + "\n"


def make_deb(bundle: Path, out: Path, maintainer: str | None = None) -> Path:
    """Build the .deb from `bundle` into `out`; returns its path."""
    if not (bundle / "counselor-desk").is_file():
        raise DebError(f"{bundle} holds no counselor-desk program: run packaging/build first")
    for tool in ("dpkg-deb", "dpkg"):
        if shutil.which(tool) is None:
            raise DebError(f"{tool} is missing: make the .deb on Debian or Ubuntu")
    meta = read_metadata()
    maintainer = maintainer or _maintainer_from_environment()
    arch = architecture()
    when = float(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix="counselor-desk-deb-"))
    try:
        os.chmod(stage, 0o755)
        elf_files = copy_bundle(bundle, stage / INSTALL_DIR)
        stage_desktop_files(stage, bundle, meta.version, maintainer, when)
        control = stage / "DEBIAN"  # before dpkg-shlibdeps: it marks the package's root
        control.mkdir(mode=0o755)
        fields = {
            "Package": "counselor-desk",
            "Version": meta.version,
            "Architecture": arch,
            "Maintainer": maintainer,
            "Installed-Size": str(installed_size(stage)),
            "Depends": shlib_depends(elf_files),
            "Section": SECTION,
            "Priority": "optional",
            "Description": f"{SUMMARY}\n"
            + "\n".join(f" {line}" for line in DESCRIPTION.splitlines()),
        }
        (control / "control").write_text(
            "".join(f"{key}: {value}\n" for key, value in fields.items() if value),
            encoding="utf-8",
        )
        (control / "md5sums").write_text(md5sums(stage), encoding="utf-8")
        for name in ("control", "md5sums"):
            os.chmod(control / name, 0o644)
        target = out / f"counselor-desk_{meta.version}_{arch}.deb"
        run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)])
        return target
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def stage_desktop_files(
    stage: Path, bundle: Path, version: str, maintainer: str, when: float
) -> None:
    """Everything beside the app folder: the command, menu entry, icons, metadata, manual
    page, documentation and lintian overrides, each with Debian's modes."""
    notices = next((stage / INSTALL_DIR).rglob("NOTICES.md"), None)
    if notices is None:
        raise DebError(f"{bundle} carries no resources/licenses/NOTICES.md")
    share = stage / "usr" / "share"
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "counselor-desk").symlink_to(f"/{INSTALL_DIR}/counselor-desk")
    install_file(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    install_file(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons"
    hicolor = share / "icons" / "hicolor"
    install_file(icons / "counselor-desk.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        install_file(
            icons / f"counselor-desk-{size}.png",
            hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
        )
    write_gzip(
        (HERE / "counselor-desk.1").read_bytes(), share / "man" / "man1" / "counselor-desk.1.gz"
    )
    doc = share / "doc" / "counselor-desk"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        copyright_text(notices.relative_to(stage).as_posix()), encoding="utf-8"
    )
    write_gzip(changelog_text(version, maintainer, when).encode(), doc / "changelog.gz")
    write_gzip((ROOT / "docs" / "CHANGELOG.md").read_bytes(), doc / "CHANGELOG.md.gz")
    overrides = share / "lintian" / "overrides" / "counselor-desk"
    overrides.parent.mkdir(parents=True)
    overrides.write_text(LINTIAN_OVERRIDES, encoding="utf-8")
    for folder, _dirs, files in os.walk(share):
        os.chmod(folder, 0o755)
        for name in files:
            os.chmod(Path(folder) / name, 0o644)
    for top in (stage / "usr", stage / "usr" / "bin", stage / "opt"):
        os.chmod(top, 0o755)


def _maintainer_from_environment() -> str:
    name = os.environ.get("DEBFULLNAME", "").strip()
    email = os.environ.get("DEBEMAIL", "").strip()
    if email and "<" in email:  # DEBEMAIL may carry the name too: "Name <address>"
        return email
    if email:
        return f"{name or PUBLISHER} <{email}>"
    return DEFAULT_MAINTAINER


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "bundle",
        nargs="?",
        type=Path,
        default=PACKAGING / "dist" / "counselor-desk",
        help="the one-folder app (default: packaging/dist/counselor-desk)",
    )
    parser.add_argument("--out", type=Path, default=PACKAGING / "dist", help="where the .deb goes")
    options = parser.parse_args(argv)
    try:
        target = make_deb(options.bundle.resolve(), options.out.resolve())
    except DebError as error:
        print(f"make_deb: {error}", file=sys.stderr)
        return 1
    size = target.stat().st_size / 1e6
    print(f"{target} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Render the app icon from its SVG source: PNGs (16…512), a Windows .ico and a macOS .icns.

    python packaging/make_icons.py [--out DIR]

Uses only PySide6 (QtSvg renders the SVG). The .ico and .icns containers are written here
with PNG-compressed entries, which Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "counselor-desk.svg"
BASENAME = "counselor-desk"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a square transparent image of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, Qt takes str
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are the given PNGs (size -> data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    body = b""
    for size in sizes:
        data = pngs[size]
        byte_size = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack(
            "<BBBBHHII", byte_size, byte_size, 0, 0, 1, 32, len(data), offset + len(body)
        )
        body += data
    return header + entries + body


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with PNG entries for every type in ICNS_TYPES."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(svg: Path = SVG, out: Path = ICON_DIR) -> list[Path]:
    """Write the PNG sizes, the .ico and the .icns into `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(wanted)}
    written = []
    for size in PNG_SIZES:
        path = out / f"{BASENAME}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out / f"{BASENAME}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out / f"{BASENAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG, help="the SVG source")
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

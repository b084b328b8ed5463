"""The one palette: the colours of every colour role (domain/colours.py), light and dark.

A value shown in colour (a flag badge, an attendance status, an error message) names its
role; this module is the only place that says which colours a role has. Each role is a pair,
background and text, so it reads the same on any window colour; the pair is picked for the
application palette in use (dark when its window colour is dark). Every pair keeps text at
a contrast of at least 4.5:1 (WCAG 2 AA for normal text), which tests/ui/test_palette.py
computes for every role in both palettes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

from counselor_desk.domain.colours import ColourRole

#: The contrast every role's text keeps against its background.
MIN_CONTRAST = 4.5


@dataclass(frozen=True, slots=True)
class Swatch:
    background: str  # "#rrggbb"
    text: str

    @property
    def contrast(self) -> float:
        return contrast_ratio(self.background, self.text)


_DARK_TEXT = "#1a1a1a"
_WHITE = "#ffffff"

LIGHT: dict[ColourRole, Swatch] = {
    ColourRole.DANGER: Swatch("#c62828", _WHITE),
    ColourRole.WARNING: Swatch("#ef6c00", _DARK_TEXT),
    ColourRole.CAUTION: Swatch("#fdd835", _DARK_TEXT),
    ColourRole.TASK: Swatch("#1565c0", _WHITE),
    ColourRole.DEADLINE: Swatch("#6a1b9a", _WHITE),
    ColourRole.NEUTRAL: Swatch("#546e7a", _WHITE),
    ColourRole.ATTENDED: Swatch("#2e7d32", _WHITE),
    ColourRole.PARTIAL: Swatch("#9ccc65", _DARK_TEXT),
    ColourRole.MUTED: Swatch("#e0e0e0", "#424242"),
    ColourRole.ERROR: Swatch("#fdecea", "#b00020"),
}
DARK: dict[ColourRole, Swatch] = {
    ColourRole.DANGER: Swatch("#ef9a9a", _DARK_TEXT),
    ColourRole.WARNING: Swatch("#ffb74d", _DARK_TEXT),
    ColourRole.CAUTION: Swatch("#fff176", _DARK_TEXT),
    ColourRole.TASK: Swatch("#90caf9", _DARK_TEXT),
    ColourRole.DEADLINE: Swatch("#ce93d8", _DARK_TEXT),
    ColourRole.NEUTRAL: Swatch("#b0bec5", _DARK_TEXT),
    ColourRole.ATTENDED: Swatch("#a5d6a7", _DARK_TEXT),
    ColourRole.PARTIAL: Swatch("#e6ee9c", _DARK_TEXT),
    ColourRole.MUTED: Swatch("#424242", "#e0e0e0"),
    ColourRole.ERROR: Swatch("#3c1418", "#ffb4ab"),
}
PALETTES: dict[str, dict[ColourRole, Swatch]] = {"light": LIGHT, "dark": DARK}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the (application's) window colour is dark."""
    chosen = palette if palette is not None else QGuiApplication.palette()
    return chosen.color(QPalette.ColorRole.Window).lightness() < 128


def swatch(role: ColourRole, palette: QPalette | None = None) -> Swatch:
    """The role's colours in the palette in use (the application's unless one is given)."""
    return (DARK if is_dark(palette) else LIGHT)[role]


def background(role: ColourRole, palette: QPalette | None = None) -> QColor:
    return QColor(swatch(role, palette).background)


def text(role: ColourRole, palette: QPalette | None = None) -> QColor:
    return QColor(swatch(role, palette).text)


def badge_style(role: ColourRole, palette: QPalette | None = None) -> str:
    """A style sheet for a QLabel shown as a rounded badge in the role's colours."""
    colours = swatch(role, palette)
    return (
        f"background: {colours.background}; color: {colours.text}; border-radius: 8px;"
        " padding: 2px 8px; font-weight: 600;"
    )


def error_style(palette: QPalette | None = None) -> str:
    """The one style of error text (form banners, field errors, dialog messages)."""
    colours = swatch(ColourRole.ERROR, palette)
    return (
        f"color: {colours.text}; background: {colours.background}; border-radius: 4px;"
        " padding: 2px 6px;"
    )


def show_as_error(label: QLabel) -> None:
    """Style `label` as error text."""
    label.setStyleSheet(error_style())


# -- contrast (WCAG 2) -----------------------------------------------------------------------


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb": 0 for black, 1 for white."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    channels = []
    for start in (0, 2, 4):
        srgb = int(value[start : start + 2], 16) / 255
        channels.append(srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)

"""The Fusion style's colours, light or dark, for pictures of the window made the same on any
desktop (``--screenshot --color-scheme``). The window itself follows the desktop's palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

_DARK: dict[QPalette.ColorRole, tuple[int, int, int]] = {
    QPalette.ColorRole.Window: (45, 45, 48),
    QPalette.ColorRole.WindowText: (232, 232, 232),
    QPalette.ColorRole.Base: (30, 30, 32),
    QPalette.ColorRole.AlternateBase: (52, 52, 56),
    QPalette.ColorRole.ToolTipBase: (60, 60, 64),
    QPalette.ColorRole.ToolTipText: (232, 232, 232),
    QPalette.ColorRole.PlaceholderText: (150, 150, 155),
    QPalette.ColorRole.Text: (232, 232, 232),
    QPalette.ColorRole.Button: (55, 55, 60),
    QPalette.ColorRole.ButtonText: (232, 232, 232),
    QPalette.ColorRole.BrightText: (255, 90, 90),
    QPalette.ColorRole.Light: (80, 80, 86),
    QPalette.ColorRole.Midlight: (66, 66, 72),
    QPalette.ColorRole.Mid: (40, 40, 44),
    QPalette.ColorRole.Dark: (24, 24, 26),
    QPalette.ColorRole.Shadow: (10, 10, 10),
    QPalette.ColorRole.Highlight: (42, 122, 205),
    QPalette.ColorRole.HighlightedText: (255, 255, 255),
    QPalette.ColorRole.Link: (110, 170, 255),
    QPalette.ColorRole.LinkVisited: (180, 140, 255),
}


def fusion_palette(dark: bool) -> QPalette:
    """Fusion's light palette, or a dark one of the same build."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    if not dark:
        return palette
    for role, rgb in _DARK.items():
        palette.setColor(role, QColor(*rgb))
    disabled = QColor(120, 120, 124)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette

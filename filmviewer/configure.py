"""Film Viewer's identity on a Qt application: names (settings and caches follow them), icon,
language; for the window and for the headless modes alike."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon

from filmviewer import __version__, bundle
from filmviewer.i18n import install_translators

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


def configure(app: QCoreApplication) -> None:
    """Film Viewer's identity, set once: names (settings and caches follow them), icon, language."""
    app.setOrganizationName("filmviewer")
    app.setApplicationName("filmviewer")
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Film Viewer")
        app.setDesktopFileName("filmviewer")
        # An SVG stays crisp at any scale; Qt renders it only when a size is asked for.
        app.setWindowIcon(QIcon(str(bundle.resource_path("filmviewer.svg"))))
    install_translators(app)


def configure_headless() -> None:
    """A Qt core application for a mode without a window (messages in the user's language,
    the same cache folders as the window's), configured."""
    configure(QCoreApplication.instance() or QCoreApplication(sys.argv[:1]))

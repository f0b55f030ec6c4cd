"""Application start-up: arguments, then a headless mode or the window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from filmviewer import cli

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from filmviewer.ui.main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    args = cli.parse_args(argv)
    logging.basicConfig(format="filmviewer: %(levelname)s: %(message)s", level=logging.WARNING)
    if args.check:
        return cli.check(args.check)
    if args.schema:
        return cli.print_schema()
    if args.export:
        return cli.export(args.export, args.format, args.path, args.output)
    return run_gui(args)


def run_gui(args: Namespace) -> int:
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _has_display():
        # Qt would abort with a page about platform plugins; say what is wrong instead.
        print(
            "filmviewer: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set).\nWithout a display, try --check, --export or --screenshot.",
            file=sys.stderr,
        )
        return 1

    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from filmviewer import bundle
    from filmviewer.controller.document import FilmController, describe_problems
    from filmviewer.controller.settings import Settings
    from filmviewer.controller.sheet_cache import SheetCache
    from filmviewer.model.loader import FilmFileError
    from filmviewer.ui.crash_handler import CrashHandler
    from filmviewer.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure(app)
    crashes = CrashHandler(
        show_dialog=not (args.no_crash_dialog or os.environ.get("CI")), parent=app
    )
    crashes.install()

    cache_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    controller = FilmController(cache=SheetCache(Path(cache_folder) / "sheets"))
    if args.screenshot is None:
        settings = Settings()
    else:
        # A screenshot shows a first start and leaves the user's settings alone.
        scratch = tempfile.TemporaryDirectory()
        store = QSettings(f"{scratch.name}/settings.conf", QSettings.Format.IniFormat)
        settings = Settings(store)
    window = MainWindow(controller, settings)
    failures: list[FilmFileError] = []
    controller.load_failed.connect(failures.append)
    # With no PATH: the film open last time, or the bundled one the first time.
    path = args.path or settings.last_file() or bundle.data_path()
    if not controller.open(path):
        print(f"filmviewer: cannot open {path}:", file=sys.stderr)
        print(describe_problems(failures[-1]), file=sys.stderr)
    controller.load_failed.disconnect(failures.append)

    if args.screenshot is not None:
        return _screenshot(window, args, ok=not failures)
    if args.find:
        window.show()
        window.find_text(args.find)
    if os.environ.get("FILMVIEWER_FIRST_FRAME"):
        from filmviewer.ui.first_frame import FirstFrameProbe

        probe = FirstFrameProbe(window)
        window.installEventFilter(probe)
    window.show()
    return app.exec()


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def configure(app: QCoreApplication) -> None:
    """Film Viewer's identity, set once: names (settings and caches follow them), icon, language."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from filmviewer import __version__, bundle
    from filmviewer.i18n import install_translators

    app.setOrganizationName("filmviewer")
    app.setApplicationName("filmviewer")
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Film Viewer")
        app.setDesktopFileName("filmviewer")
        # An SVG stays crisp at any scale; Qt renders it only when a size is asked for.
        app.setWindowIcon(QIcon(str(bundle.resource_path("filmviewer.svg"))))
    install_translators(app)


def _screenshot(window: MainWindow, args: Namespace, *, ok: bool) -> int:
    from PySide6.QtWidgets import QApplication

    window.resize(*args.size)
    window.select_tab(args.tab)
    window.show()
    if args.find:
        window.find_text(args.find)
    QApplication.processEvents()
    if not window.grab().save(str(args.screenshot), "PNG"):
        print(f"filmviewer: cannot write {args.screenshot}", file=sys.stderr)
        return 1
    window.close()
    return 0 if ok else 1

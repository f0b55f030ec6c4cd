"""Application start-up: arguments, then a headless mode or the window."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from filmviewer import bundle
from filmviewer.commands.arguments import parse_args
from filmviewer.configure import configure
from filmviewer.controller.cache_files import cache_location
from filmviewer.controller.document import FilmController, describe_problems
from filmviewer.controller.settings import Settings
from filmviewer.controller.sheet_cache import SheetCache
from filmviewer.crash import CrashLog, crash_report
from filmviewer.i18n import loaded_catalogue, translate
from filmviewer.model.problems import FilmFileError
from filmviewer.model.text import escape_unprintable
from filmviewer.ui import garbage
from filmviewer.ui.crash_handler import CrashHandler
from filmviewer.ui.first_frame import report_milestone, when_painted
from filmviewer.ui.garbage import GarbageCollector
from filmviewer.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from filmviewer.controller.document import FilmController
    from filmviewer.controller.settings import Settings
    from filmviewer.ui.crash_handler import CrashHandler
    from filmviewer.ui.main_window import MainWindow

QUICK_OPEN_BYTES = 2 * 1024 * 1024
"""A cached film at most this large opens before the first frame; others just after it."""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.check or args.schema or args.export or args.list is not None or args.import_page:
        return _headless(args)
    return run_gui(args)


def _headless(args: Namespace) -> int:
    """The modes without a window: never a dialog; an unexpected error is a report and status 1.

    Each mode's module is imported when it runs: a --check needs nothing of --list.
    """
    try:
        if args.check:
            from filmviewer.commands.check import check

            return check(args.check)
        if args.schema:
            from filmviewer.commands.schema import print_schema

            return print_schema()
        if args.list is not None:
            from filmviewer.commands.listing import list_films

            return list_films(args.list, args.filter, args.search, args.format)
        if args.import_page is not None:
            from filmviewer.commands.import_page import import_page

            return import_page(args.import_page, args.output, args.title, args.year)
        from filmviewer.commands.export import export

        return export(args.export, args.format, args.path, args.output)
    except BrokenPipeError:
        return _reader_gone()
    except Exception as error:
        _report_headless(error)
        return 1


SIGPIPE_STATUS = 141
"""The status of a Unix tool whose reader went away (128 + SIGPIPE)."""


def _reader_gone() -> int:
    """Standard output's reader closed it (``| head``): end quietly, as Unix tools do.

    What is left in Python's buffer would be flushed at exit into the closed
    pipe and complain: standard output is pointed at /dev/null first.
    """
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    return SIGPIPE_STATUS


def _report_headless(error: BaseException) -> None:
    report = crash_report(type(error), error, error.__traceback__)
    crash_log = CrashLog()
    if crash_log.open():
        crash_log.write(report)
        crash_log.close()
    print(f"filmviewer: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
    print(report, file=sys.stderr)


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

    headless = args.screenshot is not None
    existing = QApplication.instance()
    # Qt's own options (-style Fusion, -reverse, …) are Qt's to take, as in every Qt app.
    arguments = [sys.argv[0] if sys.argv else "filmviewer", *getattr(args, "qt_options", [])]
    app = existing if isinstance(existing, QApplication) else QApplication(arguments)
    _quiet_offscreen_platform()
    collector = GarbageCollector(app)
    crash_log = CrashLog()
    crash_log.open()
    crashes = CrashHandler(
        show_dialog=not (headless or args.no_crash_dialog or os.environ.get("CI")),
        crash_log=crash_log,
        parent=app,
    )
    crashes.install()
    crashes.starting = True
    try:
        configure(app)
        if headless:
            return _screenshot(app, args, crashes)
        crashes.handle_termination()
        # The window is held here while the app runs: with no reference from
        # Python, the garbage collector would delete it (and Qt with it).
        window = _start(app, args, crashes)
        if crashes.failed:
            return 1
        status = app.exec()
        del window
        return 1 if crashes.failed and crashes.starting else status
    except Exception as error:
        crashes.report(error)
        return 1
    finally:
        collector.stop()
        crashes.uninstall()
        crash_log.close()


def _start(app: QApplication, args: Namespace, crashes: CrashHandler) -> MainWindow:
    """Build the window and open the film: before the first frame when it is quick, else after."""
    settings = Settings()
    controller = _controller(app)
    window = _window(controller, settings)
    path, note = _start_path(args, settings)
    if note:
        print(f"filmviewer: {note}", file=sys.stderr)
        window.select_tab("summaries")
    settings.begin_start(path)
    measuring = bool(os.environ.get("FILMVIEWER_FIRST_FRAME"))
    library = path.is_dir()
    quick = not library and controller.open_cached(path, QUICK_OPEN_BYTES)

    def open_film() -> None:
        if measuring:
            report_milestone("first-frame")
        if note:
            window.problem_bar.show_note(note)
        if args.find:
            window.find_text(args.find)
        if quick:
            film_shown()  # the film was in the first frame
            return
        if library:
            window.open_library(path)
        else:
            _open_reporting(controller, path)
        when_painted(window, film_shown)
        window.update()

    def film_shown() -> None:
        settings.end_start()
        crashes.starting = False
        garbage.settle()  # the window and the code it runs are here to stay
        if measuring:
            report_milestone("film-shown")
            if window.film.poster_pending():
                window.film.poster_settled.connect(poster_shown)
            else:
                QTimer.singleShot(0, _collect_then_quit)

    def poster_shown() -> None:
        when_painted(window.header.poster, lambda: report_poster())
        window.header.poster.update()

    def report_poster() -> None:
        report_milestone("poster-shown")
        QTimer.singleShot(0, _collect_then_quit)

    when_painted(window, open_film)
    window.show()
    return window


def _collect_then_quit() -> None:
    """End a measured start with a full garbage collection, then quit (status 3 without a window).

    Whatever the running window needs and only reference cycles hold would
    be freed here, and the run fails instead of passing unnoticed.
    """
    gc.collect()
    if not any(widget.isVisible() for widget in QApplication.topLevelWidgets()):
        print("filmviewer: the window was lost", file=sys.stderr)
        QApplication.exit(3)
        return
    QTimer.singleShot(0, QApplication.quit)


def _open_library_headless(
    app: QApplication, window: MainWindow, root: Path, query: str | None = None, plots: bool = False
) -> bool:
    """Open the library at ``root`` and wait for its scan: the list whole, its first film shown.

    With ``query``, it is typed in the list's field (a plot search if ``plots``)
    and the first film it finds is shown.
    """
    window.open_library(root)
    library = window.library
    if library is None:
        return False
    library.settle(3600)
    library.close_watching()
    panel = window.library_panel
    if panel is not None:
        # The list's rows are made off the GUI thread: the picture waits for them.
        _until(app, lambda: not panel.model.refreshing)
        app.processEvents()
    if panel is not None and query is not None:
        panel.enter(query, plots)
    elif panel is not None and window.controller.current is None and panel.model.rowCount():
        panel.choose_first()
    return True


def _start_path(args: Namespace, settings: Settings) -> tuple[Path, str]:
    """The film to open, and a note when the last start must not be repeated."""
    if args.path is not None:
        return args.path, ""
    unfinished = settings.unfinished_start()
    if unfinished is not None:
        note = translate(
            "app",
            "Film Viewer did not finish opening “{name}” last time, so it opened "
            "the bundled film instead.",
        ).format(name=escape_unprintable(unfinished.name))
        return bundle.data_path(), note
    return settings.last_file() or bundle.data_path(), ""


def _controller(app: QApplication) -> FilmController:
    return FilmController(cache=SheetCache(cache_location() / "sheets", loaded_catalogue(app)))


def _window(controller: FilmController, settings: Settings) -> MainWindow:
    return MainWindow(controller, settings)


def _open_reporting(controller: FilmController, path: Path) -> bool:
    """Open ``path``; if it fails, the problems go to standard error as well."""
    failures: list[FilmFileError] = []
    controller.load_failed.connect(failures.append)
    opened = controller.open(path)
    controller.load_failed.disconnect(failures.append)
    if not opened:
        print(f"filmviewer: cannot open {escape_unprintable(str(path))}:", file=sys.stderr)
        print(describe_problems(failures[-1]), file=sys.stderr)
    return opened


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _quiet_offscreen_platform() -> None:
    """Drop what the offscreen platform says of each window it cannot do: screenshots are silent."""
    if QGuiApplication.platformName() != "offscreen":
        return

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if "does not support propagateSizeHints" not in text:
            sys.stderr.write(f"{text}\n")

    qInstallMessageHandler(handler)


def _until(app: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    """Turn the event loop until ``done()`` (work off the GUI thread has come back)."""
    # Qt makes a class's Python type, and its enums, on first use: not before the first frame.
    from PySide6.QtCore import QEventLoop, QThread

    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(2)


def _screenshot(app: QApplication, args: Namespace, crashes: CrashHandler) -> int:
    """Render the window offscreen to a PNG: a first start, the user's settings untouched."""
    library = args.path is not None and args.path.is_dir()
    if not library and (args.filter is not None or args.search is not None):
        print("filmviewer: --filter and --search need a library folder as PATH", file=sys.stderr)
        return 2
    if not library and (args.browse or args.statistics):
        print(
            "filmviewer: --browse and --statistics need a library folder as PATH", file=sys.stderr
        )
        return 2
    if args.color_scheme is not None:
        # Only a screenshot asked for a colour scheme needs the palettes.
        from filmviewer.ui.palette import fusion_palette

        app.setStyle("Fusion")
        app.setPalette(fusion_palette(args.color_scheme == "dark"))
    with tempfile.TemporaryDirectory() as scratch:
        store = QSettings(f"{scratch}/settings.conf", QSettings.Format.IniFormat)
        window = _window(_controller(app), Settings(store))
        if library:
            query = args.search if args.search is not None else args.filter
            ok = _open_library_headless(app, window, args.path, query, args.search is not None)
        else:
            ok = _open_reporting(window.controller, args.path or bundle.data_path())
        window.resize(*args.size)
        window.select_tab(args.tab)
        window.show()
        if args.find:
            window.find_text(args.find)
        panel = window.library_panel
        if args.browse and panel is not None:
            window.browse_action.trigger()
            _until(app, panel.browsing_settled)
        pictured: QWidget = window
        if args.statistics and panel is not None:
            window.show_statistics()
            statistics = window.statistics_window
            assert statistics is not None
            statistics.resize(*args.size)
            _until(app, statistics.settled)
            pictured = statistics
        app.processEvents()
        # A first rendering asks for the pictures in sight (the cast's faces, the wall's
        # posters); the picture taken waits until they are decoded.
        pictured.grab()
        window.film.wait_for_artwork()
        app.processEvents()
        saved = pictured.grab().save(str(args.screenshot), "PNG")
        window.close()
        del window
    if not saved:
        print(f"filmviewer: cannot write {args.screenshot}", file=sys.stderr)
        return 1
    return 0 if ok and not crashes.failed else 1

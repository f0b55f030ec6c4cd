"""An exception escaping a slot: a dialog with a copyable report, a log record, and on we go."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from filmviewer.controller import export
from filmviewer.ui import dialogs
from filmviewer.ui.crash_handler import CrashHandler
from tests.gui.conftest import read_next_modal

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def boom(*args, **kwargs):
    raise RuntimeError("boom <b>not bold</b>")


@pytest.fixture
def handler(request) -> Iterator[CrashHandler]:
    crashes = CrashHandler(show_dialog=request.param)
    crashes.install()
    yield crashes
    crashes.uninstall()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("handler", [True], indirect=True)
def test_a_failing_slot_shows_a_report_and_the_app_goes_on(
    window, qtbot, handler, monkeypatch, caplog
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_crash", lambda summary, report, **kw: shown.append((summary, report))
    )
    monkeypatch.setattr(export, "copy_section", boom)
    with caplog.at_level(logging.ERROR, logger="filmviewer"):
        qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert len(shown) == 1
    summary, report = shown[0]
    assert summary == "RuntimeError: boom <b>not bold</b>"
    assert report.startswith("Film Viewer ")
    assert 'raise RuntimeError("boom <b>not bold</b>")' in report
    assert "unexpected error: RuntimeError: boom" in caplog.text
    # Still working: the next command runs.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("handler", [False], indirect=True)
def test_without_the_dialog_it_is_a_log_line(window, qtbot, handler, monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_crash", lambda summary, report, **kw: shown.append(summary))
    monkeypatch.setattr(export, "copy_section", boom)
    with caplog.at_level(logging.ERROR, logger="filmviewer"):
        qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert shown == []
    assert [r.getMessage().split("\n")[0] for r in caplog.records] == [
        "unexpected error: RuntimeError: boom <b>not bold</b>"
    ]


def test_the_crash_dialog_shows_the_report_as_plain_text(window) -> None:
    seen = read_next_modal(
        lambda box: (box.text(), box.informativeText(), box.detailedText(), box.textFormat())
    )
    dialogs.show_crash("RuntimeError: <b>x</b>", "Traceback <i>here</i>", log_path="/s/crash.log")
    text, informative, details, format = seen[0]
    assert text == "Film Viewer hit an unexpected error and carried on."
    assert informative.startswith("RuntimeError: <b>x</b>\n\n")
    assert informative.endswith("They are also in /s/crash.log.")
    assert details == "Traceback <i>here</i>"
    assert format == Qt.TextFormat.PlainText


@pytest.mark.qt_no_exception_capture
def test_an_error_while_starting_says_the_app_quits_and_fails(qapp, monkeypatch, tmp_path) -> None:
    from filmviewer import app

    shown: list[tuple[str, bool, str]] = []
    monkeypatch.setattr(
        dialogs,
        "show_crash",
        lambda summary, report, quitting=False, log_path="": shown.append(
            (summary, quitting, log_path)
        ),
    )
    monkeypatch.setattr(app, "_window", boom)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    status = app.main([str(tmp_path / "film.json")])
    assert status == 1
    assert shown == [
        ("RuntimeError: boom <b>not bold</b>", True, str(tmp_path / "filmviewer/crash.log"))
    ]
    log = (tmp_path / "filmviewer" / "crash.log").read_text(encoding="utf-8")
    assert 'raise RuntimeError("boom <b>not bold</b>")' in log


def test_an_error_after_starting_carries_on_and_is_logged(window, monkeypatch, tmp_path) -> None:
    from filmviewer.crash import CrashLog

    shown: list[bool] = []
    monkeypatch.setattr(
        dialogs,
        "show_crash",
        lambda summary, report, quitting=False, log_path="": shown.append(quitting),
    )
    crash_log = CrashLog(tmp_path / "crash.log")
    assert crash_log.open()
    handler = CrashHandler(show_dialog=True, crash_log=crash_log)
    try:
        handler.report(RuntimeError("later"))
    finally:
        crash_log.close()
    assert shown == [False]
    assert "RuntimeError: later" in (tmp_path / "crash.log").read_text(encoding="utf-8")

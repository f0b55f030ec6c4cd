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
        dialogs, "show_crash", lambda summary, report: shown.append((summary, report))
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
    monkeypatch.setattr(dialogs, "show_crash", lambda summary, report: shown.append(summary))
    monkeypatch.setattr(export, "copy_section", boom)
    with caplog.at_level(logging.ERROR, logger="filmviewer"):
        qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert shown == []
    assert [r.getMessage().split("\n")[0] for r in caplog.records] == [
        "unexpected error: RuntimeError: boom <b>not bold</b>"
    ]


def test_the_crash_dialog_shows_the_report_as_plain_text(window) -> None:
    seen = read_next_modal(
        lambda box: (box.informativeText(), box.detailedText(), box.textFormat())
    )
    dialogs.show_crash("RuntimeError: <b>x</b>", "Traceback <i>here</i>")
    informative, details, format = seen[0]
    assert informative.startswith("RuntimeError: <b>x</b>\n\n")
    assert details == "Traceback <i>here</i>"
    assert format == Qt.TextFormat.PlainText

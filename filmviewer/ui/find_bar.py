"""The find bar under the synopsis: search as you type, step through matches.

The bar asks for little width: options are small toggle buttons (with their
names in tooltips, and Alt+C, Alt+W, Alt+I, Alt+X that leave the typing where
it is), the count has a fixed place that elides when narrow, and a message
about an invalid expression wraps on a line of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontMetricsF,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from filmviewer.controller.finder import Finder
from filmviewer.controller.search import DEFAULT_OPTIONS, SearchOptions
from filmviewer.ui.match_marks import MatchMarksScrollBar, show_matches
from filmviewer.ui.shortcuts import shown_keys
from filmviewer.ui.synopsis_view import SynopsisView
from filmviewer.ui.text import DataText

POLL_MS = 30
"""How often a search that runs on shows how far it got."""


class StatusLabel(QLabel):
    """A label whose size never follows its text: it elides instead, so nothing beside it moves."""

    def __init__(self, samples: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._samples = samples
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetricsF(self.font())
        width = max(metrics.horizontalAdvance(sample) for sample in self._samples)
        return QSize(int(width) + 8, int(metrics.height()) + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetricsF(self.font())
        return QSize(int(metrics.averageCharWidth() * 6), int(metrics.height()) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.width()
        )
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
        painter.end()


class FindBar(QWidget):
    """Finds in a SynopsisView; the matching itself is the controller's Finder."""

    options_changed = Signal(object)
    """The SearchOptions the user chose (to remember them)."""

    def __init__(
        self,
        view: SynopsisView,
        options: SearchOptions = DEFAULT_OPTIONS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self.finder = Finder()
        self.marks = MatchMarksScrollBar()
        view.setVerticalScrollBar(self.marks)
        self._note = ""
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in synopsis"))
        self.field.setAccessibleName(self.tr("Find in synopsis"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(int(QFontMetricsF(self.field.font()).averageCharWidth() * 10))
        self.field.installEventFilter(self)
        self.previous_button = self._tool_button("go-up", "▲", self.tr("Previous match (Shift+F3)"))
        self.next_button = self._tool_button("go-down", "▼", self.tr("Next match (F3)"))
        self.status = StatusLabel(
            [
                self.tr("{current} of {count}").format(current="999,999", count="999,999"),
                self.tr("Searching… {count}").format(count="9,999,999"),
                self.tr("{status}, wrapped to the top").format(status="99 of 99"),
            ]
        )
        self.status.setObjectName("status")
        self.match_case = self._option(self.tr("Aa"), self.tr("Match case"), "Alt+C")
        self.whole_words = self._option(self.tr("W"), self.tr("Whole words"), "Alt+W")
        self.match_diacritics = self._option(self.tr("Ä"), self.tr("Match diacritics"), "Alt+I")
        self.regex = self._option(self.tr(".*"), self.tr("Regular expression"), "Alt+X")
        self.close_button = self._tool_button("window-close", "✕", self.tr("Close (Esc)"))
        self.message = DataText(max_lines=3)
        self.message.setObjectName("find-message")
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.field, 3)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.status, 1)
        for action, checked in zip(self.option_actions(), _flags(options), strict=True):
            action.setChecked(checked)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            # Clicking an option leaves the typing cursor where it is; Tab still reaches it.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(str(action.data()))
            row.addWidget(button)
            action.toggled.connect(self._on_options_toggled)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self.field.textChanged.connect(self._on_query_edited)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        view.viewport_resized.connect(self._on_view_scrolled)
        self.hide()

    def option_actions(self) -> tuple[QAction, ...]:
        return (self.match_case, self.whole_words, self.match_diacritics, self.regex)

    def option_buttons(self) -> list[QToolButton]:
        return [
            button
            for button in self.findChildren(QToolButton)
            if button.defaultAction() in self.option_actions()
        ]

    def options(self) -> SearchOptions:
        return SearchOptions(
            match_case=self.match_case.isChecked(),
            whole_words=self.whole_words.isChecked(),
            match_diacritics=self.match_diacritics.isChecked(),
            regex=self.regex.isChecked(),
        )

    def set_text(self, text: str) -> None:
        """The synopsis changed: fold it ahead for the options in use, search it again if open."""
        self.finder.set_text(text, prepare=self.options())
        if self.isVisible():
            self._search()

    def open_bar(self, selected: str = "", *, take_focus: bool = True) -> None:
        """Show the bar searching the selected text, else the last query; its field
        focused unless ``take_focus`` is False."""
        self.show()
        if selected and selected != self.field.text():
            self.field.setText(selected)
        elif self.finder.count == 0 and self.field.text():
            self._search()
        if take_focus:
            self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.finder.clear()
        self._poll.stop()
        show_matches(self._view, self.marks, self.finder)
        self._show_status("")
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def find_next(self) -> None:
        self._step(forward=True)

    @Slot()
    def find_previous(self) -> None:
        self._step(forward=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(forward=not shift)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._poll.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    @Slot(str)
    def _on_query_edited(self, _text: str) -> None:
        self._search()

    def refresh_colours(self) -> None:
        """The palette changed (light to dark, say): recolour what was computed from it."""
        self._mark_field(failed=self._failed())
        show_matches(self._view, self.marks, self.finder)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_colours()

    @Slot(bool)
    def _on_options_toggled(self, _checked: bool) -> None:
        self.options_changed.emit(self.options())
        if self.isVisible():
            self._search()

    @Slot()
    def _on_view_scrolled(self) -> None:
        if self.finder.count:
            show_matches(self._view, self.marks, self.finder)

    @Slot()
    def _on_poll(self) -> None:
        had_current = self.finder.current >= 0
        self.finder.refresh()
        done = not self.finder.searching
        if done:
            self._poll.stop()
        if self.finder.current >= 0 and not had_current:
            self._reveal_current()
        elif done:
            show_matches(self._view, self.marks, self.finder)
        else:
            # While matches pour in, only the count and the scroll bar's ticks follow them.
            self.marks.set_marks(self.finder.starts, self._view.document().characterCount())
        self._show_status(self._note)

    def _search(self) -> None:
        # From where the reader is: the first match at or after the caret.
        self._note = ""
        self.finder.search(self.field.text(), self.options(), self._view.textCursor().anchor())
        if self.finder.searching:
            self._poll.start()
        self._show_status("")
        if self.isVisible():
            # The count reaches the screen now; the selection and highlights follow it.
            self.status.repaint()
        self._reveal_current()

    def _step(self, forward: bool) -> None:
        if not self.isVisible():
            self.open_bar()
        if self.finder.query != self.field.text() or not self.finder.count:
            self._search()
            if not self.finder.count:
                return
        wrapped = self.finder.step(forward)
        note = ""
        if wrapped:
            note = "top" if forward else "bottom"
        self._note = note
        self._show_status(note)
        self._reveal_current()

    def _reveal_current(self) -> None:
        if self.finder.current >= 0:
            self._view.select_span(*self.finder.span(self.finder.current))
        elif not self.finder.searching:
            # Nothing found: the last match found is no longer one.
            self._view.clear_selection()
        show_matches(self._view, self.marks, self.finder)

    def _show_status(self, note: str) -> None:
        status = self.finder.status()
        error = self.finder.error
        if error:
            status = self.tr("Not searched")
        elif note == "top":
            status = self.tr("{status}, wrapped to the top").format(status=status)
        elif note == "bottom":
            status = self.tr("{status}, wrapped to the bottom").format(status=status)
        self.status.setText(status)
        self.status.setToolTip(status)
        self.message.setText(error)
        self.message.setVisible(bool(error))
        self._mark_field(failed=self._failed())

    def _failed(self) -> bool:
        return bool(self.field.text()) and not self.finder.count and not self.finder.searching

    def _mark_field(self, failed: bool) -> None:
        palette = QPalette(self.palette())
        if failed:
            # A tint of red over the theme's own base keeps the text readable in light and dark.
            base = palette.color(QPalette.ColorRole.Base)
            tint = QColor(220, 50, 47)
            mixed = QColor(
                (base.red() * 3 + tint.red()) // 4,
                (base.green() * 3 + tint.green()) // 4,
                (base.blue() * 3 + tint.blue()) // 4,
            )
            palette.setColor(QPalette.ColorRole.Base, mixed)
        self.field.setPalette(palette)
        self.field.setProperty("failed", failed)

    def _option(self, text: str, name: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{name} ({keys})").format(name=name, keys=shown))
        action.setStatusTip(name)
        action.setData(name)
        self.addAction(action)
        return action

    def _tool_button(self, icon: str, fallback: str, tip: str) -> QToolButton:
        button = QToolButton()
        themed = QIcon.fromTheme(icon)
        if themed.isNull():
            button.setText(fallback)
        else:
            button.setIcon(themed)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button


def _flags(options: SearchOptions) -> tuple[bool, bool, bool, bool]:
    return (options.match_case, options.whole_words, options.match_diacritics, options.regex)


def find_bar_keys() -> list[tuple[str, str]]:
    """The find bar's keys, for Help > Keyboard Shortcuts (in the bar's own words)."""
    translate = QCoreApplication.translate
    return [
        (
            translate("FindBar", "Find next"),
            shown_keys([QKeySequence(Qt.Key.Key_Return), QKeySequence("F3")]),
        ),
        (
            translate("FindBar", "Find previous"),
            shown_keys([QKeySequence("Shift+Return"), QKeySequence("Shift+F3")]),
        ),
        (
            translate("FindBar", "Close the find bar"),
            shown_keys([QKeySequence(Qt.Key.Key_Escape)]),
        ),
        # The options' names are the bar's own (FindBar's tr()), so translated once.
        *((translate("FindBar", name), keys) for name, keys in OPTION_KEYS),
    ]


OPTION_KEYS = (
    ("Match case", "Alt+C"),
    ("Whole words", "Alt+W"),
    ("Match diacritics", "Alt+I"),
    ("Regular expression", "Alt+X"),
)
"""The options and their keys, as the bar names them."""

"""The find bar under the synopsis: search as you type, step through matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from filmviewer.controller.finder import Finder
from filmviewer.controller.search import DEFAULT_OPTIONS, SearchOptions
from filmviewer.ui.match_marks import MatchMarksScrollBar, show_matches
from filmviewer.ui.synopsis_view import SynopsisView


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

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in synopsis"))
        self.field.setAccessibleName(self.tr("Find in synopsis"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.previous_button = self._tool_button("go-up", "▲", self.tr("Previous match (Shift+F3)"))
        self.next_button = self._tool_button("go-down", "▼", self.tr("Next match (F3)"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.whole_words = QCheckBox(self.tr("&Whole words"))
        self.match_diacritics = QCheckBox(self.tr("Match d&iacritics"))
        self.regex = QCheckBox(self.tr("Regular e&xpression"))
        self.close_button = self._tool_button("window-close", "✕", self.tr("Close (Esc)"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        for box, checked in zip(self.option_boxes(), _flags(options), strict=True):
            box.setChecked(checked)
            layout.addWidget(box)
            box.toggled.connect(self._on_options_toggled)
        layout.addWidget(self.close_button)

        self.field.textChanged.connect(self._on_query_edited)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        view.viewport_resized.connect(self._on_view_scrolled)
        self.hide()

    def option_boxes(self) -> tuple[QCheckBox, ...]:
        return (self.match_case, self.whole_words, self.match_diacritics, self.regex)

    def options(self) -> SearchOptions:
        return SearchOptions(
            match_case=self.match_case.isChecked(),
            whole_words=self.whole_words.isChecked(),
            match_diacritics=self.match_diacritics.isChecked(),
            regex=self.regex.isChecked(),
        )

    def set_text(self, text: str) -> None:
        """The synopsis changed: search the new text for the same query."""
        self.finder.set_text(text)
        if self.isVisible():
            self._search()

    def open_bar(self, selected: str = "") -> None:
        """Show the bar with the field focused: the selected text, else the last query."""
        self.show()
        if selected and selected != self.field.text():
            self.field.setText(selected)
        elif self.finder.count == 0 and self.field.text():
            self._search()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self.finder.clear()
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

    @Slot(str)
    def _on_query_edited(self, _text: str) -> None:
        self._search()

    def refresh_colours(self) -> None:
        """The palette changed (light to dark, say): recolour what was computed from it."""
        self._mark_field(failed=bool(self.field.text()) and not self.finder.count)
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

    def _search(self) -> None:
        # From where the reader is: the first match at or after the caret.
        self.finder.search(self.field.text(), self.options(), self._view.textCursor().anchor())
        self._show_status("")
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
            note = self.tr("Wrapped to top") if forward else self.tr("Wrapped to bottom")
        self._show_status(note)
        self._reveal_current()

    def _reveal_current(self) -> None:
        if self.finder.current >= 0:
            self._view.select_span(*self.finder.span(self.finder.current))
        show_matches(self._view, self.marks, self.finder)

    def _show_status(self, note: str) -> None:
        self.status.setText(self.finder.status())
        self.note.setText(note)
        self._mark_field(failed=bool(self.field.text()) and not self.finder.count)

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

    def _tool_button(self, icon: str, fallback: str, tip: str) -> QToolButton:
        from PySide6.QtGui import QIcon

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

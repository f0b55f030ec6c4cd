"""The texts with plural forms, listed where the translation tools find them.

pyside6-lupdate marks a text as having plural forms only where the count is
written as a number; the code asks for them with ``i18n.plural`` and a
count it knows at run time. A test checks that every ``plural`` call's text
is listed here. Never called.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _texts() -> None:  # pragma: no cover - read by lupdate, never run
    QCoreApplication.translate("formatting", "%n vote(s)", "", 1)
    QCoreApplication.translate("formatting", "%n review(s)", "", 1)
    QCoreApplication.translate("formatting", "%n rating(s)", "", 1)
    QCoreApplication.translate("library", "%Ln film(s) hold it", "", 1)
    QCoreApplication.translate("library", "%Ln film(s)", "", 1)
    QCoreApplication.translate("library", "{shown} of %Ln film(s)", "", 1)
    QCoreApplication.translate("library", "{films} · %Ln selected", "", 1)
    QCoreApplication.translate("WarningsBar", "“{name}” was read with %Ln warning(s)", "", 1)
    QCoreApplication.translate("export", "Copied %Ln value(s)", "", 1)
    QCoreApplication.translate("library", "%Ln problem(s)", "", 1)
    QCoreApplication.translate("export", "Copied {section} (%Ln summaries)", "", 1)
    QCoreApplication.translate("export", "Copied {section} (%Ln paragraphs)", "", 1)
    QCoreApplication.translate("export", "Copied {section} (%Ln fields)", "", 1)
    QCoreApplication.translate("export", "Copied %Ln film(s)", "", 1)
    QCoreApplication.translate("statistics", "%Ln film(s)", "", 1)
    QCoreApplication.translate("statistics", "{label}: %Ln film(s)", "", 1)

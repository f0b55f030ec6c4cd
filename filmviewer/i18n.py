"""Translations: the strings' one entry point, and loading the catalogue for the user's language.

User-visible strings outside widgets are written ``translate("context", "text")``,
the form pyside6-lupdate extracts into resources/translations/*.ts; widgets use
``self.tr``. The build compiles the .ts files to .qm catalogues.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from filmviewer import bundle

translate = QCoreApplication.translate


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Load Film Viewer's and Qt's own catalogues for ``locale``; the languages found."""
    locale = locale if locale is not None else QLocale()
    folder = bundle.resource_path("translations")
    catalogues = [("filmviewer", str(folder))]
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        # The strings are written in English; its catalogue holds only the plural forms
        # ("1 vote", "2 votes" for "%n vote(s)").
        locale = QLocale(QLocale.Language.English)
    else:
        catalogues.append(("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    found = []
    for name, directory in catalogues:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            found.append(translator.language())
            if name == "filmviewer":
                app.setProperty(_CATALOGUE, translator.filePath())
    return found


def loaded_catalogue(app: QCoreApplication) -> bytes:
    """The bytes of Film Viewer's own catalogue installed in ``app`` ("" in English)."""
    path = app.property(_CATALOGUE)
    if not isinstance(path, str) or not path:
        return b""
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError:
        return path.encode()


_CATALOGUE = "filmviewer-catalogue"
"""The application property holding the path of the catalogue in use."""


def plural(context: str, text: str, count: int) -> str:
    """``text`` in the plural form the language gives ``count``: "%n vote(s)" is "1 vote",
    "2 votes" in English, and whatever German, Polish or Russian need in theirs.

    Each such text must also be listed in ``filmviewer/plurals.py``, where the
    translation tools find it (they see a plural only where a number is written).
    """
    return translate(context, text, "", count)

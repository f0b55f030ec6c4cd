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
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return []  # the strings are written in English
    folder = bundle.resource_path("translations")
    found = []
    for name, directory in (
        ("filmviewer", str(folder)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
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

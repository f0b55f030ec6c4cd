"""Putting copies on the system clipboard: every flavour at once, or plain text alone."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

from filmviewer.controller.export import Copy


def put(copy: Copy) -> None:
    """Offer every flavour of ``copy``; the pasting application takes the best it reads."""
    mime = QMimeData()
    for mime_type, text in copy.flavours.items():
        if mime_type == "text/plain":
            mime.setText(text)
        elif mime_type == "text/html":
            mime.setHtml(text)
        else:
            mime.setData(mime_type, QByteArray(text.encode("utf-8")))
    QGuiApplication.clipboard().setMimeData(mime)


def put_plain(text: str) -> None:
    """Just plain text, for applications that take nothing else."""
    QGuiApplication.clipboard().setText(text)

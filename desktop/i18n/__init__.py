"""Translations shared by the Qt views, the printed documents and the command line.

Text that is shown to people is written in English in the source and marked for Qt's
``lupdate`` (``self.tr``, ``QCoreApplication.translate`` or :func:`QT_TRANSLATE_NOOP`).
The Persian and English catalogues are the ``.ts`` files in ``resources/translations``;
the views load their compiled ``.qm``, and Qt-free code (documents, CLI) reads the
``.ts`` files through :func:`translate`.
"""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP, translate

__all__ = ["QT_TRANSLATE_NOOP", "translate"]

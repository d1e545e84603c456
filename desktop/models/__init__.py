"""The model layer: Qt-free domain rules and storage.

Nothing in this package imports PySide6 or any view (``tests/test_architecture.py``
checks it), so the HQ server and the command line reuse it unchanged.
"""

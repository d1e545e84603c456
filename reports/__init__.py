"""Printed documents: receipts, service bills, reply letters, case histories, audit reports.

Qt-free, so HQ can print them too. Each document is a module with a plain frozen
dataclass for its input and a ``build(data, lang) -> bytes`` that returns a PDF in
Persian (right to left) or English. :mod:`reports.typeset` is the one typesetting layer
they share (Vazirmatn, shaping and bidi after line breaking, tables, pages);
:mod:`reports.amounts` formats money; :mod:`reports.thermal` rasterises a roll
receipt for 80 mm ESC/POS printers.
"""

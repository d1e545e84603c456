"""Any table or figure as a spreadsheet: XLSX (openpyxl) and CSV, Qt-free.

A table is a list of rows, the header first. Numbers stay numbers (a spreadsheet can
sum them); dates are written as Solar Hijri text in the reader's digits by whoever
builds the rows. Persian sheets are right to left. CSV carries a UTF-8 byte-order mark
so that Excel opens Persian text as Persian.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

Cell = str | int | float | None
_SHEET_FORBIDDEN = re.compile(r"[\[\]\*\?/\\:]")
# A cell starting with one of these is a formula to a spreadsheet: quote it.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Sheet:
    title: str
    rows: Sequence[Sequence[Any]]


def _safe(value: Any) -> Cell:
    """A cell value a spreadsheet will not run: text that looks like a formula is quoted."""
    if value is None or isinstance(value, bool):
        return None if value is None else int(value)
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_bytes(rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if (v := _safe(c)) is None else v for c in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_csv(path: str | Path, rows: Sequence[Sequence[Any]]) -> None:
    Path(path).write_bytes(csv_bytes(rows))


def _sheet_title(title: str, used: set[str]) -> str:
    clean = _SHEET_FORBIDDEN.sub(" ", title).strip()[:31] or "Sheet"
    name, n = clean, 2
    while name in used:
        suffix = f" ({n})"
        name, n = clean[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def xlsx_bytes(sheets: Sequence[Sheet], *, rtl: bool) -> bytes:
    """A workbook, one sheet per table; the first row of each is its bold header."""
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    header_fill = PatternFill("solid", fgColor="0F6E6E")
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.title, used))
        ws.sheet_view.rightToLeft = rtl
        widths: dict[int, int] = {}
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=_safe(value))
                widths[c] = max(widths.get(c, 0), len(str(value if value is not None else "")))
                if r == 1:
                    cell.font = Font(bold=True, color="FFFFFF")
                    cell.fill = header_fill
                    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for c, w in widths.items():
            ws.column_dimensions[get_column_letter(c)].width = min(max(10, w + 2), 60)
        ws.freeze_panes = "A2"
    if not book.worksheets:
        book.create_sheet("Sheet")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(path: str | Path, sheets: Sequence[Sheet], *, rtl: bool) -> None:
    Path(path).write_bytes(xlsx_bytes(sheets, rtl=rtl))


def write(path: str | Path, title: str, rows: Sequence[Sequence[Any]], *, rtl: bool) -> None:
    """One table to ``path``: XLSX or CSV by the file's extension."""
    if str(path).lower().endswith(".csv"):
        write_csv(path, rows)
    else:
        write_xlsx(path, [Sheet(title, rows)], rtl=rtl)

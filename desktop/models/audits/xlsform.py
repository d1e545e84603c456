"""Template files: XLSForm-style spreadsheets (openpyxl) and JSON, both ways.

A spreadsheet has the sheets ``survey``, ``choices`` and ``settings``, each with a header
row; problems name the spreadsheet row. JSON is ``{"settings": {...}, "survey": [...],
"choices": [...]}`` with the same columns as keys; problems name the item's number.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException

from desktop.models.audits.template import (
    CHOICE_COLUMNS,
    SETTINGS_COLUMNS,
    SURVEY_COLUMNS,
    Row,
    Template,
    TemplateInvalid,
    TemplateProblem,
    column_name,
    from_rows,
    parse_rows,
)

REQUIRED_COLUMNS = {"survey": ("type", "name"), "choices": ("list_name", "name"), "settings": ("form_id",)}


def _unreadable(detail: str) -> TemplateInvalid:
    return TemplateInvalid([TemplateProblem("unreadable_file", sheet="", detail=detail)])


def read_sheets(data: bytes) -> dict[str, list[Row]]:
    """The rows of each XLSForm sheet in a spreadsheet; problems if sheets are missing."""
    try:
        book = load_workbook(BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise _unreadable(type(exc).__name__) from None
    try:
        by_name = {name.strip().lower(): name for name in book.sheetnames}
        problems: list[TemplateProblem] = []
        sheets: dict[str, list[Row]] = {}
        for sheet in ("survey", "choices", "settings"):
            if sheet not in by_name:
                if sheet != "choices":
                    problems.append(TemplateProblem("missing_sheet", sheet=sheet))
                sheets[sheet] = []
                continue
            rows = list(book[by_name[sheet]].iter_rows(values_only=True))
            header = [column_name(h) for h in (rows[0] if rows else ())]
            for column in REQUIRED_COLUMNS[sheet]:
                if column not in header and not (sheet == "settings" and "id_string" in header):
                    problems.append(TemplateProblem("missing_column", sheet=sheet, row=1, column=column))
            sheets[sheet] = [
                (number, _row(header, values))
                for number, values in enumerate(rows[1:], start=2)
                if any(v is not None and str(v).strip() for v in values)
            ]
        if problems:
            raise TemplateInvalid(problems)
        return sheets
    finally:
        book.close()


def _row(header: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    """A row keyed by column; of two headers meaning the same column, the filled cell wins."""
    row: dict[str, Any] = {}
    for column, value in zip(header, values, strict=False):
        if column and (value is not None or column not in row):
            row[column] = value
    return row


def read_xlsx(data: bytes, *, version: int | None = None) -> Template:
    sheets = read_sheets(data)
    return parse_rows(sheets["settings"], sheets["survey"], sheets["choices"], version=version)


def read_json(data: bytes, *, version: int | None = None) -> Template:
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _unreadable(str(exc)) from None
    return from_rows(parsed, version=version)


def is_json(name: str, data: bytes) -> bool:
    return name.lower().endswith(".json") or data.lstrip()[:1] in (b"{", b"[")


def read_template(name: str, data: bytes, *, version: int | None = None) -> Template:
    """A template from a file's bytes: JSON by name or content, else a spreadsheet."""
    if is_json(name, data):
        return read_json(data, version=version)
    return read_xlsx(data, version=version)


def load(path: str | Path) -> Template:
    """A template from a file on disk (``.xlsx`` or ``.json``)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(exc.strerror or type(exc).__name__) from None
    return read_template(path.name, data)


# -- writing --------------------------------------------------------------------------


def to_json(template: Template) -> bytes:
    return (json.dumps(template.to_rows(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_xlsx(template: Template) -> bytes:
    rows = template.to_rows()
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    _fill(survey, SURVEY_COLUMNS, rows["survey"])
    _fill(book.create_sheet("choices"), CHOICE_COLUMNS, rows["choices"])
    _fill(book.create_sheet("settings"), SETTINGS_COLUMNS, [rows["settings"]])
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: Any, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E6EEF2")
    for row in rows:
        sheet.append([_cell_out(row.get(c, "")) for c in columns])
    sheet.freeze_panes = "A2"
    widths = {"label::fa": 48, "label::en": 48, "relevant": 30, "constraint": 24, "type": 24}
    for index, column in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(column, 16)
        if column.endswith("::fa"):
            for cells in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                for cell in cells:
                    cell.alignment = Alignment(horizontal="right", readingOrder=2)


def _cell_out(value: Any) -> Any:
    return None if value == "" else value


def save(template: Template, path: str | Path) -> None:
    """Write a template to ``path``: JSON for ``.json``, else a spreadsheet."""
    path = Path(path)
    data = to_json(template) if path.suffix.lower() == ".json" else to_xlsx(template)
    path.write_bytes(data)

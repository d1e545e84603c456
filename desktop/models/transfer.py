"""Import and export of customers and vehicles as CSV or XLSX (the spreadsheet habit).

One row per customer-and-vehicle. Headers named as :data:`HEADERS` (or their Persian
names) map themselves; ``mapping`` maps other headers. Every row goes through the same
commands and validators as the counter's form, each in its own savepoint: a bad row is
reported with its reason and leaves nothing behind, good rows are imported, and the whole
import commits at once (or not at all, if it is cancelled or the disk fails).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from desktop.models import customers as cu
from desktop.models import users
from desktop.models.customers.records import display_name
from desktop.models.customers.schema import customers as customers_table
from desktop.models.customers.schema import same
from desktop.models.errors import PishkhanError, ValidationError
from desktop.models.text import fold, normalize
from desktop.models.users import Perm

HEADERS = (
    "first_name",
    "last_name",
    "national_id",
    "mobile",
    "phone",
    "city",
    "address",
    "vin",
    "chassis",
    "plate",
    "model",
    "segment",
)
EXTRA_HEADERS = (
    "engine_no",
    "colour",
    "delivered_on",
    "warranty_end",
    "kind",
    "company_name",
    "company_id",
    "contact_person",
)
ALL_HEADERS = HEADERS + EXTRA_HEADERS
CUSTOMER_COLUMNS = set(cu.CUSTOMER_FIELDS)
VEHICLE_COLUMNS = set(cu.VEHICLE_FIELDS)
# Headers as Persian spreadsheets name them.
ALIASES = {
    "نام": "first_name",
    "نام خانوادگی": "last_name",
    "کد ملی": "national_id",
    "شماره ملی": "national_id",
    "موبایل": "mobile",
    "تلفن همراه": "mobile",
    "تلفن": "phone",
    "شهر": "city",
    "نشانی": "address",
    "آدرس": "address",
    "vin": "vin",
    "شماره شاسی": "chassis",
    "شاسی": "chassis",
    "پلاک": "plate",
    "مدل": "model",
    "خودرو": "model",
    "گروه خودرو": "segment",
    "شماره موتور": "engine_no",
    "رنگ": "colour",
    "تاریخ تحویل": "delivered_on",
    "پایان گارانتی": "warranty_end",
    "نام شرکت": "company_name",
    "شناسه ملی": "company_id",
}
FORMATS = (".csv", ".xlsx")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Rejected:
    """A row that was not imported: its row number in the file, the field and the reason."""

    row: int
    field: str | None
    code: str
    params: dict[str, Any]
    values: dict[str, str]


@dataclass
class ImportReport:
    rows: int = 0
    customers_created: int = 0
    customers_updated: int = 0
    vehicles_added: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.rows - len(self.rejected)


def file_format(path: str | Path, field_name: str = "file") -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(field_name, "file_format", allowed=", ".join(FORMATS))
    return suffix


def _header_key(text: str) -> str:
    clean = normalize(text).strip().lower()
    return ALIASES.get(clean, clean.replace(" ", "_").replace("-", "_"))


def guess_columns(headers: list[str], mapping: Mapping[str, str] | None = None) -> dict[int, str]:
    """Which of our fields each column holds, by its header (and ``mapping``), as far as known.

    Raises:
        ValidationError: ``mapping`` names a field we do not have or a column the file lacks.
    """
    extra = {_header_key(k): v.strip().lower() for k, v in (mapping or {}).items()}
    for source, target in extra.items():
        if target not in ALL_HEADERS:
            raise ValidationError("map", "unknown_target", target=target, allowed=", ".join(ALL_HEADERS))
        if source not in {_header_key(h) for h in headers}:
            raise ValidationError("map", "unknown_column", column=source)
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = _header_key(header)
        target = extra.get(key, key)
        if target in ALL_HEADERS and target not in columns.values():
            columns[index] = target
    return columns


def column_mapping(headers: list[str], mapping: Mapping[str, str] | None = None) -> dict[int, str]:
    """:func:`guess_columns`, refusing a file whose names cannot be read."""
    columns = guess_columns(headers, mapping)
    found = set(columns.values())
    if not ({"first_name", "last_name"} <= found or "company_name" in found):
        raise ValidationError("map", "missing_columns", columns="first_name, last_name")
    return columns


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).strip()


def read_rows(path: str | Path) -> tuple[list[str], list[list[str]]]:
    """The header and the data rows of a CSV (UTF-8, with or without BOM) or XLSX file."""
    if file_format(path) == ".csv":
        try:
            raw = Path(path).read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("file", "file_encoding") from None
        except OSError:
            raise ValidationError("file", "file_unreadable") from None
        try:
            dialect: Any = csv.Sniffer().sniff(raw[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        table = [[c.strip() for c in row] for row in csv.reader(io.StringIO(raw), dialect)]
    else:
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a file that is not a workbook
            raise ValidationError("file", "file_unreadable") from None
        try:
            sheet = book.worksheets[0]
            table = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    if not table or not any(table[0]):
        raise ValidationError("file", "file_empty")
    return table[0], table[1:]


def import_file(
    conn: Connection,
    actor: users.User,
    path: str | Path,
    *,
    now: datetime,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a file inside the caller's write transaction; returns what happened per row."""
    users.require(actor, Perm.CUSTOMER_IMPORT)
    headers, rows = read_rows(path)
    columns = column_mapping(headers, mapping)
    report = ImportReport(ignored_columns=[h for i, h in enumerate(headers) if i not in columns and h])
    total = len(rows)
    for index, row in enumerate(rows):
        if progress and index % 50 == 0:
            progress(index, total)
        values = {name: (row[i] if i < len(row) else "") for i, name in columns.items()}
        if not any(values.values()):
            continue
        report.rows += 1
        try:
            with conn.begin_nested():
                outcome = _import_row(conn, actor, values, now)
        except PishkhanError as exc:
            report.rejected.append(
                Rejected(
                    row=index + 2,
                    field=getattr(exc, "field", None),
                    code=exc.code,
                    params={k: v for k, v in exc.params.items() if k != "field"},
                    values=values,
                )
            )
            continue
        created, updated, added = outcome
        report.customers_created += created
        report.customers_updated += updated
        report.vehicles_added += added
        report.unchanged += int(not (created or updated or added))
    if progress:
        progress(total, total)
    return report


def _import_row(
    conn: Connection, actor: users.User, values: dict[str, str], now: datetime
) -> tuple[int, int, int]:
    """Import one row; returns (customers created, customers updated, vehicles added)."""
    kind = (values.get("kind") or "person").strip().lower()
    person = {k: v for k, v in values.items() if k in CUSTOMER_COLUMNS}
    car = {k: v for k, v in values.items() if k in VEHICLE_COLUMNS and v}
    clean = cu.clean_customer(kind, person)
    car_clean = cu.clean_vehicle(car) if car else None
    existing = _existing(conn, kind, clean)
    created = updated = added = 0
    if existing is None:
        customer = cu.create_customer(conn, actor, clean, now=now, kind=kind, confirm_duplicates=True)
        created = 1
    else:
        customer = existing
        fill = {k: v for k, v in clean.items() if v and not getattr(existing, k)}
        if fill:
            cu.update_customer(conn, actor, existing.id, fill, now=now)
            updated = 1
    if car_clean is not None:
        known = cu.find_vehicle(conn, vin=car_clean["vin"], chassis=car_clean["chassis"])
        if known is None:
            cu.add_vehicle(conn, actor, customer.id, car_clean, now=now)
            added = 1
        elif known.owner_id not in cu.customer_ids(conn, customer.id):
            name = "vin" if car_clean["vin"] and known.vin == car_clean["vin"] else "chassis"
            raise ValidationError(name, f"{name}_taken", vehicle_id=known.id, owner_id=known.owner_id)
    return created, updated, added


def _existing(conn: Connection, kind: str, clean: Mapping[str, str]) -> cu.Customer | None:
    """The record this row is about: same national (or company) ID, else same name and mobile."""
    c = customers_table.c
    name = fold(display_name(kind, clean))
    for key in ("national_id", "company_id"):
        if clean.get(key):
            row = conn.execute(
                select(c.id, c.sort_key).where(same(getattr(c, key), clean[key]), c.merged_into.is_(None))
            ).first()
            if row is None:
                return None
            if row.sort_key != name:
                raise ValidationError(key, f"{key}_other_name", customer_id=row.id)
            return cu.get_customer(conn, row.id)
    if clean.get("mobile"):
        row = conn.execute(
            select(c.id).where(same(c.mobile, clean["mobile"]), c.sort_key == name, c.merged_into.is_(None))
        ).first()
        if row is not None:
            return cu.get_customer(conn, row.id)
    return None


# -- export ---------------------------------------------------------------------------------


def export_rows(conn: Connection, *, chunk: int = 2000) -> Iterator[list[str]]:
    """Every customer-and-vehicle as a row of :data:`ALL_HEADERS` (customers without a
    vehicle once, with empty vehicle columns)."""
    offset = 0
    while True:
        batch = cu.list_customers(conn, limit=chunk, offset=offset)
        if not batch:
            return
        vehicles = cu.vehicles_by_customer(conn, [c.id for c in batch])
        for customer in batch:
            own = customer.fields() | {"kind": customer.kind}
            cars: list[cu.Vehicle | None] = [*vehicles[customer.id]] or [None]
            for car in cars:
                values = own | (car.fields() if car else {})
                yield [values.get(name, "") for name in ALL_HEADERS]
        offset += chunk


def export_file(
    conn: Connection, actor: users.User, path: str | Path, *, progress: Progress | None = None
) -> int:
    """Write every customer and vehicle to ``path`` (.csv or .xlsx); returns the row count.

    The file appears complete or not at all (written aside, then renamed).
    """
    users.require(actor, Perm.CUSTOMER_EXPORT)
    suffix = file_format(path)
    target = Path(path)
    total = cu.count_customers(conn)
    fd, temp = tempfile.mkstemp(suffix=suffix, dir=target.parent if target.parent.exists() else None)
    os.close(fd)
    count = 0

    def rows() -> Iterator[list[str]]:
        nonlocal count
        for row in export_rows(conn):
            yield row
            count += 1
            if progress and count % 500 == 0:
                progress(min(count, total), total)

    try:
        if suffix == ".csv":
            with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(ALL_HEADERS)
                writer.writerows(rows())
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("customers")
            sheet.append(list(ALL_HEADERS))
            for row in rows():
                sheet.append(row)
            book.save(temp)
        os.replace(temp, target)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        raise ValidationError("file", "file_unwritable") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if progress:
        progress(total, total)
    return count

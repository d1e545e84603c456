"""Import and export of customers and vehicles: CSV and XLSX, mapping, rejected rows."""

import csv

import pytest
from openpyxl import Workbook, load_workbook

from desktop.models import customers, events, transfer
from desktop.models.errors import PermissionDenied, ValidationError
from tests.conftest import get_user

HEADER = [
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
]
GOOD = [
    [
        "علي",
        "كريمي",
        "0499370899",
        "9123456789",
        "",
        "تهران",
        "",
        "NAAN01CA9KE123456",
        "",
        "12 ب 345 ایران 67",
        "دنا",
        "passenger",
    ],
    ["علی", "کریمی", "0499370899", "", "", "", "", "NAAN01CA9KE654321", "", "", "رانا", ""],  # second car
    [
        "مریم",
        "صادقی",
        "۰۰۱۳۵۴۲۴۱۹",
        "",
        "02144556677",
        "",
        "",
        "",
        "NAS411100G1234567",
        "",
        "کاپرا",
        "commercial",
    ],
]
BAD = [
    ["رضا", "امیری", "0499370898", "", "", "", "", "", "", "", "", ""],  # check digit
    ["سارا", "نوری", "", "0912", "", "", "", "", "", "", "", ""],  # mobile
    ["", "بی‌نام", "", "", "", "", "", "", "", "", "", ""],  # first name
    ["نیما", "کیانی", "0790419904", "", "", "", "", "NAAN01CA9KE12345O", "", "", "", ""],  # VIN has O
    ["حسن", "قاسمی", "0084575948", "", "", "", "", "NAAN01CA9KE123456", "", "", "", ""],  # someone else's car
    ["بهزاد", "رحیمی", "0499370899", "", "", "", "", "", "", "", "", ""],  # national ID of another name
]


def _csv(path, rows, header=HEADER):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _xlsx(path, rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _import(db, actor, path, now, **kw):
    with db.write() as conn:
        return transfer.import_file(conn, actor, path, now=now, **kw)


@pytest.mark.parametrize("maker", [_csv, _xlsx])
def test_good_rows_are_imported_and_bad_rows_reported_with_reasons(dealer_db, manager, now, tmp_path, maker):
    path = maker(tmp_path / f"people{maker.__name__}".replace("_", "."), GOOD + BAD)
    report = _import(dealer_db, manager, path, now)
    assert (report.rows, report.imported, report.customers_created, report.vehicles_added) == (9, 3, 2, 3)
    assert [(r.row, r.field, r.code) for r in report.rejected] == [
        (5, "national_id", "checksum"),
        (6, "mobile", "mobile_format"),
        (7, "first_name", "required"),
        (8, "vin", "vin_characters"),
        (9, "vin", "vin_taken"),
        (10, "national_id", "national_id_other_name"),
    ]
    with dealer_db.read() as conn:
        assert customers.count_customers(conn) == 2  # nothing left behind by rejected rows
        ali = customers.find_by_national_id(conn, "0499370899")
        assert ali.display_name == "علی کریمی"
        assert ali.mobile == "09123456789"
        assert len(customers.vehicles_of(conn, ali.id)) == 2
        assert customers.find_by_national_id(conn, "0084575948") is None


def test_importing_the_same_file_twice_changes_nothing(dealer_db, manager, now, tmp_path):
    path = _csv(tmp_path / "p.csv", GOOD)
    _import(dealer_db, manager, path, now)
    with dealer_db.read() as conn:
        before = events.pending_count(conn)
    again = _import(dealer_db, manager, path, now)
    assert (again.unchanged, again.customers_created, again.vehicles_added) == (3, 0, 0)
    with dealer_db.read() as conn:
        assert events.pending_count(conn) == before


def test_other_headers_are_mapped(dealer_db, manager, now, tmp_path):
    path = _csv(
        tmp_path / "p.csv",
        [["امیر", "نوری", "0790419904", "09351234567"]],
        ["FName", "LName", "کد ملی", "cell"],
    )
    with pytest.raises(ValidationError) as err:
        _import(dealer_db, manager, path, now)
    assert err.value.code == "missing_columns"
    report = _import(
        dealer_db, manager, path, now, mapping={"FName": "first_name", "LName": "last_name", "cell": "mobile"}
    )
    assert report.imported == 1
    with dealer_db.read() as conn:
        assert customers.find_by_national_id(conn, "0790419904").mobile == "09351234567"


@pytest.mark.parametrize(
    ("mapping", "code"),
    [({"FName": "shoe_size"}, "unknown_target"), ({"Nope": "first_name"}, "unknown_column")],
)
def test_bad_mapping_is_refused(dealer_db, manager, now, tmp_path, mapping, code):
    path = _csv(tmp_path / "p.csv", [], ["FName", "last_name"])
    with pytest.raises(ValidationError) as err:
        _import(dealer_db, manager, path, now, mapping=mapping)
    assert err.value.code == code


def test_a_failure_mid_import_leaves_nothing(dealer_db, manager, now, tmp_path):
    path = _csv(tmp_path / "p.csv", GOOD)

    def fail_after_the_last_row(done, total):
        if done == total:
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError), dealer_db.write() as conn:
        transfer.import_file(conn, manager, path, now=now, progress=fail_after_the_last_row)
    with dealer_db.read() as conn:
        assert customers.count_customers(conn) == 0
        assert events.pending_count(conn) == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips(dealer_db, manager, now, tmp_path, suffix):
    _import(dealer_db, manager, _csv(tmp_path / "in.csv", GOOD), now)
    out = tmp_path / f"out{suffix}"
    with dealer_db.read() as conn:
        count = transfer.export_file(conn, manager, out)
    assert count == 3
    headers, rows = transfer.read_rows(out)
    assert headers[:12] == HEADER
    assert {r[2] for r in rows} == {"0499370899", "0013542419"}
    assert _import(dealer_db, manager, out, now).unchanged == 3
    if suffix == ".xlsx":
        assert load_workbook(out).worksheets[0].max_row == 4


def test_export_lists_the_vehicles_of_merged_records_under_the_survivor(dealer_db, manager, now, tmp_path):
    with dealer_db.write() as conn:
        names = {"first_name": "علی", "last_name": "کریمی"}
        kept = customers.create_customer(conn, manager, {**names, "national_id": "0499370899"}, now=now)
        twin = customers.create_customer(conn, manager, names, now=now, confirm_duplicates=True)
        customers.create_customer(conn, manager, {"first_name": "مریم", "last_name": "صادقی"}, now=now)
        customers.add_vehicle(conn, manager, twin.id, {"vin": "NAAN01CA9KE654321"}, now=now)
        customers.add_vehicle(conn, manager, kept.id, {"vin": "NAAN01CA9KE123456"}, now=now)
        customers.merge_customers(conn, manager, kept.id, twin.id, now=now)
    out = tmp_path / "out.csv"
    with dealer_db.read() as conn:
        assert transfer.export_file(conn, manager, out) == 3
    _, rows = transfer.read_rows(out)
    assert [(r[1], r[2], r[7]) for r in rows] == [
        ("کریمی", "0499370899", "NAAN01CA9KE654321"),
        ("کریمی", "0499370899", "NAAN01CA9KE123456"),
        ("صادقی", "", ""),  # no vehicle: once, with empty vehicle columns
    ]


def test_permissions_and_formats(dealer_db, now, tmp_path):
    clerk = get_user(dealer_db, "clerk")
    with pytest.raises(PermissionDenied):
        _import(dealer_db, clerk, _csv(tmp_path / "p.csv", GOOD), now)
    with pytest.raises(ValidationError) as err:
        _import(dealer_db, get_user(dealer_db, "manager"), tmp_path / "p.ods", now)
    assert err.value.code == "file_format"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as err:
        _import(dealer_db, get_user(dealer_db, "manager"), broken, now)
    assert err.value.code == "file_unreadable"

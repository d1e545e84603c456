"""Realistic sample documents: for a printer's test page, the benchmark and previews."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from desktop.models.jobcards import Line, compute_bill
from reports.audit_report import AuditAnswer, AuditReport, AuditSection, CriticalFailure
from reports.case_history import CaseHistory, HistoryEntry
from reports.common import Letterhead, VehicleInfo
from reports.intake_receipt import IntakeReceipt
from reports.reply_letter import ReplyLetter
from reports.service_receipt import BillLine, BillTotals, ServiceReceipt

MOMENT = datetime(2026, 11, 24, 5, 30, tzinfo=UTC)
DEALERSHIP = Letterhead(
    name="نمایندگی مجاز آرین‌خودرو",
    address="تهران، بزرگراه ستاری، خیابان پیامبر مرکزی، پلاک 210",
    phone="02144556677",
    city="تهران",
    code="1420",
)
VEHICLE = VehicleInfo(model="پژو 206 تیپ 5", plate="12ب345-67", vin="NAAP41FE9HJ123456", color="سفید")
CUSTOMER = "علی‌رضا محمدی"
WORDS = (
    "از زمان تحویل خودرو، صبح‌ها هنگام روشن کردن صدای غیرعادی از موتور شنیده می‌شود و چراغ چک"
    " روشن می‌ماند. دو بار به تعمیرگاه مراجعه کرده‌ام ولی مشکل برطرف نشده است. درخواست بررسی کامل"
    " و تعویض قطعهٔ معیوب تحت گارانتی را دارم."
)


def intake_receipt(dealership: Letterhead = DEALERSHIP, now: datetime = MOMENT) -> IntakeReceipt:
    return IntakeReceipt(
        dealership=dealership,
        tracking_code="1420-P3227K",
        registered_at=now,
        customer_name=CUSTOMER,
        case_type="complaint",
        category="quality",
        subcategory="موتور و گیربکس",
        description=WORDS,
        clerk_name="مریم احمدی",
        counter="2",
        vehicle=VEHICLE,
        respond_by=now + timedelta(days=2),
    )


def service_receipt(dealership: Letterhead = DEALERSHIP, now: datetime = MOMENT) -> ServiceReceipt:
    lines = (
        BillLine("labour", "عیب‌یابی سیستم جرقه با دستگاه دیاگ", Decimal(1), 1_200_000, 1_200_000, "warranty"),
        BillLine("labour", "تعویض کوئل و شمع‌ها", Decimal("1.5"), 900_000, 1_350_000, "warranty"),
        BillLine("part", "کوئل دوبل", Decimal(1), 8_750_000, 8_750_000, "warranty", "9655530380"),
        BillLine("part", "شمع موتور", Decimal(4), 450_000, 1_800_000, "customer", "BKR6E"),
        BillLine("part", "روغن موتور 4 لیتری", Decimal(1), 3_900_000, 3_900_000, "customer"),
        BillLine("labour", "شست‌وشوی موتور", Decimal(1), 500_000, 500_000, "goodwill"),
    )
    bill = compute_bill(
        [Line(x.kind, x.description, x.quantity, x.unit_price, x.payer, x.code) for x in lines], Decimal(10)
    )
    totals = BillTotals(
        labour=bill.labour,
        parts=bill.parts,
        value=bill.value,
        warranty=bill.warranty,
        goodwill=bill.goodwill,
        customer_share=bill.customer_share,
        tax_rate=bill.tax_rate,
        tax=bill.tax,
        to_pay=bill.to_pay,
        saving=bill.saving,
    )
    return ServiceReceipt(
        dealership=dealership,
        number="1420-P3-00042",
        customer_name=CUSTOMER,
        vehicle=VEHICLE,
        received_at=now,
        issued_at=now + timedelta(hours=6),
        lines=lines,
        totals=totals,
        advisor_name="حسین رضایی",
        odometer_in=48210,
        odometer_out=48216,
        customer_phone="09121234567",
        request="صدای غیرعادی موتور هنگام روشن کردن و روشن ماندن چراغ چک",
        work_done="کوئل معیوب تعویض شد؛ شمع‌ها و روغن موتور عوض شد. تست جاده انجام شد و ایرادی دیده نشد.",
        case_tracking_code="1420-P3227K",
        category="quality",
    )


def reply_letter(dealership: Letterhead = DEALERSHIP, now: datetime = MOMENT) -> ReplyLetter:
    return ReplyLetter(
        dealership=dealership,
        reference="1405/342",
        signed_on=now.date(),
        recipient="سازمان حمایت مصرف‌کنندگان و تولیدکنندگان استان تهران",
        customer_name=CUSTOMER,
        tracking_code="1420-P3227K",
        case_type="complaint",
        category="quality",
        body=(
            "پس از دریافت شکایت، خودرو در تعمیرگاه این نمایندگی بررسی شد. عیب از کوئل دوبل بود که تحت"
            " پوشش گارانتی و بدون دریافت هزینه تعویض شد.\nپس از تعمیر با مشتری تماس گرفته شد و ایشان رضایت"
            " خود را از رفع ایراد اعلام کردند. پرونده با کد رهگیری 1420-P3227K مختومه شد."
        ),
        signatory_name="علیرضا محمدی",
        signatory_title="مدیر ارتباط با مشتریان",
        their_reference="1405/8/5612",
        their_date=date(2026, 11, 10),
        attachments=("تصویر صورت‌حساب خدمات",),
    )


def case_history(dealership: Letterhead = DEALERSHIP, now: datetime = MOMENT) -> CaseHistory:
    steps = [
        ("مریم احمدی", "registered", "ثبت حضوری در باجهٔ 2"),
        ("مریم احمدی", "escalated", "به سرپرست"),
        ("حسین رضایی", "supervisor_arrived", "پس از 4 دقیقه"),
        ("حسین رضایی", "referred", "به واحد خدمات پس از فروش: بررسی فنی موتور"),
        ("حسین رضایی", "inquiry_answered", "کوئل معیوب است و تحت گارانتی تعویض می‌شود"),
        ("علیرضا محمدی", "responded", "تعویض کوئل تحت گارانتی"),
        ("زهرا جعفری", "happy_call", "راضی، امتیاز 5 از 5"),
        ("زهرا جعفری", "closed", ""),
    ]
    entries = tuple(
        HistoryEntry(now + timedelta(minutes=41 * i), who, kind, text)
        for i, (who, kind, text) in enumerate(steps)
    )
    return CaseHistory(
        dealership=dealership,
        tracking_code="1420-P3227K",
        customer_name=CUSTOMER,
        case_type="complaint",
        category="quality",
        channel="walk_in",
        priority="high",
        status="closed",
        registered_at=now,
        description=WORDS,
        entries=entries,
        printed_at=now + timedelta(days=2),
        printed_by="مریم احمدی",
        subcategory="موتور و گیربکس",
        resolution="resolved",
        level="supervisor",
        closed_at=now + timedelta(days=1),
        customer_mobile="09121234567",
        vehicle=VEHICLE,
        counter="2",
    )


def audit_report(now: datetime = MOMENT) -> AuditReport:
    return AuditReport(
        issuer=Letterhead("واحد بازرسی و ارزیابی شبکهٔ نمایندگی‌ها", "تهران، جادهٔ مخصوص کرج", "02148901234"),
        dealership_name=DEALERSHIP.name,
        dealership_code=DEALERSHIP.code,
        template_title="بازدید نامحسوس پذیرش خدمات پس از فروش",
        template_version="3",
        scenario="مراجعه با پژو 206 برای سرویس دوره‌ای 10٬000 کیلومتر و پرسیدن هزینه و زمان تحویل",
        visit_start=now,
        visit_end=now + timedelta(minutes=47),
        inspector="بازرس 7",
        score=72.5,
        uncapped_score=81.2,
        sections=(
            AuditSection(
                "پذیرش و خوشامدگویی",
                2,
                90.0,
                answers=(
                    AuditAnswer("آیا ظرف دو دقیقه به مشتری خوشامد گفته شد؟", "بله", 1, 1),
                    AuditAnswer("زمان انتظار تا پذیرش (دقیقه)", "12"),
                    AuditAnswer(
                        "برآورد کتبی هزینه داده شد؟", "خیر", 0, 2, critical=True, comment="فقط شفاهی"
                    ),
                ),
            ),
            AuditSection("توضیح هزینه و گارانتی", 1.5, 55.5, capped_at=50),
            AuditSection("نظافت و فضای انتظار", 1, 100.0),
        ),
        critical_failures=(
            CriticalFailure("پذیرش و خوشامدگویی", "برآورد کتبی هزینه داده شد؟", 75, "audit", "فقط شفاهی"),
        ),
        status="نهایی‌شده",
        reference="AUD-1405-0042",
        summary="برخورد کارکنان محترمانه بود اما برآورد کتبی هزینه ارائه نشد.",
    )

"""Build the two audit templates shipped in ``resources/audit_templates/`` (XLSForm, fa + en).

Usage (from the project root):
  python tools/build_audit_templates.py          # write the .xlsx files
  python tools/build_audit_templates.py --check  # exit 1 if the files differ from this script

The rows below are the templates' source; the files are written through the app's own
template reader and writer, so a template this script cannot build is never shipped.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.models.audits import template, xlsform  # noqa: E402

OUT = ROOT / "resources" / "audit_templates"

Row = dict[str, Any]


def q(kind: str, name: str, fa: str, en: str, **extra: Any) -> Row:
    return {"type": kind, "name": name, "label::fa": fa, "label::en": en, **extra}


def group(name: str, fa: str, en: str, weight: float = 1) -> Row:
    return {"type": "begin_group", "name": name, "label::fa": fa, "label::en": en, "weight": weight}


END: Row = {"type": "end_group"}


def msg(fa: str, en: str) -> dict[str, str]:
    return {"constraint_message::fa": fa, "constraint_message::en": en}


def critical(scope: str, cap: float) -> dict[str, Any]:
    return {"critical": "yes", "critical_scope": scope, "critical_cap": cap}


def choice(list_name: str, name: str, fa: str, en: str, points: float | str = "") -> Row:
    return {"list_name": list_name, "name": name, "label::fa": fa, "label::en": en, "points": points}


WAIT_BAND = [
    choice("wait_band", "under_1", "کمتر از ۱ دقیقه", "Under 1 minute", 1),
    choice("wait_band", "1_to_3", "۱ تا ۳ دقیقه", "1 to 3 minutes", 0.7),
    choice("wait_band", "3_to_5", "۳ تا ۵ دقیقه", "3 to 5 minutes", 0.3),
    choice("wait_band", "over_5", "بیش از ۵ دقیقه", "Over 5 minutes", 0),
]
LIKELIHOOD = [
    choice("likelihood", "definitely", "حتماً", "Definitely", 1),
    choice("likelihood", "probably", "احتمالاً", "Probably", 0.66),
    choice("likelihood", "unlikely", "بعید است", "Unlikely", 0.33),
    choice("likelihood", "never", "هرگز", "Never", 0),
]
WAIT_MESSAGE = msg(
    "زمان انتظار باید بین ۰ تا ۲۴۰ دقیقه باشد.", "The waiting time must be between 0 and 240 minutes."
)

# -- sales showroom ----------------------------------------------------------------------

SALES_SETTINGS: Row = {
    "form_id": "sales_showroom",
    "version": "1",
    "title::fa": "بازدید نامحسوس نمایشگاه فروش",
    "title::en": "Covert visit: sales showroom",
    "scenario::fa": "بازرس در نقش خریدار، قیمت و زمان تحویل یک خودروی مشخص را می‌پرسد"
    " و درخواست تست درایو می‌کند.",
    "scenario::en": "Posing as a buyer, the inspector asks the price and delivery time of a given model"
    " and asks for a test drive.",
}

SALES_SURVEY: list[Row] = [
    q("text", "model_asked", "خودرویی که درباره‌اش پرسیدید", "The model you asked about", required="yes"),
    q(
        "integer",
        "salespeople_present",
        "تعداد کارشناسان فروش حاضر در سالن",
        "Salespeople on the showroom floor",
        constraint=". >= 0 and . <= 50",
        **msg("عددی بین ۰ تا ۵۰ وارد کنید.", "Enter a number from 0 to 50."),
    ),
    group("arrival", "ورود و نخستین برداشت", "Arrival and first impression", 1),
    q("yes_no", "parking_available", "جای پارک برای مشتری در دسترس بود", "Customer parking was available"),
    q(
        "yes_no",
        "authorised_sign",
        "تابلو و گواهی نمایندگی مجاز در معرض دید بود",
        "The authorised-dealer sign and certificate were on display",
        required="yes",
    ),
    q(
        "scale5",
        "exterior_clean",
        "نظافت و نمای بیرونی نمایشگاه",
        "Cleanliness of the building and its front",
    ),
    q(
        "scale5",
        "showroom_clean",
        "نظافت و نظم سالن نمایش",
        "Cleanliness and order of the showroom",
        required="yes",
    ),
    q("scale5", "cars_clean", "تمیزی خودروهای نمایشی", "Cleanliness of the display cars", required="yes"),
    q(
        "yes_no",
        "price_tags_shown",
        "قیمت مصوب روی خودروهای نمایشی درج شده بود",
        "The official price was shown on the display cars",
        required="yes",
        weight=2,
    ),
    END,
    group("greeting", "خوش‌آمدگویی و توجه", "Greeting and attention", 2),
    q(
        "duration",
        "greeting_wait",
        "زمان انتظار تا نخستین خوش‌آمدگویی (دقیقه)",
        "Minutes until someone greeted you",
        required="yes",
        constraint=". >= 0 and . <= 240",
        **WAIT_MESSAGE,
    ),
    q(
        "select_one wait_band",
        "greeting_speed",
        "سرعت خوش‌آمدگویی",
        "How quickly you were greeted",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "greeted_politely",
        "با احترام و لبخند خوش‌آمد گفتند",
        "You were greeted politely",
        required="yes",
    ),
    q(
        "yes_no",
        "salesperson_introduced",
        "کارشناس فروش خود را معرفی کرد یا کارت ویزیت داد",
        "The salesperson gave their name or a business card",
    ),
    q(
        "scale5",
        "salesperson_appearance",
        "آراستگی و پوشش کارشناس فروش (لباس فرم، کارت شناسایی)",
        "The salesperson's appearance (uniform, name badge)",
    ),
    q(
        "yes_no",
        "needs_asked",
        "دربارهٔ نیاز شما (کاربری، بودجه، خانواده) پرسید",
        "You were asked about your needs (use, budget, family)",
        required="yes",
    ),
    END,
    group("product", "اطلاعات خودرو و قیمت", "Product and price information", 3),
    q(
        "yes_no",
        "price_explained",
        "قیمت و شرایط فروش روشن توضیح داده شد",
        "The price and terms of sale were explained clearly",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "price_matches_official",
        "قیمت اعلام‌شده با قیمت مصوب کارخانه یکی بود",
        "The price quoted matched the manufacturer's official price",
        required="yes",
        weight=2,
        **critical("section", 40),
    ),
    q(
        "select_multiple payment",
        "payment_methods",
        "روش‌های پرداختی که معرفی شد",
        "Ways of paying that were explained",
    ),
    q(
        "yes_no",
        "delivery_time_given",
        "زمان تحویل خودرو اعلام شد",
        "A delivery date was given",
        required="yes",
    ),
    q(
        "integer",
        "delivery_days",
        "زمان تحویل اعلام‌شده (روز)",
        "Delivery time quoted (days)",
        relevant="${delivery_time_given} = 'yes'",
        constraint=". >= 0 and . <= 365",
        **msg("زمان تحویل باید بین ۰ تا ۳۶۵ روز باشد.", "The delivery time must be 0 to 365 days."),
    ),
    q(
        "yes_no",
        "warranty_explained",
        "شرایط گارانتی و خدمات پس از فروش توضیح داده شد",
        "The warranty and after-sales service were explained",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "warranty_in_writing",
        "شرایط گارانتی به‌صورت مکتوب ارائه شد",
        "The warranty terms were given in writing",
        relevant="${warranty_explained} = 'yes'",
    ),
    q("scale5", "options_explained", "توضیح تیپ‌ها و امکانات خودرو", "Explanation of trims and options"),
    q("yes_no", "brochure_given", "کاتالوگ یا بروشور داده شد", "A brochure or catalogue was given"),
    q(
        "scale5",
        "product_knowledge",
        "تسلط کارشناس فروش بر مشخصات خودرو",
        "The salesperson's product knowledge",
    ),
    END,
    group("test_drive", "تست درایو", "Test drive", 1),
    q(
        "yes_no",
        "test_drive_offered",
        "پیش از درخواست شما، تست درایو پیشنهاد شد",
        "A test drive was offered before you asked",
        required="yes",
    ),
    q(
        "yes_no",
        "test_drive_possible",
        "با درخواست شما، تست درایو ممکن بود",
        "A test drive was possible when you asked",
        required="yes",
        relevant="${test_drive_offered} = 'no'",
    ),
    q(
        "scale5",
        "test_car_condition",
        "تمیزی و آمادگی خودروی تست",
        "Condition and cleanliness of the test car",
        relevant="${test_drive_offered} = 'yes' or ${test_drive_possible} = 'yes'",
    ),
    q(
        "yes_no",
        "licence_checked",
        "گواهینامهٔ رانندگی پیش از تست بررسی شد",
        "Your driving licence was checked before the drive",
        relevant="${test_drive_offered} = 'yes' or ${test_drive_possible} = 'yes'",
    ),
    q(
        "duration",
        "test_drive_minutes",
        "مدت تست درایو (دقیقه)",
        "Length of the test drive (minutes)",
        relevant="${test_drive_offered} = 'yes' or ${test_drive_possible} = 'yes'",
        constraint=". > 0 and . <= 120",
        **msg(
            "مدت تست درایو باید بین ۰ تا ۱۲۰ دقیقه باشد.",
            "A test drive lasts more than 0 and at most 120 minutes.",
        ),
    ),
    END,
    group("contract", "پیش‌فاکتور، وجوه و صداقت", "Quote, charges and honesty", 3),
    q(
        "yes_no",
        "written_quote",
        "پیش‌فاکتور مکتوب با قیمت و زمان تحویل داده شد",
        "A written quote with price and delivery date was given",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "no_extra_charge",
        "وجهی خارج از قیمت مصوب (برای تحویل زودتر، انتخاب رنگ و …) خواسته نشد",
        "No charge beyond the official price was asked (for faster delivery, a colour, …)",
        required="yes",
        weight=3,
        **critical("audit", 40),
    ),
    q(
        "yes_no",
        "no_forced_extras",
        "خرید لوازم جانبی یا بیمهٔ اجباری شرط فروش نشد",
        "No accessories or insurance were made a condition of the sale",
        required="yes",
        weight=2,
        **critical("section", 50),
    ),
    q(
        "scale5",
        "contract_terms_explained",
        "توضیح بندهای قرارداد و شرایط انصراف",
        "Explanation of the contract and cancellation terms",
    ),
    END,
    group("closing", "پیگیری و رسیدگی به شکایت", "Follow-up and complaint handling", 1),
    q(
        "yes_no",
        "contact_taken",
        "اطلاعات تماس شما برای پیگیری گرفته شد",
        "Your contact details were taken for follow-up",
    ),
    q(
        "time",
        "callback_time",
        "ساعتی که برای تماس بعدی وعده دادند",
        "The time they promised to call you back",
        relevant="${contact_taken} = 'yes'",
    ),
    q(
        "yes_no",
        "complaint_raised",
        "طبق سناریو اعتراض یا شکایتی مطرح کردید",
        "You raised a complaint, as the scenario asks",
        required="yes",
        weight=0,
    ),
    q(
        "yes_no",
        "complaint_registered",
        "شکایت شما ثبت شد (از ثبت شکایت خودداری نشد)",
        "Your complaint was registered (registering it was not refused)",
        required="yes",
        relevant="${complaint_raised} = 'yes'",
        weight=2,
        **critical("audit", 50),
    ),
    q(
        "yes_no",
        "tracking_code_given",
        "کد رهگیری شکایت به شما داده شد",
        "You were given the complaint's tracking code",
        relevant="${complaint_registered} = 'yes'",
    ),
    q("yes_no", "farewell_polite", "بدرقه با احترام انجام شد", "You were seen off politely"),
    q(
        "scale5",
        "overall_experience",
        "ارزیابی کلی شما از این بازدید",
        "Your overall rating of the visit",
        required="yes",
        weight=2,
    ),
    q(
        "select_one likelihood",
        "would_buy_here",
        "اگر واقعاً خریدار بودید، از این نمایندگی می‌خریدید؟",
        "Had you really been buying, would you buy here?",
        required="yes",
    ),
    END,
    q("image", "quote_photo", "عکس پیش‌فاکتور یا کارت ویزیت", "Photo of the quote or business card"),
    q("file", "quote_document", "فایل پیش‌فاکتور یا قرارداد (PDF)", "The quote or contract as a file (PDF)"),
    q("text", "summary", "شرح کوتاه بازدید", "A short account of the visit", required="yes"),
]

SALES_CHOICES: list[Row] = [
    *WAIT_BAND,
    choice("payment", "cash", "نقدی", "Cash", 0.4),
    choice("payment", "installments", "اقساطی", "Instalments", 0.3),
    choice("payment", "bank_loan", "وام بانکی یا لیزینگ", "Bank loan or leasing", 0.3),
    *LIKELIHOOD,
]

# -- after-sales reception ---------------------------------------------------------------

SERVICE_SETTINGS: Row = {
    "form_id": "after_sales_reception",
    "version": "1",
    "title::fa": "بازدید نامحسوس پذیرش خدمات پس از فروش",
    "title::en": "Covert visit: after-sales reception",
    "scenario::fa": "بازرس خودروی خود را برای سرویس دوره‌ای یا رفع یک ایراد مشخص"
    " به پذیرش خدمات پس از فروش می‌برد.",
    "scenario::en": "The inspector brings a car to the after-sales reception for a periodic service"
    " or a given fault.",
}

SERVICE_SURVEY: list[Row] = [
    q("select_one service_kind", "service_type", "نوع مراجعه", "Reason for the visit", required="yes"),
    q(
        "integer",
        "mileage",
        "کارکرد خودرو (کیلومتر)",
        "Odometer reading (km)",
        constraint=". >= 0 and . <= 2000000",
        **msg("کارکرد باید بین ۰ تا ۲٬۰۰۰٬۰۰۰ کیلومتر باشد.", "The mileage must be 0 to 2,000,000 km."),
    ),
    group("booking", "نوبت‌دهی و ورود", "Booking and arrival", 1),
    q(
        "yes_no",
        "appointment_made",
        "از پیش نوبت گرفته بودید",
        "You had booked an appointment",
        required="yes",
        weight=0,
    ),
    q(
        "yes_no",
        "appointment_honoured",
        "در ساعت نوبت پذیرش شدید",
        "You were received at the booked time",
        relevant="${appointment_made} = 'yes'",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "reception_parking",
        "جای توقف خودرو در محل پذیرش مشخص بود",
        "There was a marked bay for reception",
    ),
    q(
        "yes_no",
        "queue_system",
        "نوبت‌دهی حضوری منظم (شماره یا صف) بود",
        "There was an orderly queue (numbers or a line)",
    ),
    q(
        "scale5",
        "waiting_area_clean",
        "نظافت و آسایش سالن انتظار",
        "Cleanliness and comfort of the waiting area",
        required="yes",
    ),
    q("scale5", "restroom_clean", "نظافت سرویس بهداشتی", "Cleanliness of the toilets"),
    END,
    group("reception", "پذیرش", "Reception", 3),
    q(
        "duration",
        "reception_wait",
        "زمان انتظار تا پذیرش (دقیقه)",
        "Minutes you waited to be received",
        required="yes",
        constraint=". >= 0 and . <= 240",
        **WAIT_MESSAGE,
    ),
    q(
        "select_one wait_band",
        "reception_speed",
        "سرعت پذیرش",
        "How quickly you were received",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "greeted_politely",
        "پذیرشگر با احترام برخورد کرد",
        "The receptionist was polite",
        required="yes",
    ),
    q(
        "yes_no",
        "walk_around",
        "خودرو در حضور شما بازدید اولیه شد",
        "The car was inspected with you present",
        required="yes",
    ),
    q(
        "yes_no",
        "protective_covers",
        "روکش صندلی، فرمان و کف‌پوش نصب شد",
        "Seat, steering-wheel and floor covers were fitted",
    ),
    q(
        "scale5",
        "complaint_listened",
        "شنیدن دقیق ایراد یا درخواست شما",
        "How well your problem was listened to",
        required="yes",
    ),
    q(
        "yes_no",
        "job_card_given",
        "برگهٔ پذیرش (دستور تعمیر) نوشته و نسخه‌ای به شما داده شد",
        "A job card was written and you were given a copy",
        required="yes",
        weight=2,
    ),
    END,
    group("estimate", "برآورد هزینه و گارانتی", "Estimate and warranty", 3),
    q(
        "yes_no",
        "written_estimate",
        "برآورد کتبی هزینه و زمان پیش از شروع کار داده شد",
        "A written estimate of cost and time was given before work started",
        required="yes",
        weight=3,
    ),
    q(
        "integer",
        "estimate_amount",
        "مبلغ برآورد (ریال)",
        "Amount estimated (Rials)",
        relevant="${written_estimate} = 'yes'",
        constraint=". >= 0",
        **msg("مبلغ نمی‌تواند منفی باشد.", "The amount cannot be negative."),
    ),
    q(
        "yes_no",
        "warranty_checked",
        "وضعیت گارانتی خودرو بررسی شد",
        "The car's warranty status was checked",
        required="yes",
    ),
    q(
        "yes_no",
        "warranty_explained",
        "آنچه گارانتی پوشش می‌دهد و نمی‌دهد توضیح داده شد",
        "What the warranty covers and does not cover was explained",
        relevant="${warranty_checked} = 'yes'",
        required="yes",
    ),
    q(
        "yes_no",
        "price_list_shown",
        "نرخ‌نامهٔ مصوب قطعات و اجرت در دسترس بود",
        "The official parts and labour price list was available",
    ),
    q(
        "yes_no",
        "ready_time_promised",
        "زمان تحویل خودرو اعلام شد",
        "A time for collecting the car was given",
        required="yes",
    ),
    q(
        "time",
        "ready_time",
        "ساعت اعلام‌شده برای تحویل خودرو",
        "The time given for collecting the car",
        relevant="${ready_time_promised} = 'yes'",
        required="yes",
    ),
    q(
        "yes_no",
        "no_extra_charge",
        "وجهی خارج از فاکتور یا برای نوبت زودتر خواسته نشد",
        "No money beyond the invoice, or for an earlier slot, was asked",
        required="yes",
        weight=3,
        **critical("audit", 40),
    ),
    q(
        "yes_no",
        "no_unapproved_work",
        "کاری بدون تأیید شما انجام یا به فاکتور اضافه نشد",
        "No work was done or billed without your approval",
        required="yes",
        weight=2,
        **critical("section", 0),
    ),
    END,
    group("handover", "انجام کار و تحویل", "Work and handover", 2),
    q(
        "yes_no",
        "ready_on_time",
        "خودرو در زمان اعلام‌شده آماده بود",
        "The car was ready at the promised time",
        required="yes",
        weight=2,
    ),
    q(
        "duration",
        "delay_minutes",
        "مقدار تأخیر در تحویل (دقیقه)",
        "How late the car was (minutes)",
        relevant="${ready_on_time} = 'no'",
        required="yes",
        constraint=". > 0 and . <= 4320",
        **msg(
            "تأخیر باید بیشتر از ۰ و حداکثر ۳ روز باشد.", "The delay must be more than 0 and at most 3 days."
        ),
    ),
    q(
        "scale5",
        "work_explained",
        "توضیح کارهای انجام‌شده هنگام تحویل",
        "Explanation of the work done, at handover",
        required="yes",
    ),
    q(
        "yes_no",
        "invoice_itemised",
        "صورت‌حساب همهٔ قطعات و اجرت‌ها را جداگانه نشان می‌داد",
        "The invoice listed every part and labour cost",
        required="yes",
        weight=2,
    ),
    q(
        "yes_no",
        "warranty_part_shown",
        "سهم گارانتی در صورت‌حساب به‌عنوان پرداخت‌نشده مشخص بود",
        "The warranty-covered part was shown on the invoice as not paid",
        relevant="${warranty_checked} = 'yes' and ${service_type} = 'warranty'",
    ),
    q("scale5", "car_returned_clean", "تمیزی خودرو هنگام تحویل", "Cleanliness of the car at handover"),
    q(
        "yes_no",
        "old_parts_offered",
        "قطعات تعویض‌شده به شما نشان داده یا تحویل شد",
        "The replaced parts were shown or given to you",
    ),
    END,
    group("complaint", "رسیدگی به شکایت", "Complaint handling", 2),
    q(
        "yes_no",
        "complaint_raised",
        "طبق سناریو اعتراض یا شکایتی مطرح کردید",
        "You raised a complaint, as the scenario asks",
        required="yes",
        weight=0,
    ),
    q(
        "yes_no",
        "complaint_registered",
        "شکایت شما ثبت شد (از ثبت شکایت خودداری نشد)",
        "Your complaint was registered (registering it was not refused)",
        relevant="${complaint_raised} = 'yes'",
        required="yes",
        weight=2,
        **critical("audit", 50),
    ),
    q(
        "yes_no",
        "tracking_code_given",
        "کد رهگیری شکایت به شما داده شد",
        "You were given the complaint's tracking code",
        relevant="${complaint_registered} = 'yes'",
    ),
    q(
        "yes_no",
        "supervisor_came",
        "سرپرست برای پاسخ به شما به باجهٔ پذیرش آمد",
        "A supervisor came to the counter to answer you",
        relevant="${complaint_raised} = 'yes'",
    ),
    q(
        "select_one resolution",
        "complaint_outcome",
        "نتیجهٔ رسیدگی در همان مراجعه",
        "What came of the complaint during the visit",
        relevant="${complaint_registered} = 'yes'",
        required="yes",
    ),
    END,
    group("satisfaction", "رضایت کلی", "Overall satisfaction", 1),
    q(
        "yes_no",
        "happy_call_mentioned",
        "گفته شد که برای سنجش رضایت با شما تماس می‌گیرند",
        "You were told a satisfaction call would follow",
    ),
    q(
        "scale5",
        "overall_experience",
        "ارزیابی کلی شما از این مراجعه",
        "Your overall rating of the visit",
        required="yes",
        weight=2,
    ),
    END,
    q("image", "invoice_photo", "عکس برگهٔ پذیرش یا صورت‌حساب", "Photo of the job card or invoice"),
    q("text", "summary", "شرح کوتاه مراجعه", "A short account of the visit", required="yes"),
]

SERVICE_CHOICES: list[Row] = [
    *WAIT_BAND,
    choice("service_kind", "periodic", "سرویس دوره‌ای", "Periodic service"),
    choice("service_kind", "repair", "تعمیر ایراد", "Repair of a fault"),
    choice("service_kind", "warranty", "خدمات گارانتی", "Warranty service"),
    choice("resolution", "resolved", "همان‌جا رفع شد", "Resolved on the spot", 1),
    choice(
        "resolution", "promised", "با زمان مشخص قول پیگیری داده شد", "Follow-up promised with a date", 0.5
    ),
    choice("resolution", "dismissed", "بی‌پاسخ ماند یا رد شد", "Left unanswered or dismissed", 0),
]

TEMPLATES = {
    "sales_showroom.xlsx": (SALES_SETTINGS, SALES_SURVEY, SALES_CHOICES),
    "after_sales_reception.xlsx": (SERVICE_SETTINGS, SERVICE_SURVEY, SERVICE_CHOICES),
}


def build(name: str) -> template.Template:
    settings, survey, choices = TEMPLATES[name]
    return template.from_rows({"settings": settings, "survey": survey, "choices": choices})


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name in TEMPLATES:
        built = build(name)
        path = OUT / name
        if check:
            if not path.exists() or xlsform.load(path).content_hash() != built.content_hash():
                stale.append(name)
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        xlsform.save(built, path)
        counts = f"{len(built.questions)} questions in {len(built.sections)} sections"
        print(f"wrote {path.relative_to(ROOT)}: {counts}")
    if stale:
        print("out of date (run python tools/build_audit_templates.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

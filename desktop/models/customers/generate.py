"""Realistic generated customers and vehicles, for the demo dealership and the benchmark.

Seeded and deterministic: the same ``random.Random`` gives the same people. National IDs,
company IDs, mobiles, VINs and plates are valid by the same validators the app uses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop.models.identity import PLATE_LETTERS

FIRST_NAMES_MALE = (
    "علی",
    "محمد",
    "حسین",
    "رضا",
    "مهدی",
    "امیر",
    "حسن",
    "علیرضا",
    "محمدرضا",
    "سعید",
    "مجید",
    "مصطفی",
    "احمد",
    "جواد",
    "حمید",
    "وحید",
    "محسن",
    "ابوالفضل",
    "امیرحسین",
    "پویا",
    "سجاد",
    "میلاد",
    "بهزاد",
    "فرهاد",
    "کامران",
    "داریوش",
    "بابک",
    "سیاوش",
    "کوروش",
    "آرش",
    "نیما",
    "یاسر",
    "عباس",
    "اکبر",
    "قاسم",
    "مرتضی",
    "ناصر",
    "هادی",
    "یوسف",
    "اسماعیل",
    "عبدالله",
    "محمدحسین",
    "امیرعلی",
    "پارسا",
    "آرین",
    "شهرام",
    "منصور",
    "جمشید",
    "فریدون",
    "رامین",
)
FIRST_NAMES_FEMALE = (
    "فاطمه",
    "زهرا",
    "مریم",
    "معصومه",
    "زینب",
    "سارا",
    "نرگس",
    "الهام",
    "لیلا",
    "مینا",
    "سمیرا",
    "نازنین",
    "شیما",
    "مهسا",
    "فرشته",
    "ریحانه",
    "آزاده",
    "پریسا",
    "نسرین",
    "طاهره",
    "اعظم",
    "سپیده",
    "هانیه",
    "کیمیا",
    "یگانه",
    "ستاره",
    "نگار",
    "مهناز",
    "شهلا",
    "فرزانه",
)
LAST_NAMES = (
    "محمدی",
    "حسینی",
    "احمدی",
    "رضایی",
    "کریمی",
    "موسوی",
    "جعفری",
    "صادقی",
    "رحیمی",
    "هاشمی",
    "قاسمی",
    "نوری",
    "کاظمی",
    "مرادی",
    "ابراهیمی",
    "عباسی",
    "حیدری",
    "یوسفی",
    "اکبری",
    "سلیمانی",
    "زارعی",
    "امیری",
    "بهرامی",
    "نجفی",
    "طاهری",
    "شریفی",
    "فرهادی",
    "مختاری",
    "رستمی",
    "عزیزی",
    "قربانی",
    "باقری",
    "اسدی",
    "خسروی",
    "شجاعی",
    "میرزایی",
    "توکلی",
    "سبحانی",
    "نصیری",
    "پورمحمدی",
    "علیزاده",
    "حسن‌زاده",
    "تقی‌زاده",
    "قلی‌پور",
    "رضاپور",
    "کیانی",
    "فتحی",
    "ملکی",
    "جلالی",
    "دهقان",
    "صفری",
    "آقایی",
    "خدابنده",
    "شاکری",
    "بیگی",
    "انصاری",
    "مقدم",
    "طباطبایی",
    "یزدانی",
    "کرمانی",
    "شیرازی",
    "تهرانی",
    "اصفهانی",
    "تبریزی",
    "رشتی",
    "گیلانی",
    "بروجردی",
    "همدانی",
    "زنجانی",
    "قزوینی",
)
CITIES = (
    "تهران",
    "کرج",
    "مشهد",
    "اصفهان",
    "شیراز",
    "تبریز",
    "قم",
    "اهواز",
    "رشت",
    "کرمانشاه",
    "ارومیه",
    "یزد",
    "همدان",
    "قزوین",
    "زنجان",
    "ساری",
    "اراک",
    "کرمان",
    "سنندج",
    "بندرعباس",
)
STREETS = ("آزادی", "انقلاب", "ولیعصر", "شریعتی", "جمهوری", "امام خمینی", "بهار", "فردوسی", "حافظ", "سعدی")
COMPANY_WORDS = ("حمل‌ونقل", "بازرگانی", "پخش", "ساختمانی", "خدمات", "صنایع", "تجهیزات")
COMPANY_NAMES = ("آریا", "پارس", "البرز", "سپهر", "کوثر", "نگین", "مهر", "ایرانیان", "آسیا", "دماوند")

# (model, segment, VIN world-manufacturer prefix)
MODELS: tuple[tuple[str, str, str], ...] = (
    ("پژو ۲۰۶", "passenger", "NAA"),
    ("پژو ۲۰۶ صندوق‌دار", "passenger", "NAA"),
    ("پژو پارس", "passenger", "NAA"),
    ("پژو ۴۰۵", "passenger", "NAA"),
    ("دنا", "passenger", "NAA"),
    ("دنا پلاس", "passenger", "NAA"),
    ("رانا", "passenger", "NAA"),
    ("تارا", "passenger", "NAA"),
    ("سمند", "passenger", "NAA"),
    ("سورن", "passenger", "NAA"),
    ("شاهین", "passenger", "NAS"),
    ("کوییک", "passenger", "NAS"),
    ("ساینا", "passenger", "NAS"),
    ("اطلس", "passenger", "NAS"),
    ("تیبا", "passenger", "NAS"),
    ("فیدلیتی", "passenger", "NAP"),
    ("دیگنیتی", "passenger", "NAP"),
    ("کاپرا", "commercial", "NAP"),
    ("وانت آریسان", "commercial", "NAA"),
    ("وانت زامیاد", "commercial", "NAZ"),
    ("مینی‌بوس بهمن", "commercial", "NAP"),
    ("موتورسیکلت همتاز", "motorcycle", "NAM"),
)
COLOURS = ("سفید", "مشکی", "نقره‌ای", "خاکستری", "آبی", "قرمز", "نوک‌مدادی", "سفید صدفی")
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_PLATE_LETTERS = tuple(p for p in PLATE_LETTERS if p not in ("D", "S", "ث", "ژ", "الف"))
PROVINCES = ("10", "20", "11", "22", "33", "44", "55", "66", "77", "88", "99", "13", "15", "43", "53", "68")


def national_id(rng: random.Random) -> str:
    while True:
        body = f"{rng.randrange(10**9):09d}"
        if len(set(body)) == 1:
            continue
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
        r = total % 11
        return body + str(r if r < 2 else 11 - r)


def company_id(rng: random.Random) -> str:
    body = "10" + f"{rng.randrange(10**8):08d}"
    shift = int(body[9]) + 2
    weights = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)
    check = sum((int(d) + shift) * w for d, w in zip(body, weights, strict=True)) % 11
    return body + str(0 if check == 10 else check)


def mobile(rng: random.Random) -> str:
    return (
        "09"
        + rng.choice(("12", "13", "19", "35", "36", "37", "01", "02", "22", "90", "91"))
        + f"{rng.randrange(10**7):07d}"
    )


def vin(rng: random.Random, prefix: str = "NAA") -> str:
    return prefix + "".join(rng.choice(_VIN_CHARS) for _ in range(8)) + f"{rng.randrange(10**6):06d}"


def plate_text(rng: random.Random) -> str:
    """A plate as people write it: ``12 ب 345 ایران 67``."""
    return (
        f"{rng.randrange(11, 99)} {rng.choice(_PLATE_LETTERS)} {rng.randrange(111, 999)}"
        f" ایران {rng.choice(PROVINCES)}"
    )


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    national_id: str
    mobile: str
    city: str
    address: str


def person(rng: random.Random) -> Person:
    first = rng.choice(FIRST_NAMES_MALE if rng.random() < 0.62 else FIRST_NAMES_FEMALE)
    last = rng.choice(LAST_NAMES)
    if rng.random() < 0.08:  # double-barrelled names are common
        last = f"{last} {rng.choice(LAST_NAMES)}"
    city = rng.choice(CITIES)
    address = (
        f"{city}، خیابان {rng.choice(STREETS)}، کوچهٔ {rng.randrange(1, 40)}، پلاک {rng.randrange(1, 300)}"
    )
    return Person(first, last, national_id(rng), mobile(rng), city, address)


def company_name(rng: random.Random) -> str:
    return f"شرکت {rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_NAMES)}"


def vehicle(rng: random.Random) -> dict[str, str]:
    model, segment, prefix = rng.choice(MODELS)
    return {
        "vin": vin(rng, prefix),
        "plate": plate_text(rng),
        "model": model,
        "colour": rng.choice(COLOURS),
        "segment": segment,
    }

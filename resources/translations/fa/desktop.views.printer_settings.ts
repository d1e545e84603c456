<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>PrintersPage</name>
    <message>
        <source>Intake receipt</source>
        <translation>رسید پذیرش</translation>
    </message>
    <message>
        <source>Empty: the dealership&apos;s phone number</source>
        <translation>خالی: شمارهٔ تلفن نمایندگی</translation>
    </message>
    <message>
        <source>How customers follow up</source>
        <translation>راه پیگیری برای مشتری</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>سازنده</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>USB IDs</source>
        <translation>شناسه‌های USB</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Device or file</source>
        <translation>دستگاه یا فایل</translation>
    </message>
    <message>
        <source>{dots} dots ({paper} mm paper)</source>
        <translation>{dots} نقطه (کاغذ {paper} میلی‌متری)</translation>
    </message>
    <message>
        <source>Print width</source>
        <translation>عرض چاپ</translation>
    </message>
    <message>
        <source>VAT on service bills</source>
        <translation>مالیات بر ارزش افزودهٔ صورت‌حساب خدمات</translation>
    </message>
    <message>
        <source>Thermal printers print the receipt as a picture, so Persian always prints right. A bill keeps the VAT rate of the day it was issued.</source>
        <translation>چاپگرهای حرارتی رسید را به‌صورت تصویر چاپ می‌کنند، پس متن فارسی همیشه درست چاپ می‌شود. هر صورت‌حساب نرخ مالیات روز صدورش را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>چاپ آزمایشی</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Printer device or file</source>
        <translation>دستگاه یا فایل چاپگر</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Sending a test receipt…</source>
        <translation>در حال ارسال رسید آزمایشی…</translation>
    </message>
    <message>
        <source>If you can read this receipt, the printer works. It is not a real case.</source>
        <translation>اگر این رسید را می‌خوانید، چاپگر درست کار می‌کند. این یک پروندهٔ واقعی نیست.</translation>
    </message>
    <message>
        <source>The test receipt was sent to the printer.</source>
        <translation>رسید آزمایشی به چاپگر فرستاده شد.</translation>
    </message>
</context>
</TS>

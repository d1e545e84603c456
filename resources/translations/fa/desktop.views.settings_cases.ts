<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CalendarPage</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>مناسبت تعطیلی</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعت‌های کاری</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>تعطیل</translation>
    </message>
    <message>
        <source>For example %1; several spans joined by commas; empty: closed.</source>
        <translation>مثلاً %1؛ چند بازه را با ویرگول جدا کنید؛ خالی یعنی تعطیل.</translation>
    </message>
    <message>
        <source>Save working hours</source>
        <translation>ذخیرهٔ ساعات کاری</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>تعطیلات</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>افزودن تعطیلی</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف ردیف انتخاب‌شده</translation>
    </message>
    <message>
        <source>No holidays are entered for %1: service deadlines in that year count every working weekday. Enter the official holidays once they are announced.</source>
        <translation>برای سال %1 تعطیلی‌ای وارد نشده است: مهلت‌های رسیدگی در آن سال همهٔ روزهای کاری هفته را می‌شمارند. تعطیلات رسمی را پس از اعلام وارد کنید.</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Minutes to reach the counter</source>
        <translation>دقیقه تا رسیدن به باجه</translation>
    </message>
    <message>
        <source>Use this ladder</source>
        <translation>به‌کارگیری این سطوح</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>سطوح ارجاع</translation>
    </message>
    <message>
        <source>Roles who take this level</source>
        <translation>نقش‌هایی که این سطح را بر عهده می‌گیرند</translation>
    </message>
    <message>
        <source>Save level</source>
        <translation>ذخیرهٔ سطح</translation>
    </message>
</context>
<context>
    <name>SettingsCases</name>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <source>Case type</source>
        <translation>نوع پرونده</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>ساعت کاری مجاز</translation>
    </message>
    <message>
        <source>Warn before (hours)</source>
        <translation>هشدار پیش از موعد (ساعت)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>افزودن قاعده</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف ردیف انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>SubcategoriesPage</name>
    <message>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>The code is made from the English name and never changes: cases keep it. A retired sub-category stays on the cases that name it but is no longer offered.</source>
        <translation>کد از نام انگلیسی ساخته می‌شود و هرگز تغییر نمی‌کند، چون پرونده‌ها آن را نگه می‌دارند. زیرموضوعِ کنار گذاشته روی پرونده‌هایی که آن را دارند می‌ماند، ولی دیگر پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <source>Add sub-category</source>
        <translation>افزودن زیرموضوع</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>تغییر نام ردیف انتخاب‌شده</translation>
    </message>
    <message>
        <source>Retire selected</source>
        <translation>کنار گذاشتن ردیف انتخاب‌شده</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>در حال استفاده</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>کنار گذاشته</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>بازگرداندن ردیف انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>افزودن واحد</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Find: name, national ID, mobile, VIN, plate, tracking code</source>
        <translation>جست‌وجو: نام، کد ملی، موبایل، VIN، پلاک، کد رهگیری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>مشتری جدید…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this one…</source>
        <translation>ادغام پروندهٔ تکراری در این پرونده…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ورود از فایل…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی به فایل…</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 از %2 مشتری</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Choose the record to keep first.</source>
        <translation>ابتدا پرونده‌ای را که باید بماند انتخاب کنید.</translation>
    </message>
    <message>
        <source>The duplicate of %1</source>
        <translation>پروندهٔ تکراریِ %1</translation>
    </message>
    <message>
        <source>Merge the chosen record into %1? Its cases, vehicles and documents will show under %1, its missing details are filled in, and the merge is recorded under your name.</source>
        <translation>پروندهٔ انتخاب‌شده در «%1» ادغام شود؟ پرونده‌ها، خودروها و مدارک آن زیر «%1» نمایش داده می‌شوند، اطلاعات ناقص تکمیل می‌شود و ادغام به نام شما ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>ورود مشتریان از فایل</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال ورود %1…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>خروجی مشتریان</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 سطر در %2 ذخیره شد</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>در حال تهیهٔ خروجی مشتریان…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>گزارش ورود از فایل</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported: %3 new customers, %4 updated, %5 vehicles added, %6 already known.</source>
        <translation>%1 سطر از %2 سطر وارد شد: %3 مشتری جدید، %4 به‌روزرسانی، %5 خودروی جدید، %6 از قبل موجود.</translation>
    </message>
    <message>
        <source>Rows not imported (correct them and import the file again):</source>
        <translation>سطرهایی که وارد نشدند (اصلاح کنید و فایل را دوباره وارد کنید):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>ستون‌های فایل</translation>
    </message>
    <message>
        <source>Choose the field each column holds; columns left as “Ignore” are not read.</source>
        <translation>برای هر ستون مشخص کنید چه اطلاعاتی دارد؛ ستون‌هایی که روی «نادیده گرفته شود» بمانند خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفته شود</translation>
    </message>
</context>
</TS>

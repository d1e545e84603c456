<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>Very satisfied</source>
        <translation>کاملاً راضی</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>راضی</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>نه راضی، نه ناراضی</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>ناراضی</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>کاملاً ناراضی</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص حقیقی</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>شخص حقوقی</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>فراخوانده شده</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>غایب</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>National company ID</source>
        <translation>شناسهٔ ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>شمارهٔ شاسی</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>گروه خودرو</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>شمارهٔ موتور</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>تاریخ تحویل</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>پایان گارانتی</translation>
    </message>
    <message>
        <source>Kind (person or organisation)</source>
        <translation>نوع (حقیقی یا حقوقی)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
</context>
</TS>

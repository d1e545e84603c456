<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <source>Score 1 to 5</source>
        <translation>امتیاز ۱ تا ۵</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>تک‌گزینه‌ای</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>چندگزینه‌ای</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>عدد صحیح</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>مدت (دقیقه)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>موضوعیت ندارد</translation>
    </message>
    <message>
        <source>To visit</source>
        <translation>در انتظار بازدید</translation>
    </message>
    <message>
        <source>Being filled</source>
        <translation>در حال تکمیل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Waiting for HQ</source>
        <translation>در انتظار ستاد</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>پذیرفته شد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Caps its section</source>
        <translation>سقف امتیاز بخش</translation>
    </message>
    <message>
        <source>Caps the whole audit</source>
        <translation>سقف امتیاز کل بازرسی</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>Outside what is allowed</source>
        <translation>خارج از محدودهٔ مجاز</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>Reception clerk</source>
        <translation>متصدی پذیرش</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>رییس واحد</translation>
    </message>
    <message>
        <source>CRM manager</source>
        <translation>مدیر ارتباط با مشتریان</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>بازرس</translation>
    </message>
    <message>
        <source>Inspection manager</source>
        <translation>مدیر بازرسی</translation>
    </message>
    <message>
        <source>HQ staff</source>
        <translation>کارشناس ستاد</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفنی</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>پست الکترونیکی</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>دفتر منطقه‌ای</translation>
    </message>
    <message>
        <source>Authority referral</source>
        <translation>ارجاع از ارگان‌ها</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>کیفیت محصول</translation>
    </message>
    <message>
        <source>Speed and delivery time</source>
        <translation>سرعت و زمان تحویل</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>پاسخگویی</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>رفتار کارکنان</translation>
    </message>
    <message>
        <source>Customer data correction</source>
        <translation>اصلاح اطلاعات مشتری</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Passenger car</source>
        <translation>سواری</translation>
    </message>
    <message>
        <source>Commercial vehicle</source>
        <translation>تجاری</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>موتورسیکلت</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>در باجه</translation>
    </message>
    <message>
        <source>Referred to a unit</source>
        <translation>ارجاع‌شده به واحد</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>پاسخ‌داده‌شده</translation>
    </message>
    <message>
        <source>Awaiting customer confirmation</source>
        <translation>در انتظار تأیید مشتری</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مختومه</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>بازگشایی‌شده</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Resolved at first contact</source>
        <translation>حل‌شده در همان مراجعه</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انصراف مشتری</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>حسابداری</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>خدمات پس از فروش</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>فنی</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>پاسخ داد</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>پاسخ نداد</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>شمارهٔ اشتباه</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>متصدی باجه</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
</TS>

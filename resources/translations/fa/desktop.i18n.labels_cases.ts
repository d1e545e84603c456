<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>Handler assigned</source>
        <translation>تعیین مسئول رسیدگی</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>در انتظار مشتری</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>پاسخ مشتری رسید</translation>
    </message>
    <message>
        <source>Reply letter to the authority recorded</source>
        <translation>ثبت نامهٔ پاسخ به مرجع</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>اصلاح مشخصات</translation>
    </message>
    <message>
        <source>Past the due time at the top level</source>
        <translation>گذشتن از موعد در بالاترین سطح</translation>
    </message>
    <message>
        <source>Customer not convinced</source>
        <translation>مشتری قانع نشد</translation>
    </message>
    <message>
        <source>Beyond my authority</source>
        <translation>خارج از اختیار من</translation>
    </message>
    <message>
        <source>Customer asked for a superior</source>
        <translation>درخواست مشتری برای گفت‌وگو با مافوق</translation>
    </message>
    <message>
        <source>Complex case</source>
        <translation>پروندهٔ پیچیده</translation>
    </message>
    <message>
        <source>Past the due time (automatic)</source>
        <translation>گذشتن از موعد (خودکار)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>پرونده‌های من</translation>
    </message>
    <message>
        <source>This counter's walk-ins</source>
        <translation>مراجعان حضوری این باجه</translation>
    </message>
    <message>
        <source>Summons waiting for me</source>
        <translation>فراخوان‌های منتظر من</translation>
    </message>
    <message>
        <source>Referred to my unit</source>
        <translation>ارجاع‌شده به واحد من</translation>
    </message>
    <message>
        <source>To take up (my segments)</source>
        <translation>آمادهٔ برداشتن (گروه‌های من)</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>نزدیک به موعد</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>گذشته از موعد</translation>
    </message>
    <message>
        <source>Awaiting happy call</source>
        <translation>در انتظار تماس رضایت‌سنجی</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>همهٔ پرونده‌ها</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>جدیدترین</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>قدیمی‌ترین</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>نزدیک‌ترین موعد</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>آخرین فعالیت</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>بیشترین انتظار</translation>
    </message>
    <message>
        <source>Referred earliest</source>
        <translation>قدیمی‌ترین ارجاع</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>بیشترین انتظار</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>در موعد</translation>
    </message>
    <message>
        <source>Paused: waiting on the customer</source>
        <translation>متوقف: در انتظار مشتری</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>Counter clerk, supervisor, CRM manager</source>
        <translation>متصدی پذیرش، سرپرست، مدیر ارتباط با مشتریان</translation>
    </message>
    <message>
        <source>Counter clerk, supervisor, head of unit, CRM manager</source>
        <translation>متصدی پذیرش، سرپرست، رییس واحد، مدیر ارتباط با مشتریان</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>System (automatic)</source>
        <translation>سامانه (خودکار)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CaseDetail</name>
    <message>
        <source>Take up</source>
        <translation>برداشتن پرونده</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <source>Take over (PIN)</source>
        <translation>به‌دست‌گرفتن پرونده (رمز کوتاه)</translation>
    </message>
    <message>
        <source>Refer to a unit</source>
        <translation>ارجاع به واحد</translation>
    </message>
    <message>
        <source>Record unit's answer</source>
        <translation>ثبت پاسخ واحد</translation>
    </message>
    <message>
        <source>Respond to customer</source>
        <translation>پاسخ به مشتری</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>در انتظار مشتری</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>پاسخ مشتری رسید</translation>
    </message>
    <message>
        <source>Happy call</source>
        <translation>تماس رضایت‌سنجی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن پرونده</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>نامهٔ پاسخ</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>اصلاح مشخصات</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Hand back to the clerk</source>
        <translation>بازگرداندن به متصدی پذیرش</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>مسئول رسیدگی</translation>
    </message>
    <message>
        <source>Type and category</source>
        <translation>نوع و موضوع</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرای دریافت</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>مهلت پاسخ</translation>
    </message>
    <message>
        <source>Promised at registration</source>
        <translation>وعدهٔ زمان پاسخ هنگام ثبت</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>مرجع ارجاع‌دهنده</translation>
    </message>
    <message>
        <source>Print the intake receipt</source>
        <translation>چاپ رسید پذیرش</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>سوابق پرونده</translation>
    </message>
    <message>
        <source>Service receipt (job card)…</source>
        <translation>رسید خدمات (کارت کار)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>پروندهٔ %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>باجهٔ %1</translation>
    </message>
    <message>
        <source>%1 · letter no. %2 of %3 · answer due by %4</source>
        <translation>%1 · نامهٔ شمارهٔ %2 مورخ %3 · مهلت پاسخ تا %4</translation>
    </message>
    <message>
        <source>%1 has taken over at this counter; actions are recorded under their name.</source>
        <translation>%1 پرونده را در این باجه به دست گرفته است؛ اقدام‌ها به نام ایشان ثبت می‌شود.</translation>
    </message>
    <message>
        <source>%1 summoned to counter %2 · waiting %3 (target %4)</source>
        <translation>%1 به باجهٔ %2 فراخوانده شد · انتظار %3 (هدف %4)</translation>
    </message>
    <message>
        <source>Not applied: the case had already moved on elsewhere.</source>
        <translation>اعمال نشد: پرونده پیش‌تر در جای دیگری تغییر کرده بود.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>استعلام</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>How the customer was told</source>
        <translation>روش اطلاع به مشتری</translation>
    </message>
    <message>
        <source>What we wait for</source>
        <translation>آنچه از مشتری منتظریم</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>نتیجهٔ تماس</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>sub-category %1</source>
        <translation>زیرموضوع %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>شمارهٔ نامه</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>متن پاسخ</translation>
    </message>
    <message>
        <source>— choose when reached —</source>
        <translation>— اگر پاسخ داد، انتخاب کنید —</translation>
    </message>
    <message>
        <source>summoned to counter %1</source>
        <translation>فراخوان به باجهٔ %1</translation>
    </message>
    <message>
        <source>final decision</source>
        <translation>تصمیم نهایی</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>رضایت %1 از ۵</translation>
    </message>
    <message>
        <source>sent back to %1</source>
        <translation>بازگشت به %1</translation>
    </message>
</context>
</TS>

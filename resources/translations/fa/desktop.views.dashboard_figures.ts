<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Dashboard</name>
    <message>
        <source>Export all (Excel)…</source>
        <translation>خروجی همه (اکسل)…</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>پرونده‌های ثبت‌شده</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>حل در اولین تماس</translation>
    </message>
    <message>
        <source>First response (median, working hours)</source>
        <translation>اولین پاسخ (میانه، ساعت کاری)</translation>
    </message>
    <message>
        <source>Resolution (median, working hours)</source>
        <translation>حل پرونده (میانه، ساعت کاری)</translation>
    </message>
    <message>
        <source>Service level missed</source>
        <translation>تخطی از سطح خدمت</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>بازگشایی‌شده</translation>
    </message>
    <message>
        <source>Satisfaction (1 to 5)</source>
        <translation>رضایت (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Happy calls reaching the customer</source>
        <translation>تماس‌های رضایت‌سنجیِ موفق</translation>
    </message>
    <message>
        <source>Click a bar to see its cases.</source>
        <translation>برای دیدن پرونده‌ها روی هر ستون کلیک کنید.</translation>
    </message>
    <message>
        <source>Cases per month</source>
        <translation>پرونده‌ها در هر ماه</translation>
    </message>
    <message>
        <source>Pareto of complaint causes</source>
        <translation>پارتوی علل شکایت</translation>
    </message>
    <message>
        <source>Cases per category</source>
        <translation>پرونده‌ها به تفکیک موضوع</translation>
    </message>
    <message>
        <source>Cases per channel</source>
        <translation>پرونده‌ها به تفکیک کانال</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>نردبان ارجاع</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Cases reaching it</source>
        <translation>پرونده‌هایی که به آن رسید</translation>
    </message>
    <message>
        <source>Resolved there</source>
        <translation>حل‌شده در همین سطح</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Summons to arrival at the counter</source>
        <translation>از فراخوان تا رسیدن به باجه</translation>
    </message>
    <message>
        <source>Happy calls</source>
        <translation>تماس‌های رضایت‌سنجی</translation>
    </message>
    <message>
        <source>Backlog by unit (now)</source>
        <translation>پرونده‌های باز به تفکیک واحد (اکنون)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>ارجاع‌های باز</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <source>Backlog by handler (now)</source>
        <translation>پرونده‌های باز به تفکیک کارشناس (اکنون)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>پرونده‌های باز</translation>
    </message>
    <message>
        <source>Walk-in queue</source>
        <translation>صف مراجعهٔ حضوری</translation>
    </message>
    <message>
        <source>Defects per model and part</source>
        <translation>ایرادها به تفکیک خودرو و قطعه</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Audit ranking</source>
        <translation>رتبه‌بندی بازرسی</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>نمایندگی</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>بازرسی‌ها</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>خطاهای بحرانی</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>در حال محاسبهٔ شاخص‌ها…</translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>شاخص‌های %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>در مقایسه با %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>سهم تجمعی</translation>
    </message>
    <message>
        <source>Summonses answered</source>
        <translation>فراخوان‌های پاسخ‌داده</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>میانه</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>صدک ۹۰</translation>
    </message>
    <message>
        <source>Arrived after the target</source>
        <translation>دیرتر از زمان هدف رسیده</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>تماس‌های گرفته‌شده</translation>
    </message>
    <message>
        <source>Calls that reached the customer</source>
        <translation>تماس‌هایی که به مشتری رسید</translation>
    </message>
    <message>
        <source>Mean satisfaction (1 to 5)</source>
        <translation>میانگین رضایت (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Unhappy calls that reopened the case</source>
        <translation>تماس‌های ناراضی که پرونده را بازگشود</translation>
    </message>
    <message>
        <source>(not taken up yet)</source>
        <translation>(هنوز کسی برنداشته)</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>نوبت‌های صادرشده</translation>
    </message>
    <message>
        <source>Waiting, median</source>
        <translation>انتظار، میانه</translation>
    </message>
    <message>
        <source>Waiting, P90</source>
        <translation>انتظار، صدک ۹۰</translation>
    </message>
    <message>
        <source>Serving, median</source>
        <translation>مدت خدمت، میانه</translation>
    </message>
    <message>
        <source>Serving, P90</source>
        <translation>مدت خدمت، صدک ۹۰</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>مراجعه‌نکرده</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(نامشخص)</translation>
    </message>
    <message>
        <source>Audits (released reports)</source>
        <translation>بازرسی‌ها (گزارش‌های منتشرشده)</translation>
    </message>
    <message>
        <source>Complaint causes</source>
        <translation>علل شکایت</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>spring</source>
        <translation>بهار</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>پاییز</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>زمستان</translation>
    </message>
    <message>
        <source>quarter {number} ({season}) of {year}</source>
        <translation>فصل {number} ({season}) سال {year}</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>سال {year}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} دقیقه</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ساعت</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} واحد درصد</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>شاخص‌های اصلی</translation>
    </message>
    <message>
        <source>Cases and complaints per month</source>
        <translation>پرونده‌ها و شکایت‌ها در هر ماه</translation>
    </message>
    <message>
        <source>Pareto of complaint causes</source>
        <translation>پارتوی علل شکایت</translation>
    </message>
    <message>
        <source>Bars: complaints per cause, most frequent first; line: their cumulative share. The causes up to the dashed 80% line bring most of the complaints.</source>
        <translation>ستون‌ها: شمار شکایت هر علت، از پرتکرارترین؛ خط: سهم تجمعی آن‌ها. علت‌هایی که تا خط‌چین ۸۰٪ می‌آیند بیشتر شکایت‌ها را می‌سازند.</translation>
    </message>
    <message>
        <source>Cases per category</source>
        <translation>پرونده‌ها به تفکیک موضوع</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>تجمعی</translation>
    </message>
    <message>
        <source>Top causes of complaints</source>
        <translation>مهم‌ترین علل شکایت</translation>
    </message>
    <message>
        <source>FMEA: the ten highest risks</source>
        <translation>FMEA: ده ریسک بالاتر</translation>
    </message>
    <message>
        <source>No failure mode has been recorded yet.</source>
        <translation>هنوز حالت خطایی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>حالت خطا</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>S severity, O occurrence, D detection (1 to 10); RPN = S × O × D. In red: severity 9 or 10.</source>
        <translation>S شدت، O وقوع، D کشف (۱ تا ۱۰)؛ RPN = S × O × D. قرمز: شدت ۹ یا ۱۰.</translation>
    </message>
    <message>
        <source>Open improvement actions</source>
        <translation>اقدام‌های بهبود باز</translation>
    </message>
    <message>
        <source>No improvement action is open.</source>
        <translation>اقدام بهبود بازی وجود ندارد.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <source>Audits of this dealership (released reports)</source>
        <translation>بازرسی‌های این نمایندگی (گزارش‌های منتشرشده)</translation>
    </message>
    <message>
        <source>Audit ranking of the dealerships</source>
        <translation>رتبه‌بندی نمایندگی‌ها در بازرسی</translation>
    </message>
    <message>
        <source>No audit in this period.</source>
        <translation>در این دوره بازرسی‌ای انجام نشده است.</translation>
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
        <source>Appeals upheld: {rate} of {decided} decided.</source>
        <translation>اعتراض‌های پذیرفته‌شده: {rate} از {decided} اعتراضِ رسیدگی‌شده.</translation>
    </message>
    <message>
        <source>Glossary: how each figure is computed</source>
        <translation>واژه‌نامه: هر شاخص چگونه محاسبه می‌شود</translation>
    </message>
    <message>
        <source>Cases count in the period of the local (Iran) day they were registered, unless a definition says otherwise. Working hours are those of the business calendar, holidays excluded. A rate is left blank when there was nothing to count.</source>
        <translation>هر پرونده در دوره‌ای شمرده می‌شود که روز ثبتش (به وقت ایران) در آن است، مگر آنکه تعریف شاخص چیز دیگری بگوید. ساعت کاری همان ساعت‌های تقویم کاری است، بدون روزهای تعطیل. نرخی که چیزی برای شمردن نداشته، خالی می‌ماند.</translation>
    </message>
    <message>
        <source>Monthly management report</source>
        <translation>گزارش مدیریتی ماهانه</translation>
    </message>
    <message>
        <source>Quarterly management report</source>
        <translation>گزارش مدیریتی فصلی</translation>
    </message>
    <message>
        <source>Yearly management report</source>
        <translation>گزارش مدیریتی سالانه</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>گزارش مدیریتی</translation>
    </message>
    <message>
        <source>All dealerships</source>
        <translation>همهٔ نمایندگی‌ها</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>دامنه</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>پالایه‌ها</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تهیه‌شده در</translation>
    </message>
    <message>
        <source>Open now: {open} cases, of which {overdue} past their due time.</source>
        <translation>اکنون {open} پرونده باز است که {overdue} مورد از آن‌ها از مهلت گذشته است.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Labels</name>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>نیروی انسانی</translation>
    </message>
    <message>
        <source>Machines and equipment</source>
        <translation>ماشین‌آلات و تجهیزات</translation>
    </message>
    <message>
        <source>Methods and procedures</source>
        <translation>روش‌ها و رویه‌ها</translation>
    </message>
    <message>
        <source>Materials and parts</source>
        <translation>مواد و قطعات</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>اندازه‌گیری</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>محیط</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال انجام</translation>
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
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>بازهٔ تاریخ</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>پرونده‌های ثبت‌شده</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>حل در اولین تماس</translation>
    </message>
    <message>
        <source>Time to first response, median</source>
        <translation>زمان تا اولین پاسخ، میانه</translation>
    </message>
    <message>
        <source>Time to first response, P90</source>
        <translation>زمان تا اولین پاسخ، صدک ۹۰</translation>
    </message>
    <message>
        <source>Time to resolution, median</source>
        <translation>زمان تا حل، میانه</translation>
    </message>
    <message>
        <source>Time to resolution, P90</source>
        <translation>زمان تا حل، صدک ۹۰</translation>
    </message>
    <message>
        <source>Service-level breach rate</source>
        <translation>نرخ تخطی از سطح خدمت</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>نرخ بازگشایی</translation>
    </message>
    <message>
        <source>Escalation rate per level</source>
        <translation>نرخ ارجاع به هر سطح</translation>
    </message>
    <message>
        <source>Share resolved at each level</source>
        <translation>سهم حل در هر سطح</translation>
    </message>
    <message>
        <source>Summons to arrival, median</source>
        <translation>از فراخوان تا رسیدن، میانه</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>رسیدن‌های دیرهنگام</translation>
    </message>
    <message>
        <source>Happy Call reach rate</source>
        <translation>نرخ دسترسی در تماس رضایت‌سنجی</translation>
    </message>
    <message>
        <source>Mean satisfaction</source>
        <translation>میانگین رضایت</translation>
    </message>
    <message>
        <source>Unhappy calls turned into reopened cases</source>
        <translation>تماس‌های ناراضی که به بازگشایی پرونده انجامید</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>پرونده‌های باز</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>گذشته از موعد</translation>
    </message>
    <message>
        <source>Walk-in waiting time, P50</source>
        <translation>زمان انتظار حضوری، میانه</translation>
    </message>
    <message>
        <source>Walk-in waiting time, P90</source>
        <translation>زمان انتظار حضوری، صدک ۹۰</translation>
    </message>
    <message>
        <source>Walk-in serving time, P50</source>
        <translation>مدت خدمت حضوری، میانه</translation>
    </message>
    <message>
        <source>Walk-in serving time, P90</source>
        <translation>مدت خدمت حضوری، صدک ۹۰</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>نرخ مراجعه‌نکردن</translation>
    </message>
    <message>
        <source>Defects per model and part</source>
        <translation>ایرادها به تفکیک خودرو و قطعه</translation>
    </message>
    <message>
        <source>Audit score</source>
        <translation>امتیاز بازرسی</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>خطاهای بحرانی</translation>
    </message>
    <message>
        <source>Appeals upheld</source>
        <translation>اعتراض‌های پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Requests, complaints and questions registered in the period (Iran local days).</source>
        <translation>درخواست‌ها، شکایت‌ها و پرسش‌هایی که در این دوره (به روز ایران) ثبت شده‌اند.</translation>
    </message>
    <message>
        <source>Cases of the type complaint registered in the period.</source>
        <translation>پرونده‌های از نوع شکایت که در این دوره ثبت شده‌اند.</translation>
    </message>
    <message>
        <source>Cases resolved by the first person the customer met, before any escalation or referral, out of all cases registered in the period.</source>
        <translation>پرونده‌هایی که نخستین کسی که مشتری با او روبه‌رو شد، پیش از هر ارجاعی حلشان کرد، از میان همهٔ پرونده‌های ثبت‌شده در دوره.</translation>
    </message>
    <message>
        <source>From registration to the first answer given to the customer, in working hours (the business calendar's hours, holidays excluded), over the cases first answered in the period. The median is the middle value (or the mean of the two middle values).</source>
        <translation>از ثبت تا نخستین پاسخی که به مشتری داده شد، به ساعت کاری (ساعت‌های تقویم کاری، بدون تعطیلات)، برای پرونده‌هایی که نخستین پاسخشان در این دوره بود. میانه مقدار وسط است (یا میانگین دو مقدار وسط).</translation>
    </message>
    <message>
        <source>The same durations' 90th percentile: the value at rank ceil(0.9 n) of the n durations in ascending order; nine cases in ten were answered within it.</source>
        <translation>صدک ۹۰ همین مدت‌ها: مقدار در رتبهٔ ceil(0.9 n) از n مدت به ترتیب صعودی؛ نُه پرونده از هر ده پرونده در این مدت پاسخ گرفتند.</translation>
    </message>
    <message>
        <source>From registration to closing (resolved or rejected; withdrawn cases left out), in working hours, over the cases closed in the period and still closed.</source>
        <translation>از ثبت تا مختومه شدن (حل یا رد؛ بدون پرونده‌های انصرافی)، به ساعت کاری، برای پرونده‌هایی که در این دوره مختومه شده و هنوز مختومه‌اند.</translation>
    </message>
    <message>
        <source>The 90th percentile (rank ceil(0.9 n)) of the same durations to resolution.</source>
        <translation>صدک ۹۰ (رتبهٔ ceil(0.9 n)) همین مدت‌های تا حل پرونده.</translation>
    </message>
    <message>
        <source>Cases that missed their service level (a breach or an automatic escalation was recorded, they were answered after their due time, or they are open past it now), out of the cases of the period that had a service-level clock.</source>
        <translation>پرونده‌هایی که از سطح خدمت تخطی کردند (تخطی یا ارجاع خودکار ثبت شد، پس از مهلت پاسخ گرفتند یا اکنون باز و گذشته از مهلت‌اند)، از میان پرونده‌های دوره که ساعت سطح خدمت داشتند.</translation>
    </message>
    <message>
        <source>Cases of the period reopened at least once, out of those closed at least once.</source>
        <translation>پرونده‌های دوره که دست‌کم یک بار بازگشایی شده‌اند، از میان پرونده‌هایی که دست‌کم یک بار مختومه شده‌اند.</translation>
    </message>
    <message>
        <source>For each level above the counter: cases of the period escalated to that level or beyond, out of all cases of the period.</source>
        <translation>برای هر سطح بالاتر از باجه: پرونده‌های دوره که به آن سطح یا بالاتر ارجاع شدند، از میان همهٔ پرونده‌های دوره.</translation>
    </message>
    <message>
        <source>For each level: resolved cases of the period (closed, not withdrawn) that were closed at that level, out of all resolved cases of the period.</source>
        <translation>برای هر سطح: پرونده‌های حل‌شدهٔ دوره (مختومه، نه انصرافی) که در آن سطح مختومه شدند، از میان همهٔ پرونده‌های حل‌شدهٔ دوره.</translation>
    </message>
    <message>
        <source>From a walk-in case's escalation, which summons the next level to the counter, to that person taking the case over at the counter; wall-clock time, because the customer waits all of it; over the summonses of the period.</source>
        <translation>از ارجاع پروندهٔ حضوری، که سطح بالاتر را به باجه فرا می‌خواند، تا وقتی که او پرونده را در باجه به دست می‌گیرد؛ به زمان واقعی، چون مشتری همهٔ آن را منتظر می‌ماند؛ برای فراخوان‌های دوره.</translation>
    </message>
    <message>
        <source>Summoned superiors who arrived after their level's arrival target, out of all arrivals.</source>
        <translation>مسئولانِ فراخوانده‌ای که دیرتر از زمان هدفِ سطح خود رسیدند، از میان همهٔ رسیدن‌ها.</translation>
    </message>
    <message>
        <source>Happy calls of the period that reached the customer, out of all happy calls made in the period (each attempt counts).</source>
        <translation>تماس‌های رضایت‌سنجیِ دوره که به مشتری رسید، از میان همهٔ تماس‌های رضایت‌سنجیِ دوره (هر بار شماره‌گیری یک تماس است).</translation>
    </message>
    <message>
        <source>The mean satisfaction score (1 to 5) of the happy calls of the period that reached the customer.</source>
        <translation>میانگین امتیاز رضایت (۱ تا ۵) در تماس‌های رضایت‌سنجیِ دوره که به مشتری رسید.</translation>
    </message>
    <message>
        <source>Unhappy happy calls of the period (satisfaction below 3) that reopened the case, out of all unhappy calls; a top level's final decision is recorded, not reopened.</source>
        <translation>تماس‌های رضایت‌سنجیِ ناراضیِ دوره (رضایت کمتر از ۳) که پرونده را بازگشود، از میان همهٔ تماس‌های ناراضی؛ تصمیم نهایی بالاترین سطح ثبت می‌شود و پرونده بازگشایی نمی‌شود.</translation>
    </message>
    <message>
        <source>Cases open at the time of the report, per unit (open referrals) and per handler.</source>
        <translation>پرونده‌های باز در زمان تهیهٔ گزارش، به تفکیک واحد (ارجاع‌های باز) و کارشناس.</translation>
    </message>
    <message>
        <source>Open cases that have missed their service level: past their due time now, or breached earlier (and escalated) and still open.</source>
        <translation>پرونده‌های بازی که از سطح خدمت تخطی کرده‌اند: اکنون گذشته از مهلت‌اند، یا پیش‌تر تخطی کرده (و ارجاع شده) و هنوز بازند.</translation>
    </message>
    <message>
        <source>From a walk-in ticket's issue to its first call to a counter, median, for the tickets of the period.</source>
        <translation>از صدور نوبت حضوری تا نخستین فراخوان آن به باجه، میانه، برای نوبت‌های دوره.</translation>
    </message>
    <message>
        <source>The same waiting times' 90th percentile.</source>
        <translation>صدک ۹۰ همین زمان‌های انتظار.</translation>
    </message>
    <message>
        <source>From a ticket's first call to its being finished, median, for tickets served in the period.</source>
        <translation>از نخستین فراخوان نوبت تا پایان خدمت، میانه، برای نوبت‌هایی که در این دوره خدمت گرفتند.</translation>
    </message>
    <message>
        <source>The same serving times' 90th percentile.</source>
        <translation>صدک ۹۰ همین مدت‌های خدمت.</translation>
    </message>
    <message>
        <source>Tickets marked as no-show, out of the tickets issued in the period.</source>
        <translation>نوبت‌هایی که صاحبشان مراجعه نکرد، از میان نوبت‌های صادرشده در دوره.</translation>
    </message>
    <message>
        <source>Product-quality cases of the period that name a vehicle, counted per vehicle model and per part (the quality sub-category).</source>
        <translation>پرونده‌های کیفیت محصولِ دوره که خودرویی در آن‌ها ثبت شده، به تفکیک نوع خودرو و قطعه (زیرموضوع کیفیت).</translation>
    </message>
    <message>
        <source>The mean score (0 to 100) of the covert audits visited in the period, after amendments and after decided appeals; a dealership sees only its released reports.</source>
        <translation>میانگین امتیاز (۰ تا ۱۰۰) بازرسی‌های نامحسوسی که بازدیدشان در این دوره بود، پس از اصلاح‌ها و اعتراض‌های رسیدگی‌شده؛ هر نمایندگی فقط گزارش‌های منتشرشدهٔ خود را می‌بیند.</translation>
    </message>
    <message>
        <source>Critical items failed, over all audits of the period.</source>
        <translation>شمار مواردِ بحرانیِ ردشده در همهٔ بازرسی‌های دوره.</translation>
    </message>
    <message>
        <source>Appeals decided in the dealership's favour, out of the appeals decided, for the audits of the period.</source>
        <translation>اعتراض‌هایی که به سود نمایندگی رأی گرفت، از میان اعتراض‌های رسیدگی‌شده، برای بازرسی‌های این دوره.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>RankingView</name>
    <message>
        <source>Last 3 months</source>
        <translation>۳ ماه اخیر</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>۶ ماه اخیر</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه اخیر</translation>
    </message>
    <message>
        <source>All audits</source>
        <translation>همهٔ بازرسی‌ها</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>همهٔ فرم‌ها</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>فرم</translation>
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
        <translation>تعداد بازرسی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>میانگین امتیاز</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>کمترین</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>موارد حیاتی ناموفق</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>میانگین امتیاز</translation>
    </message>
    <message>
        <source>Critical item failed</source>
        <translation>بند حیاتی ناموفق</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <source>%1 dealerships, %2 audits</source>
        <translation>%1 نمایندگی، %2 بازرسی</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>کل شبکه</translation>
    </message>
    <message>
        <source>Network score by month</source>
        <translation>امتیاز شبکه به تفکیک ماه</translation>
    </message>
    <message>
        <source>Score by month</source>
        <translation>امتیاز به تفکیک ماه</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No audits in this period</source>
        <translation>در این دوره بازرسی‌ای نیست</translation>
    </message>
</context>
</TS>

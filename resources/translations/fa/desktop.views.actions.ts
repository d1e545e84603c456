<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>ویرایش اقدام</translation>
    </message>
    <message>
        <source>New improvement action</source>
        <translation>اقدام بهبود تازه</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ‌کدام)</translation>
    </message>
    <message>
        <source>Name of an expert from outside (e.g. quality, production)</source>
        <translation>نام کارشناس بیرونی (مثلاً از کیفیت یا تولید)</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>افزودن به تیم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>For failure mode</source>
        <translation>برای حالت خطا</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>مهلت انجام</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>outside expert</source>
        <translation>کارشناس بیرونی</translation>
    </message>
    <message>
        <source>%1 people chosen (a team has %2 to %3)</source>
        <translation>%1 نفر انتخاب شده (هر تیم %2 تا %3 نفر است)</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>حالت خطا</translation>
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
        <source>Due date</source>
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
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Show finished and cancelled actions too</source>
        <translation>اقدام‌های انجام‌شده و لغوشده هم نمایش داده شود</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>اقدام تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>انجام شد…</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>لغو اقدام</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>اقدام‌های بهبود</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>انجام اقدام</translation>
    </message>
    <message>
        <source>What came of it? (what changed, by how much)</source>
        <translation>نتیجه چه شد؟ (چه چیزی و چه اندازه تغییر کرد)</translation>
    </message>
</context>
</TS>

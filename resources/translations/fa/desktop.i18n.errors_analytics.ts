<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>This cannot be changed here.</source>
        <translation>این مورد را اینجا نمی‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>چنین کاربری وجود ندارد.</translation>
    </message>
    <message>
        <source>The linked item no longer exists.</source>
        <translation>مورد پیوندشده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>هر عضو تیم باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>{name} is already on the team.</source>
        <translation>{name} از پیش در تیم است.</translation>
    </message>
    <message>
        <source>An improvement team has {minimum} to {maximum} people; this one has {count}.</source>
        <translation>تیم بهبود باید {minimum} تا {maximum} نفر باشد؛ این تیم {count} نفر دارد.</translation>
    </message>
    <message>
        <source>The owner must be a member of the team.</source>
        <translation>مسئول باید یکی از اعضای تیم باشد.</translation>
    </message>
    <message>
        <source>That date has already passed.</source>
        <translation>این تاریخ گذشته است.</translation>
    </message>
    <message>
        <source>A diagram holds at most {maximum} causes.</source>
        <translation>هر نمودار حداکثر {maximum} علت دارد.</translation>
    </message>
    <message>
        <source>Causes go at most {maximum} levels deep.</source>
        <translation>علت‌ها حداکثر {maximum} سطح عمق دارند.</translation>
    </message>
    <message>
        <source>A sub-cause stays on its cause&apos;s branch; move the cause instead.</source>
        <translation>زیرعلت روی شاخهٔ علتِ خودش می‌ماند؛ به‌جای آن، خود علت را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>This failure mode was taken off the table; restore it first.</source>
        <translation>این حالت خطا از جدول کنار گذاشته شده است؛ نخست آن را برگردانید.</translation>
    </message>
    <message>
        <source>The action cannot move to that status from where it is.</source>
        <translation>اقدام از وضعیت کنونی‌اش نمی‌تواند به این وضعیت برود.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>پایان دوره پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>A period covers at most {maximum} years.</source>
        <translation>هر دوره حداکثر {maximum} سال را در بر می‌گیرد.</translation>
    </message>
    <message>
        <source>A month is from 1 to 12.</source>
        <translation>ماه باید از ۱ تا ۱۲ باشد.</translation>
    </message>
    <message>
        <source>A quarter is from 1 to 4.</source>
        <translation>فصل باید از ۱ تا ۴ باشد.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>اثر</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Current controls</source>
        <translation>کنترل‌های فعلی</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>زیرموضوع</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>وقوع</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>کشف</translation>
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
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مسئله</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شاخه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>حالت خطا</translation>
    </message>
    <message>
        <source>Cause-and-effect diagram</source>
        <translation>نمودار علت و معلول</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
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
</context>
</TS>

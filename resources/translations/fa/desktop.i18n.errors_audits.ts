<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>The template was refused: {count} problems were found.</source>
        <translation>الگو پذیرفته نشد: {count} مورد اشکال پیدا شد.</translation>
    </message>
    <message>
        <source>The file cannot be read as an XLSForm spreadsheet or JSON ({detail}).</source>
        <translation>این فایل به‌صورت صفحه‌گسترده XLSForm یا JSON خوانده نمی‌شود ({detail}).</translation>
    </message>
    <message>
        <source>This JSON is not a template: it needs settings, survey and choices.</source>
        <translation>این JSON الگو نیست: باید settings و survey و choices داشته باشد.</translation>
    </message>
    <message>
        <source>This sheet is missing.</source>
        <translation>این برگه وجود ندارد.</translation>
    </message>
    <message>
        <source>This column is missing from the header row.</source>
        <translation>این ستون در سطر عنوان نیست.</translation>
    </message>
    <message>
        <source>This cell must be filled in.</source>
        <translation>این خانه باید پر شود.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid name: start with a letter and use only letters, digits and _.</source>
        <translation>«{value}» نام معتبری نیست: با حرف لاتین شروع کنید و فقط حرف، رقم و _ به کار ببرید.</translation>
    </message>
    <message>
        <source>The version must be a whole number, not “{value}”.</source>
        <translation>نسخه باید عدد صحیح باشد، نه «{value}».</translation>
    </message>
    <message>
        <source>Unknown question type “{value}”.</source>
        <translation>نوع پرسش «{value}» شناخته نیست.</translation>
    </message>
    <message>
        <source>“{value}”: a choice question names its choice list, e.g. select_one speed.</source>
        <translation>«{value}»: پرسش گزینه‌ای باید نام فهرست گزینه‌هایش را داشته باشد، مانند select_one speed.</translation>
    </message>
    <message>
        <source>The choices sheet has no list named “{value}”.</source>
        <translation>برگهٔ choices فهرستی به نام «{value}» ندارد.</translation>
    </message>
    <message>
        <source>The name “{value}” is used twice.</source>
        <translation>نام «{value}» دو بار به کار رفته است.</translation>
    </message>
    <message>
        <source>The list “{list}” already has a choice named “{value}”.</source>
        <translation>فهرست «{list}» از پیش گزینه‌ای به نام «{value}» دارد.</translation>
    </message>
    <message>
        <source>Write yes or no here, not “{value}”.</source>
        <translation>اینجا yes یا no بنویسید، نه «{value}».</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» عدد نیست.</translation>
    </message>
    <message>
        <source>“{value}” is too small: it must be at least {minimum}.</source>
        <translation>«{value}» کوچک است: باید دست‌کم {minimum} باشد.</translation>
    </message>
    <message>
        <source>A question of type {type} is never scored: its weight is ignored.</source>
        <translation>پرسش از نوع {type} هرگز امتیاز نمی‌گیرد: وزن آن نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>A question of type {type} is never scored, so it cannot be critical: critical is ignored.</source>
        <translation>پرسش از نوع {type} هرگز امتیاز نمی‌گیرد و نمی‌تواند حیاتی باشد: ستون critical نادیده گرفته شد.</translation>
    </message>
    <message>
        <source>“{value}” must be between {minimum} and {maximum}.</source>
        <translation>«{value}» باید بین {minimum} و {maximum} باشد.</translation>
    </message>
    <message>
        <source>This column applies only to critical questions.</source>
        <translation>این ستون فقط برای پرسش‌های حیاتی است.</translation>
    </message>
    <message>
        <source>critical_scope is section or audit, not “{value}”.</source>
        <translation>مقدار critical_scope باید section یا audit باشد، نه «{value}».</translation>
    </message>
    <message>
        <source>A group row does not take this column.</source>
        <translation>سطر گروه این ستون را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Groups cannot be nested: close the group “{outer}” first.</source>
        <translation>گروه‌ها تودرتو نمی‌شوند: نخست گروه «{outer}» را ببندید.</translation>
    </message>
    <message>
        <source>The group “{value}” is never closed with end_group.</source>
        <translation>گروه «{value}» با end_group بسته نشده است.</translation>
    </message>
    <message>
        <source>end_group without a begin_group.</source>
        <translation>end_group بدون begin_group آمده است.</translation>
    </message>
    <message>
        <source>The group “{value}” has no questions.</source>
        <translation>گروه «{value}» هیچ پرسشی ندارد.</translation>
    </message>
    <message>
        <source>The template has no questions.</source>
        <translation>الگو هیچ پرسشی ندارد.</translation>
    </message>
    <message>
        <source>The expression cannot be read at character {position}: {text}</source>
        <translation>عبارت در نویسهٔ {position} خوانده نمی‌شود: {text}</translation>
    </message>
    <message>
        <source>The expression uses an unknown function “{name}”.</source>
        <translation>عبارت از تابع ناشناختهٔ «{name}» استفاده کرده است.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {detail}.</source>
        <translation>عبارت باقاعده نادرست است: {detail}.</translation>
    </message>
    <message>
        <source>“.” (this answer) can be used in a constraint, not in a relevance condition.</source>
        <translation>«.» (همین پاسخ) را در قید می‌توان به کار برد، نه در شرط نمایش.</translation>
    </message>
    <message>
        <source>The expression names “{name}”, which is not a question of this template.</source>
        <translation>عبارت به «{name}» اشاره می‌کند که پرسشی از این الگو نیست.</translation>
    </message>
    <message>
        <source>The expression names “{name}”, which comes later: conditions may only use earlier answers.</source>
        <translation>عبارت به «{name}» اشاره می‌کند که بعداً می‌آید: شرط‌ها فقط از پاسخ‌های پیشین استفاده می‌کنند.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>برگهٔ {sheet}، سطر {row}، ستون {column}: {problem}</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: {problem}</source>
        <translation>برگهٔ {sheet}، سطر {row}: {problem}</translation>
    </message>
    <message>
        <source>Sheet {sheet}: {problem}</source>
        <translation>برگهٔ {sheet}: {problem}</translation>
    </message>
    <message>
        <source>Answer yes, no or not applicable.</source>
        <translation>پاسخ بله، خیر یا «موضوعیت ندارد» است.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>امتیازی از ۱ تا ۵ انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>عدد وارد کنید.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» یکی از گزینه‌ها نیست.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Attach a photo or file with the Attach button.</source>
        <translation>عکس یا فایل را با دکمهٔ پیوست اضافه کنید.</translation>
    </message>
    <message>
        <source>This template has no question named “{name}”.</source>
        <translation>این الگو پرسشی به نام «{name}» ندارد.</translation>
    </message>
    <message>
        <source>Type a time of day such as 09:30.</source>
        <translation>ساعت را مانند ۰۹:۳۰ وارد کنید.</translation>
    </message>
    <message>
        <source>Type minutes, such as 12 or 7:30.</source>
        <translation>دقیقه را مانند ۱۲ یا ۷:۳۰ وارد کنید.</translation>
    </message>
    <message>
        <source>This answer is outside what the form allows.</source>
        <translation>این پاسخ خارج از محدودهٔ مجاز فرم است.</translation>
    </message>
    <message>
        <source>This question needs a photo (JPEG, PNG, WebP or HEIC).</source>
        <translation>این پرسش عکس می‌خواهد (JPEG، PNG، WebP یا HEIC).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB.</source>
        <translation>حجم فایل بیش از {limit_mb} مگابایت است.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.</source>
        <translation>فقط عکس (JPEG، PNG، WebP، HEIC) و فایل PDF را می‌توان پیوست کرد.</translation>
    </message>
    <message>
        <source>Choose a user whose role fills audits.</source>
        <translation>کاربری را انتخاب کنید که نقشش تکمیل بازرسی است.</translation>
    </message>
    <message>
        <source>The date window ends before it starts.</source>
        <translation>پایان بازهٔ زمانی پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>This visit is already done or cancelled.</source>
        <translation>این بازدید انجام یا لغو شده است.</translation>
    </message>
    <message>
        <source>This visit is assigned to another inspector.</source>
        <translation>این بازدید به بازرس دیگری سپرده شده است.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>این زمان در آینده است.</translation>
    </message>
    <message>
        <source>The visit cannot end before it started.</source>
        <translation>پایان بازدید نمی‌تواند پیش از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Record when the visit ended before finalising.</source>
        <translation>پیش از نهایی کردن، ساعت پایان بازدید را ثبت کنید.</translation>
    </message>
    <message>
        <source>The audit cannot be finalised yet: {count} answers are missing or outside what is allowed.</source>
        <translation>بازرسی هنوز نهایی نمی‌شود: {count} پاسخ وارد نشده یا خارج از محدودهٔ مجاز است.</translation>
    </message>
    <message>
        <source>Version {id} is already held with other content; a version never changes.</source>
        <translation>نسخهٔ {id} پیش‌تر با محتوای دیگری ثبت شده است؛ هیچ نسخه‌ای تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This audit has already been released to the dealership.</source>
        <translation>این بازرسی پیش‌تر برای نمایندگی منتشر شده است.</translation>
    </message>
    <message>
        <source>Choose an answered item of the report.</source>
        <translation>یکی از بندهای پاسخ‌داده‌شدهٔ گزارش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This item already has an appeal waiting for HQ.</source>
        <translation>برای این بند اعتراضی در انتظار بررسی ستاد هست.</translation>
    </message>
    <message>
        <source>HQ has already decided an appeal on this item.</source>
        <translation>ستاد دربارهٔ اعتراض این بند پیش‌تر تصمیم گرفته است.</translation>
    </message>
    <message>
        <source>This appeal has already been decided.</source>
        <translation>دربارهٔ این اعتراض پیش‌تر تصمیم گرفته شده است.</translation>
    </message>
    <message>
        <source>Choose to uphold or to reject the appeal.</source>
        <translation>پذیرش یا رد اعتراض را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A corrected answer can only come with an upheld appeal.</source>
        <translation>پاسخ اصلاحی فقط همراه با پذیرش اعتراض ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>بازرس</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Visit started</source>
        <translation>آغاز بازدید</translation>
    </message>
    <message>
        <source>Visit ended</source>
        <translation>پایان بازدید</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>دلیل تصمیم</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Corrected answer</source>
        <translation>پاسخ اصلاحی</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
</context>
</TS>

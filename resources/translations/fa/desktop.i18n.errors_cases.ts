<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>The attached file was not saved; attach it again.</source>
        <translation>پیوست ذخیره نشد؛ دوباره پیوست کنید.</translation>
    </message>
    <message>
        <source>The due date is before the letter's date.</source>
        <translation>مهلت پیش از تاریخ نامه است.</translation>
    </message>
    <message>
        <source>This tracking code has a typing error: its last character does not match. Check it on the receipt.</source>
        <translation>این کد رهگیری اشتباه تایپی دارد: نویسهٔ آخر آن نمی‌خواند. آن را از روی رسید دوباره بخوانید.</translation>
    </message>
    <message>
        <source>Type working hours as 08:00-16:00 (several with commas).</source>
        <translation>ساعات کاری را به شکل 08:00-16:00 بنویسید (چند بازه را با ویرگول جدا کنید).</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>پایان ساعت کاری باید پس از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Two spans of working hours overlap.</source>
        <translation>دو بازهٔ ساعت کاری هم‌پوشانی دارند.</translation>
    </message>
    <message>
        <source>The week needs at least one working day.</source>
        <translation>هفته دست‌کم یک روز کاری لازم دارد.</translation>
    </message>
    <message>
        <source>The warning must come before the due time.</source>
        <translation>هشدار باید پیش از موعد باشد.</translation>
    </message>
    <message>
        <source>A unit code has Latin letters, digits and underscores, e.g. paint_shop.</source>
        <translation>کد واحد از حروف لاتین، رقم و زیرخط تشکیل می‌شود، مانند paint_shop.</translation>
    </message>
    <message>
        <source>This case belongs to a vehicle segment that this person does not handle.</source>
        <translation>این پرونده مربوط به گروه خودرویی است که این فرد به آن رسیدگی نمی‌کند.</translation>
    </message>
    <message>
        <source>This person cannot handle cases.</source>
        <translation>این فرد اجازهٔ رسیدگی به پرونده ندارد.</translation>
    </message>
    <message>
        <source>This case is already registered.</source>
        <translation>این پرونده پیش‌تر ثبت شده است.</translation>
    </message>
    <message>
        <source>This case has not reached this computer yet.</source>
        <translation>این پرونده هنوز به این رایانه نرسیده است.</translation>
    </message>
    <message>
        <source>This version of Pishkhan does not know that step.</source>
        <translation>این نسخهٔ پیشخوان این اقدام را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>Only a case still with the first person the customer met can be answered on the spot.</source>
        <translation>تنها پرونده‌ای که هنوز نزد نخستین فرد پاسخ‌گو است در همان لحظه پاسخ داده می‌شود.</translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation>پرونده مختومه است؛ ابتدا آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>پرونده پیش‌تر مختومه شده است.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>تنها پروندهٔ مختومه بازگشایی می‌شود.</translation>
    </message>
    <message>
        <source>The customer has already been answered; it can no longer be escalated.</source>
        <translation>به مشتری پاسخ داده شده است؛ دیگر نمی‌توان پرونده را به سطح بالاتر ارجاع داد.</translation>
    </message>
    <message>
        <source>The case is waiting on the customer; record their reply first.</source>
        <translation>پرونده در انتظار مشتری است؛ ابتدا پاسخ او را ثبت کنید.</translation>
    </message>
    <message>
        <source>Someone else has just escalated this case.</source>
        <translation>هم‌اکنون فرد دیگری این پرونده را به سطح بالاتر ارجاع داده است.</translation>
    </message>
    <message>
        <source>A superior has been called to the counter; wait until they take the case over.</source>
        <translation>مافوق به باجه فراخوانده شده است؛ صبر کنید تا پرونده را به دست بگیرد.</translation>
    </message>
    <message>
        <source>The top level has decided; that decision is final.</source>
        <translation>بالاترین سطح تصمیم گرفته است؛ این تصمیم نهایی است.</translation>
    </message>
    <message>
        <source>The customer is not at a counter.</source>
        <translation>مشتری در باجه حضور ندارد.</translation>
    </message>
    <message>
        <source>Nobody has been called to the counter for this case.</source>
        <translation>برای این پرونده کسی به باجه فراخوانده نشده است.</translation>
    </message>
    <message>
        <source>The case has been escalated above your level; the person summoned decides now.</source>
        <translation>پرونده به سطحی بالاتر از شما ارجاع شده است؛ اکنون فرد فراخوانده‌شده تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>This is the top of the ladder: there is nobody higher to escalate to.</source>
        <translation>این بالاترین سطح است: سطح بالاتری برای ارجاع وجود ندارد.</translation>
    </message>
    <message>
        <source>A case in this state cannot be referred to a unit.</source>
        <translation>پرونده در این وضعیت به واحد ارجاع‌پذیر نیست.</translation>
    </message>
    <message>
        <source>This was already recorded.</source>
        <translation>این مورد پیش‌تر ثبت شده است.</translation>
    </message>
    <message>
        <source>That inquiry has already been answered or withdrawn.</source>
        <translation>این استعلام پیش‌تر پاسخ داده یا لغو شده است.</translation>
    </message>
    <message>
        <source>Some units have not answered yet; record their answers first.</source>
        <translation>برخی واحدها هنوز پاسخ نداده‌اند؛ ابتدا پاسخ آن‌ها را ثبت کنید.</translation>
    </message>
    <message>
        <source>The case is not waiting on the customer.</source>
        <translation>پرونده در انتظار مشتری نیست.</translation>
    </message>
    <message>
        <source>This case has no satisfaction call due.</source>
        <translation>برای این پرونده تماس رضایت‌سنجی در نوبت نیست.</translation>
    </message>
    <message>
        <source>Give the customer the answer first; only a withdrawal closes an unanswered case.</source>
        <translation>ابتدا به مشتری پاسخ دهید؛ پروندهٔ بی‌پاسخ تنها با انصراف مشتری بسته می‌شود.</translation>
    </message>
    <message>
        <source>An authority's case closes only after the formal reply letter is recorded.</source>
        <translation>پروندهٔ ارجاعی از مراجع تنها پس از ثبت نامهٔ پاسخ رسمی بسته می‌شود.</translation>
    </message>
    <message>
        <source>Only cases referred by an authority take a reply letter.</source>
        <translation>نامهٔ پاسخ فقط برای پرونده‌های ارجاعی از مراجع ثبت می‌شود.</translation>
    </message>
    <message>
        <source>The case is not past its due time.</source>
        <translation>پرونده هنوز از موعد نگذشته است.</translation>
    </message>
    <message>
        <source>You are already handling this case.</source>
        <translation>شما هم‌اکنون مسئول رسیدگی به این پرونده هستید.</translation>
    </message>
    <message>
        <source>Nothing was changed: choose the corrected values.</source>
        <translation>چیزی تغییر نکرد: مقدارهای درست را انتخاب کنید.</translation>
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
        <source>Customer's reply</source>
        <translation>پاسخ مشتری</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>نتیجهٔ تماس</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>میزان رضایت</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Reply letter number</source>
        <translation>شمارهٔ نامهٔ پاسخ</translation>
    </message>
    <message>
        <source>Reply letter date</source>
        <translation>تاریخ نامهٔ پاسخ</translation>
    </message>
    <message>
        <source>Reply letter text</source>
        <translation>متن نامهٔ پاسخ</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>مسئول رسیدگی</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات کاری</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>تاریخ تعطیلی</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>مناسبت تعطیلی</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>کد واحد</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>نام واحد</translation>
    </message>
    <message>
        <source>Business hours allowed</source>
        <translation>ساعت کاری مجاز</translation>
    </message>
    <message>
        <source>Warn hours before</source>
        <translation>ساعت هشدار پیش از موعد</translation>
    </message>
    <message>
        <source>Roles of the level</source>
        <translation>نقش‌های این سطح</translation>
    </message>
    <message>
        <source>Minutes to reach the counter</source>
        <translation>دقیقه تا رسیدن به باجه</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>سطوح ارجاع</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>نوع پرونده</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرای دریافت</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Vehicle segment</source>
        <translation>گروه خودرو</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Referring authority</source>
        <translation>مرجع ارجاع‌دهنده</translation>
    </message>
    <message>
        <source>Authority's name</source>
        <translation>نام مرجع</translation>
    </message>
    <message>
        <source>Authority's letter number</source>
        <translation>شمارهٔ نامهٔ مرجع</translation>
    </message>
    <message>
        <source>Authority's letter date</source>
        <translation>تاریخ نامهٔ مرجع</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>مشخصات پرونده</translation>
    </message>
</context>
</TS>

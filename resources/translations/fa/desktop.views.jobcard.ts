<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>JobCardDialog</name>
    <message>
        <source>Job card</source>
        <translation>کارت کار</translation>
    </message>
    <message>
        <source>Which car? Type a plate, VIN, national ID, mobile or name.</source>
        <translation>کدام خودرو؟ پلاک، شمارهٔ شاسی، کد ملی، شمارهٔ همراه یا نام را بنویسید.</translation>
    </message>
    <message>
        <source>km on the odometer now</source>
        <translation>کیلومتر فعلی کیلومترشمار</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>کیلومتر</translation>
    </message>
    <message>
        <source>What the customer asks for, in their words</source>
        <translation>درخواست مشتری، به بیان خودش</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Receive the car</source>
        <translation>پذیرش خودرو</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Work or part</source>
        <translation>شرح خدمات یا قطعه</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>شمارهٔ فنی</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit price (Rials)</source>
        <translation>فی (ریال)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Add labour</source>
        <translation>افزودن اجرت</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>افزودن قطعه</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>What the workshop found and did</source>
        <translation>آنچه تعمیرگاه یافت و انجام داد</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>گزارش تعمیرگاه</translation>
    </message>
    <message>
        <source>Odometer at hand-back</source>
        <translation>کیلومتر هنگام تحویل</translation>
    </message>
    <message>
        <source>Cancel job card…</source>
        <translation>لغو کارت کار…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Hand back and print the bill</source>
        <translation>تحویل خودرو و چاپ صورت‌حساب</translation>
    </message>
    <message>
        <source>Print the bill</source>
        <translation>چاپ صورت‌حساب</translation>
    </message>
    <message>
        <source>Job card {number}</source>
        <translation>کارت کار {number}</translation>
    </message>
    <message>
        <source>{number} · {status}
{customer} — {vehicle}
Received {when}, odometer {km} km</source>
        <translation>{number} · {status}
{customer} — {vehicle}
پذیرش: {when}، کیلومتر {km}</translation>
    </message>
    <message>
        <source>Value of the work {value} · covered by warranty and goodwill {covered} · VAT {rate}% {tax} · to pay {to_pay} Rials ({toman} Toman)</source>
        <translation>ارزش کل خدمات {value} · پوشش گارانتی و ارفاق {covered} · مالیات بر ارزش افزوده {rate}٪ {tax} · قابل پرداخت {to_pay} ریال ({toman} تومان)</translation>
    </message>
    <message>
        <source>Cancel job card</source>
        <translation>لغو کارت کار</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>دلیل لغو چیست؟</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>ردیف {line}: {message}</translation>
    </message>
</context>
</TS>

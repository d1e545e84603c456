<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Documents</name>
    <message>
        <source>{km} km</source>
        <translation>{km} کیلومتر</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>زمان پذیرش</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>زمان تحویل</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>شمارهٔ شاسی (VIN)</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>Odometer in</source>
        <translation>کیلومتر ورود</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>کیلومتر خروج</translation>
    </message>
    <message>
        <source>Work or part</source>
        <translation>شرح خدمات یا قطعه</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>فی</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Amounts in Rials. Shaded lines are not charged to you.</source>
        <translation>مبالغ به ریال است. ردیف‌های سایه‌دار از شما دریافت نمی‌شود.</translation>
    </message>
    <message>
        <source>Work done and parts</source>
        <translation>خدمات انجام‌شده و قطعات</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>جمع اجرت</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>جمع قطعات</translation>
    </message>
    <message>
        <source>Value of the work</source>
        <translation>ارزش کل خدمات</translation>
    </message>
    <message>
        <source>Covered by the warranty</source>
        <translation>تحت پوشش گارانتی</translation>
    </message>
    <message>
        <source>Covered by the dealership (goodwill)</source>
        <translation>ارفاق نمایندگی</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>سهم شما</translation>
    </message>
    <message>
        <source>VAT {rate}%</source>
        <translation>مالیات بر ارزش افزوده ({rate}٪)</translation>
    </message>
    <message>
        <source>To pay (Rials)</source>
        <translation>مبلغ قابل پرداخت (ریال)</translation>
    </message>
    <message>
        <source>To pay: {amount}, in words: {words}.</source>
        <translation>مبلغ قابل پرداخت: {amount}، به حروف: {words}.</translation>
    </message>
    <message>
        <source>You saved {amount} ({toman}): the work the warranty and the dealership paid for, with its VAT.</source>
        <translation>صرفه‌جویی شما: {amount} ({toman})؛ هزینهٔ خدماتی که گارانتی و نمایندگی پرداخت کرده‌اند، همراه با مالیات آن.</translation>
    </message>
    <message>
        <source>I received my vehicle and this bill.</source>
        <translation>خودرو و این صورت‌حساب را تحویل گرفتم.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>پذیرشگر خدمات</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>امضا و مهر</translation>
    </message>
    <message>
        <source>Service receipt no. {number}</source>
        <translation>صورت‌حساب خدمات شمارهٔ {number}</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>درخواست شما هنگام پذیرش</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>گزارش تعمیرگاه</translation>
    </message>
</context>
</TS>

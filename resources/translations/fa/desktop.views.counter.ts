<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CounterScreen</name>
    <message>
        <source>Name, national ID, mobile, VIN or its last 6 characters, plate, or tracking code</source>
        <translation>نام، کد ملی، موبایل، VIN یا ۶ نویسهٔ آخر آن، پلاک یا کد رهگیری</translation>
    </message>
    <message>
        <source>↓ results · Enter open · Ctrl+N new customer · Ctrl+R new case · F2 call next · Esc clear</source>
        <translation>↓ نتایج · Enter باز کردن · Ctrl+N مشتری جدید · Ctrl+R پروندهٔ جدید · F2 نوبت بعدی · Esc پاک کردن</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>مشتری جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>باز کردن (Enter)</translation>
    </message>
    <message>
        <source>New case (Ctrl+R)</source>
        <translation>پروندهٔ جدید (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 مورد پیدا شد</translation>
    </message>
    <message>
        <source>No customer found. Ctrl+N registers a new one with what you typed.</source>
        <translation>مشتری‌ای پیدا نشد. با Ctrl+N مشتری جدیدی با همین مشخصات ثبت کنید.</translation>
    </message>
    <message>
        <source>Find the customer first (or Ctrl+N for a new one).</source>
        <translation>ابتدا مشتری را پیدا کنید (یا با Ctrl+N مشتری جدید ثبت کنید).</translation>
    </message>
</context>
</TS>

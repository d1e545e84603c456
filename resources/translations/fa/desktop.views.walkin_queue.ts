<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>WalkinQueue</name>
    <message>
        <source>Walk-in queue</source>
        <translation>صف مراجعان حضوری</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>نوبت بعدی</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>فراخوان دوباره</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>غایب</translation>
    </message>
    <message>
        <source>Issue a ticket</source>
        <translation>صدور نوبت</translation>
    </message>
    <message>
        <source>Serving ticket %1</source>
        <translation>در حال پاسخ‌گویی به نوبت %1</translation>
    </message>
    <message>
        <source>No ticket called</source>
        <translation>نوبتی فراخوانده نشده</translation>
    </message>
    <message>
        <source>Ticket %1 · waiting %2</source>
        <translation>نوبت %1 · انتظار %2</translation>
    </message>
    <message>
        <source>Waiting: %1 · served today: %2 · no-shows: %3</source>
        <translation>در انتظار: %1 · پاسخ‌داده‌شدهٔ امروز: %2 · غایب: %3</translation>
    </message>
    <message>
        <source>average wait %1</source>
        <translation>میانگین انتظار %1</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>نوبت %1 صادر شد.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>Type a quantity such as 2 or 1.5 (at most two decimals).</source>
        <translation>مقدار را مانند ۲ یا ۱٫۵ بنویسید (حداکثر دو رقم اعشار).</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>مقدار باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>The quantity cannot be more than {maximum}.</source>
        <translation>مقدار نمی‌تواند بیشتر از {maximum} باشد.</translation>
    </message>
    <message>
        <source>That amount is too large; check the number of zeros.</source>
        <translation>این مبلغ بیش از حد بزرگ است؛ تعداد صفرها را بررسی کنید.</translation>
    </message>
    <message>
        <source>The VAT rate is a percentage between 0 and 100.</source>
        <translation>نرخ مالیات بر ارزش افزوده درصدی بین ۰ تا ۱۰۰ است.</translation>
    </message>
    <message>
        <source>There can be at most {maximum}.</source>
        <translation>حداکثر {maximum} مورد مجاز است.</translation>
    </message>
    <message>
        <source>This case has no response yet: respond to it before printing a reply letter.</source>
        <translation>این پرونده هنوز پاسخی ندارد؛ پیش از چاپ نامهٔ پاسخ، به آن پاسخ دهید.</translation>
    </message>
    <message>
        <source>This job card has not been issued yet, so it has no bill.</source>
        <translation>این کارت کار هنوز صادر نشده و صورت‌حسابی ندارد.</translation>
    </message>
    <message>
        <source>This job card has been issued; its bill cannot change.</source>
        <translation>این کارت کار صادر شده است و صورت‌حساب آن تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>This job card was cancelled.</source>
        <translation>این کارت کار لغو شده است.</translation>
    </message>
    <message>
        <source>Write the printer as network:IP-ADDRESS[:PORT], usb:VENDOR:PRODUCT (hexadecimal IDs) or file:PATH.</source>
        <translation>چاپگر را به یکی از این شکل‌ها بنویسید: network:IP-ADDRESS[:PORT] یا usb:VENDOR:PRODUCT (شناسه‌ها به مبنای شانزده) یا file:PATH.</translation>
    </message>
    <message>
        <source>Choose the printer&apos;s width: 384, 512, 576 or 640 dots.</source>
        <translation>عرض چاپگر را انتخاب کنید: ۳۸۴، ۵۱۲، ۵۷۶ یا ۶۴۰ نقطه.</translation>
    </message>
    <message>
        <source>The receipt printer does not answer ({target}). Is it switched on and connected to the network? The PDF is still available.</source>
        <translation>چاپگر رسید پاسخ نمی‌دهد ({target}). آیا روشن و به شبکه وصل است؟ فایل PDF همچنان در دسترس است.</translation>
    </message>
    <message>
        <source>The receipt printer was not found ({target}). Is it switched on and plugged in? The PDF is still available.</source>
        <translation>چاپگر رسید پیدا نشد ({target}). آیا روشن است و کابل آن وصل است؟ فایل PDF همچنان در دسترس است.</translation>
    </message>
    <message>
        <source>This PC cannot reach USB printers directly. Use the printer&apos;s device path or its network address.</source>
        <translation>این رایانه نمی‌تواند مستقیم با چاپگر USB کار کند. از مسیر دستگاه یا نشانی شبکهٔ چاپگر استفاده کنید.</translation>
    </message>
    <message>
        <source>The receipt printer stopped in the middle of printing. Check its paper and try again.</source>
        <translation>چاپگر رسید در میانهٔ چاپ متوقف شد. کاغذ آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The printer could not start printing. Check that it is chosen, switched on and has paper.</source>
        <translation>چاپگر نتوانست چاپ را آغاز کند. بررسی کنید که انتخاب شده، روشن است و کاغذ دارد.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another folder.</source>
        <translation>فایل ذخیره نشد ({detail}). پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in Settings, Printers; the PDF is still available.</source>
        <translation>هیچ چاپگر رسیدی تنظیم نشده است. در تنظیمات، بخش چاپگرها، یکی را انتخاب کنید؛ فایل PDF همچنان در دسترس است.</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>نوع ردیف</translation>
    </message>
    <message>
        <source>Work or part</source>
        <translation>شرح خدمات یا قطعه</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>فی</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>پرداخت‌کننده</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>شمارهٔ فنی قطعه</translation>
    </message>
    <message>
        <source>Work and parts</source>
        <translation>خدمات و قطعات</translation>
    </message>
    <message>
        <source>Odometer at reception</source>
        <translation>کیلومتر هنگام پذیرش</translation>
    </message>
    <message>
        <source>Odometer at hand-back</source>
        <translation>کیلومتر هنگام تحویل</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>درخواست مشتری</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>گزارش تعمیرگاه</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>خودرو</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نرخ مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <source>Printer width</source>
        <translation>عرض چاپگر</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص حقیقی</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>شخص حقوقی (سازمان)</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>نوع مشتری</translation>
    </message>
    <message>
        <source>Vehicle (optional)</source>
        <translation>خودرو (اختیاری)</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>باز کردن همان مشتری</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>کد ملی یکسان</translation>
    </message>
    <message>
        <source>same national company ID</source>
        <translation>شناسهٔ ملی یکسان</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>موبایل یکسان</translation>
    </message>
    <message>
        <source>same name and vehicle</source>
        <translation>نام و خودروی یکسان</translation>
    </message>
    <message>
        <source>Probably already on record:</source>
        <translation>احتمالاً قبلاً ثبت شده است:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>با این حال ذخیره شود</translation>
    </message>
    <message>
        <source>Vehicle already on record</source>
        <translation>خودرو قبلاً ثبت شده است</translation>
    </message>
    <message>
        <source>This vehicle is already registered to another customer. Transfer it to this customer (a change of owner after a sale)? The former owner stays on record.</source>
        <translation>این خودرو به نام مشتری دیگری ثبت شده است. آن را به این مشتری منتقل می‌کنید (تغییر مالک پس از فروش)؟ مالک قبلی در سوابق می‌ماند.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>نام سازمان</translation>
    </message>
    <message>
        <source>National company ID</source>
        <translation>شناسهٔ ملی</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>شخص رابط</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن ثابت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>شمارهٔ شاسی</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>شمارهٔ موتور</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>تاریخ تحویل</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>پایان گارانتی</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>گروه خودرو</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Add a vehicle for %1</source>
        <translation>افزودن خودرو برای %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Vehicle already on record</source>
        <translation>خودرو قبلاً ثبت شده است</translation>
    </message>
    <message>
        <source>This vehicle is already registered to another customer. Transfer it to this customer (a change of owner after a sale)? The former owner stays on record.</source>
        <translation>این خودرو به نام مشتری دیگری ثبت شده است. آن را به این مشتری منتقل می‌کنید (تغییر مالک پس از فروش)؟ مالک قبلی در سوابق می‌ماند.</translation>
    </message>
</context>
</TS>

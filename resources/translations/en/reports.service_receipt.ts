<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Documents</name>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Odometer in</source>
        <translation>Odometer in</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>Odometer out</translation>
    </message>
    <message>
        <source>Work or part</source>
        <translation>Work or part</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Amounts in Rials. Shaded lines are not charged to you.</source>
        <translation>Amounts in Rials. Shaded lines are not charged to you.</translation>
    </message>
    <message>
        <source>Work done and parts</source>
        <translation>Work done and parts</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Value of the work</source>
        <translation>Value of the work</translation>
    </message>
    <message>
        <source>Covered by the warranty</source>
        <translation>Covered by the warranty</translation>
    </message>
    <message>
        <source>Covered by the dealership (goodwill)</source>
        <translation>Covered by the dealership (goodwill)</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Your share</translation>
    </message>
    <message>
        <source>VAT {rate}%</source>
        <translation>VAT {rate}%</translation>
    </message>
    <message>
        <source>To pay (Rials)</source>
        <translation>To pay (Rials)</translation>
    </message>
    <message>
        <source>To pay: {amount}, in words: {words}.</source>
        <translation>To pay: {amount}, in words: {words}.</translation>
    </message>
    <message>
        <source>You saved {amount} ({toman}): the work the warranty and the dealership paid for, with its VAT.</source>
        <translation>You saved {amount} ({toman}): the work the warranty and the dealership paid for, with its VAT.</translation>
    </message>
    <message>
        <source>I received my vehicle and this bill.</source>
        <translation>I received my vehicle and this bill.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature and stamp</translation>
    </message>
    <message>
        <source>Service receipt no. {number}</source>
        <translation>Service receipt no. {number}</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Your request</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Workshop report</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>JobCardDialog</name>
    <message>
        <source>Job card</source>
        <translation>Job card</translation>
    </message>
    <message>
        <source>Which car? Type a plate, VIN, national ID, mobile or name.</source>
        <translation>Which car? Type a plate, VIN, national ID, mobile or name.</translation>
    </message>
    <message>
        <source>km on the odometer now</source>
        <translation>km on the odometer now</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>What the customer asks for, in their words</source>
        <translation>What the customer asks for, in their words</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Receive the car</source>
        <translation>Receive the car</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Work or part</source>
        <translation>Work or part</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price (Rials)</source>
        <translation>Unit price (Rials)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Add labour</source>
        <translation>Add labour</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Add part</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>What the workshop found and did</source>
        <translation>What the workshop found and did</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Workshop report</translation>
    </message>
    <message>
        <source>Odometer at hand-back</source>
        <translation>Odometer at hand-back</translation>
    </message>
    <message>
        <source>Cancel job card…</source>
        <translation>Cancel job card…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hand back and print the bill</source>
        <translation>Hand back and print the bill</translation>
    </message>
    <message>
        <source>Print the bill</source>
        <translation>Print the bill</translation>
    </message>
    <message>
        <source>Job card {number}</source>
        <translation>Job card {number}</translation>
    </message>
    <message>
        <source>{number} · {status}
{customer} — {vehicle}
Received {when}, odometer {km} km</source>
        <translation>{number} · {status}
{customer} — {vehicle}
Received {when}, odometer {km} km</translation>
    </message>
    <message>
        <source>Value of the work {value} · covered by warranty and goodwill {covered} · VAT {rate}% {tax} · to pay {to_pay} Rials ({toman} Toman)</source>
        <translation>Value of the work {value} · covered by warranty and goodwill {covered} · VAT {rate}% {tax} · to pay {to_pay} Rials ({toman} Toman)</translation>
    </message>
    <message>
        <source>Cancel job card</source>
        <translation>Cancel job card</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>Why is it cancelled?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
</context>
</TS>

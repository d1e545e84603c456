<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>A customer with this national ID is already on record: open that record instead.</source>
        <translation>A customer with this national ID is already on record: open that record instead.</translation>
    </message>
    <message>
        <source>An organisation with this national company ID is already on record: open it instead.</source>
        <translation>An organisation with this national company ID is already on record: open it instead.</translation>
    </message>
    <message>
        <source>This national ID is on record under another name; check the name or the number.</source>
        <translation>This national ID is on record under another name; check the name or the number.</translation>
    </message>
    <message>
        <source>This national company ID is on record under another name; check the name or the number.</source>
        <translation>This national company ID is on record under another name; check the name or the number.</translation>
    </message>
    <message>
        <source>This customer is probably already on record.</source>
        <translation>This customer is probably already on record.</translation>
    </message>
    <message>
        <source>Give the vehicle&apos;s VIN, chassis number or plate.</source>
        <translation>Give the vehicle&apos;s VIN, chassis number or plate.</translation>
    </message>
    <message>
        <source>The warranty cannot end before the delivery date.</source>
        <translation>The warranty cannot end before the delivery date.</translation>
    </message>
    <message>
        <source>This VIN is already registered to another customer: transfer the vehicle instead.</source>
        <translation>This VIN is already registered to another customer: transfer the vehicle instead.</translation>
    </message>
    <message>
        <source>This chassis number is already registered to another customer: transfer the vehicle instead.</source>
        <translation>This chassis number is already registered to another customer: transfer the vehicle instead.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>A record cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The vehicle already belongs to this customer.</source>
        <translation>The vehicle already belongs to this customer.</translation>
    </message>
    <message>
        <source>The transfer date is before the current owner received the vehicle ({since}).</source>
        <translation>The transfer date is before the current owner received the vehicle ({since}).</translation>
    </message>
    <message>
        <source>This customer is not on record.</source>
        <translation>This customer is not on record.</translation>
    </message>
    <message>
        <source>This vehicle is not on record.</source>
        <translation>This vehicle is not on record.</translation>
    </message>
    <message>
        <source>This vehicle does not belong to the customer.</source>
        <translation>This vehicle does not belong to the customer.</translation>
    </message>
    <message>
        <source>This is less than the vehicle&apos;s last recorded reading ({last} km); check the odometer.</source>
        <translation>This is less than the vehicle&apos;s last recorded reading ({last} km); check the odometer.</translation>
    </message>
    <message>
        <source>That odometer reading is not possible.</source>
        <translation>That odometer reading is not possible.</translation>
    </message>
    <message>
        <source>Only a question can be answered and closed on the spot; register the case instead.</source>
        <translation>Only a question can be answered and closed on the spot; register the case instead.</translation>
    </message>
    <message>
        <source>Ticket {number} has already been served or marked no-show.</source>
        <translation>Ticket {number} has already been served or marked no-show.</translation>
    </message>
    <message>
        <source>Ticket {number} has not been called to a counter yet.</source>
        <translation>Ticket {number} has not been called to a counter yet.</translation>
    </message>
    <message>
        <source>Use a CSV or XLSX file ({allowed}).</source>
        <translation>Use a CSV or XLSX file ({allowed}).</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text: save it again as “CSV UTF-8”.</source>
        <translation>The CSV file is not UTF-8 text: save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>The file has no header row.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another folder.</source>
        <translation>The file cannot be written there; choose another folder.</translation>
    </message>
    <message>
        <source>“{target}” is not a field that can be imported ({allowed}).</source>
        <translation>“{target}” is not a field that can be imported ({allowed}).</translation>
    </message>
    <message>
        <source>The file has no column named “{column}”.</source>
        <translation>The file has no column named “{column}”.</translation>
    </message>
    <message>
        <source>The file needs name columns ({columns}), or a mapping that says which columns hold them.</source>
        <translation>The file needs name columns ({columns}), or a mapping that says which columns hold them.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <source>Kind of customer</source>
        <translation>Kind of customer</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Find: name, national ID, mobile, VIN, plate, tracking code</source>
        <translation>Find: name, national ID, mobile, VIN, plate, tracking code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this one…</source>
        <translation>Merge a duplicate into this one…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 of %2 customers</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Choose the record to keep first.</source>
        <translation>Choose the record to keep first.</translation>
    </message>
    <message>
        <source>The duplicate of %1</source>
        <translation>The duplicate of %1</translation>
    </message>
    <message>
        <source>Merge the chosen record into %1? Its cases, vehicles and documents will show under %1, its missing details are filled in, and the merge is recorded under your name.</source>
        <translation>Merge the chosen record into %1? Its cases, vehicles and documents will show under %1, its missing details are filled in, and the merge is recorded under your name.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Exporting customers…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported: %3 new customers, %4 updated, %5 vehicles added, %6 already known.</source>
        <translation>%1 of %2 rows imported: %3 new customers, %4 updated, %5 vehicles added, %6 already known.</translation>
    </message>
    <message>
        <source>Rows not imported (correct them and import the file again):</source>
        <translation>Rows not imported (correct them and import the file again):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Choose the field each column holds; columns left as “Ignore” are not read.</source>
        <translation>Choose the field each column holds; columns left as “Ignore” are not read.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
</TS>

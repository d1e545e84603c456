<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>Customer is</translation>
    </message>
    <message>
        <source>Vehicle (optional)</source>
        <translation>Vehicle (optional)</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>Open that customer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>same national ID</translation>
    </message>
    <message>
        <source>same national company ID</source>
        <translation>same national company ID</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>same name and vehicle</source>
        <translation>same name and vehicle</translation>
    </message>
    <message>
        <source>Probably already on record:</source>
        <translation>Probably already on record:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Vehicle already on record</source>
        <translation>Vehicle already on record</translation>
    </message>
    <message>
        <source>This vehicle is already registered to another customer. Transfer it to this customer (a change of owner after a sale)? The former owner stays on record.</source>
        <translation>This vehicle is already registered to another customer. Transfer it to this customer (a change of owner after a sale)? The former owner stays on record.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>National company ID</source>
        <translation>National company ID</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Add a vehicle for %1</source>
        <translation>Add a vehicle for %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vehicle already on record</source>
        <translation>Vehicle already on record</translation>
    </message>
    <message>
        <source>This vehicle is already registered to another customer. Transfer it to this customer (a change of owner after a sale)? The former owner stays on record.</source>
        <translation>This vehicle is already registered to another customer. Transfer it to this customer (a change of owner after a sale)? The former owner stays on record.</translation>
    </message>
</context>
</TS>

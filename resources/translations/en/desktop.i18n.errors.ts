<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Only digits are allowed here.</source>
        <translation>Only digits are allowed here.</translation>
    </message>
    <message>
        <source>It must have exactly {expected} characters.</source>
        <translation>It must have exactly {expected} characters.</translation>
    </message>
    <message>
        <source>The check digit does not match: the number was probably mistyped.</source>
        <translation>The check digit does not match: the number was probably mistyped.</translation>
    </message>
    <message>
        <source>Not a mobile number: use 09xxxxxxxxx, +989... or 00989...</source>
        <translation>Not a mobile number: use 09xxxxxxxxx, +989... or 00989...</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Not a phone number.</translation>
    </message>
    <message>
        <source>A VIN has 17 letters and digits and never the letters I, O or Q.</source>
        <translation>A VIN has 17 letters and digits and never the letters I, O or Q.</translation>
    </message>
    <message>
        <source>A chassis number has 5 to 20 letters and digits.</source>
        <translation>A chassis number has 5 to 20 letters and digits.</translation>
    </message>
    <message>
        <source>Type the plate as two digits, a letter, three digits and the province code.</source>
        <translation>Type the plate as two digits, a letter, three digits and the province code.</translation>
    </message>
    <message>
        <source>Type an amount in Rials, digits only.</source>
        <translation>Type an amount in Rials, digits only.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>It cannot be negative.</translation>
    </message>
    <message>
        <source>Type a date as 1405/09/03 or 2026-11-24.</source>
        <translation>Type a date as 1405/09/03 or 2026-11-24.</translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation>That date does not exist.</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>A user name has no spaces.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>That user name is already taken.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>The password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>A counter with that number already exists.</source>
        <translation>A counter with that number already exists.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>A dealership code has 2 to 10 letters and digits.</source>
        <translation>A dealership code has 2 to 10 letters and digits.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>This database is already set up.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a few minutes.</source>
        <translation>Too many wrong tries: this account is locked for a few minutes.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>This user has no PIN; set one in Settings first.</source>
        <translation>This user has no PIN; set one in Settings first.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>This database has no dealership yet: run the set-up first.</source>
        <translation>This database has no dealership yet: run the set-up first.</translation>
    </message>
    <message>
        <source>Pishkhan is already open on this database (in another window or program).</source>
        <translation>Pishkhan is already open on this database (in another window or program).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Pishkhan. Install that version; the database has not been touched.</source>
        <translation>This database was written by a newer version of Pishkhan. Install that version; the database has not been touched.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved this time.</source>
        <translation>The disk is full. Free some space; nothing was saved this time.</translation>
    </message>
    <message>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>The database file is read-only; nothing was saved.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>The database is busy; try again in a moment.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup from Settings.</source>
        <translation>The database file is damaged. Restore the newest backup from Settings.</translation>
    </message>
    <message>
        <source>The database could not be written.</source>
        <translation>The database could not be written.</translation>
    </message>
    <message>
        <source>This step is not allowed now.</source>
        <translation>This step is not allowed now.</translation>
    </message>
    <message>
        <source>Too long: at most {maximum} characters.</source>
        <translation>Too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>Choose a number from {minimum} to {maximum}.</source>
        <translation>Choose a number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>Not one of the choices offered.</source>
        <translation>Not one of the choices offered.</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>National company ID</source>
        <translation>National company ID</translation>
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
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dealership code</source>
        <translation>Dealership code</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>Dealership name</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
</context>
</TS>

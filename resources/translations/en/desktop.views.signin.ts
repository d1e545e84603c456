<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SignInScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Sign in to Pishkhan</source>
        <translation>Sign in to Pishkhan</translation>
    </message>
    <message>
        <source>%1 was working here. Type the password to go on.</source>
        <translation>%1 was working here. Type the password to go on.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Demo dealership: sign in as %1; the password is %2 and the PIN %3.</source>
        <translation>Demo dealership: sign in as %1; the password is %2 and the PIN %3.</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message>
        <source>%1 tries left before the account is locked.</source>
        <translation>%1 tries left before the account is locked.</translation>
    </message>
</context>
</TS>

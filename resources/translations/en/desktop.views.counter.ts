<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounterScreen</name>
    <message>
        <source>Name, national ID, mobile, VIN or its last 6 characters, plate, or tracking code</source>
        <translation>Name, national ID, mobile, VIN or its last 6 characters, plate, or tracking code</translation>
    </message>
    <message>
        <source>↓ results · Enter open · Ctrl+N new customer · Ctrl+R new case · F2 call next · Esc clear</source>
        <translation>↓ results · Enter open · Ctrl+N new customer · Ctrl+R new case · F2 call next · Esc clear</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>New customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>New case (Ctrl+R)</source>
        <translation>New case (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>No customer found. Ctrl+N registers a new one with what you typed.</source>
        <translation>No customer found. Ctrl+N registers a new one with what you typed.</translation>
    </message>
    <message>
        <source>Find the customer first (or Ctrl+N for a new one).</source>
        <translation>Find the customer first (or Ctrl+N for a new one).</translation>
    </message>
</context>
</TS>

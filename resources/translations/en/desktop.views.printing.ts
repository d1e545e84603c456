<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Print on the 80 mm receipt printer set up in Settings</source>
        <translation>Print on the 80 mm receipt printer set up in Settings</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>Pages: {pages}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Sent to the printer ({pages} pages).</source>
        <translation>Sent to the printer ({pages} pages).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>Sending to the receipt printer…</source>
        <translation>Sending to the receipt printer…</translation>
    </message>
    <message>
        <source>Printed on the receipt printer.</source>
        <translation>Printed on the receipt printer.</translation>
    </message>
    <message>
        <source>The document is still here: print it another way or save it as PDF.</source>
        <translation>The document is still here: print it another way or save it as PDF.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>Type a quantity such as 2 or 1.5 (at most two decimals).</source>
        <translation>Type a quantity such as 2 or 1.5 (at most two decimals).</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>The quantity cannot be more than {maximum}.</source>
        <translation>The quantity cannot be more than {maximum}.</translation>
    </message>
    <message>
        <source>That amount is too large; check the number of zeros.</source>
        <translation>That amount is too large; check the number of zeros.</translation>
    </message>
    <message>
        <source>The VAT rate is a percentage between 0 and 100.</source>
        <translation>The VAT rate is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>There can be at most {maximum}.</source>
        <translation>There can be at most {maximum}.</translation>
    </message>
    <message>
        <source>This case has no response yet: respond to it before printing a reply letter.</source>
        <translation>This case has no response yet: respond to it before printing a reply letter.</translation>
    </message>
    <message>
        <source>This job card has not been issued yet, so it has no bill.</source>
        <translation>This job card has not been issued yet, so it has no bill.</translation>
    </message>
    <message>
        <source>This job card has been issued; its bill cannot change.</source>
        <translation>This job card has been issued; its bill cannot change.</translation>
    </message>
    <message>
        <source>This job card was cancelled.</source>
        <translation>This job card was cancelled.</translation>
    </message>
    <message>
        <source>Write the printer as network:IP-ADDRESS[:PORT], usb:VENDOR:PRODUCT (hexadecimal IDs) or file:PATH.</source>
        <translation>Write the printer as network:IP-ADDRESS[:PORT], usb:VENDOR:PRODUCT (hexadecimal IDs) or file:PATH.</translation>
    </message>
    <message>
        <source>Choose the printer&apos;s width: 384, 512, 576 or 640 dots.</source>
        <translation>Choose the printer&apos;s width: 384, 512, 576 or 640 dots.</translation>
    </message>
    <message>
        <source>The receipt printer does not answer ({target}). Is it switched on and connected to the network? The PDF is still available.</source>
        <translation>The receipt printer does not answer ({target}). Is it switched on and connected to the network? The PDF is still available.</translation>
    </message>
    <message>
        <source>The receipt printer was not found ({target}). Is it switched on and plugged in? The PDF is still available.</source>
        <translation>The receipt printer was not found ({target}). Is it switched on and plugged in? The PDF is still available.</translation>
    </message>
    <message>
        <source>This PC cannot reach USB printers directly. Use the printer&apos;s device path or its network address.</source>
        <translation>This PC cannot reach USB printers directly. Use the printer&apos;s device path or its network address.</translation>
    </message>
    <message>
        <source>The receipt printer stopped in the middle of printing. Check its paper and try again.</source>
        <translation>The receipt printer stopped in the middle of printing. Check its paper and try again.</translation>
    </message>
    <message>
        <source>The printer could not start printing. Check that it is chosen, switched on and has paper.</source>
        <translation>The printer could not start printing. Check that it is chosen, switched on and has paper.</translation>
    </message>
    <message>
        <source>The file could not be saved ({detail}). Choose another folder.</source>
        <translation>The file could not be saved ({detail}). Choose another folder.</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in Settings, Printers; the PDF is still available.</source>
        <translation>No receipt printer is set up. Choose one in Settings, Printers; the PDF is still available.</translation>
    </message>
    <message>
        <source>Kind of line</source>
        <translation>Kind of line</translation>
    </message>
    <message>
        <source>Work or part</source>
        <translation>Work or part</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>Work and parts</source>
        <translation>Work and parts</translation>
    </message>
    <message>
        <source>Odometer at reception</source>
        <translation>Odometer at reception</translation>
    </message>
    <message>
        <source>Odometer at hand-back</source>
        <translation>Odometer at hand-back</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Workshop report</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Printer width</source>
        <translation>Printer width</translation>
    </message>
</context>
</TS>

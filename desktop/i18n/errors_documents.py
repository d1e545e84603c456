"""Messages of the error codes of printed documents, printers and job cards."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "quantity_format": QT_TRANSLATE_NOOP(
        "Errors", "Type a quantity such as 2 or 1.5 (at most two decimals)."
    ),
    "quantity_positive": QT_TRANSLATE_NOOP("Errors", "The quantity must be more than zero."),
    "quantity_range": QT_TRANSLATE_NOOP("Errors", "The quantity cannot be more than {maximum}."),
    "amount_range": QT_TRANSLATE_NOOP("Errors", "That amount is too large; check the number of zeros."),
    "tax_rate_range": QT_TRANSLATE_NOOP("Errors", "The VAT rate is a percentage between 0 and 100."),
    "too_many": QT_TRANSLATE_NOOP("Errors", "There can be at most {maximum}."),
    "no_response_yet": QT_TRANSLATE_NOOP(
        "Errors", "This case has no response yet: respond to it before printing a reply letter."
    ),
    "jobcard_open": QT_TRANSLATE_NOOP("Errors", "This job card has not been issued yet, so it has no bill."),
    "jobcard_issued": QT_TRANSLATE_NOOP("Errors", "This job card has been issued; its bill cannot change."),
    "jobcard_cancelled": QT_TRANSLATE_NOOP("Errors", "This job card was cancelled."),
    "printer_setting_format": QT_TRANSLATE_NOOP(
        "Errors",
        "Write the printer as network:IP-ADDRESS[:PORT], usb:VENDOR:PRODUCT (hexadecimal IDs) or file:PATH.",
    ),
    "printer_width": QT_TRANSLATE_NOOP("Errors", "Choose the printer's width: 384, 512, 576 or 640 dots."),
    "printer_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The receipt printer does not answer ({target}). Is it switched on and connected to the network?"
        " The PDF is still available.",
    ),
    "printer_not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "The receipt printer was not found ({target}). Is it switched on and plugged in?"
        " The PDF is still available.",
    ),
    "printer_usb_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "This PC cannot reach USB printers directly. Use the printer's device path or its network address.",
    ),
    "printer_failed": QT_TRANSLATE_NOOP(
        "Errors", "The receipt printer stopped in the middle of printing. Check its paper and try again."
    ),
    "print_failed": QT_TRANSLATE_NOOP(
        "Errors", "The printer could not start printing. Check that it is chosen, switched on and has paper."
    ),
    "save_failed": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be saved ({detail}). Choose another folder."
    ),
    "printer_not_set": QT_TRANSLATE_NOOP(
        "Errors",
        "No receipt printer is set up. Choose one in Settings, Printers; the PDF is still available.",
    ),
}

FIELDS: dict[str, str] = {
    "line_kind": QT_TRANSLATE_NOOP("Errors", "Kind of line"),
    "line_description": QT_TRANSLATE_NOOP("Errors", "Work or part"),
    "quantity": QT_TRANSLATE_NOOP("Errors", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("Errors", "Unit price"),
    "payer": QT_TRANSLATE_NOOP("Errors", "Paid by"),
    "part_code": QT_TRANSLATE_NOOP("Errors", "Part number"),
    "lines": QT_TRANSLATE_NOOP("Errors", "Work and parts"),
    "odometer_in": QT_TRANSLATE_NOOP("Errors", "Odometer at reception"),
    "odometer_out": QT_TRANSLATE_NOOP("Errors", "Odometer at hand-back"),
    "request": QT_TRANSLATE_NOOP("Errors", "Customer's request"),
    "work_done": QT_TRANSLATE_NOOP("Errors", "Workshop report"),
    "vehicle": QT_TRANSLATE_NOOP("Errors", "Vehicle"),
    "vat_rate_percent": QT_TRANSLATE_NOOP("Errors", "VAT rate"),
    "thermal_printer": QT_TRANSLATE_NOOP("Errors", "Receipt printer"),
    "thermal_width_dots": QT_TRANSLATE_NOOP("Errors", "Printer width"),
}

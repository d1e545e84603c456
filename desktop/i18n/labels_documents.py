"""Display names of the codes printed documents and job cards use."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    "bill_line": {
        "labour": QT_TRANSLATE_NOOP("Labels", "Labour"),
        "part": QT_TRANSLATE_NOOP("Labels", "Part"),
    },
    "payer": {
        "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
        "warranty": QT_TRANSLATE_NOOP("Labels", "Warranty"),
        "goodwill": QT_TRANSLATE_NOOP("Labels", "Goodwill"),
    },
    "jobcard_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "issued": QT_TRANSLATE_NOOP("Labels", "Issued"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "receipt_layout": {
        "a5": QT_TRANSLATE_NOOP("Labels", "A5 sheet"),
        "80mm": QT_TRANSLATE_NOOP("Labels", "80 mm thermal roll"),
    },
    "printer_connection": {
        "none": QT_TRANSLATE_NOOP("Labels", "No receipt printer"),
        "network": QT_TRANSLATE_NOOP("Labels", "Network (IP address)"),
        "usb": QT_TRANSLATE_NOOP("Labels", "USB (vendor and product ID)"),
        "file": QT_TRANSLATE_NOOP("Labels", "Device or file path"),
    },
    # What happened in a case, as the case history prints it.
    "case_event": {
        "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
        "note_added": QT_TRANSLATE_NOOP("Labels", "Note"),
        "attachment_added": QT_TRANSLATE_NOOP("Labels", "Document attached"),
        "resolved_at_first_contact": QT_TRANSLATE_NOOP("Labels", "Answered at first contact"),
        "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
        "supervisor_arrived": QT_TRANSLATE_NOOP("Labels", "Superior arrived at the counter"),
        "referred": QT_TRANSLATE_NOOP("Labels", "Referred to a unit"),
        "inquiry_answered": QT_TRANSLATE_NOOP("Labels", "Unit answered"),
        "responded": QT_TRANSLATE_NOOP("Labels", "Response given"),
        "customer_notified": QT_TRANSLATE_NOOP("Labels", "Customer informed"),
        "happy_call": QT_TRANSLATE_NOOP("Labels", "Satisfaction call"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
        "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
    },
}

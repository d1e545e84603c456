"""Display names of the counter's codes: satisfaction scores, import fields, lookup matches."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS = {
    "satisfaction": {
        "5": QT_TRANSLATE_NOOP("Labels", "Very satisfied"),
        "4": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
        "3": QT_TRANSLATE_NOOP("Labels", "Neither satisfied nor dissatisfied"),
        "2": QT_TRANSLATE_NOOP("Labels", "Dissatisfied"),
        "1": QT_TRANSLATE_NOOP("Labels", "Very dissatisfied"),
    },
    "customer_kind": {
        "person": QT_TRANSLATE_NOOP("Labels", "Person"),
        "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    },
    "ticket_status": {
        "waiting": QT_TRANSLATE_NOOP("Labels", "Waiting"),
        "called": QT_TRANSLATE_NOOP("Labels", "Called"),
        "done": QT_TRANSLATE_NOOP("Labels", "Served"),
        "no_show": QT_TRANSLATE_NOOP("Labels", "No-show"),
    },
    "matched_by": {
        "national_id": QT_TRANSLATE_NOOP("Labels", "National ID"),
        "company_id": QT_TRANSLATE_NOOP("Labels", "National company ID"),
        "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone number"),
        "vin": QT_TRANSLATE_NOOP("Labels", "VIN"),
        "chassis": QT_TRANSLATE_NOOP("Labels", "Chassis number"),
        "plate": QT_TRANSLATE_NOOP("Labels", "Plate"),
        "tracking_code": QT_TRANSLATE_NOOP("Labels", "Tracking code"),
        "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    },
    # The columns of an import file (the mapping dialog names them so).
    "import_field": {
        "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
        "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
        "national_id": QT_TRANSLATE_NOOP("Labels", "National ID"),
        "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone number"),
        "city": QT_TRANSLATE_NOOP("Labels", "City"),
        "address": QT_TRANSLATE_NOOP("Labels", "Address"),
        "vin": QT_TRANSLATE_NOOP("Labels", "VIN"),
        "chassis": QT_TRANSLATE_NOOP("Labels", "Chassis number"),
        "plate": QT_TRANSLATE_NOOP("Labels", "Plate"),
        "model": QT_TRANSLATE_NOOP("Labels", "Model"),
        "segment": QT_TRANSLATE_NOOP("Labels", "Segment"),
        "engine_no": QT_TRANSLATE_NOOP("Labels", "Engine number"),
        "colour": QT_TRANSLATE_NOOP("Labels", "Colour"),
        "delivered_on": QT_TRANSLATE_NOOP("Labels", "Delivery date"),
        "warranty_end": QT_TRANSLATE_NOOP("Labels", "Warranty end"),
        "kind": QT_TRANSLATE_NOOP("Labels", "Kind (person or organisation)"),
        "company_name": QT_TRANSLATE_NOOP("Labels", "Organisation name"),
        "company_id": QT_TRANSLATE_NOOP("Labels", "National company ID"),
        "contact_person": QT_TRANSLATE_NOOP("Labels", "Contact person"),
    },
}

"""Messages of the customer, vehicle (odometer too), lookup, queue and import/export error codes."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES = {
    "national_id_taken": QT_TRANSLATE_NOOP(
        "Errors", "A customer with this national ID is already on record: open that record instead."
    ),
    "company_id_taken": QT_TRANSLATE_NOOP(
        "Errors", "An organisation with this national company ID is already on record: open it instead."
    ),
    "national_id_other_name": QT_TRANSLATE_NOOP(
        "Errors", "This national ID is on record under another name; check the name or the number."
    ),
    "company_id_other_name": QT_TRANSLATE_NOOP(
        "Errors", "This national company ID is on record under another name; check the name or the number."
    ),
    "likely_duplicate": QT_TRANSLATE_NOOP("Errors", "This customer is probably already on record."),
    "vehicle_identifier_required": QT_TRANSLATE_NOOP(
        "Errors", "Give the vehicle's VIN, chassis number or plate."
    ),
    "before_delivery": QT_TRANSLATE_NOOP("Errors", "The warranty cannot end before the delivery date."),
    "vin_taken": QT_TRANSLATE_NOOP(
        "Errors", "This VIN is already registered to another customer: transfer the vehicle instead."
    ),
    "chassis_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "This chassis number is already registered to another customer: transfer the vehicle instead.",
    ),
    "merge_same_customer": QT_TRANSLATE_NOOP("Errors", "A record cannot be merged into itself."),
    "same_owner": QT_TRANSLATE_NOOP("Errors", "The vehicle already belongs to this customer."),
    "before_last_owner": QT_TRANSLATE_NOOP(
        "Errors", "The transfer date is before the current owner received the vehicle ({since})."
    ),
    "unknown_customer": QT_TRANSLATE_NOOP("Errors", "This customer is not on record."),
    "unknown_vehicle": QT_TRANSLATE_NOOP("Errors", "This vehicle is not on record."),
    "not_customers_vehicle": QT_TRANSLATE_NOOP("Errors", "This vehicle does not belong to the customer."),
    "odometer_lower": QT_TRANSLATE_NOOP(
        "Errors", "This is less than the vehicle's last recorded reading ({last} km); check the odometer."
    ),
    "odometer_range": QT_TRANSLATE_NOOP("Errors", "That odometer reading is not possible."),
    "answer_only_questions": QT_TRANSLATE_NOOP(
        "Errors", "Only a question can be answered and closed on the spot; register the case instead."
    ),
    "ticket_closed": QT_TRANSLATE_NOOP(
        "Errors", "Ticket {number} has already been served or marked no-show."
    ),
    "ticket_not_called": QT_TRANSLATE_NOOP("Errors", "Ticket {number} has not been called to a counter yet."),
    "file_format": QT_TRANSLATE_NOOP("Errors", "Use a CSV or XLSX file ({allowed})."),
    "file_encoding": QT_TRANSLATE_NOOP(
        "Errors", "The CSV file is not UTF-8 text: save it again as “CSV UTF-8”."
    ),
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read."),
    "file_empty": QT_TRANSLATE_NOOP("Errors", "The file has no header row."),
    "file_unwritable": QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be written there; choose another folder."
    ),
    "unknown_target": QT_TRANSLATE_NOOP(
        "Errors", "“{target}” is not a field that can be imported ({allowed})."
    ),
    "unknown_column": QT_TRANSLATE_NOOP("Errors", "The file has no column named “{column}”."),
    "missing_columns": QT_TRANSLATE_NOOP(
        "Errors", "The file needs name columns ({columns}), or a mapping that says which columns hold them."
    ),
}

FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("Errors", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Errors", "Last name"),
    "company_name": QT_TRANSLATE_NOOP("Errors", "Organisation name"),
    "contact_person": QT_TRANSLATE_NOOP("Errors", "Contact person"),
    "city": QT_TRANSLATE_NOOP("Errors", "City"),
    "address": QT_TRANSLATE_NOOP("Errors", "Address"),
    "engine_no": QT_TRANSLATE_NOOP("Errors", "Engine number"),
    "model": QT_TRANSLATE_NOOP("Errors", "Model"),
    "colour": QT_TRANSLATE_NOOP("Errors", "Colour"),
    "odometer": QT_TRANSLATE_NOOP("Errors", "Odometer"),
    "delivered_on": QT_TRANSLATE_NOOP("Errors", "Delivery date"),
    "warranty_end": QT_TRANSLATE_NOOP("Errors", "Warranty end"),
    "kind": QT_TRANSLATE_NOOP("Errors", "Kind of customer"),
    "map": QT_TRANSLATE_NOOP("Errors", "Column mapping"),
    "file": QT_TRANSLATE_NOOP("Errors", "File"),
    "counter": QT_TRANSLATE_NOOP("Errors", "Counter"),
}

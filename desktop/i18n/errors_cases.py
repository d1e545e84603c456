"""Messages of case handling's refusal and validation codes (context "Errors")."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # Input (codes several features share, such as too_long, are in desktop/i18n/errors.py).
    "not_stored": QT_TRANSLATE_NOOP("Errors", "The attached file was not saved; attach it again."),
    "due_before_letter": QT_TRANSLATE_NOOP("Errors", "The due date is before the letter's date."),
    "tracking_code_mistyped": QT_TRANSLATE_NOOP(
        "Errors",
        "This tracking code has a typing error: its last character does not match. Check it on the receipt.",
    ),
    "hours_format": QT_TRANSLATE_NOOP("Errors", "Type working hours as 08:00-16:00 (several with commas)."),
    "hours_order": QT_TRANSLATE_NOOP("Errors", "Working hours must end after they start."),
    "hours_overlap": QT_TRANSLATE_NOOP("Errors", "Two spans of working hours overlap."),
    "no_working_time": QT_TRANSLATE_NOOP("Errors", "The week needs at least one working day."),
    "warn_before_due": QT_TRANSLATE_NOOP("Errors", "The warning must come before the due time."),
    "unit_code_format": QT_TRANSLATE_NOOP(
        "Errors", "A unit code has Latin letters, digits and underscores, e.g. paint_shop."
    ),
    "segment_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "This case belongs to a vehicle segment that this person does not handle."
    ),
    "cannot_handle": QT_TRANSLATE_NOOP("Errors", "This person cannot handle cases."),
    # Refused steps: why the case cannot do this now.
    "already_registered": QT_TRANSLATE_NOOP("Errors", "This case is already registered."),
    "no_such_case": QT_TRANSLATE_NOOP("Errors", "This case has not reached this computer yet."),
    "unknown_kind": QT_TRANSLATE_NOOP("Errors", "This version of Pishkhan does not know that step."),
    "not_first_contact": QT_TRANSLATE_NOOP(
        "Errors", "Only a case still with the first person the customer met can be answered on the spot."
    ),
    "closed": QT_TRANSLATE_NOOP("Errors", "The case is closed; reopen it first."),
    "already_closed": QT_TRANSLATE_NOOP("Errors", "The case is already closed."),
    "not_closed": QT_TRANSLATE_NOOP("Errors", "Only a closed case can be reopened."),
    "answered": QT_TRANSLATE_NOOP(
        "Errors", "The customer has already been answered; it can no longer be escalated."
    ),
    "waiting_on_customer": QT_TRANSLATE_NOOP(
        "Errors", "The case is waiting on the customer; record their reply first."
    ),
    "already_escalated": QT_TRANSLATE_NOOP("Errors", "Someone else has just escalated this case."),
    "awaiting_arrival": QT_TRANSLATE_NOOP(
        "Errors", "A superior has been called to the counter; wait until they take the case over."
    ),
    "decision_final": QT_TRANSLATE_NOOP("Errors", "The top level has decided; that decision is final."),
    "not_at_counter": QT_TRANSLATE_NOOP("Errors", "The customer is not at a counter."),
    "no_summons": QT_TRANSLATE_NOOP("Errors", "Nobody has been called to the counter for this case."),
    "not_your_level": QT_TRANSLATE_NOOP(
        "Errors", "The case has been escalated above your level; the person summoned decides now."
    ),
    "top_level": QT_TRANSLATE_NOOP(
        "Errors", "This is the top of the ladder: there is nobody higher to escalate to."
    ),
    "not_referable": QT_TRANSLATE_NOOP("Errors", "A case in this state cannot be referred to a unit."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "This was already recorded."),
    "no_open_referral": QT_TRANSLATE_NOOP("Errors", "That inquiry has already been answered or withdrawn."),
    "referrals_open": QT_TRANSLATE_NOOP(
        "Errors", "Some units have not answered yet; record their answers first."
    ),
    "not_waiting": QT_TRANSLATE_NOOP("Errors", "The case is not waiting on the customer."),
    "no_happy_call_due": QT_TRANSLATE_NOOP("Errors", "This case has no satisfaction call due."),
    "not_responded": QT_TRANSLATE_NOOP(
        "Errors", "Give the customer the answer first; only a withdrawal closes an unanswered case."
    ),
    "reply_letter_required": QT_TRANSLATE_NOOP(
        "Errors", "An authority's case closes only after the formal reply letter is recorded."
    ),
    "not_authority": QT_TRANSLATE_NOOP("Errors", "Only cases referred by an authority take a reply letter."),
    "not_overdue": QT_TRANSLATE_NOOP("Errors", "The case is not past its due time."),
    "already_yours": QT_TRANSLATE_NOOP("Errors", "You are already handling this case."),
    "nothing_changed": QT_TRANSLATE_NOOP("Errors", "Nothing was changed: choose the corrected values."),
}

FIELDS: dict[str, str] = {
    "comment": QT_TRANSLATE_NOOP("Errors", "Comment"),
    "unit": QT_TRANSLATE_NOOP("Errors", "Unit"),
    "inquiry": QT_TRANSLATE_NOOP("Errors", "Inquiry"),
    "answer": QT_TRANSLATE_NOOP("Errors", "Answer"),
    "method": QT_TRANSLATE_NOOP("Errors", "How the customer was told"),
    "question": QT_TRANSLATE_NOOP("Errors", "What we wait for"),
    "reply": QT_TRANSLATE_NOOP("Errors", "Customer's reply"),
    "reach": QT_TRANSLATE_NOOP("Errors", "Call result"),
    "satisfaction": QT_TRANSLATE_NOOP("Errors", "Satisfaction"),
    "resolution": QT_TRANSLATE_NOOP("Errors", "Outcome"),
    "reply_letter_no": QT_TRANSLATE_NOOP("Errors", "Reply letter number"),
    "reply_letter_date": QT_TRANSLATE_NOOP("Errors", "Reply letter date"),
    "reply_letter_text": QT_TRANSLATE_NOOP("Errors", "Reply letter text"),
    "assignee": QT_TRANSLATE_NOOP("Errors", "Handler"),
    "working_hours": QT_TRANSLATE_NOOP("Errors", "Working hours"),
    "holiday_date": QT_TRANSLATE_NOOP("Errors", "Holiday date"),
    "holiday_name": QT_TRANSLATE_NOOP("Errors", "Holiday name"),
    "unit_code": QT_TRANSLATE_NOOP("Errors", "Unit code"),
    "unit_name": QT_TRANSLATE_NOOP("Errors", "Unit name"),
    "sla_hours": QT_TRANSLATE_NOOP("Errors", "Business hours allowed"),
    "sla_warn_hours": QT_TRANSLATE_NOOP("Errors", "Warn hours before"),
    "ladder_roles": QT_TRANSLATE_NOOP("Errors", "Roles of the level"),
    "arrival_minutes": QT_TRANSLATE_NOOP("Errors", "Minutes to reach the counter"),
    "ladder_preset": QT_TRANSLATE_NOOP("Errors", "Ladder"),
    "level": QT_TRANSLATE_NOOP("Errors", "Level"),
    "case_type": QT_TRANSLATE_NOOP("Errors", "Case type"),
    "channel": QT_TRANSLATE_NOOP("Errors", "Channel"),
    "priority": QT_TRANSLATE_NOOP("Errors", "Priority"),
    "segment": QT_TRANSLATE_NOOP("Errors", "Vehicle segment"),
    "customer": QT_TRANSLATE_NOOP("Errors", "Customer"),
    "authority": QT_TRANSLATE_NOOP("Errors", "Referring authority"),
    "authority_name": QT_TRANSLATE_NOOP("Errors", "Authority's name"),
    "authority_letter_no": QT_TRANSLATE_NOOP("Errors", "Authority's letter number"),
    "authority_letter_date": QT_TRANSLATE_NOOP("Errors", "Authority's letter date"),
    "authority_due_date": QT_TRANSLATE_NOOP("Errors", "Due date"),
    "note": QT_TRANSLATE_NOOP("Errors", "Note"),
    "classification": QT_TRANSLATE_NOOP("Errors", "Case details"),
}

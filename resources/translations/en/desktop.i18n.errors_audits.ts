<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>The template was refused: {count} problems were found.</source>
        <translation>The template was refused: {count} problems were found.</translation>
    </message>
    <message>
        <source>The file cannot be read as an XLSForm spreadsheet or JSON ({detail}).</source>
        <translation>The file cannot be read as an XLSForm spreadsheet or JSON ({detail}).</translation>
    </message>
    <message>
        <source>This JSON is not a template: it needs settings, survey and choices.</source>
        <translation>This JSON is not a template: it needs settings, survey and choices.</translation>
    </message>
    <message>
        <source>This sheet is missing.</source>
        <translation>This sheet is missing.</translation>
    </message>
    <message>
        <source>This column is missing from the header row.</source>
        <translation>This column is missing from the header row.</translation>
    </message>
    <message>
        <source>This cell must be filled in.</source>
        <translation>This cell must be filled in.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid name: start with a letter and use only letters, digits and _.</source>
        <translation>“{value}” is not a valid name: start with a letter and use only letters, digits and _.</translation>
    </message>
    <message>
        <source>The version must be a whole number, not “{value}”.</source>
        <translation>The version must be a whole number, not “{value}”.</translation>
    </message>
    <message>
        <source>Unknown question type “{value}”.</source>
        <translation>Unknown question type “{value}”.</translation>
    </message>
    <message>
        <source>“{value}”: a choice question names its choice list, e.g. select_one speed.</source>
        <translation>“{value}”: a choice question names its choice list, e.g. select_one speed.</translation>
    </message>
    <message>
        <source>The choices sheet has no list named “{value}”.</source>
        <translation>The choices sheet has no list named “{value}”.</translation>
    </message>
    <message>
        <source>The name “{value}” is used twice.</source>
        <translation>The name “{value}” is used twice.</translation>
    </message>
    <message>
        <source>The list “{list}” already has a choice named “{value}”.</source>
        <translation>The list “{list}” already has a choice named “{value}”.</translation>
    </message>
    <message>
        <source>Write yes or no here, not “{value}”.</source>
        <translation>Write yes or no here, not “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” is not a number.</translation>
    </message>
    <message>
        <source>“{value}” is too small: it must be at least {minimum}.</source>
        <translation>“{value}” is too small: it must be at least {minimum}.</translation>
    </message>
    <message>
        <source>A question of type {type} is never scored: its weight is ignored.</source>
        <translation>A question of type {type} is never scored: its weight is ignored.</translation>
    </message>
    <message>
        <source>A question of type {type} is never scored, so it cannot be critical: critical is ignored.</source>
        <translation>A question of type {type} is never scored, so it cannot be critical: critical is ignored.</translation>
    </message>
    <message>
        <source>“{value}” must be between {minimum} and {maximum}.</source>
        <translation>“{value}” must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>This column applies only to critical questions.</source>
        <translation>This column applies only to critical questions.</translation>
    </message>
    <message>
        <source>critical_scope is section or audit, not “{value}”.</source>
        <translation>critical_scope is section or audit, not “{value}”.</translation>
    </message>
    <message>
        <source>A group row does not take this column.</source>
        <translation>A group row does not take this column.</translation>
    </message>
    <message>
        <source>Groups cannot be nested: close the group “{outer}” first.</source>
        <translation>Groups cannot be nested: close the group “{outer}” first.</translation>
    </message>
    <message>
        <source>The group “{value}” is never closed with end_group.</source>
        <translation>The group “{value}” is never closed with end_group.</translation>
    </message>
    <message>
        <source>end_group without a begin_group.</source>
        <translation>end_group without a begin_group.</translation>
    </message>
    <message>
        <source>The group “{value}” has no questions.</source>
        <translation>The group “{value}” has no questions.</translation>
    </message>
    <message>
        <source>The template has no questions.</source>
        <translation>The template has no questions.</translation>
    </message>
    <message>
        <source>The expression cannot be read at character {position}: {text}</source>
        <translation>The expression cannot be read at character {position}: {text}</translation>
    </message>
    <message>
        <source>The expression uses an unknown function “{name}”.</source>
        <translation>The expression uses an unknown function “{name}”.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: {detail}.</source>
        <translation>The regular expression is not valid: {detail}.</translation>
    </message>
    <message>
        <source>“.” (this answer) can be used in a constraint, not in a relevance condition.</source>
        <translation>“.” (this answer) can be used in a constraint, not in a relevance condition.</translation>
    </message>
    <message>
        <source>The expression names “{name}”, which is not a question of this template.</source>
        <translation>The expression names “{name}”, which is not a question of this template.</translation>
    </message>
    <message>
        <source>The expression names “{name}”, which comes later: conditions may only use earlier answers.</source>
        <translation>The expression names “{name}”, which comes later: conditions may only use earlier answers.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}, column {column}: {problem}</source>
        <translation>Sheet {sheet}, row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}: {problem}</source>
        <translation>Sheet {sheet}, row {row}: {problem}</translation>
    </message>
    <message>
        <source>Sheet {sheet}: {problem}</source>
        <translation>Sheet {sheet}: {problem}</translation>
    </message>
    <message>
        <source>Answer yes, no or not applicable.</source>
        <translation>Answer yes, no or not applicable.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>Choose a score from 1 to 5.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Type a number.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}” is not one of the choices.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>Attach a photo or file with the Attach button.</source>
        <translation>Attach a photo or file with the Attach button.</translation>
    </message>
    <message>
        <source>This template has no question named “{name}”.</source>
        <translation>This template has no question named “{name}”.</translation>
    </message>
    <message>
        <source>Type a time of day such as 09:30.</source>
        <translation>Type a time of day such as 09:30.</translation>
    </message>
    <message>
        <source>Type minutes, such as 12 or 7:30.</source>
        <translation>Type minutes, such as 12 or 7:30.</translation>
    </message>
    <message>
        <source>This answer is outside what the form allows.</source>
        <translation>This answer is outside what the form allows.</translation>
    </message>
    <message>
        <source>This question needs a photo (JPEG, PNG, WebP or HEIC).</source>
        <translation>This question needs a photo (JPEG, PNG, WebP or HEIC).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than {limit_mb} MB.</source>
        <translation>The file is larger than {limit_mb} MB.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.</source>
        <translation>Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached.</translation>
    </message>
    <message>
        <source>Choose a user whose role fills audits.</source>
        <translation>Choose a user whose role fills audits.</translation>
    </message>
    <message>
        <source>The date window ends before it starts.</source>
        <translation>The date window ends before it starts.</translation>
    </message>
    <message>
        <source>This visit is already done or cancelled.</source>
        <translation>This visit is already done or cancelled.</translation>
    </message>
    <message>
        <source>This visit is assigned to another inspector.</source>
        <translation>This visit is assigned to another inspector.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>This time is in the future.</translation>
    </message>
    <message>
        <source>The visit cannot end before it started.</source>
        <translation>The visit cannot end before it started.</translation>
    </message>
    <message>
        <source>Record when the visit ended before finalising.</source>
        <translation>Record when the visit ended before finalising.</translation>
    </message>
    <message>
        <source>The audit cannot be finalised yet: {count} answers are missing or outside what is allowed.</source>
        <translation>The audit cannot be finalised yet: {count} answers are missing or outside what is allowed.</translation>
    </message>
    <message>
        <source>Version {id} is already held with other content; a version never changes.</source>
        <translation>Version {id} is already held with other content; a version never changes.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>This audit has already been released to the dealership.</source>
        <translation>This audit has already been released to the dealership.</translation>
    </message>
    <message>
        <source>Choose an answered item of the report.</source>
        <translation>Choose an answered item of the report.</translation>
    </message>
    <message>
        <source>This item already has an appeal waiting for HQ.</source>
        <translation>This item already has an appeal waiting for HQ.</translation>
    </message>
    <message>
        <source>HQ has already decided an appeal on this item.</source>
        <translation>HQ has already decided an appeal on this item.</translation>
    </message>
    <message>
        <source>This appeal has already been decided.</source>
        <translation>This appeal has already been decided.</translation>
    </message>
    <message>
        <source>Choose to uphold or to reject the appeal.</source>
        <translation>Choose to uphold or to reject the appeal.</translation>
    </message>
    <message>
        <source>A corrected answer can only come with an upheld appeal.</source>
        <translation>A corrected answer can only come with an upheld appeal.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Visit started</source>
        <translation>Visit started</translation>
    </message>
    <message>
        <source>Visit ended</source>
        <translation>Visit ended</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Corrected answer</source>
        <translation>Corrected answer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
</TS>

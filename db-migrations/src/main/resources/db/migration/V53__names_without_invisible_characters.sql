-- Issue 19 (R-PRIV-05): names and file names hold no invisible character — no zero-width character, no
-- text-direction control, no control character, no line separator, no Hangul filler. Such a character makes one
-- name look like another to a reader and to a duplicate check, or turns "收入证明<U+202E>fdp.exe" into what looks
-- like a PDF. The use cases refuse it with a sentence next to the field (TextRules); these checks hold every other
-- writer (an import's COPY, a statement typed by hand) to the same. They bind new and changed rows only (not
-- valid): rows written before are left as they were.
create function has_invisible_character(value varchar) returns boolean
    language sql immutable parallel safe
as $$
    select value ~ '[\u0001-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]'
$$;

alter table hardship_file
    add constraint hardship_file_names_visible
        check (not has_invisible_character(worker_name) and not coalesce(has_invisible_character(bank_holder), false))
        not valid;
alter table household_member
    add constraint household_member_name_visible check (not has_invisible_character(name)) not valid;
alter table organisation
    add constraint organisation_names_visible
        check (not has_invisible_character(name) and not coalesce(has_invisible_character(contact_person), false))
        not valid;
alter table delegation
    add constraint delegation_leader_visible check (not has_invisible_character(leader)) not valid;
alter table assistance_measure
    add constraint assistance_measure_cadre_visible check (not has_invisible_character(cadre_name)) not valid;
alter table fund_receipt
    add constraint fund_receipt_donor_visible check (not coalesce(has_invisible_character(donor_name), false)) not valid;
alter table file_attachment
    add constraint file_attachment_filename_visible check (not has_invisible_character(filename)) not valid;
alter table visit_photo
    add constraint visit_photo_filename_visible check (not has_invisible_character(filename)) not valid;
alter table batch_scan
    add constraint batch_scan_filename_visible check (not has_invisible_character(filename)) not valid;
alter table bank_return
    add constraint bank_return_filename_visible check (not coalesce(has_invisible_character(filename), false)) not valid;
alter table file_import_upload
    add constraint file_import_upload_filename_visible check (not has_invisible_character(filename)) not valid;
alter table finding_evidence
    add constraint finding_evidence_filename_visible check (not has_invisible_character(filename)) not valid;
alter table balance_transfer
    add constraint balance_transfer_minutes_name_visible check (not has_invisible_character(decision_document)) not valid;

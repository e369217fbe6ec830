-- The review of an emergency opening (nödåtkomst): the auditor marks it reviewed, or escalates it to the owning
-- body's management, with a note; reviewed_by/reviewed_at were there from the start and were never written.
alter table kit_emergency_access
    add column review_outcome text check (review_outcome in ('REVIEWED', 'ESCALATED')),
    add column review_note text;
create index kit_emergency_access_unreviewed on kit_emergency_access (opened_at, id) where reviewed_at is null;

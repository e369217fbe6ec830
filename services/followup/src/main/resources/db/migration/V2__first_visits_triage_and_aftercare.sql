-- A follow-up starts from an enrollment (programs) or from a first visit (booking's FIRST_VISIT appointment).
alter table follow_up alter column enrollment_id drop not null;
alter table follow_up add column appointment_id uuid;
alter table follow_up add constraint follow_up_one_origin check (num_nonnulls(enrollment_id, appointment_id) = 1);
alter table follow_up add constraint follow_up_appointment_kind unique (appointment_id, kind);

-- The appointments of identified clients as booking's feed tells them: a first visit closes a triage alert, and an
-- attended appointment is a contact after an inpatient episode, a programme end or a move-out. No free text.
create table appointment_seen (
    appointment_id  uuid primary key,
    client_id       uuid not null,
    type            text not null,
    owner_org       text not null,
    starts_at       timestamptz not null,
    booked_at       timestamptz not null,
    status          text not null check (status in ('BOOKED', 'ATTENDED', 'NO_SHOW', 'CANCELLED'))
);
create index appointment_seen_client on appointment_seen (client_id, type);

-- A triaged contact that a body takes on, waiting for its first visit; its due time follows the urgency.
create table triaged_contact (
    contact_id     uuid primary key,
    client_id      uuid,
    owner_org      text not null,
    urgency        text not null check (urgency in ('ACUTE', 'SOON', 'PLANNED')),
    registered_at  timestamptz not null,
    triaged_at     timestamptz not null
);
create index triaged_contact_client on triaged_contact (client_id);

-- A move-out with an aftercare plan is kept too: it needs a contact within the between-chairs days.
alter table housing_ending drop constraint housing_ending_kind_check;
alter table housing_ending add constraint housing_ending_kind_check
    check (kind in ('HOUSING_LOST', 'PLACEMENT_ENDED_WITHOUT_AFTERCARE', 'PLACEMENT_ENDED_WITHOUT_CONTACT'));

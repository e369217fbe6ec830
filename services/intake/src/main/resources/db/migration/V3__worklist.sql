-- The triage board as a worklist: who has taken a waiting contact, and contacts closed without triage (a duplicate,
-- a wrong number, no one to reach) with the reason. A contact is NEW (waiting), TRIAGED or CLOSED.
alter table contact add column assigned_to text;
alter table contact add column assigned_by text;
alter table contact add column assigned_at timestamptz;
alter table contact add column closed_reason text;
alter table contact add column closed_note text;
alter table contact add column closed_by text;
alter table contact add column closed_at timestamptz;

-- The queue's keyset order (most urgent first, then longest waiting) as an index, so a page of the waiting
-- contacts reads only that page however many contacts the registry holds.
create function urgency_rank(urgency text) returns int
    language sql immutable parallel safe as $$
    select case urgency when 'ACUTE' then 0 when 'SOON' then 1 when 'PLANNED' then 2 else 3 end
$$;
create index contact_open_queue on contact (urgency_rank(urgency), registered_at, id) where status = 'NEW';
create index contact_recent on contact (registered_at desc, id desc);
create index contact_assigned on contact (assigned_to) where status = 'NEW';
create index client_recent on client (created_at desc, id desc);

-- Staff known to intake by their body, so a contact is assigned only to a colleague of the body that owns it.
-- Intake holds no accounts (the gateway does); a member is recorded when they first work in intake.
create table colleague (
    username text primary key,
    org      text not null,
    seen_at  timestamptz not null
);

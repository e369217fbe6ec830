-- The between-chairs alerts as stored rows: raised by the sweep (AlertSweep) when an event's grace has passed with
-- no contact, closed by it when the condition is met, and worked by staff (taken, assigned, acknowledged, closed
-- with a reason). One alert per triggering record and type, so a sweep run twice raises nothing new.
create table alert (
    id               uuid primary key,
    type             text not null,
    source_id        uuid not null,
    client_id        uuid not null,
    owner_org        text not null,
    -- the type's rank in the worklist (1 = most urgent), stored so a page is one index range
    priority         int not null,
    occurred_at      timestamptz not null,
    since            timestamptz not null,
    status           text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    assigned_to      text,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    closed_at        timestamptz,
    closed_by        text,
    close_reason     text,
    unique (type, source_id),
    check ((status = 'CLOSED') = (closed_at is not null and close_reason is not null))
);
-- a page of the worklist: status, then the most urgent type and the oldest first (keyset on priority, since, id)
create index alert_work on alert (status, priority, since, id);
create index alert_body on alert (owner_org, status, priority, since, id);
create index alert_mine on alert (assigned_to, status, priority, since, id) where assigned_to is not null;
-- the sweep closes a client's alerts when they are seen again
create index alert_client_unclosed on alert (client_id) where status <> 'CLOSED';

-- the sweep asks "seen after?" of each client: attended appointments and done follow-ups by client and time
create index appointment_seen_contact on appointment_seen (client_id, starts_at) where status = 'ATTENDED';
create index follow_up_client_done on follow_up (client_id, closed_at) where status = 'DONE';
create index triaged_contact_time on triaged_contact (triaged_at);
create index housing_ending_time on housing_ending (occurred_at);
create index contact_episode_inpatient on contact_episode (occurred_at) where kind = 'INPATIENT_EPISODE';

-- the due worklist: a body's open follow-ups by day (keyset on due_on, id), and one's own
create index follow_up_body_due on follow_up (owner_org, status, due_on, id);
create index follow_up_assigned_due on follow_up (assigned_to, status, due_on, id) where assigned_to is not null;
-- the SIP list: by review day (keyset on review_on, id)
create index sip_plan_review on sip_plan (review_on, id);

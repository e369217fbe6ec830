-- btree_gist lets one exclusion constraint combine equality on the resource with overlap of time ranges.
-- It is a trusted extension (PostgreSQL 13+), so the database owner (the service's role) may create it.
create extension if not exists btree_gist;

-- A staff member's calendar; username is the token's sub.
create table staff_calendar (
    username        text primary key,
    display_name    text not null,
    org             text not null,
    unit            text,
    reception       boolean not null default false,
    feed_token_hash text unique,
    feed_renewed_at timestamptz
);

create table working_hours (
    username text not null references staff_calendar on delete cascade,
    weekday  smallint not null check (weekday between 1 and 7),
    starts   time not null,
    ends     time not null check (ends > starts),
    primary key (username, weekday, starts)
);

create table absence (
    id       uuid primary key,
    username text not null references staff_calendar on delete cascade,
    during   tstzrange not null check (not isempty(during)),
    reason   text not null
);
create index absence_user on absence using gist (username, during);

create table room (
    id       uuid primary key,
    name     text not null unique,
    capacity int not null check (capacity > 0),
    active   boolean not null default true
);

-- The user organisations' weekly presence in the reception ("a place in the reception").
create table presence_hours (
    id           uuid primary key,
    organisation text not null,
    weekday      smallint not null check (weekday between 1 and 7),
    starts       time not null,
    ends         time not null check (ends > starts)
);

create table first_visit_request (
    id             uuid primary key,
    contact_id     uuid not null unique,
    client_id      uuid,
    urgency        text not null,
    pathway        text not null,
    unit_org       text not null,
    registered_at  timestamptz not null,
    triaged_at     timestamptz not null,
    due_at         timestamptz not null,
    status         text not null default 'OPEN',
    appointment_id uuid,
    booked_at      timestamptz
);
create index first_visit_request_open on first_visit_request (due_at) where status = 'OPEN';

create table series (
    id           uuid primary key,
    title        text not null,
    room_id      uuid not null references room,
    capacity     int not null check (capacity > 0),
    facilitators text[] not null,
    owner_org    text not null,
    weeks        int not null check (weeks between 1 and 52),
    created_by   text not null,
    created_at   timestamptz not null
);

create table appointment (
    id             uuid primary key,
    type           text not null,
    status         text not null,
    client_id      uuid,
    staff          text[] not null,
    room_id        uuid references room,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    owner_org      text not null,
    booked_by      text not null,
    booked_at      timestamptz not null,
    request_id     uuid references first_visit_request,
    series_id      uuid references series,
    occurrence     int,
    capacity       int,
    status_at      timestamptz,
    status_by      text,
    check (ends_at > starts_at)
);
create index appointment_client on appointment (client_id);
create index appointment_series on appointment (series_id, occurrence);

-- NoDoubleBooking: one row per resource an appointment holds (STAFF/username, ROOM/id, CLIENT/id). Two active
-- rows for the same resource can never overlap in time, whatever the concurrency; cancelling frees the row.
create table appointment_slot (
    appointment_id uuid not null references appointment on delete cascade,
    resource_kind  text not null,
    resource_key   text not null,
    during         tstzrange not null,
    active         boolean not null default true,
    primary key (appointment_id, resource_kind, resource_key),
    constraint no_double_booking exclude using gist (resource_kind with =, resource_key with =, during with &&)
        where (active)
);

-- Reminder outbox: written with the booking, sent by ReminderJob when due.
create table reminder (
    id             bigserial primary key,
    appointment_id uuid not null references appointment on delete cascade,
    channel        text not null,
    recipient      text not null,
    send_at        timestamptz not null,
    status         text not null default 'PENDING',
    attempts       int not null default 0,
    sent_at        timestamptz
);
create index reminder_due on reminder (send_at) where status = 'PENDING';

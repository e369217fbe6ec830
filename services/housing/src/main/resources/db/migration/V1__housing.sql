-- Housing units (own and external) and their places: one row per place, so the database holds capacity.
create table unit (
    id                uuid primary key,
    name              text not null unique,
    type              text not null check (type in ('EMERGENCY', 'LOW_THRESHOLD', 'TRAINING_FLAT', 'SUPPORTED',
                                                    'HOUSING_FIRST', 'EXTERNAL_HVB', 'EXTERNAL_SIS', 'FAMILY_HOME')),
    capacity          int not null check (capacity between 1 and 500),
    min_age           int check (min_age between 16 and 110),
    requires_decision boolean not null,
    provider          text,
    cost_per_day      numeric(10, 2) check (cost_per_day >= 0)
);

-- occupied_by is the placement living there; unique, so a place never holds two people. Taking a place is
-- "update … where occupied_by is null … for update skip locked", which PostgreSQL rechecks under concurrency.
create table place (
    id          bigserial primary key,
    unit_id     uuid not null references unit (id),
    number      int not null,
    occupied_by uuid unique,
    unique (unit_id, number)
);

-- Biståndsbeslut: SOCIAL data owned by the recording social worker's body.
create table decision (
    id            uuid primary key,
    client_id     uuid not null,
    owner_org     text not null,
    decided_by    text not null,
    decision_date date not null,
    valid_from    date not null,
    valid_to      date not null,
    legal_basis   text not null check (legal_basis in ('SOL_4_1', 'LVM')),
    recorded_at   timestamptz not null,
    check (valid_to >= valid_from)
);
create index decision_client on decision (client_id);

-- HOUSING data owned by the recording staff's body.
create table placement (
    id           uuid primary key,
    client_id    uuid not null,
    unit_id      uuid not null references unit (id),
    place_id     bigint references place (id) on delete set null,
    decision_id  uuid references decision (id),
    owner_org    text not null,
    coordinator  text not null,
    status       text not null check (status in ('WAITING', 'PLACED', 'ENDED')),
    requested_at timestamptz not null,
    placed_at    timestamptz,
    ended_at     timestamptz,
    end_reason   text check (end_reason in ('PLANNED_OWN_HOUSING', 'MOVED_TO_TREATMENT', 'BARRED_AFTER_RELAPSE',
                                            'EVICTED', 'HOSPITAL', 'PRISON', 'LEFT', 'DECEASED')),
    check (status <> 'PLACED' or place_id is not null),
    check (status <> 'WAITING' or place_id is null)
);
-- second line of defence beside place.occupied_by
create unique index placement_one_per_place on placement (place_id) where status = 'PLACED';
-- one home at a time, and one queue entry per unit
create unique index placement_one_home on placement (client_id) where status = 'PLACED';
create unique index placement_one_queue_entry on placement (client_id, unit_id) where status = 'WAITING';
create index placement_unit on placement (unit_id, status);

-- Where a placement lived and when: a move closes one stay and opens the next, so external costs follow the
-- unit of each stay.
create table stay (
    id           bigserial primary key,
    placement_id uuid not null references placement (id),
    unit_id      uuid not null references unit (id),
    started_at   timestamptz not null,
    ended_at     timestamptz,
    check (ended_at is null or ended_at >= started_at)
);
create unique index stay_one_open on stay (placement_id) where ended_at is null;

-- Every move-out but a death has an aftercare plan with a named owner.
create table aftercare (
    placement_id   uuid primary key references placement (id),
    owner_staff    text not null,
    owner_org      text not null,
    next_housing   text not null,
    occupation     text not null,
    network        text not null,
    follow_up_date date not null
);

-- Lost housing raises an alert to the client's coordinator.
create table alert (
    id              uuid primary key,
    placement_id    uuid not null references placement (id),
    client_id       uuid not null,
    unit_id         uuid not null references unit (id),
    reason          text not null,
    coordinator     text not null,
    owner_org       text not null,
    raised_at       timestamptz not null,
    acknowledged_by text,
    acknowledged_at timestamptz
);
create index alert_open on alert (raised_at) where acknowledged_at is null;

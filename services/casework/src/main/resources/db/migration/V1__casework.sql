-- The social services' chain (DOMAIN.md "Social services case work"): aktualisering -> förhandsbedömning ->
-- utredning -> beslut -> verkställighet. All of it is SOCIAL data owned by the Kommun.

-- What intake's feed told us of each contact, so a triage decided later can still make an actualisation of it.
create table intake_contact (
    contact_id    uuid primary key,
    client_id     uuid,
    kind          text not null,
    referrer      text not null,
    owner_org     text not null,
    registered_at timestamptz not null
);

-- A matter the Kommun has become responsible for. assessed_at set: the förhandsbedömning is done; opened says
-- whether it led to an investigation, and reason why not.
create table actualisation (
    id            uuid primary key,
    contact_id    uuid unique,
    client_id     uuid,
    source        text not null check (source in ('APPLICATION', 'REPORT', 'LOB', 'REFERRAL')),
    reporter      text not null,
    received_at   timestamptz not null,
    assessed_at   timestamptz,
    assessed_by   text,
    opened        boolean,
    reason        text,
    check ((assessed_at is null) = (opened is null)),
    check (opened is distinct from false or reason is not null)
);
create index actualisation_open on actualisation (received_at, id) where assessed_at is null;
create index actualisation_client on actualisation (client_id);

create table investigation (
    id               uuid primary key,
    actualisation_id uuid references actualisation (id),
    client_id        uuid not null,
    law              text not null check (law in ('SOL', 'LVM')),
    handler          text not null,
    opened_on        date not null,
    closed_on        date,
    outcome          text check (outcome in ('DECISION', 'LVM_APPLICATION', 'NO_MEASURE', 'DISCONTINUED')),
    recorded_at      timestamptz not null,
    check ((closed_on is null) = (outcome is null)),
    check (closed_on is null or closed_on >= opened_on)
);
create index investigation_open on investigation (opened_on, id) where closed_on is null;
create index investigation_client on investigation (client_id);

create table decision (
    id               uuid primary key,
    investigation_id uuid references investigation (id),
    client_id        uuid not null,
    intervention     text not null,
    granted          boolean not null,
    legal_basis      text not null,
    decided_on       date not null,
    valid_from       date,
    valid_to         date,
    decided_by       text not null,
    appealed_on      date,
    enforced_on      date,
    recorded_at      timestamptz not null,
    check (valid_to is null or valid_from is null or valid_to >= valid_from),
    check (granted or enforced_on is null),
    check (enforced_on is null or enforced_on >= decided_on),
    check (appealed_on is null or appealed_on >= decided_on)
);
create index decision_to_enforce on decision (decided_on, id) where granted and enforced_on is null;
create index decision_client on decision (client_id);

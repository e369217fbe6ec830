-- The client registry: one client per person, found again by the same identifier.
create table client (
    id              uuid primary key,
    identifier      text not null unique,
    identifier_kind text not null,
    name            text,
    phone           text,
    birth_date      date,
    sex             text,
    owner_org       text not null,
    created_by      text not null,
    created_at      timestamptz not null
);

-- Contacts through the one way in: phone, walk-ins, referrals, reports, care episodes.
create table contact (
    id               uuid primary key,
    client_id        uuid references client (id),
    channel          text not null,
    kind             text not null,
    referrer         text not null,
    substances       text[] not null,
    reason           text,
    owner_org        text not null,
    registered_by    text not null,
    registered_at    timestamptz not null,
    status           text not null,
    urgency          text,
    pathway          text,
    responsible_orgs text[],
    risk_flags       text[],
    audit_score      int,
    dudit_score      int,
    triage_note      text,
    triaged_by       text,
    triaged_at       timestamptz
);
create index contact_queue on contact (status, registered_at);
create index contact_client on contact (client_id, registered_at);
create index contact_registered on contact (registered_at);

-- The consent registry (samtycke); kit_consent holds the same state for the consent rule.
create table consent (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    recipient_orgs text[] not null,
    categories     text[] not null,
    purpose        text not null,
    form           text not null,
    valid_until    date not null,
    granted_by     text not null,
    granted_org    text,
    granted_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_by     text,
    revoke_reason  text
);
create index consent_client on consent (client_id);

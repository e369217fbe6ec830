-- Tables every HUSET service keeps, owned by service-kit. Service migrations start at V1.

-- Append-only, hash-chained audit log of every client-level read and write.
create table kit_audit (
    id        bigint primary key,
    at        timestamptz not null,
    username  text not null,
    org       text,
    roles     text not null,
    client_id uuid,
    action    text not null,
    resource  text not null,
    basis     text not null,
    outcome   text not null,
    prev_hash text not null,
    hash      text not null
);
create sequence kit_audit_id_seq;
create index kit_audit_client on kit_audit (client_id, id);

create function kit_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'kit_audit is append-only';
end $$;
create trigger kit_audit_no_change before update or delete on kit_audit
    for each row execute function kit_audit_append_only();

-- Transactional outbox; seq is the feed cursor.
create table kit_outbox (
    seq          bigserial primary key,
    type         text not null,
    aggregate_id text not null,
    payload      jsonb not null,
    occurred_at  timestamptz not null default now()
);

-- Where each feed consumer has got to in another service's feed.
create table kit_feed_cursor (
    source     text primary key,
    position   bigint not null,
    updated_at timestamptz not null default now()
);

-- Replicated consent state (intake writes it directly, everyone else from intake's feed).
create table kit_consent (
    consent_id     uuid primary key,
    client_id      uuid not null,
    recipient_orgs text[] not null,
    categories     text[] not null,
    purpose        text not null,
    valid_until    date not null,
    granted_at     timestamptz not null,
    revoked_at     timestamptz
);
create index kit_consent_client on kit_consent (client_id);

-- Break-the-glass: one client opened for one user for a limited time, with a reason, flagged for review.
create table kit_emergency_access (
    id         bigserial primary key,
    client_id  uuid not null,
    username   text not null,
    reason     text not null,
    opened_at  timestamptz not null default now(),
    expires_at timestamptz not null,
    reviewed_by text,
    reviewed_at timestamptz
);
create index kit_emergency_access_client on kit_emergency_access (client_id, username);

-- Idempotency-Key: the first answer to a create, replayed to retries.
create table kit_idempotency (
    scope      text not null,
    key        text not null,
    body       text,
    created_at timestamptz not null default now(),
    primary key (scope, key)
);

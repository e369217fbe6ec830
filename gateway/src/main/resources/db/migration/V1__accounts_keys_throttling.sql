-- Staff accounts: who may sign in, with which roles, for which body and unit.
create table staff_account (
    id            bigserial primary key,
    username      text not null unique,
    display_name  text not null,
    password_hash text not null,
    roles         text[] not null,
    org           text not null check (org in ('REGION', 'KOMMUN', 'USER_ORG')),
    unit          text,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

-- Failed sign-ins per username; shared by replicas and kept across restarts for throttling.
create table login_failure (
    id        bigserial primary key,
    username  text not null,
    failed_at timestamptz not null default now()
);
create index login_failure_username on login_failure (username, failed_at);

-- The RSA key that signs tokens; created once by whichever replica starts first.
create table signing_key (
    kid         text primary key,
    private_key bytea not null,
    public_key  bytea not null,
    created_at  timestamptz not null default now()
);

-- Every staff token the gateway issues, by its id (jti): when an admin disables an account, resets its password or
-- changes its roles or body, the account's tokens still valid are revoked by id, exactly those and no later one.
create table issued_token (
    jti        text primary key,
    username   text not null,
    expires_at timestamptz not null
);
create index issued_token_username on issued_token (username, expires_at);

-- Tokens ended before they expire (logout, or the account changed), which every service polls
-- (GET /api/auth/revocations on the internal listener). A row is kept until its token would have expired anyway.
create table revoked_token (
    jti        text primary key,
    username   text not null,
    expires_at timestamptz not null,
    revoked_at timestamptz not null default now()
);
create index revoked_token_expiry on revoked_token (expires_at);

-- Need-to-know (inre sekretess, PDL 4 kap 1 §): who inside the owning body has a care relationship with a client.
-- Copied from intake's feed (contact units, assignments, care teams) and written locally when staff record client
-- data in this service (basis WORK). A relationship that ends keeps its row, with ended_at, for the log extract.
create table kit_care_relationship (
    client_id  uuid        not null,
    party      text        not null check (party ~ '^(user|unit):.+'),
    ref        text        not null,
    basis      text        not null,
    owner_org  text,
    started_at timestamptz not null,
    ended_at   timestamptz,
    primary key (client_id, party, ref)
);
create index kit_care_relationship_live on kit_care_relationship (client_id) where ended_at is null;

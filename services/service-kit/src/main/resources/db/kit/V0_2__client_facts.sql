-- What other services' rules need to know about a client from intake's registry (ClientRegistered):
-- the owning body, birth date (eligibility by age) and sex (AUDIT/DUDIT cut-offs, group reports). No names.
create table kit_client_fact (
    client_id  uuid primary key,
    owner_org  text not null,
    birth_date date,
    sex        text
);

-- A feed's cursor belongs to one consumer: a service may read one feed with several.
alter table kit_feed_cursor rename column source to consumer;

-- Idempotency-Key keeps no answers any more: they held client data (personnummer, names) with no end date.
-- A retry is recognised by a fingerprint of its request and answered from the created resource's id; rows expire.
delete from kit_idempotency;
alter table kit_idempotency drop column body;
alter table kit_idempotency add column request_hash text not null;
alter table kit_idempotency add column resource_id text;
create index kit_idempotency_created on kit_idempotency (created_at);

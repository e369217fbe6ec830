-- pgbench script: the SQL one anonymous contact registration with an Idempotency-Key runs in intake
-- (Idempotency.once + RegisteringContact.register), statement for statement, in one transaction.
-- Run against the huset_intake database:
--   pgbench -n -f compose/bench/registration.sql -c 8 -j 2 -T 20 huset_intake
\set key random(1, 9000000000000000000)
BEGIN;
insert into kit_idempotency (scope, key, request_hash)
values ('contact:reception.region', 'pgbench-' || :key, md5(:key::text))
on conflict (scope, key) do update set request_hash = excluded.request_hash, resource_id = null, created_at = now()
where kit_idempotency.created_at < now() - 86400 * interval '1 second';
insert into contact (id, client_id, channel, kind, referrer, substances, reason, owner_org, registered_by,
                     registered_at, status, urgency)
values (gen_random_uuid(), null, 'PHONE', 'SELF_APPLICATION', 'SELF', '{ALCOHOL}', 'bench', 'REGION',
        'reception.region', now(), 'NEW', null);
-- the outbox takes AuditLog.CHAIN_LOCK (0x485553455401 = 79531306472449) and then its own
-- Outbox.SEQUENCE_LOCK (0x485553455402 = 79531306472450), always in that order
with chain as (select pg_advisory_xact_lock(79531306472449)),
     lock as (select pg_advisory_xact_lock(79531306472450) from chain)
insert into kit_outbox (type, aggregate_id, payload)
select 'ContactRegistered', gen_random_uuid()::text,
       '{"contactId":"00000000-0000-0000-0000-000000000000","clientId":null,"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],"ownerOrg":"REGION","registeredAt":"2026-11-22T10:00:00Z"}'::jsonb
from lock;
update kit_idempotency set resource_id = '00000000-0000-0000-0000-000000000000'
where scope = 'contact:reception.region' and key = 'pgbench-' || :key;
END;

-- pgbench script: the SQL one anonymous contact registration with an Idempotency-Key runs in intake
-- (Idempotency.once + RegisteringContact.register), statement for statement, in one transaction.
-- Run against the huset_intake database:
--   pgbench -n -f compose/bench/registration.sql -c 8 -j 2 -T 20 huset_intake
\set key random(1, 9000000000000000000)
BEGIN;
insert into kit_idempotency (scope, key) values ('contact:reception.region', 'pgbench-' || :key)
on conflict do nothing;
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
update kit_idempotency set body = '{"id":"00000000-0000-0000-0000-000000000000","clientId":null,"anonymous":true,"person":null,"channel":"PHONE","kind":"SELF_APPLICATION","referrer":"SELF","substances":["ALCOHOL"],"reason":"bench","ownerOrg":"REGION","registeredBy":"reception.region","registeredAt":"2026-11-22T10:00:00Z","status":"NEW","urgency":null,"waitingMinutes":0,"triage":null}'
where scope = 'contact:reception.region' and key = 'pgbench-' || :key;
END;

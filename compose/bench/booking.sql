-- What BookingAppointment.book runs for one booking, statement for statement, in one transaction (./huset bench).
-- The slot insert says ON CONFLICT DO NOTHING where the service lets the exclusion violation roll the transaction
-- back: pgbench aborts a client on any other error, and the constraint is checked (and waited on) the same way.
\set staff random(1, :staff_count)
\set day random(0, :days - 1)
\set quarter random(0, 28)
\set t0 (:base_day + :day) * 86400 + 25200 + :quarter * 900
BEGIN;
select c.username, c.display_name, c.org, c.unit, c.reception, h.weekday, h.starts, h.ends
  from staff_calendar c left join working_hours h on h.username = c.username
 where c.username = 'pgbench.' || :staff order by c.username, h.weekday, h.starts;
select lower(during), upper(during) from absence
 where username = 'pgbench.' || :staff and during && tstzrange(to_timestamp(:t0), to_timestamp(:t0 + 3600), '[)');
with a as (
  insert into appointment (id, type, status, client_id, staff, room_id, starts_at, ends_at, owner_org, booked_by,
                           booked_at, request_id, series_id, occurrence, capacity)
  values (gen_random_uuid(), 'INDIVIDUAL', 'BOOKED', gen_random_uuid(), array['pgbench.' || :staff], null,
          to_timestamp(:t0), to_timestamp(:t0 + 3600), 'REGION', 'pgbench', now(), null, null, null, null)
  returning id, client_id, staff[1] as staff, starts_at, ends_at)
insert into appointment_slot (appointment_id, resource_kind, resource_key, during)
select a.id, h.k, h.r, tstzrange(a.starts_at, a.ends_at, '[)')
  from a, unnest(array['CLIENT', 'STAFF'], array[a.client_id::text, a.staff]) as h(k, r)
on conflict do nothing;
with chain as (select pg_advisory_xact_lock(79531306472449)),
     lock as (select pg_advisory_xact_lock(79531306472450) from chain)
insert into kit_outbox (type, aggregate_id, payload)
select 'AppointmentBooked', gen_random_uuid()::text,
       '{"type":"INDIVIDUAL","staff":["pgbench"],"ownerOrg":"REGION","start":"2030-01-01T08:00:00Z","end":"2030-01-01T09:00:00Z"}'::jsonb
  from lock;
select pg_advisory_xact_lock(79531306472449);
select hash from kit_audit order by id desc limit 1;
insert into kit_audit (id, at, username, org, roles, client_id, action, resource, basis, outcome, prev_hash, hash)
values (nextval('kit_audit_id_seq'), now(), 'pgbench', 'REGION', 'RECEPTION', gen_random_uuid(), 'BOOK',
        'appointment/pgbench', 'OWNER', 'ALLOWED', 'pgbench', md5(random()::text));
END;

-- Keyset-paged lists (ARCHITECTURE.md §4, Lists): an index for each order a list is read in, ending in id so the
-- order is total and a cursor never skips or repeats a row.

-- Placements, newest request first, alone or within a status, a unit, a coordinator ("mine") or a client.
create index placement_status_newest on placement (status, requested_at desc, id desc);
create index placement_unit_newest on placement (unit_id, status, requested_at desc, id desc);
create index placement_coordinator_newest on placement (coordinator, requested_at desc, id desc);
create index placement_client_newest on placement (client_id, requested_at desc, id desc);
drop index placement_unit;

-- A client's decisions, newest first.
create index decision_client_newest on decision (client_id, decision_date desc, id desc);
drop index decision_client;

-- Alerts become a worklist: taken by (or assigned to) someone, acknowledged, and closed with a reason.
alter table alert
    add column assigned_to  text,
    add column assigned_at  timestamptz,
    add column closed_by    text,
    add column closed_at    timestamptz,
    add column close_reason text check (close_reason is null or length(close_reason) between 3 and 500),
    add check ((closed_at is null) = (close_reason is null)),
    -- the worklist's first sort key: open (0), acknowledged (1), closed (2)
    add column state_rank smallint not null generated always as (
        case when closed_at is not null then 2 when acknowledged_at is not null then 1 else 0 end) stored;
create index alert_worklist on alert (state_rank, raised_at desc, id desc);
create index alert_assigned on alert (assigned_to, state_rank, raised_at desc, id desc);
create index alert_coordinator on alert (coordinator, state_rank, raised_at desc, id desc);
drop index alert_open;

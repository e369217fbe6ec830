-- The waiting list as a worklist: a request can be taken or assigned to a named staff member of its body, and
-- closed with a reason without a visit (status CLOSED).
alter table first_visit_request
    add column taken_by     text,
    add column taken_at     timestamptz,
    add column closed_by    text,
    add column closed_at    timestamptz,
    add column close_reason text,
    add column close_note   text,
    -- the sort's first key: ACUTE before SOON before PLANNED, whoever writes the row
    add column urgency_rank smallint not null generated always as (
        case urgency when 'ACUTE' then 0 when 'SOON' then 1 else 2 end) stored;

-- The waiting list's order (most urgent, then earliest due, then longest waiting, then id) as an index, so a page
-- is read in order from the index however many requests are open, instead of sorting all of them.
drop index first_visit_request_open;
create index first_visit_request_worklist on first_visit_request (status, urgency_rank, due_at, triaged_at, id);
-- "mine": the requests a staff member has taken.
create index first_visit_request_taken on first_visit_request (taken_by) where taken_by is not null;

-- The action plans as a keyset-paged worklist: open plans first, the most overdue (earliest end) first, then the
-- done ones; id last so the order is total.
create index action_plan_worklist on action_plan ((status = 'DONE'), ends_on, id);

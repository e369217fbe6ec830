-- A structured reason for an emergency opening (nödåtkomst): the situation the law allows (EmergencySituation)
-- beside the written explanation in reason, the opener's body, and the body told of the opening (the other one,
-- whose data it opens). Openings from before have no situation.
alter table kit_emergency_access
    add column situation text,
    add column opener_org text,
    add column notified_org text;
-- the owning body's notices, newest first; a user's openings per day for the review
create index kit_emergency_access_notices on kit_emergency_access (notified_org, opened_at desc, id desc);
create index kit_emergency_access_user on kit_emergency_access (username, opened_at);

-- Who takes part in a SIP: staff of either body, the client, a relative or someone else (e.g. a user organisation).
-- A participant from the other body needs the client's consent; the plan's keeper checks it when adding them.
create table sip_participant (
    id        uuid primary key,
    plan_id   uuid not null references sip_plan on delete cascade,
    name      text not null,
    function  text not null,
    party     text not null check (party in ('REGION', 'KOMMUN', 'CLIENT', 'RELATIVE', 'OTHER')),
    added_by  text not null,
    added_at  timestamptz not null
);
create index sip_participant_plan on sip_participant (plan_id);

-- The plan's goals, in the words agreed at the meeting.
create table sip_goal (
    id          uuid primary key,
    plan_id     uuid not null references sip_plan on delete cascade,
    text        text not null,
    created_by  text not null,
    created_at  timestamptz not null
);
create index sip_goal_plan on sip_goal (plan_id);

-- Who does what: each task has one responsible participant, optionally a goal it serves and a day it is due.
create table sip_task (
    id              uuid primary key,
    plan_id         uuid not null references sip_plan on delete cascade,
    goal_id         uuid references sip_goal on delete set null,
    what            text not null,
    participant_id  uuid not null references sip_participant,
    due_on          date,
    done_at         timestamptz,
    created_by      text not null,
    created_at      timestamptz not null
);
create index sip_task_plan on sip_task (plan_id);

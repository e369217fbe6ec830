-- The year 1–3 plan (seed 001 §7.1): one row per milestone. Dates are months after the configured start of
-- year 1, so the plan moves with the start date instead of being rewritten.
create table milestone (
    code              text primary key,
    phase             text not null check (phase in ('YEAR1_STEP1', 'YEAR1_STEP2', 'YEAR2', 'YEAR3')),
    position          int  not null,
    title             text not null,
    description       text not null,
    owner             text not null,
    start_month       int  not null check (start_month between 0 and 36),
    due_month         int  not null check (due_month between 1 and 36),
    status            text not null default 'NOT_STARTED'
                      check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'BLOCKED')),
    evidence          text,
    decision_required boolean not null default false,
    decision          text,
    decided_on        date,
    updated_at        timestamptz,
    updated_by        text,
    check (start_month < due_month)
);

-- Every change to a milestone, field by field: who, when, from what to what. Append-only.
create table milestone_change (
    id           bigserial primary key,
    milestone    text not null references milestone (code),
    changed_at   timestamptz not null,
    changed_by   text not null,
    field        text not null,
    old_value    text,
    new_value    text
);
create index milestone_change_by_milestone on milestone_change (milestone, changed_at desc);

-- What each KPI is, where its value comes from (a service's /api/{service}/stats and a path in that answer),
-- its target and the milestone it shows progress on.
create table kpi (
    code          text primary key,
    position      int  not null,
    title         text not null,
    unit          text not null check (unit in ('COUNT', 'SHARE', 'MINUTES', 'DAYS', 'HOURS', 'SEK')),
    source        text not null,
    field         text not null,
    target        numeric,
    better        text not null check (better in ('HIGHER', 'LOWER')),
    reference     numeric,
    reference_note text,
    milestone     text references milestone (code)
);

-- The time series: one row per KPI per collection. A suppressed value is stored as suppressed, never as a number.
create table kpi_point (
    id            bigserial primary key,
    kpi           text not null references kpi (code),
    collected_at  timestamptz not null,
    source        text not null,
    value         numeric,
    target        numeric,
    n             bigint,
    suppressed    boolean not null,
    check (suppressed or value is not null)
);
create index kpi_point_latest on kpi_point (kpi, collected_at desc);

-- The last collection attempt per source, so the dashboard can say a source is down and since when.
create table kpi_source (
    source          text primary key,
    last_attempt_at timestamptz not null,
    last_success_at timestamptz,
    available       boolean not null,
    problem         text
);

-- Action plans (seed 003): responsible, activities, timeline, resources, follow-up; linked to a milestone or a KPI.
create table action_plan (
    id            uuid primary key,
    title         text not null,
    responsible   text not null,
    activities    text not null,
    starts_on     date not null,
    ends_on       date not null,
    resources     text not null,
    follow_up     text not null,
    milestone     text references milestone (code),
    kpi           text references kpi (code),
    status        text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'BLOCKED')),
    created_at    timestamptz not null,
    created_by    text not null,
    check (starts_on <= ends_on)
);

-- Joint training (year 1 "culture work"): participants counted per body, never named.
create table training_event (
    id            uuid primary key,
    title         text not null,
    held_on       date not null,
    hours         numeric(5, 1) not null check (hours > 0),
    region        int not null check (region >= 0),
    kommun        int not null check (kommun >= 0),
    user_org      int not null check (user_org >= 0),
    created_at    timestamptz not null,
    created_by    text not null
);

-- Shared costs, funded 50–50 by Region and Kommun (seed 001 §7.1).
create table shared_cost (
    id            uuid primary key,
    year          int not null check (year between 2000 and 2100),
    category      text not null check (category in
                  ('PREMISES', 'MANAGER', 'COMPETENCE_DEVELOPMENT', 'RESEARCH_EVALUATION', 'RUNNING_COSTS')),
    amount_sek    numeric(14, 2) not null check (amount_sek >= 0),
    note          text,
    created_at    timestamptz not null,
    created_by    text not null
);

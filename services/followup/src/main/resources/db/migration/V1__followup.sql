-- An AUDIT or DUDIT as given: the answers are kept so a score can always be re-checked. FOLLOWUP data of owner_org.
create table assessment (
    id           uuid primary key,
    client_id    uuid not null,
    owner_org    text not null,
    instrument   text not null check (instrument in ('AUDIT', 'DUDIT')),
    answers      int[] not null,
    score        int not null,
    risk_level   text not null,
    assessed_by  text not null,
    assessed_at  timestamptz not null
);
create index assessment_client on assessment (client_id);

-- Every contact intake registers, as the reports need it: kind, reporter, owner and when. No free text.
create table contact_episode (
    contact_id   uuid primary key,
    client_id    uuid,
    kind         text not null,
    referrer     text not null,
    owner_org    text not null,
    occurred_at  timestamptz not null
);
create index contact_episode_client on contact_episode (client_id, occurred_at);
create index contact_episode_time on contact_episode (occurred_at);

-- One scheduled follow-up of an enrollment; the kinds are unique per enrollment, so a replayed event adds nothing.
create table follow_up (
    id             uuid primary key,
    enrollment_id  uuid not null,
    client_id      uuid not null,
    program_code   text not null,
    owner_org      text not null,
    kind           text not null,
    due_on         date not null,
    status         text not null check (status in ('DUE', 'DONE', 'MISSED', 'DECLINED')),
    assigned_to    text,
    closed_at      timestamptz,
    unique (enrollment_id, kind)
);
create index follow_up_due on follow_up (status, due_on);

-- The follow-up form on the client's life situation (seed 003's case-file form plus the client's own view).
create table life_situation (
    id                 uuid primary key,
    client_id          uuid not null,
    owner_org          text not null,
    follow_up_id       uuid references follow_up,
    housing            text not null,
    occupation         text not null,
    income_source      text not null,
    alcohol_days       int not null check (alcohol_days between 0 and 30),
    drug_days          int not null check (drug_days between 0 and 30),
    crime              boolean not null,
    health             int not null check (health between 1 and 5),
    quality_of_life    int not null check (quality_of_life between 1 and 5),
    treatment          int not null check (treatment between 1 and 5),
    own_goal           text not null check (own_goal in ('YES', 'PARTLY', 'NO')),
    asi_grund_on       date,
    asi_followup_on    date,
    recorded_by        text not null,
    recorded_at        timestamptz not null
);
create index life_situation_client on life_situation (client_id);

-- A SIP (samordnad individuell plan) as follow-up tracks it: how far it has come, how well it was kept, next review.
create table sip_plan (
    id          uuid primary key,
    client_id   uuid not null,
    owner_org   text not null,
    status      text not null check (status in ('CALLED', 'INVITED', 'HELD', 'FOLLOWED_UP')),
    adherence   text check (adherence in ('LARGELY', 'PARTLY', 'NOT_AT_ALL')),
    review_on   date not null,
    created_by  text not null,
    created_at  timestamptz not null
);
create index sip_plan_client on sip_plan (client_id);

-- A research export and its key table: random pseudonyms per export, never derived from the personnummer or the
-- client id. The keys stay here; the researcher gets only the pseudonyms.
create table research_export (
    id           uuid primary key,
    exported_by  text not null,
    exported_at  timestamptz not null,
    rows         int not null
);
create table research_key (
    export_id  uuid not null references research_export on delete cascade,
    client_id  uuid not null,
    pseudonym  text not null,
    primary key (export_id, client_id),
    unique (export_id, pseudonym)
);

-- Ends of housing that must raise an alarm (seed 000: being barred sent one person to 21 sobering-unit stays).
create table housing_ending (
    placement_id  uuid primary key,
    client_id     uuid not null,
    owner_org     text not null,
    kind          text not null check (kind in ('HOUSING_LOST', 'PLACEMENT_ENDED_WITHOUT_AFTERCARE')),
    occurred_at   timestamptz not null
);

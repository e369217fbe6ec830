-- The programme catalogue. Codes are stable identifiers other services and the API use.
create table program (
    code             text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name             text not null,
    format           text not null check (format in ('INDIVIDUAL', 'GROUP', 'BOTH')),
    goal_type        text not null check (goal_type in ('ABSTINENCE', 'REDUCED_USE', 'HARM_REDUCTION', 'NOT_APPLICABLE')),
    planned_sessions int not null check (planned_sessions between 1 and 200),
    min_age          int check (min_age between 0 and 120),
    orgs             text[] not null,
    description      text not null
);

-- A cohort running one programme; facilitators may come from both bodies (co-facilitation).
create table program_group (
    id                uuid primary key,
    program_code      text not null references program,
    name              text not null,
    owner_org         text not null,
    facilitators      text[] not null,
    facilitator_orgs  text[] not null,
    capacity          int not null check (capacity between 1 and 50),
    intake            text not null check (intake in ('ROLLING', 'CLOSED')),
    series_id         uuid,
    created_by        text not null,
    created_at        timestamptz not null
);

-- One meeting of a group; id is booking's appointment id when booked there. The group note is CARE of the owner.
create table group_session (
    id          uuid primary key,
    group_id    uuid not null references program_group on delete cascade,
    occurrence  int not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    group_note  text,
    unique (group_id, occurrence)
);
create index group_session_day on group_session (starts_at);

create table enrollment (
    id                 uuid primary key,
    client_id          uuid not null,
    program_code       text not null references program,
    group_id           uuid references program_group,
    owner_org          text not null,
    therapist          text not null,
    status             text not null check (status in ('REFERRED', 'WAITING', 'ACTIVE', 'COMPLETED', 'DROPPED_OUT',
                                                       'TRANSFERRED', 'CANCELLED')),
    goals              text,
    is_return          boolean not null default false,
    referred_on        date not null,
    started_on         date,
    ended_on           date,
    drop_reason        text,
    dropped_at_session int,
    updated_at         timestamptz not null
);
create index enrollment_client on enrollment (client_id, program_code);
-- one open enrollment per client, programme and body, even when two therapists enroll at the same moment
create unique index enrollment_one_open on enrollment (client_id, program_code, owner_org)
    where status in ('REFERRED', 'WAITING', 'ACTIVE');
create index enrollment_group on enrollment (group_id);

create table attendance (
    session_id    uuid not null references group_session on delete cascade,
    enrollment_id uuid not null references enrollment,
    status        text not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    note          text,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    primary key (session_id, enrollment_id)
);

insert into program (code, name, format, goal_type, planned_sessions, min_age, orgs, description) values
('CRA', 'CRA', 'BOTH', 'ABSTINENCE', 12, null, '{REGION,KOMMUN}',
 'Community Reinforcement Approach: att bygga ett liv där det lönar sig mer att vara nykter än att dricka eller ta droger.'),
('AP', 'ÅP – återfallsprevention', 'BOTH', 'ABSTINENCE', 8, null, '{REGION,KOMMUN}',
 'Återfallsprevention: känna igen risksituationer och öva på att hantera dem utan alkohol eller droger.'),
('TWELVE_STEP', '12-stegsprogrammet', 'GROUP', 'ABSTINENCE', 20, null, '{KOMMUN}',
 'Tolvstegsbehandling enligt Minnesotamodellen, med stöd att hitta till självhjälpsgrupper.'),
('MI', 'MI/MET', 'INDIVIDUAL', 'NOT_APPLICABLE', 4, null, '{REGION,KOMMUN}',
 'Motiverande samtal; MET är den korta behandlingsformen med återkoppling på screeningresultat.'),
('HAP', 'HAP – Haschavvänjningsprogrammet', 'BOTH', 'ABSTINENCE', 12, 18, '{REGION,KOMMUN}',
 'Haschavvänjningsprogrammet för vuxna som vill sluta röka cannabis. Från 18 år.'),
('CRAFT', 'CRAFT – anhörigstöd', 'BOTH', 'NOT_APPLICABLE', 12, null, '{KOMMUN}',
 'Community Reinforcement and Family Training: stöd till anhöriga att påverka och må bättre själva.'),
('ANHORIGSKOLA', 'Anhörigskola', 'GROUP', 'NOT_APPLICABLE', 6, null, '{KOMMUN}',
 'Utbildning i grupp för anhöriga om beroende, behandling och egen återhämtning.'),
('KBT', 'KBT', 'INDIVIDUAL', 'REDUCED_USE', 12, null, '{REGION}',
 'Kognitiv beteendeterapi vid beroende och samsjuklighet.'),
('SUPPORT_TALKS', 'Kris- och stödsamtal', 'INDIVIDUAL', 'NOT_APPLICABLE', 5, null, '{REGION,KOMMUN}',
 'Stödsamtal i kris eller under väntan på annan insats.'),
('NECT', 'NECT', 'GROUP', 'NOT_APPLICABLE', 10, null, '{REGION}',
 'Narrative Enhancement and Cognitive Therapy: att minska självstigma vid psykisk ohälsa och beroende.'),
('CASE_MANAGEMENT', 'Case management', 'INDIVIDUAL', 'HARM_REDUCTION', 24, null, '{REGION,KOMMUN}',
 'Samordnande stöd från en case manager genom vård, socialtjänst, boende och sysselsättning.');

-- Casework's decisions on interventions, from its feed (DecisionMade), so that a Kommun enrolment can name the
-- decision it carries out; only what the reference needs to be checked.
create table casework_decision (
    decision_id  uuid primary key,
    client_id    uuid not null,
    intervention text not null,
    granted      boolean not null,
    legal_basis  text not null,
    decided_on   date not null,
    valid_from   date,
    valid_to     date
);

alter table enrollment add column decision_id uuid references casework_decision (decision_id);

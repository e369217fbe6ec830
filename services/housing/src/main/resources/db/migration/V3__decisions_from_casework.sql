-- Housing's decisions are social services' decisions made in casework, read from its feed (DecisionMade): the
-- housing interventions granted, under their casework id. Casework's decisions may be open-ended.
alter table decision alter column valid_to drop not null;

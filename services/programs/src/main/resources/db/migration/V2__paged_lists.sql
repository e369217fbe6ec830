-- Keyset-paged lists (ARCHITECTURE.md §4, Lists): an index for each order a list is read in, ending in a unique
-- key so the order is total and a cursor never skips or repeats a row.
create index program_by_name on program (name, code);
create index program_group_by_name on program_group (name, id);
-- "my groups": the facilitator's name inside the array
create index program_group_facilitators on program_group using gin (facilitators);
create index enrollment_group_referred on enrollment (group_id, referred_on, id);
drop index enrollment_group;
create index enrollment_client_newest on enrollment (client_id, referred_on desc, id desc);

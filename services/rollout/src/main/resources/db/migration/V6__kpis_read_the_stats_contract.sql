-- Every KPI names a figure of the stats contract (shared-contracts StatsFields). Three named figures programs never
-- served: the co-facilitated groups are now counted (groups, not persons: never a small cell), the drop-out rate
-- has its served name, and the aftercare after a programme end is followup's (it sees the client again), not
-- programs'. Clients in parallel tracks of both bodies are the double work the integration is meant to end: fewer
-- is better.
alter table kpi drop constraint kpi_unit_check;
alter table kpi add constraint kpi_unit_check check (unit in ('COUNT', 'GROUPS', 'SHARE', 'MINUTES', 'DAYS', 'HOURS', 'SEK'));
update kpi set unit = 'GROUPS' where code = 'co-facilitated-groups';
update kpi set field = 'dropOutRate' where code = 'programme-dropout-rate';
update kpi set source = 'followup', field = 'programmeEndsWithAftercare' where code = 'share-programme-ends-with-aftercare';
update kpi set better = 'LOWER', target = null where code = 'parallel-track-count';

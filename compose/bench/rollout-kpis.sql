-- The rollout dashboard's two KPI queries, as KpiRepository.LATEST and KpiRepository.WEEKLY run them (26 weeks):
-- keep them in step. ./huset bench times them in psql against the page that runs them.
select k.code, k.position, k.title, k.unit, k.source, k.field, k.target, k.better, k.reference,
       k.reference_note, k.milestone, p.collected_at, p.source, p.value, p.target, p.n, p.suppressed
from kpi k left join lateral (
    select collected_at, source, value, target, n, suppressed from kpi_point
    where kpi = k.code order by collected_at desc limit 1) p on true
order by k.position;
select kpi, collected_at, source, value, target, n, suppressed from kpi_week
where collected_at >= now() - interval '182 days' order by kpi, week_start;

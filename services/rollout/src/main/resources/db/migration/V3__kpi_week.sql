-- The trend lines read one row per KPI per week instead of scanning every 5-minute point: after three years the
-- raw series holds millions of rows, the weekly one about 150 per KPI. Each collection upserts its week's row
-- with the newest value. Weeks start on Monday, Swedish time.
create table kpi_week (
    kpi           text not null references kpi (code),
    week_start    date not null,
    collected_at  timestamptz not null,
    source        text not null,
    value         numeric,
    target        numeric,
    n             bigint,
    suppressed    boolean not null,
    primary key (kpi, week_start),
    check (suppressed or value is not null)
);

insert into kpi_week (kpi, week_start, collected_at, source, value, target, n, suppressed)
select distinct on (kpi, date_trunc('week', collected_at at time zone 'Europe/Stockholm'))
       kpi, date_trunc('week', collected_at at time zone 'Europe/Stockholm')::date, collected_at, source, value,
       target, n, suppressed
from kpi_point
order by kpi, date_trunc('week', collected_at at time zone 'Europe/Stockholm'), collected_at desc;

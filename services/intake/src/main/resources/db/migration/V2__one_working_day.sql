-- "Triaged within one working day" (the steering group's triage KPI), as a function so the statistics can count
-- it over a year of contacts inside PostgreSQL. The deadline is the same local time on the next working day
-- (Monday–Friday); a contact that arrives on a weekend has until the end of Monday's next working day, i.e.
-- Tuesday 00:00. Swedish public holidays are not yet counted as non-working days. One expression, so that
-- PostgreSQL inlines it into the query instead of calling a function per row.
create function one_working_day_deadline(registered timestamptz) returns timestamptz
    language sql stable parallel safe as $$
    select (case extract(isodow from registered at time zone 'Europe/Stockholm')
                when 5 then (registered at time zone 'Europe/Stockholm') + interval '3 days'
                when 6 then date_trunc('day', registered at time zone 'Europe/Stockholm') + interval '3 days'
                when 7 then date_trunc('day', registered at time zone 'Europe/Stockholm') + interval '2 days'
                else (registered at time zone 'Europe/Stockholm') + interval '1 day'
            end) at time zone 'Europe/Stockholm'
$$;

-- The audit log is append-only for everyone but its owner (the role Flyway runs as, README "Security"): the
-- service's own role may insert rows and read them (verify, the auditor's queries), never change or remove one.

-- TRUNCATE fires no row trigger: a statement trigger refuses it as the row trigger refuses UPDATE and DELETE.
create trigger kit_audit_no_truncate before truncate on kit_audit
    for each statement execute function kit_audit_append_only();

-- Whatever a role was granted by default (the provisioning grants the service's role DML on every table), on the
-- audit log it keeps only SELECT and INSERT. The migration cannot know the role's name, so it asks the catalog.
do $$
declare
    grantee text;
begin
    for grantee in select distinct g.grantee from information_schema.role_table_grants g
                   where g.table_name = 'kit_audit' and g.grantee not in (current_user, 'PUBLIC')
                     and g.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER')
    loop
        execute format('revoke update, delete, truncate, references, trigger on kit_audit from %I', grantee);
    end loop;
end $$;
revoke all on kit_audit from public;

-- The auditor asks by user and time window, not only by client.
create index kit_audit_user_time on kit_audit (username, at, id);
create index kit_audit_time on kit_audit (at, id);

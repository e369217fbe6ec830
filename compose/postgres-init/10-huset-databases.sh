#!/bin/sh
# Runs once, on an empty data directory (the postgres image's /docker-entrypoint-initdb.d/): per process one
# database and two login roles, as ./huset up makes them (README "Security"): huset_<process> owns the database
# (Flyway migrates as it, password HUSET_<PROCESS>_DB_OWNER_PASSWORD), huset_<process>_app is the service's pool
# (HUSET_<PROCESS>_DB_PASSWORD) with DML on the owner's tables, less what the kit's migration V0_5 takes back on the
# audit log. The processes come from the HUSET_<PROCESS>_DB_PASSWORD variables given to the postgres container,
# so a new service is two more variables.
set -eu

env | sed -n 's/^HUSET_\([A-Z0-9_]*\)_DB_PASSWORD=.*/\1/p' | sort | while read -r up; do
  name="huset_$(echo "$up" | tr 'A-Z' 'a-z')"
  echo "huset init: roles $name, ${name}_app and database $name"
  # the passwords go through psql variables (:'pw' quotes them), never into the command line
  psql -v ON_ERROR_STOP=1 -v owner="$name" -v app="${name}_app" -v pw="$(printenv "HUSET_${up}_DB_PASSWORD")" \
       -v ownerpw="$(printenv "HUSET_${up}_DB_OWNER_PASSWORD")" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
create role :"owner" with login password :'ownerpw';
create role :"app" with login password :'pw';
create database :"owner" owner :"owner";
revoke all on database :"owner" from public;
grant connect on database :"owner" to :"app";
\connect :"owner"
set role :"owner";
grant usage on schema public to :"app";
alter default privileges in schema public grant select, insert, update, delete on tables to :"app";
alter default privileges in schema public grant usage, select, update on sequences to :"app";
SQL
done

#!/bin/sh
# Runs once, on an empty data directory (the postgres image's /docker-entrypoint-initdb.d/): one login role and
# one database per process, the role owning only its database, as ./huset up makes them. The processes come from
# the HUSET_<PROCESS>_DB_PASSWORD variables given to the postgres container, so a new service is one more variable.
set -eu

env | sed -n 's/^HUSET_\([A-Z0-9_]*\)_DB_PASSWORD=.*/\1/p' | sort | while read -r up; do
  name="huset_$(echo "$up" | tr 'A-Z' 'a-z')"
  password="$(printenv "HUSET_${up}_DB_PASSWORD")"
  echo "huset init: role and database $name"
  # the password goes through a psql variable (:'pw' quotes it), never into the command line
  psql -v ON_ERROR_STOP=1 -v role="$name" -v pw="$password" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
create role :"role" with login password :'pw';
create database :"role" owner :"role";
revoke all on database :"role" from public;
SQL
done

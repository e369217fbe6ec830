-- An account whose password was set for one use only (the first administrator's): it signs in only to change it.
alter table staff_account add column must_change_password boolean not null default false;

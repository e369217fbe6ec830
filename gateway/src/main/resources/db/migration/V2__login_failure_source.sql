-- Failed sign-ins also by the address they came from: one address trying many usernames (password spraying) is
-- throttled as well as one username being guessed.
alter table login_failure add column source text;
create index login_failure_source on login_failure (source, failed_at) where source is not null;

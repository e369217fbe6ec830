-- A client's timeline reads every follow-up of the client (the other client indexes exist already).
create index follow_up_client on follow_up (client_id, due_on desc, id desc);

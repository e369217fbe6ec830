-- The appointments list is read in start order, a page at a time, by window and optionally by room or client:
-- these indexes serve that order directly. (Every appointment lies inside one day's working or opening hours.)
create index appointment_start on appointment (starts_at, id);
create index appointment_room_start on appointment (room_id, starts_at, id);
drop index appointment_client;
create index appointment_client_start on appointment (client_id, starts_at, id);

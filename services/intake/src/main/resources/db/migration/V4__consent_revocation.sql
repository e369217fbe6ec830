-- A revocation records who asked for it (the client, their representative, or staff correcting an error) and the
-- body of the staff member who recorded it, as a grant records its recorder's body (granted_org).
alter table consent add column revoked_org text;
alter table consent add column revoke_requested_by text;

-- A client's first-visit requests for the client overview's timeline (RequestRepository.forClient), in triage order.
create index first_visit_request_client on first_visit_request (client_id, triaged_at, id);

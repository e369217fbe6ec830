-- A client's enrollments with their attendance for the client overview's timeline
-- (EnrollmentRepository.forClientWithAttendance): the attendance of one enrollment without scanning all of it.
create index attendance_enrollment on attendance (enrollment_id);

-- The outcome report reads the follow-up forms of its period and their enrollments' baselines through these,
-- instead of scanning every form of every year.
create index life_situation_recorded on life_situation (recorded_at);
create index life_situation_follow_up on life_situation (follow_up_id);
create index follow_up_enrollment_kind on follow_up (enrollment_id, kind) where enrollment_id is not null;

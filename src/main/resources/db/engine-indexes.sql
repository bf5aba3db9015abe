-- Run after the engine has created or upgraded its ACT_* tables, before its job executor starts; at
-- every start, so each statement is idempotent. docs/database.md shows it to DBAs.

-- The job acquisition asks for due jobs (ensureJobDueDateNotNull: every job has a due date); without
-- this index it scans every waiting payment's timer job, several times a payment.
CREATE INDEX IF NOT EXISTS GEFT_JOB_DUE ON ACT_RU_JOB (DUEDATE_);
-- Jobs created before every job got a due date would never be acquired.
UPDATE ACT_RU_JOB SET DUEDATE_ = COALESCE(CREATE_TIME_, CURRENT_TIMESTAMP) WHERE DUEDATE_ IS NULL;

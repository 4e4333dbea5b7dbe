-- Retention and bounded housekeeping: every query the periodic jobs run reads one of these indexes and stops
-- at a LIMIT, so a run costs the same whatever the history holds.

-- TOKENS_ERASE_AT: while an ended session's row holds the delivery copy of its tokens, its deadline (when the
-- sweeper erases them); NULL otherwise. Rows without tokens are thus outside the sweeper's index range.
ALTER TABLE AUTH_SESSION ADD COLUMN TOKENS_ERASE_AT BIGINT;
UPDATE AUTH_SESSION SET TOKENS_ERASE_AT = EXPIRES_AT
    WHERE LIVE = FALSE AND ACCESS_TOKEN IS NOT NULL AND REFRESH_TOKEN IS NOT NULL;
CREATE INDEX IX_AUTH_SESSION_TOKENS_ERASE ON AUTH_SESSION (TOKENS_ERASE_AT);

-- SESSION_EXPIRES_AT: the deadline of the entry's session; an entry is kept exactly as long as its session.
-- Entries of a session no longer stored take the time they were recorded.
ALTER TABLE AUDIT_ENTRY ADD COLUMN SESSION_EXPIRES_AT BIGINT DEFAULT 0 NOT NULL;
UPDATE AUDIT_ENTRY SET SESSION_EXPIRES_AT = COALESCE(
    (SELECT S.EXPIRES_AT FROM AUTH_SESSION S WHERE S.SESSION_ID = AUDIT_ENTRY.SESSION_ID), RECORDED_AT);
ALTER TABLE AUDIT_ENTRY ALTER COLUMN SESSION_EXPIRES_AT DROP DEFAULT;
CREATE INDEX IX_AUDIT_ENTRY_SESSION_EXPIRES ON AUDIT_ENTRY (SESSION_EXPIRES_AT);

-- Expired app codes, past days' TOTP counters: found by these, oldest first.
CREATE INDEX IX_APP_OTP_CODE_EXPIRES ON APP_OTP_CODE (EXPIRES_AT);
CREATE INDEX IX_TOTP_ATTEMPT_DAY ON TOTP_ATTEMPT (ATTEMPT_DAY);

// The latest console queries of the audit, newest first.
// Parameters: $limit (integer)
// Returns: caller, role, at, query, outcome, reason, rows, durationMs
MATCH (a:ConsoleAudit)
RETURN a.caller AS caller, a.role AS role, a.at AS at, a.query AS query, a.outcome AS outcome,
       a.reason AS reason, a.rows AS rows, a.durationMs AS durationMs
ORDER BY a.at DESC
LIMIT $limit

// Records one console query in the audit: who ran what, when, how it ended and how many rows it read.
// Parameters: $caller (string), $role (string), $query (string), $queryBytes (integer), $outcome (string), $reason (string or null), $rows (integer), $durationMs (integer)
// Returns: nothing
CREATE (:ConsoleAudit {caller: $caller, role: $role, at: datetime(), query: $query, queryBytes: $queryBytes,
                       outcome: $outcome, reason: $reason, rows: $rows, durationMs: $durationMs})

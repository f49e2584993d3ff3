// STAGE_REGRESSION (DOMAIN.md section 3.4): the distinct days of all assessments of an opportunity
// in the regression window (after $windowStart, up to $asOf), including attitude-only ones and
// those of people who have left since.
// (The analysis reads the same as part of deals/deals; this saved query lets analysts run it on
// their own.)
// Parameters: $opportunity (opportunity id), $windowStart (date), $asOf (date)
// Returns: day
MATCH (:Opportunity {id: $opportunity})<-[:IN_OPPORTUNITY]-(:Involvement)-[:HAS_ASSESSMENT]->(a:Assessment)
WHERE a.day > $windowStart AND a.day <= $asOf
RETURN DISTINCT a.day AS day
ORDER BY day

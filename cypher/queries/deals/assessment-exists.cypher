// Whether an assessment with this identity is stored already (recording one never overwrites).
// Parameters: $opportunity (opportunity id), $person (person id), $at (the exact moment)
// Returns: found (count, 0 or 1)
MATCH (a:Assessment {opportunity: $opportunity, person: $person, at: $at})
RETURN count(a) AS found

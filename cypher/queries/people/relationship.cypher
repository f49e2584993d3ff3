// One relationship by its identity (type, from, to, plus the opportunity of a DELEGATES, null for
// all deals), with the properties an edit must repeat.
// Parameters: $type (REPORTS_TO, INFLUENCES, DELEGATES or KNOWS), $from, $to (person ids),
//             $opportunity (opportunity id or null)
// Returns: strength, opportunity, note, context, since, until
MATCH (:Person {id: $from})-[r:REPORTS_TO|INFLUENCES|DELEGATES|KNOWS]->(:Person {id: $to})
WHERE type(r) = $type AND (type(r) <> 'DELEGATES' OR coalesce(r.opportunity, '') = coalesce($opportunity, ''))
RETURN r.strength AS strength, r.opportunity AS opportunity, r.note AS note, r.context AS context,
       r.since AS since, r.until AS until
LIMIT 1

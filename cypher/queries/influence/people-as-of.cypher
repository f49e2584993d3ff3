// V: the people of an account who have not left as of a date (DOMAIN.md section 3).
// Parameters: $account (organization id), $asOf (date)
// Returns: id, name, title
MATCH (:Organization {id: $account})<-[:WORKS_FOR]-(p:Person)
WHERE p.leftAt IS NULL OR p.leftAt > $asOf
RETURN p.id AS id, p.name AS name, p.title AS title
ORDER BY id

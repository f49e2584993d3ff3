// Everyone of an account, with the day they left (null while they are there). The analysis keeps,
// for each date T, those who have not left as of T: V of DOMAIN.md section 3 (leftAt null or
// after T). One read serves every date an analysis needs.
// Parameters: $account (organization id)
// Returns: id, name, title, leftAt
MATCH (:Organization {id: $account})<-[:WORKS_FOR]-(p:Person)
RETURN p.id AS id, p.name AS name, p.title AS title, p.leftAt AS leftAt
ORDER BY id

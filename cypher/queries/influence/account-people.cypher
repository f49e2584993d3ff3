// Everyone of some accounts, with the day they left (null while they are there). The analysis
// keeps, for each date T, those who have not left as of T: V of DOMAIN.md section 3 (leftAt null
// or after T). One read serves every date an analysis needs, and every account of a batch of a
// portfolio scan.
// Parameters: $accounts (list of organization ids)
// Returns: account, id, name, title, leftAt
UNWIND $accounts AS account
MATCH (:Organization {id: account})<-[:WORKS_FOR]-(p:Person)
RETURN account, p.id AS id, p.name AS name, p.title AS title, p.leftAt AS leftAt
ORDER BY account, id

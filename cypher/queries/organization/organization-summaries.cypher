// Every organization, customers first, with how many people (still with it as of $today) and opportunities it has.
// Parameters: $today (date)
// Returns: id, name, kind, people, opportunities
MATCH (o:Organization)
RETURN o.id AS id, o.name AS name, o.kind AS kind,
       COUNT { (o)<-[:WORKS_FOR]-(p:Person) WHERE p.leftAt IS NULL OR p.leftAt > $today } AS people,
       COUNT { (o)<-[:FOR_ACCOUNT]-(:Opportunity) } AS opportunities
ORDER BY CASE kind WHEN 'CUSTOMER' THEN 0 WHEN 'PARTNER' THEN 1 WHEN 'COMPETITOR' THEN 2 WHEN 'OTHER' THEN 3 ELSE 4 END,
         name, id

// How many organizations are stored; the demo data goes only into an empty database.
// Parameters: none
// Returns: n
MATCH (o:Organization)
RETURN count(o) AS n

// Optimistic versions for editing (no lost updates): every person and opportunity starts at 0;
// each edit through the application adds 1 and is refused when based on an older number.
MATCH (n) WHERE (n:Person OR n:Opportunity) AND n.version IS NULL SET n.version = 0;

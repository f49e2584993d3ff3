// A person's involvement in an opportunity, if any.
// Parameters: $opportunity (opportunity id), $person (person id)
// Returns: role
MATCH (:Opportunity {id: $opportunity})<-[:IN_OPPORTUNITY]-(i:Involvement {person: $person})
RETURN i.role AS role

package com.powermap.people;

/**
 * The five relationship types between people. Their names are the Neo4j relationship
 * types.
 */
public enum RelationshipType {

	/** Subordinate to manager, the formal line inside one organization. */
	REPORTS_TO,
	/** Influencer to the person who listens to them, inside one organization. */
	INFLUENCES,
	/** A person with authority to the person they delegate to, for one deal or all. */
	DELEGATES,
	/** An external tie between people of different organizations. */
	KNOWS,
	/**
	 * One of our people to a person of another organization they met, called or worked
	 * with.
	 */
	ENGAGED

}

package com.powermap.people;

/**
 * A stored relationship with the names of the two people, for a list.
 */
public record RelationshipView(Relationship relationship, String fromName, String toName) {

}

package com.powermap.organization;

/**
 * An organization as the accounts page lists it.
 *
 * @param people how many of its people have not left as of today
 * @param opportunities how many opportunities it is the account of
 */
public record OrganizationSummary(String id, String name, OrganizationKind kind, long people, long opportunities) {

}

package com.powermap.organization;

/**
 * What an organization is to us: a customer, ourselves, a competitor, a partner or
 * anything else.
 */
public enum OrganizationKind {

	CUSTOMER, SELF, COMPETITOR, PARTNER, OTHER

}

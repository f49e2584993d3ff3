package com.powermap.deals.ui;

import org.springframework.stereotype.Component;

import com.powermap.access.AccountAccess;
import com.powermap.deals.DealHistory;
import com.powermap.deals.OpportunityService;
import com.powermap.organization.OrganizationService;
import com.powermap.people.PeopleService;

/**
 * The services the deal view's editing and timeline need, handed to the view as one.
 */
@Component
class DealEditing {

	final PeopleService people;

	final OpportunityService opportunities;

	final DealHistory history;

	final OrganizationService organizations;

	final AccountAccess access;

	DealEditing(PeopleService people, OpportunityService opportunities, DealHistory history,
			OrganizationService organizations, AccountAccess access) {
		this.people = people;
		this.opportunities = opportunities;
		this.history = history;
		this.organizations = organizations;
		this.access = access;
	}

	/**
	 * Whether the signed-in user may change the account: its key-account manager or an
	 * admin.
	 */
	boolean mayChange(String account) {
		return this.access.mayChange(account);
	}

}

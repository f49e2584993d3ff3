package com.powermap.deals.ui;

import org.springframework.stereotype.Component;

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

	DealEditing(PeopleService people, OpportunityService opportunities, DealHistory history,
			OrganizationService organizations) {
		this.people = people;
		this.opportunities = opportunities;
		this.history = history;
		this.organizations = organizations;
	}

}

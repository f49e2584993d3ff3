package com.powermap.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.powermap.organization.OrganizationKind;

/**
 * What the validation of a document needs to know about what is already stored: a
 * reference is known when it is in the document or already in the database.
 */
interface StoredGraph {

	/** The kinds of the stored organizations among these ids. */
	Map<String, OrganizationKind> organizations(Collection<String> ids);

	/** The stored people among these ids, with their organization. */
	Map<String, StoredPerson> people(Collection<String> ids);

	/** The stored opportunities among these ids, with their account. */
	Map<String, String> opportunities(Collection<String> ids);

	/** Every stored REPORTS_TO between people of these organizations. */
	List<StoredReportsTo> reportsTo(Collection<String> organizationIds);

	/**
	 * Among these stored people, those with ties that must stay inside their organization
	 * (REPORTS_TO, INFLUENCES, involvements), by id, with their organization.
	 */
	Map<String, String> peopleTiedToOrganization(Collection<String> ids);

	record StoredPerson(String id, String org, OrganizationKind orgKind) {
	}

	record StoredReportsTo(String from, String to, @Nullable LocalDate since, @Nullable LocalDate until) {
	}

}

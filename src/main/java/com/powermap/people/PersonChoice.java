package com.powermap.people;

import org.jspecify.annotations.Nullable;

/**
 * A person to pick in an editor's list, with their organization.
 */
public record PersonChoice(String id, String name, @Nullable String title, String org, String orgName, String orgKind) {

	/** Name, title and organization, as a list shows them. */
	public String label() {
		return this.name + ((this.title != null) ? ", " + this.title : "") + " (" + this.orgName + ")";
	}

}

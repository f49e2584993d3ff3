package com.powermap.deals.ui;

import java.util.Arrays;

import com.vaadin.flow.component.select.Select;

import com.powermap.deals.BuyingRole;
import com.powermap.deals.DealAnalysis;

/**
 * Changes a stakeholder's role in a deal; their assessments stay as they are.
 */
class InvolvementDialog extends EditDialog {

	private final DealEditing editing;

	private final String opportunity;

	private final String person;

	final Select<BuyingRole> role = field("role", new Select<>());

	InvolvementDialog(DealEditing editing, DealAnalysis deal, DealAnalysis.Stakeholder stakeholder, Runnable saved) {
		super("", saved);
		this.editing = editing;
		this.opportunity = deal.opportunity();
		this.person = stakeholder.person();
		setHeaderTitle(getTranslation("edit.editRole") + " · " + stakeholder.name());
		this.role.setLabel(getTranslation("deal.role"));
		this.role.setItems(Arrays.asList(BuyingRole.values()));
		this.role.setItemLabelGenerator((r) -> getTranslation("role." + r.name()));
		this.role.setValue(stakeholder.role());
		required(this.role);
		this.form.add(this.role);
		this.role.focus();
	}

	@Override
	protected boolean save() {
		if (!valid()) {
			return false;
		}
		this.editing.opportunities.saveInvolvement(this.opportunity, this.person, this.role.getValue());
		return true;
	}

}

package com.powermap.deals.ui;

import java.math.BigDecimal;
import java.util.Arrays;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import com.powermap.deals.OpportunityDetails;
import com.powermap.deals.OpportunityFields;
import com.powermap.deals.Stage;
import com.powermap.people.StaleVersionException;

/**
 * Edits a deal's name, claimed stage and amount against the version read when the dialog
 * opened: a save that someone else's save overtook asks whether to reload or overwrite.
 */
class OpportunityDialog extends EditDialog {

	private final DealEditing editing;

	private final String id;

	private long version;

	final TextField name = field("name", new TextField());

	final Select<Stage> claimedStage = field("claimedStage", new Select<>());

	final BigDecimalField amount = field("amount", new BigDecimalField());

	final TextField currency = field("currency", new TextField());

	OpportunityDialog(DealEditing editing, String id, Runnable saved) {
		super("", saved);
		this.editing = editing;
		this.id = id;
		setHeaderTitle(getTranslation("edit.editDeal"));
		this.name.setLabel(getTranslation("edit.name"));
		this.claimedStage.setLabel(getTranslation("edit.claimedStage"));
		this.claimedStage.setItems(Arrays.asList(Stage.values()));
		this.claimedStage.setItemLabelGenerator((s) -> getTranslation("stage." + s.name()));
		this.amount.setLabel(getTranslation("portfolio.amount"));
		this.currency.setLabel(getTranslation("edit.currency"));
		required(this.name);
		required(this.claimedStage);
		this.binder.forField(this.amount)
			.withValidator((v) -> v == null || v.signum() >= 0, getTranslation("edit.amountNegative"))
			.bind((o) -> null, (o, v) -> {
			});
		this.form.add(this.name, this.claimedStage, this.amount, this.currency);
		load();
		this.name.focus();
	}

	private void load() {
		OpportunityDetails opportunity = this.editing.opportunities.opportunity(this.id);
		this.version = opportunity.version();
		this.name.setValue(opportunity.name());
		this.claimedStage.setValue(opportunity.claimedStage());
		this.amount.setValue(opportunity.amount());
		this.currency.setValue(PersonDialog.text(opportunity.currency()));
	}

	@Override
	protected boolean save() {
		if (!valid()) {
			return false;
		}
		BigDecimal value = this.amount.getValue();
		this.version = this.editing.opportunities.update(this.id, this.version, new OpportunityFields(
				this.name.getValue(), this.claimedStage.getValue(), value, this.currency.getValue()));
		return true;
	}

	@Override
	protected void stale(StaleVersionException ex) {
		new StaleDialog(this::load, () -> {
			this.version = ex.current();
			this.save.click();
		}).open();
	}

}

package com.powermap.deals.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.NewAssessment;
import com.powermap.deals.Participation;
import com.powermap.deals.Stage;
import com.powermap.people.PersonChoice;

/**
 * Records a new assessment of a person in a deal (stage, attitude, participation, note).
 * Earlier assessments stay: the deal's history is never overwritten. Someone not yet
 * involved is involved with the role chosen here.
 */
class AssessmentDialog extends EditDialog {

	private final DealEditing editing;

	private final String opportunity;

	final ComboBox<PersonChoice> person = field("person", new ComboBox<>());

	final DatePicker day = field("day", new DatePicker());

	final Select<Stage> stage = new Select<>();

	final Select<Attitude> attitude = new Select<>();

	final Select<Participation> participation = new Select<>();

	final TextArea note = field("note", new TextArea());

	final Select<BuyingRole> role = new Select<>();

	private final Map<String, BuyingRole> roles;

	AssessmentDialog(DealEditing editing, DealAnalysis deal, @Nullable String preselected, Runnable saved) {
		super("", saved);
		this.editing = editing;
		this.opportunity = deal.opportunity();
		setHeaderTitle(getTranslation("edit.recordAssessment") + " · " + deal.name());
		this.roles = deal.stakeholders()
			.stream()
			.collect(Collectors.toMap(DealAnalysis.Stakeholder::person, DealAnalysis.Stakeholder::role));
		List<PersonChoice> people = editing.people.choicesFor(deal.account())
			.stream()
			.filter((p) -> p.org().equals(deal.account()))
			.toList();
		this.person.setLabel(getTranslation("deal.person"));
		this.person.setItems(people);
		this.person.setItemLabelGenerator(PersonChoice::label);
		this.person.addValueChangeListener((e) -> {
			BuyingRole current = (e.getValue() != null) ? this.roles.get(e.getValue().id()) : null;
			this.role.setValue(current);
		});
		this.day.setLabel(getTranslation("edit.day"));
		this.day.setValue(LocalDate.now(ZoneOffset.UTC));
		setUp(this.stage, "deal.stage", Stage.values(), "stage");
		setUp(this.attitude, "deal.attitude", Attitude.values(), "attitude");
		setUp(this.participation, "edit.participation", Participation.values(), "participation");
		setUp(this.role, "deal.role", BuyingRole.values(), "role");
		field("stage", this.stage);
		field("attitude", this.attitude);
		field("participation", this.participation);
		field("role", this.role);
		this.role.setHelperText(getTranslation("edit.roleHelp"));
		this.note.setLabel(getTranslation("edit.note"));
		required(this.person);
		required(this.day);
		this.form.add(this.person, this.day, this.stage, this.attitude, this.participation, this.role);
		this.form.add(this.note, 2);
		people.stream().filter((p) -> p.id().equals(preselected)).findFirst().ifPresent(this.person::setValue);
		if (preselected != null) {
			this.stage.focus();
		}
		else {
			this.person.focus();
		}
	}

	private <E extends Enum<E>> void setUp(Select<E> select, String label, E[] values, String kind) {
		select.setLabel(getTranslation(label));
		select.setItems(Arrays.asList(values));
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption("—");
		select.setItemLabelGenerator((v) -> (v != null) ? getTranslation(kind + "." + v.name()) : "—");
	}

	@Override
	protected boolean save() {
		if (!valid()) {
			return false;
		}
		PersonChoice chosen = this.person.getValue();
		BuyingRole chosenRole = this.role.getValue();
		// the role is sent only when it changes: an unchanged role needs no write
		BuyingRole current = this.roles.get(chosen.id());
		this.editing.opportunities.recordAssessment(this.opportunity,
				new NewAssessment(chosen.id(), this.day.getValue(), this.stage.getValue(), this.attitude.getValue(),
						this.participation.getValue(), this.note.getValue(),
						(chosenRole != null && chosenRole != current) ? chosenRole : null));
		return true;
	}

}

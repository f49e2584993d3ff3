package com.powermap.deals.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import com.powermap.deals.DealAnalysis;
import com.powermap.people.PersonChoice;

/**
 * Logs that one of our people met, called or wrote to someone of the customer. The
 * import's checks apply: an engagement from someone who is not one of our people is shown
 * at the "from" field.
 */
class EngagementDialog extends EditDialog {

	private final DealEditing editing;

	final ComboBox<PersonChoice> from = field("from", new ComboBox<>());

	final ComboBox<PersonChoice> to = field("to", new ComboBox<>());

	final DatePicker at = field("at", new DatePicker());

	final ComboBox<String> channel = field("channel", new ComboBox<>());

	final TextField note = field("note", new TextField());

	EngagementDialog(DealEditing editing, DealAnalysis deal, @Nullable String preselected, Runnable saved) {
		super("", saved);
		this.editing = editing;
		setHeaderTitle(getTranslation("edit.logEngagement"));
		List<PersonChoice> people = editing.people.choicesFor(deal.account());
		for (ComboBox<PersonChoice> person : List.of(this.from, this.to)) {
			person.setItems(people);
			person.setItemLabelGenerator(PersonChoice::label);
		}
		this.from.setLabel(getTranslation("edit.ourPerson"));
		this.to.setLabel(getTranslation("edit.met"));
		this.at.setLabel(getTranslation("edit.day"));
		this.at.setValue(LocalDate.now(ZoneOffset.UTC));
		this.channel.setLabel(getTranslation("edit.channel"));
		this.channel.setItems("MEETING", "CALL", "EMAIL", "VISIT", "EVENT");
		this.channel.setAllowCustomValue(true);
		this.channel.addCustomValueSetListener((e) -> this.channel.setValue(e.getDetail()));
		this.note.setLabel(getTranslation("edit.note"));
		required(this.from);
		required(this.to);
		required(this.at);
		this.form.add(this.from, this.to, this.at, this.channel, this.note);
		people.stream().filter((p) -> p.orgKind().equals("SELF")).findFirst().ifPresent(this.from::setValue);
		people.stream().filter((p) -> p.id().equals(preselected)).findFirst().ifPresent(this.to::setValue);
		this.from.focus();
	}

	@Override
	protected boolean save() {
		if (!valid()) {
			return false;
		}
		this.editing.people.logEngagement(this.from.getValue().id(), this.to.getValue().id(), this.at.getValue(),
				this.channel.getValue(), this.note.getValue());
		return true;
	}

}

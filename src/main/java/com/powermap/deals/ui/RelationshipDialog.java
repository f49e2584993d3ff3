package com.powermap.deals.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import com.powermap.deals.DealAnalysis;
import com.powermap.people.PersonChoice;
import com.powermap.people.Relationship;
import com.powermap.people.RelationshipType;
import com.powermap.people.RelationshipView;
import com.powermap.base.ui.DatabaseBanner;

/**
 * Adds a relationship between two people, or picks a stored one to change or end (an
 * ended relationship keeps its history: it gets an end date). The import's checks apply:
 * a REPORTS_TO that would close a cycle or a strength outside (0,1] is shown at its
 * field.
 */
class RelationshipDialog extends EditDialog {

	private static final List<RelationshipType> TYPES = List.of(RelationshipType.REPORTS_TO,
			RelationshipType.INFLUENCES, RelationshipType.DELEGATES, RelationshipType.KNOWS);

	private final DealEditing editing;

	private final String opportunity;

	final ComboBox<RelationshipView> existing = new ComboBox<>();

	final Select<RelationshipType> type = field("type", new Select<>());

	final ComboBox<PersonChoice> from = field("from", new ComboBox<>());

	final ComboBox<PersonChoice> to = field("to", new ComboBox<>());

	final NumberField strength = field("strength", new NumberField());

	final Checkbox thisDealOnly = new Checkbox();

	final TextField note = field("note", new TextField());

	final TextField context = field("context", new TextField());

	final DatePicker since = field("since", new DatePicker());

	final DatePicker until = field("until", new DatePicker());

	final Button end = new Button();

	private final List<PersonChoice> people;

	/** The type first; the strength for an influence drawn between two people. */
	private Focusable<?> focusOnOpen = this.type;

	RelationshipDialog(DealEditing editing, DealAnalysis deal, Runnable saved) {
		super("", saved);
		this.editing = editing;
		this.opportunity = deal.opportunity();
		setHeaderTitle(getTranslation("edit.addRelationship"));
		this.people = editing.people.choicesFor(deal.account());
		this.existing.setLabel(getTranslation("edit.existing"));
		this.existing.setHelperText(getTranslation("edit.existingHelp"));
		this.existing.setItems(editing.people.relationshipsOf(deal.account()));
		this.existing.setItemLabelGenerator((r) -> getTranslation("rel." + r.relationship().type().name()) + ": "
				+ r.fromName() + " → " + r.toName() + ((r.relationship().until() != null)
						? " (" + getTranslation("edit.until") + " " + r.relationship().until() + ")" : ""));
		this.existing.addValueChangeListener((e) -> fill(e.getValue()));
		this.type.setLabel(getTranslation("edit.type"));
		this.type.setItems(TYPES);
		this.type.setItemLabelGenerator((t) -> getTranslation("rel." + t.name()));
		this.type.addValueChangeListener((e) -> showFieldsOf(e.getValue()));
		for (ComboBox<PersonChoice> person : List.of(this.from, this.to)) {
			person.setItems(this.people);
			person.setItemLabelGenerator(PersonChoice::label);
		}
		this.from.setLabel(getTranslation("edit.from"));
		this.to.setLabel(getTranslation("edit.to"));
		this.strength.setLabel(getTranslation("edit.strength"));
		this.strength.setHelperText(getTranslation("edit.strengthHelp"));
		this.strength.setStep(0.1);
		this.thisDealOnly.setLabel(getTranslation("edit.thisDealOnly"));
		this.note.setLabel(getTranslation("edit.note"));
		this.context.setLabel(getTranslation("edit.context"));
		this.since.setLabel(getTranslation("edit.since"));
		this.until.setLabel(getTranslation("edit.until"));
		required(this.type);
		required(this.from);
		required(this.to);
		this.binder.forField(this.strength)
			.withValidator((v) -> v != null || this.type.getValue() != RelationshipType.INFLUENCES,
					getTranslation("edit.strengthRequired"))
			.withValidator((v) -> v == null || (v > 0 && v <= 1), getTranslation("edit.strengthRange"))
			.bind((o) -> null, (o, v) -> {
			});
		this.end.setText(getTranslation("edit.endToday"));
		this.end.setEnabled(false);
		this.end.addClickListener((e) -> endSelected());
		getFooter().addComponentAsFirst(this.end);
		this.form.add(this.existing, 2);
		this.form.add(this.type, this.from, this.to, this.strength, this.thisDealOnly, this.note, this.context,
				this.since, this.until);
		this.type.setValue(RelationshipType.INFLUENCES);
	}

	/** Opens the dialog with the focus on the field to fill first. */
	@Override
	public void open() {
		super.open();
		this.focusOnOpen.focus();
	}

	/**
	 * Starts a new INFLUENCES between two people of the account, as drawn in the graph or
	 * picked from a stakeholder's actions: the strength field gets the focus, or the
	 * target field when no target is given yet.
	 * @return false when either id names nobody of the account (nothing is filled then)
	 */
	boolean influence(String fromId, @Nullable String toId) {
		PersonChoice source = person(fromId);
		PersonChoice target = (toId != null) ? person(toId) : null;
		if (source == null || (toId != null && target == null)) {
			return false;
		}
		this.type.setValue(RelationshipType.INFLUENCES);
		this.from.setValue(source);
		if (target != null) {
			this.to.setValue(target);
			this.focusOnOpen = this.strength;
		}
		else {
			this.focusOnOpen = this.to;
		}
		return true;
	}

	private void fill(@Nullable RelationshipView view) {
		this.end.setEnabled(view != null && view.relationship().until() == null);
		if (view == null) {
			return;
		}
		Relationship r = view.relationship();
		this.type.setValue(r.type());
		this.from.setValue(person(r.from()));
		this.to.setValue(person(r.to()));
		this.strength.setValue(r.strength());
		this.thisDealOnly.setValue(r.opportunity() != null);
		this.note.setValue(PersonDialog.text(r.note()));
		this.context.setValue(PersonDialog.text(r.context()));
		this.since.setValue(r.since());
		this.until.setValue(r.until());
	}

	private @Nullable PersonChoice person(String id) {
		return this.people.stream().filter((p) -> p.id().equals(id)).findFirst().orElse(null);
	}

	private void showFieldsOf(@Nullable RelationshipType selected) {
		this.strength.setVisible(selected == RelationshipType.INFLUENCES || selected == RelationshipType.KNOWS);
		this.strength.setRequiredIndicatorVisible(selected == RelationshipType.INFLUENCES);
		this.thisDealOnly.setVisible(selected == RelationshipType.DELEGATES);
		this.note.setVisible(selected == RelationshipType.INFLUENCES || selected == RelationshipType.DELEGATES);
		this.context.setVisible(selected == RelationshipType.KNOWS);
	}

	@Override
	protected @Nullable String wholeEditField() {
		// the import blames a REPORTS_TO cycle on the relationship as a whole: its
		// manager
		// is what closes it
		return "to";
	}

	@Override
	protected boolean save() {
		if (!valid()) {
			return false;
		}
		this.editing.people.saveRelationship(relationship(this.until.getValue()));
		return true;
	}

	private void endSelected() {
		RelationshipView selected = this.existing.getValue();
		if (selected == null) {
			return;
		}
		Relationship r = selected.relationship();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		try {
			this.editing.people.endRelationship(r.type(), r.from(), r.to(), r.opportunity(), today);
			done();
		}
		catch (RuntimeException ex) {
			showMessage(DatabaseBanner.explain(ex));
		}
	}

	private Relationship relationship(@Nullable LocalDate end) {
		RelationshipType chosen = Objects.requireNonNull(this.type.getValue());
		return new Relationship(chosen, this.from.getValue().id(), this.to.getValue().id(), this.strength.getValue(),
				(chosen == RelationshipType.DELEGATES && this.thisDealOnly.getValue()) ? this.opportunity : null,
				this.note.getValue(), this.context.getValue(), this.since.getValue(), end);
	}

}

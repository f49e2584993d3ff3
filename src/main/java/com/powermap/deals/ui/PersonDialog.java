package com.powermap.deals.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import com.powermap.organization.OrganizationSummary;
import com.powermap.people.PersonDetails;
import com.powermap.people.PersonFields;
import com.powermap.people.StaleVersionException;

/**
 * Adds a person, or edits one against the version read when the dialog opened: a save
 * that someone else's save overtook asks whether to reload or overwrite.
 */
class PersonDialog extends EditDialog {

	private final DealEditing editing;

	private final @Nullable String id;

	private long version;

	final TextField name = field("name", new TextField());

	final TextField title = field("title", new TextField());

	final TextField department = field("department", new TextField());

	final EmailField email = field("email", new EmailField());

	final ComboBox<OrganizationSummary> org = field("org", new ComboBox<>());

	final DatePicker leftAt = field("leftAt", new DatePicker());

	private final List<OrganizationSummary> organizations;

	/** The question asked after the last stale save, if any. */
	@Nullable StaleDialog asked;

	PersonDialog(DealEditing editing, String account, @Nullable String id, Runnable saved) {
		super("", saved);
		this.editing = editing;
		this.id = id;
		setHeaderTitle(getTranslation((id == null) ? "edit.addPerson" : "edit.editPerson"));
		this.name.setLabel(getTranslation("edit.name"));
		this.title.setLabel(getTranslation("deal.jobTitle"));
		this.department.setLabel(getTranslation("edit.department"));
		this.email.setLabel(getTranslation("edit.email"));
		this.org.setLabel(getTranslation("edit.organization"));
		this.leftAt.setLabel(getTranslation("edit.leftAt"));
		this.organizations = editing.organizations.summaries();
		this.org.setItems(this.organizations);
		this.org.setItemLabelGenerator((o) -> o.name() + " (" + getTranslation("kind." + o.kind().name()) + ")");
		required(this.name);
		required(this.org);
		this.form.add(this.name, this.title, this.department, this.org, this.email, this.leftAt);
		if (id != null) {
			load();
		}
		else {
			this.organizations.stream().filter((o) -> o.id().equals(account)).findFirst().ifPresent(this.org::setValue);
		}
		this.name.focus();
	}

	private void load() {
		PersonDetails person = this.editing.people.person(this.id);
		this.version = person.version();
		this.name.setValue(person.name());
		this.title.setValue(text(person.title()));
		this.department.setValue(text(person.department()));
		this.email.setValue(text(person.email()));
		this.organizations.stream()
			.filter((o) -> o.id().equals(person.org()))
			.findFirst()
			.ifPresent(this.org::setValue);
		this.leftAt.setValue(person.leftAt());
	}

	private PersonFields fields() {
		OrganizationSummary organization = this.org.getValue();
		return new PersonFields(this.name.getValue(), this.title.getValue(), this.department.getValue(),
				this.email.getValue(), (organization != null) ? organization.id() : null, this.leftAt.getValue());
	}

	@Override
	protected boolean save() {
		if (!valid()) {
			return false;
		}
		if (this.id == null) {
			this.editing.people.add(fields());
		}
		else {
			this.version = this.editing.people.update(this.id, this.version, fields());
		}
		return true;
	}

	@Override
	protected void stale(StaleVersionException ex) {
		this.asked = new StaleDialog(this::load, () -> {
			this.version = ex.current();
			this.save.click();
		});
		this.asked.open();
	}

	static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}

package com.powermap.deals.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;

import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.people.StaleVersionException;
import com.powermap.base.ui.DatabaseBanner;

/**
 * What every editing dialog shares: a form, Save and Cancel, a message area for errors
 * that belong to no single field, and putting a refused save's errors at their fields.
 * The services' errors name the edit's fields as {@code $.name}; a dialog registers its
 * fields under those names.
 */
abstract class EditDialog extends Dialog {

	protected final FormLayout form = new FormLayout();

	protected final Button save;

	/** Field-level checks that need no database: required fields, ranges. */
	protected final Binder<Object> binder = new Binder<>();

	final Paragraph message = new Paragraph();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private final Runnable saved;

	EditDialog(String title, Runnable saved) {
		this.saved = saved;
		setHeaderTitle(title);
		this.message.setVisible(false);
		this.message.getElement().setAttribute("role", "alert");
		this.message.getStyle().set("color", "var(--lumo-error-text-color)");
		add(this.form, this.message);
		this.save = new Button(getTranslation("edit.save"), (e) -> trySave());
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("edit.cancel"), (e) -> close());
		getFooter().add(cancel, this.save);
		setCloseOnEsc(true);
		setWidth("min(40rem, 95vw)");
	}

	/** Registers a field under the name the services' errors give it. */
	protected <F extends HasValidation> F field(String name, F field) {
		this.fields.put(name, field);
		return field;
	}

	/** Marks a field required, with its message at the field. */
	protected <V> void required(HasValue<?, V> field) {
		this.binder.forField(field).asRequired(getTranslation("edit.required")).bind((o) -> null, (o, v) -> {
		});
	}

	/** Whether the field-level checks pass; each failing field shows why. */
	protected boolean valid() {
		return this.binder.validate().isOk();
	}

	/**
	 * Checks the form and writes it.
	 * @return whether the form was valid (the save itself may still be refused)
	 */
	protected abstract boolean save();

	/**
	 * The field that errors about the whole edit ({@code $}) belong to, or null for the
	 * dialog's message area.
	 */
	protected @Nullable String wholeEditField() {
		return null;
	}

	private void trySave() {
		this.message.setVisible(false);
		try {
			if (save()) {
				done();
			}
		}
		catch (InvalidDocumentException ex) {
			showErrors(ex);
		}
		catch (StaleVersionException ex) {
			stale(ex);
		}
		catch (RuntimeException ex) {
			showMessage(getTranslation("edit.failed") + " " + DatabaseBanner.explain(ex));
		}
	}

	/** Closes the dialog and lets the deal view show the new state. */
	protected void done() {
		close();
		this.saved.run();
	}

	/** A save was refused because someone else saved first; dialogs with versions ask. */
	protected void stale(StaleVersionException ex) {
		showMessage(ex.getMessage());
	}

	protected void showMessage(@Nullable String text) {
		this.message.setText(String.valueOf(text));
		this.message.setVisible(true);
	}

	private void showErrors(InvalidDocumentException ex) {
		StringBuilder rest = new StringBuilder();
		for (ImportError error : ex.errors()) {
			String path = error.path();
			String name = path.equals("$") ? wholeEditField() : path.startsWith("$.") ? path.substring(2) : null;
			int dot = (name != null) ? name.indexOf('.') : -1;
			if (name != null && dot > 0) {
				name = name.substring(0, dot);
			}
			HasValidation field = (name != null) ? this.fields.get(name) : null;
			if (field != null) {
				field.setErrorMessage(error.message());
				field.setInvalid(true);
			}
			else {
				rest.append((rest.length() > 0) ? "; " : "").append(error.message());
			}
		}
		if (rest.length() > 0) {
			showMessage(rest.toString());
		}
	}

}

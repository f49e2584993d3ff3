package com.powermap.deals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asked when a save was refused because someone else saved first: reload their version
 * (dropping these changes) or overwrite it with these.
 */
class StaleDialog extends Dialog {

	final Button reloadButton;

	final Button overwriteButton;

	StaleDialog(Runnable reload, Runnable overwrite) {
		setHeaderTitle(getTranslation("edit.staleTitle"));
		add(new Paragraph(getTranslation("edit.stale")));
		this.reloadButton = new Button(getTranslation("edit.reload"), (e) -> {
			close();
			reload.run();
		});
		this.overwriteButton = new Button(getTranslation("edit.overwrite"), (e) -> {
			close();
			overwrite.run();
		});
		this.overwriteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(this.overwriteButton, this.reloadButton);
		setCloseOnEsc(true);
		this.reloadButton.focus();
	}

}

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

	StaleDialog(Runnable reload, Runnable overwrite) {
		setHeaderTitle(getTranslation("edit.staleTitle"));
		add(new Paragraph(getTranslation("edit.stale")));
		Button reloadButton = new Button(getTranslation("edit.reload"), (e) -> {
			close();
			reload.run();
		});
		Button overwriteButton = new Button(getTranslation("edit.overwrite"), (e) -> {
			close();
			overwrite.run();
		});
		overwriteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
		reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(overwriteButton, reloadButton);
		setCloseOnEsc(true);
		reloadButton.focus();
	}

}

package com.powermap.deals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import com.powermap.deals.DealAnalysis;

/**
 * The deal view's editing actions: a toolbar (add a person or a relationship, log an
 * engagement, record an assessment, edit the deal) and the actions of one stakeholder's
 * row. Every action is a button, so the keyboard reaches it; after a save the deal view
 * is analysed again.
 */
class EditActions extends HorizontalLayout {

	private final DealEditing editing;

	private final DealAnalysis deal;

	private final Runnable refresh;

	EditActions(DealEditing editing, DealAnalysis deal) {
		this.editing = editing;
		this.deal = deal;
		this.refresh = () -> UI.getCurrent().refreshCurrentRoute(false);
		setWrap(true);
		add(button("edit.addPerson", VaadinIcon.USER,
				() -> new PersonDialog(editing, deal.account(), null, this.refresh).open()));
		add(button("edit.addRelationship", VaadinIcon.CONNECT,
				() -> new RelationshipDialog(editing, deal, this.refresh).open()));
		add(button("edit.logEngagement", VaadinIcon.HANDSHAKE,
				() -> new EngagementDialog(editing, deal, null, this.refresh).open()));
		add(button("edit.recordAssessment", VaadinIcon.CLIPBOARD_CHECK,
				() -> new AssessmentDialog(editing, deal, null, this.refresh).open()));
		add(button("edit.editDeal", VaadinIcon.EDIT,
				() -> new OpportunityDialog(editing, deal.opportunity(), this.refresh).open()));
	}

	/** The actions of one stakeholder, for a column of the stakeholder grid. */
	Component rowActions(DealAnalysis.Stakeholder stakeholder) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(false);
		actions.add(small("edit.assess", stakeholder,
				() -> new AssessmentDialog(this.editing, this.deal, stakeholder.person(), this.refresh).open()));
		actions.add(small("edit.role", stakeholder,
				() -> new InvolvementDialog(this.editing, this.deal, stakeholder, this.refresh).open()));
		actions.add(small("edit.person", stakeholder,
				() -> new PersonDialog(this.editing, this.deal.account(), stakeholder.person(), this.refresh).open()));
		actions.add(small("edit.engage", stakeholder,
				() -> new EngagementDialog(this.editing, this.deal, stakeholder.person(), this.refresh).open()));
		// The keyboard's way to what "Draw influence" does with the pointer in the graph.
		actions.add(small("edit.addInfluence", stakeholder, () -> {
			RelationshipDialog dialog = new RelationshipDialog(this.editing, this.deal, this.refresh);
			dialog.influence(stakeholder.person(), null);
			dialog.open();
		}));
		return actions;
	}

	private Button button(String key, VaadinIcon icon, Runnable action) {
		Button button = new Button(getTranslation(key), icon.create(), (e) -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return button;
	}

	private Button small(String key, DealAnalysis.Stakeholder stakeholder, Runnable action) {
		Button button = new Button(getTranslation(key), (e) -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		button.setAriaLabel(getTranslation(key) + ": " + stakeholder.name());
		return button;
	}

}

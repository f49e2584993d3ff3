package com.powermap.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import com.powermap.organization.OrganizationService;
import com.powermap.organization.OrganizationSummary;

/**
 * The organizations in the database with their people and opportunity counts.
 */
@Route("accounts")
@PermitAll
@PageTitle("Accounts · Powermap")
@Menu(order = 1, title = "Accounts")
class AccountsView extends VerticalLayout {

	AccountsView(OrganizationService organizations) {
		setSizeFull();
		add(new H2(getTranslation("accounts.title")));
		var summaries = organizations.summaries();
		if (summaries.isEmpty()) {
			add(new Paragraph(getTranslation("accounts.empty")));
		}
		Grid<OrganizationSummary> grid = new Grid<>(OrganizationSummary.class, false);
		grid.addColumn(OrganizationSummary::name)
			.setHeader(getTranslation("accounts.organization"))
			.setSortable(true)
			.setFlexGrow(3);
		grid.addColumn(OrganizationSummary::kind).setHeader(getTranslation("accounts.kind")).setSortable(true);
		grid.addColumn(OrganizationSummary::people).setHeader(getTranslation("accounts.people")).setSortable(true);
		grid.addColumn(OrganizationSummary::opportunities)
			.setHeader(getTranslation("accounts.opportunities"))
			.setSortable(true);
		grid.addColumn(OrganizationSummary::id).setHeader(getTranslation("accounts.id"));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setItems(summaries);
		grid.setSizeFull();
		add(grid);
	}

}

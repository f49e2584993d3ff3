package com.powermap.console.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.powermap.console.ConsoleService;

/**
 * Administrators see here who ran which console query when, and what came of it (the
 * {@code :ConsoleAudit} records, newest first): run, truncated, refused or failed, with
 * rows, duration and the reason of a refusal. Selecting a row shows its whole query.
 */
@Route("audit")
@PageTitle("Console audit · Powermap")
@Menu(order = 8, title = "Console audit")
@RolesAllowed("ADMIN")
class ConsoleAuditView extends VerticalLayout {

	static final int SHOWN = 500;

	private final ConsoleService console;

	private final Grid<Map<String, @Nullable Object>> grid = new Grid<>();

	private final Pre query = new Pre();

	ConsoleAuditView(ConsoleService console) {
		this.console = console;
		setSizeFull();
		add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.help", SHOWN)));

		this.grid.addColumn((row) -> text(row.get("at")))
			.setHeader(getTranslation("audit.at"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((row) -> text(row.get("caller")))
			.setHeader(getTranslation("audit.caller"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> text(row.get("role"))).setHeader(getTranslation("audit.role")).setAutoWidth(true);
		this.grid.addColumn((row) -> getTranslation("audit.outcome." + text(row.get("outcome"))))
			.setHeader(getTranslation("audit.outcome"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> text(row.get("rows"))).setHeader(getTranslation("audit.rows")).setAutoWidth(true);
		this.grid.addColumn((row) -> text(row.get("durationMs")))
			.setHeader(getTranslation("audit.duration"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> oneLine(row.get("query"))).setHeader(getTranslation("audit.query")).setFlexGrow(3);
		this.grid.addColumn((row) -> text(row.get("reason"))).setHeader(getTranslation("audit.reason")).setFlexGrow(2);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.asSingleSelect()
			.addValueChangeListener((event) -> this.query
				.setText((event.getValue() == null) ? "" : text(event.getValue().get("query"))));
		this.grid.setSizeFull();

		this.query.setId("audit-query");
		this.query.getStyle().set("white-space", "pre-wrap").set("max-height", "10em").set("overflow", "auto");
		Button refresh = new Button(getTranslation("audit.refresh"), (e) -> refresh());
		add(new HorizontalLayout(refresh), this.grid, this.query);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.console.recentAudit(SHOWN));
	}

	private static String text(@Nullable Object value) {
		return (value == null) ? "" : value.toString();
	}

	private static String oneLine(@Nullable Object query) {
		String text = text(query).replaceAll("\\s+", " ").strip();
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}

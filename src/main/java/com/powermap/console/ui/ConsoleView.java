package com.powermap.console.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.powermap.access.AccountAccess;
import com.powermap.console.ConsoleCaller;
import com.powermap.console.ConsoleRefusedException;
import com.powermap.console.ConsoleResult;
import com.powermap.console.ConsoleService;
import com.powermap.graphview.GenericGraph;
import com.powermap.graphview.ui.InfluenceGraph;
import com.powermap.risk.SavedQuery;
import com.powermap.risk.SavedQueryService;
import com.powermap.base.ui.DatabaseBanner;

/**
 * The Cypher console: a query editor, the saved risk queries to start from with fields
 * for their parameters, and the result as a table. Refused queries show the reasons as
 * text. When the result holds nodes, a second tab draws them and the relationships
 * between them ({@link ConsoleResult#graph()}, from the rows read, so the row cap
 * applies) in the graph component of the deal page.
 */
@Route("console")
@RolesAllowed({ "ADMIN", "ANALYST" })
@PageTitle("Cypher console · Powermap")
@Menu(order = 5, title = "Console")
class ConsoleView extends VerticalLayout {

	private final ConsoleService console;

	private final SavedQueryService savedQueries;

	private final TextArea editor = new TextArea();

	private final HorizontalLayout parameterFields = new HorizontalLayout();

	private final Map<SavedQuery.Parameter, TextField> parameters = new LinkedHashMap<>();

	private final Div problems = new Div();

	private final Span status = new Span();

	final Grid<List<@Nullable Object>> grid = new Grid<>();

	private final Tab gridTab = new Tab();

	private final Tab graphTab = new Tab();

	final Tabs views = new Tabs();

	final InfluenceGraph graph = new InfluenceGraph();

	private final Span graphSummary = new Span();

	private final VerticalLayout graphArea = new VerticalLayout();

	private @Nullable ConsoleResult result;

	private final AccountAccess access;

	ConsoleView(ConsoleService console, SavedQueryService savedQueries, AccountAccess access) {
		this.access = access;
		this.console = console;
		this.savedQueries = savedQueries;
		setSizeFull();
		add(new H2(getTranslation("console.title")));

		Select<SavedQuery> saved = new Select<>();
		saved.setLabel(getTranslation("console.saved"));
		saved.setPlaceholder(getTranslation("console.savedPlaceholder"));
		saved.setItems(savedQueries.list());
		saved.setItemLabelGenerator(SavedQuery::name);
		saved.setWidth("24em");
		saved.addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				pick(event.getValue());
			}
		});

		this.editor.setLabel(getTranslation("console.query"));
		this.editor.setWidthFull();
		this.editor.setMinHeight("10em");
		this.editor.getStyle().set("font-family", "monospace");
		this.editor.setHelperText(
				getTranslation("console.hint", console.settings().maxRows(), console.settings().timeout().toSeconds()));

		Button run = new Button(getTranslation("console.run"), (event) -> run());
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
		run.setTooltipText("Ctrl+Enter");

		this.parameterFields.setWrap(true);
		this.parameterFields.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.problems.getElement().setAttribute("role", "alert");
		this.problems.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
		this.status.getElement().setAttribute("aria-live", "polite");

		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setVisible(false);

		this.gridTab.setLabel(getTranslation("console.tabGrid"));
		this.gridTab.setId("console-tab-grid");
		this.graphTab.setLabel(getTranslation("console.tabGraph"));
		this.graphTab.setId("console-tab-graph");
		this.views.add(this.gridTab, this.graphTab);
		this.views.setVisible(false);
		this.views.addSelectedChangeListener((event) -> showSelectedView());
		this.graphArea.add(this.graphSummary, this.graph);
		this.graphArea.setPadding(false);
		this.graphArea.setSpacing(false);
		this.graphArea.setVisible(false);

		HorizontalLayout actions = new HorizontalLayout(run, this.status);
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(saved, this.editor, this.parameterFields, actions, this.problems, this.views, this.grid, this.graphArea);
		setFlexGrow(1, this.grid);
	}

	/** Whether the result is shown as a graph (the graph tab is selected). */
	boolean showsGraph() {
		return this.graphArea.isVisible();
	}

	/** Shows the table or the graph, after the tab selected. */
	private void showSelectedView() {
		boolean graph = this.views.isVisible() && this.views.getSelectedTab() == this.graphTab;
		this.graphArea.setVisible(graph);
		this.grid.setVisible(!graph && this.result != null && !this.result.columns().isEmpty());
	}

	private void hideResult() {
		this.result = null;
		this.views.setVisible(false);
		this.graphArea.setVisible(false);
		this.grid.setVisible(false);
	}

	/** The texts of the graph component, in the UI's language. */
	private Map<String, String> graphLabels() {
		Map<String, String> labels = new HashMap<>();
		for (String key : InfluenceGraph.LABEL_KEYS) {
			labels.put(key, getTranslation("graph." + key));
		}
		labels.put("graph", getTranslation("console.graphTitle"));
		return labels;
	}

	/** The result shown, with its nodes and relationships for a graph view. */
	@Nullable ConsoleResult result() {
		return this.result;
	}

	private void pick(SavedQuery query) {
		this.editor.setValue(this.savedQueries.text(query.name()));
		this.parameters.clear();
		this.parameterFields.removeAll();
		for (SavedQuery.Parameter parameter : query.parameters()) {
			TextField field = new TextField(parameter.name());
			field.setHelperText(parameter.type() + hint(parameter.type()));
			this.parameters.put(parameter, field);
			this.parameterFields.add(field);
		}
	}

	private String hint(String type) {
		if (type.equals("date")) {
			return " · YYYY-MM-DD";
		}
		if (type.startsWith("list")) {
			return " · " + getTranslation("console.commaSeparated");
		}
		return "";
	}

	private void run() {
		this.problems.setText("");
		Map<String, Object> values = new LinkedHashMap<>();
		boolean valid = true;
		for (Map.Entry<SavedQuery.Parameter, TextField> entry : this.parameters.entrySet()) {
			TextField field = entry.getValue();
			try {
				values.put(entry.getKey().name(), value(entry.getKey().type(), field.getValue()));
				field.setInvalid(false);
			}
			catch (IllegalArgumentException ex) {
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
				valid = false;
			}
		}
		if (!valid) {
			return;
		}
		try {
			show(this.console.run(ConsoleCaller.signedIn(this.access), this.editor.getValue(), values));
		}
		catch (ConsoleRefusedException ex) {
			hideResult();
			this.status.setText("");
			this.problems.setText(getTranslation("console.refused") + "\n"
					+ ex.problems().stream().map((p) -> "• " + p.message()).collect(Collectors.joining("\n")));
		}
		catch (RuntimeException ex) {
			hideResult();
			this.status.setText("");
			this.problems.setText(getTranslation("console.failed") + " " + DatabaseBanner.explain(ex));
		}
	}

	/** A parameter's text as the value its declared type wants. */
	private Object value(String type, String text) {
		String value = text.strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException(getTranslation("console.required"));
		}
		try {
			if (type.equals("date")) {
				return LocalDate.parse(value);
			}
			if (type.startsWith("list")) {
				return Arrays.stream(value.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
			}
			if (type.equals("integer") || type.equals("int")) {
				return Long.parseLong(value);
			}
			if (type.equals("float") || type.equals("number")) {
				double number = Double.parseDouble(value);
				if (Double.isNaN(number) || Double.isInfinite(number)) {
					throw new NumberFormatException(value);
				}
				return number;
			}
			if (type.equals("boolean")) {
				if (!value.equals("true") && !value.equals("false")) {
					throw new IllegalArgumentException(getTranslation("console.badValue", type));
				}
				return Boolean.parseBoolean(value);
			}
			return value;
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException(getTranslation("console.badValue", type));
		}
	}

	private void show(ConsoleResult result) {
		this.result = result;
		this.grid.removeAllColumns();
		List<String> columns = result.columns();
		for (int i = 0; i < columns.size(); i++) {
			int column = i;
			this.grid.addColumn((row) -> CellText.of(row.get(column)))
				.setHeader(columns.get(i))
				.setResizable(true)
				.setAutoWidth(true);
		}
		this.grid.setItems(new ArrayList<>(result.rows()));
		// The graph tab is offered only for a result with nodes; the table comes first.
		GenericGraph graph = ResultGraph.of(result.graph());
		boolean drawable = !graph.nodes().isEmpty();
		if (drawable) {
			this.graph.setGraph(graph, graphLabels());
			this.graphSummary
				.setText(getTranslation("console.graphSummary", graph.nodes().size(), graph.links().size()));
		}
		this.views.setVisible(drawable);
		if (!drawable || this.views.getSelectedTab() == null) {
			this.views.setSelectedTab(this.gridTab);
		}
		showSelectedView();
		String summary = getTranslation("console.rows", result.rows().size(), result.elapsedMs());
		if (result.truncated()) {
			summary += " " + getTranslation("console.truncated", this.console.settings().maxRows());
		}
		this.status.setText(summary);
	}

}

package com.powermap.deals.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.graphview.GraphFilter;
import com.powermap.graphview.GraphPayload;
import com.powermap.graphview.GraphPayloadService;
import com.powermap.graphview.ui.InfluenceGraph;

/**
 * The stakeholders grid beside the influence graph of the deal, with the side panel of
 * the person selected in either. For a large account, a banner and a filter (department,
 * people around one person). The grid is the accessible equivalent of the graph.
 */
class DealGraphPanel extends SplitLayout {

	private final DealAnalysis deal;

	private final GraphPayloadService graphs;

	private final InfluenceGraph graph = new InfluenceGraph();

	private final StakeholderPanel panel;

	private final Div notice = new Div();

	private final VerticalLayout filterArea = new VerticalLayout();

	private GraphPayload payload;

	DealGraphPanel(DealAnalysis deal, GraphPayloadService graphs, Grid<DealAnalysis.Stakeholder> grid) {
		this.deal = deal;
		this.graphs = graphs;
		this.panel = new StakeholderPanel(deal, this.graph::highlightPath);
		setWidthFull();
		setSplitterPosition(45);

		this.graph.addSelectionListener(this::select);
		grid.addSelectionListener((event) -> event.getFirstSelectedItem().ifPresent((s) -> select(s.person())));

		VerticalLayout graphArea = new VerticalLayout(new H4(getTranslation("graph.title")), this.notice,
				this.filterArea, this.graph, this.panel);
		graphArea.setPadding(false);
		graphArea.setSpacing(false);
		// No minimum wider than the pane: the split layout would cut the canvas's right
		// edge off, and with it what "fit" fits into the canvas.
		graphArea.setMinWidth("240px");
		VerticalLayout gridArea = new VerticalLayout(grid);
		gridArea.setPadding(false);
		gridArea.setMinWidth("360px");
		addToPrimary(gridArea);
		addToSecondary(graphArea);

		this.payload = this.graphs.forDeal(deal, GraphFilter.NONE);
		showPayload();
	}

	/** The side panel, for other features to add their actions to. */
	StakeholderPanel stakeholderPanel() {
		return this.panel;
	}

	InfluenceGraph graph() {
		return this.graph;
	}

	/**
	 * Lets the user draw an influence in the graph, for a user who may change the
	 * account: two people drawn open the relationship dialog with them.
	 */
	void allowDrawing(DealEditing editing, Runnable saved) {
		this.graph.setDrawable(true);
		this.graph.addDrawListener((from, to) -> drawn(editing, from, to, saved));
	}

	/**
	 * An influence drawn in the graph: when both ids name people of the deal's account
	 * shown in the graph, opens the relationship dialog prefilled with INFLUENCES, the
	 * two people and the focus on the strength; otherwise says why not.
	 * @return the dialog opened, if any
	 */
	Optional<RelationshipDialog> drawn(DealEditing editing, String from, String to, Runnable saved) {
		if (!accountPerson(from) || !accountPerson(to) || from.equals(to)) {
			refuseDrawing();
			return Optional.empty();
		}
		RelationshipDialog dialog = new RelationshipDialog(editing, this.deal, saved);
		if (!dialog.influence(from, to)) {
			refuseDrawing();
			return Optional.empty();
		}
		dialog.open();
		return Optional.of(dialog);
	}

	private boolean accountPerson(String id) {
		return this.payload.people()
			.stream()
			.anyMatch((p) -> p.id().equals(id) && p.organization().equals(this.deal.account()));
	}

	private void refuseDrawing() {
		Notification.show(getTranslation("graph.drawRefused", this.deal.accountName()));
	}

	/**
	 * A button that highlights the warm path to an unreached decision-maker in the graph,
	 * or null when there is none.
	 */
	@Nullable Component warmPathButton(DealAnalysis.UnreachedDecisionMaker unreached) {
		if (unreached.warmPath() == null) {
			return null;
		}
		List<String> path = unreached.warmPath();
		Button button = new Button(getTranslation("graph.showPath"), (event) -> {
			this.graph.highlightPath(path);
			select(unreached.person());
		});
		button.addThemeName("small");
		button.addClassName("warm-path-button");
		return button;
	}

	private void select(String person) {
		GraphPayload.Person shown = this.payload.people()
			.stream()
			.filter((p) -> p.id().equals(person))
			.findFirst()
			.orElse(null);
		String organization = (shown != null) ? this.payload.organizations()
			.stream()
			.filter((o) -> o.id().equals(shown.organization()))
			.map(GraphPayload.Organization::name)
			.findFirst()
			.orElse(null) : null;
		this.panel.show(person, shown, organization);
	}

	private void applyFilter(@Nullable String department, @Nullable String around, @Nullable Integer depth) {
		try {
			this.payload = this.graphs.forDeal(this.deal,
					new GraphFilter(department, around, (depth != null) ? depth : 2));
		}
		catch (IllegalArgumentException ex) {
			this.notice.removeAll();
			this.notice.add(new Paragraph(getTranslation("graph.badFilter") + " " + ex.getMessage()));
			return;
		}
		showPayload();
	}

	private void showPayload() {
		this.graph.setData(this.payload, labels());
		this.notice.removeAll();
		if (this.payload.truncated()) {
			Paragraph banner = new Paragraph(
					getTranslation("graph.tooMany", this.payload.accountPeople(), this.payload.shownAccountPeople()));
			banner.getElement().setAttribute("role", "status");
			banner.addClassName("graph-banner");
			banner.getStyle()
				.set("background", "var(--lumo-warning-color-10pct, #fff4d6)")
				.set("padding", "var(--lumo-space-s)")
				.set("border-radius", "var(--lumo-border-radius-m)");
			this.notice.add(banner);
		}
		this.filterArea.removeAll();
		this.filterArea.setPadding(false);
		if (this.payload.accountPeople() > GraphPayloadService.MAX_PEOPLE || !this.payload.filter().isEmpty()) {
			this.filterArea.add(filter());
		}
	}

	private Component filter() {
		ComboBox<String> department = new ComboBox<>(getTranslation("graph.department"), this.payload.departments());
		department.setPlaceholder(getTranslation("graph.allDepartments"));
		department.setClearButtonVisible(true);
		department.setValue(this.payload.filter().department());
		ComboBox<GraphPayload.Choice> around = new ComboBox<>(getTranslation("graph.around"));
		around.setItems(this.payload.everyone());
		around.setItemLabelGenerator(GraphPayload.Choice::name);
		around.setClearButtonVisible(true);
		this.payload.everyone()
			.stream()
			.filter((c) -> c.id().equals(this.payload.filter().around()))
			.findFirst()
			.ifPresent(around::setValue);
		IntegerField depth = new IntegerField(getTranslation("graph.depth"));
		depth.setMin(1);
		depth.setMax(GraphFilter.MAX_DEPTH);
		depth.setStepButtonsVisible(true);
		depth.setValue(this.payload.filter().depth());
		Button apply = new Button(getTranslation("graph.apply"), (event) -> applyFilter(department.getValue(),
				(around.getValue() != null) ? around.getValue().id() : null, depth.getValue()));
		Button clear = new Button(getTranslation("graph.clearFilter"), (event) -> applyFilter(null, null, 2));
		HorizontalLayout row = new HorizontalLayout(department, around, depth, apply, clear);
		row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		row.setWrap(true);
		return row;
	}

	/** The texts the web component shows, in the UI's language. */
	private Map<String, String> labels() {
		Map<String, String> labels = new HashMap<>();
		for (String key : InfluenceGraph.LABEL_KEYS) {
			labels.put(key, getTranslation("graph." + key));
		}
		for (Attitude attitude : Attitude.values()) {
			labels.put("attitude." + attitude.name(), Badges.label(this, attitude, "attitude"));
		}
		for (BuyingRole role : BuyingRole.values()) {
			labels.put("role." + role.name(), Badges.label(this, role, "role"));
		}
		for (Stage stage : Stage.values()) {
			labels.put("stage." + stage.name(), Badges.label(this, stage));
		}
		return labels;
	}

}

package com.powermap.deals.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouterLink;

import com.powermap.access.NoAccessException;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.UnknownOpportunityException;
import com.powermap.deals.WhatIfService;
import com.powermap.graphview.GraphPayloadService;
import com.powermap.base.ui.DatabaseBanner;

/**
 * One deal: where it really stands and why, its risk flags, the decision-makers nobody
 * has reached with the warm path to each, and its stakeholders. The id in the URL is
 * checked by the analysis.
 */
@Route("deals/:id")
@PermitAll
@PageTitle("Deal · Powermap")
class DealView extends VerticalLayout implements BeforeEnterObserver {

	private final AnalysisService analysis;

	private final GraphPayloadService graphs;

	private final DealEditing editing;

	private final WhatIfService whatIf;

	DealView(AnalysisService analysis, GraphPayloadService graphs, DealEditing editing, WhatIfService whatIf) {
		this.analysis = analysis;
		this.graphs = graphs;
		this.editing = editing;
		this.whatIf = whatIf;
		setWidthFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new RouterLink(getTranslation("deal.back"), PortfolioView.class));
		String id = event.getRouteParameters().get("id").orElse("");
		String asOfText = event.getLocation().getQueryParameters().getSingleParameter("asOf").orElse(null);
		LocalDate asOf = null;
		if (asOfText != null) {
			try {
				asOf = LocalDate.parse(asOfText);
			}
			catch (DateTimeParseException ex) {
				add(new H2(getTranslation("deal.badDateTitle")),
						new Paragraph("\"" + asOfText + "\" " + getTranslation("deal.badDate")));
				return;
			}
		}
		DealAnalysis deal;
		try {
			deal = this.analysis.analyze(id, asOf, Badges.language());
		}
		catch (UnknownOpportunityException ex) {
			add(new H2(getTranslation("deal.noSuchDeal")),
					new Paragraph(getTranslation("deal.noSuchDealText") + " \"" + id + "\"."));
			return;
		}
		catch (NoAccessException ex) {
			add(new H2(getTranslation("deal.noSuchDeal")),
					new Paragraph(getTranslation("access.denied", String.valueOf(ex.getMessage()))));
			return;
		}
		catch (RuntimeException ex) {
			add(new H2(getTranslation("deal.failed")), new Paragraph(DatabaseBanner.explain(ex)));
			return;
		}
		show(deal);
	}

	/** Shows the analysis of the deal, with the edits the signed-in user may make. */
	void show(DealAnalysis deal) {
		add(new H2(deal.name() + " · " + deal.accountName()),
				new Span(getTranslation("deal.asOf") + " " + deal.asOf()));
		HorizontalLayout stages = new HorizontalLayout();
		stages.add(new Span(getTranslation("deal.claimed")), Badges.stage(this, deal.claimedStage(), false),
				new Span(getTranslation("deal.effective")));
		if (deal.effectiveStage() != null) {
			stages.add(Badges.stage(this, deal.effectiveStage(), deal.effectiveStage() != deal.claimedStage()));
		}
		else {
			stages.add(new Span(getTranslation("deal.unknown")));
		}
		stages.add(new Span(getTranslation("deal.riskScore") + " " + deal.riskScore()));
		add(stages, new Paragraph(deal.explanation()));
		// Edits are offered only to whoever may change the account: an administrator or
		// its key-account manager. The services check every save again.
		EditActions actions = this.editing.mayChange(deal.account()) ? new EditActions(this.editing, deal) : null;
		if (actions != null) {
			add(actions);
		}

		Map<String, String> names = new HashMap<>();
		deal.stakeholders().forEach((s) -> names.put(s.person(), s.name()));

		add(new H4(getTranslation("deal.flags")));
		if (deal.risks().isEmpty()) {
			add(new Paragraph(getTranslation("deal.noFlags")));
		}
		UnorderedList flags = new UnorderedList();
		deal.risks().forEach((r) -> flags.add(new ListItem(Badges.flag(this, r), new Span(r.message()))));
		add(flags);

		Grid<DealAnalysis.Stakeholder> grid = new Grid<>(DealAnalysis.Stakeholder.class, false);
		DealGraphPanel graphPanel = new DealGraphPanel(deal, this.graphs, grid);
		if (actions != null) {
			// The stakeholder selected in the graph or the grid offers the same edits as
			// their row.
			graphPanel.stakeholderPanel().addAction(actions::rowActions);
			graphPanel.allowDrawing(this.editing, () -> UI.getCurrent().refreshCurrentRoute(false));
		}
		add(new H4(getTranslation("deal.unreached")));
		if (deal.unreachedDecisionMakers().isEmpty()) {
			add(new Paragraph(getTranslation("deal.allReached")));
		}
		UnorderedList unreached = new UnorderedList();
		for (DealAnalysis.UnreachedDecisionMaker u : deal.unreachedDecisionMakers()) {
			String path = (u.warmPathNames() != null)
					? getTranslation("deal.warmPath") + " " + String.join(" → ", u.warmPathNames())
					: getTranslation("deal.noWarmPath");
			String last = (u.lastEngagedAt() != null) ? getTranslation("deal.lastMet") + " " + u.lastEngagedAt()
					: getTranslation("deal.neverMet");
			ListItem item = new ListItem(names.getOrDefault(u.person(), u.person()) + " ("
					+ Badges.label(this, u.role(), "role") + ", " + last + ") — " + path + " ");
			Optional.ofNullable(graphPanel.warmPathButton(u)).ifPresent(item::add);
			unreached.add(item);
		}
		add(unreached);

		add(new H4(getTranslation("deal.stakeholders")));
		grid.addColumn(DealAnalysis.Stakeholder::name).setHeader(getTranslation("deal.person")).setFlexGrow(2);
		grid.addColumn((s) -> (s.title() != null) ? s.title() : "")
			.setHeader(getTranslation("deal.jobTitle"))
			.setFlexGrow(2);
		grid.addColumn((s) -> Badges.label(this, s.role(), "role")).setHeader(getTranslation("deal.role"));
		grid.addColumn((s) -> (s.attitude() != null) ? Badges.label(this, s.attitude(), "attitude") : "—")
			.setHeader(getTranslation("deal.attitude"));
		grid.addColumn((s) -> (s.stage() != null) ? Badges.label(this, s.stage()) : getTranslation("deal.notAssessed"))
			.setHeader(getTranslation("deal.stage"));
		grid.addComponentColumn(DealView::influenceBar).setHeader(getTranslation("deal.influence")).setFlexGrow(2);
		grid.addColumn((s) -> (s.lastEngagedAt() != null) ? s.lastEngagedAt().toString() : getTranslation("deal.never"))
			.setHeader(getTranslation("deal.lastEngaged"));
		grid.addColumn((s) -> s.reached() ? getTranslation("deal.reached") : getTranslation("deal.notReached"))
			.setHeader(getTranslation("deal.reach"));
		if (actions != null) {
			grid.addComponentColumn(actions::rowActions).setHeader(getTranslation("edit.actions")).setAutoWidth(true);
		}
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setItems(deal.stakeholders());
		grid.setAllRowsVisible(true);
		add(graphPanel);
		add(new WhatIfPanel(this.whatIf, deal));
		add(new H4(getTranslation("timeline.title")), new AssessmentTimeline(
				this.editing.history.timeline(deal.opportunity(), deal.asOf(), Badges.language())));
	}

	private static Div influenceBar(DealAnalysis.Stakeholder stakeholder) {
		Div bar = new Div();
		Div fill = new Div();
		fill.getStyle()
			.set("background", "var(--lumo-primary-color)")
			.set("height", "0.7em")
			.set("width", Math.min(100, stakeholder.influence() * 200) + "%");
		Span value = new Span(String.format(Locale.ROOT, "%.3f", stakeholder.influence()));
		value.getStyle().set("font-size", "var(--lumo-font-size-xs)");
		bar.add(fill, value);
		bar.setWidthFull();
		return bar;
	}

}

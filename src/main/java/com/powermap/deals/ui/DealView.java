package com.powermap.deals.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import com.vaadin.flow.router.RouterLink;

import com.powermap.base.Language;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.UnknownOpportunityException;

/**
 * One deal: where it really stands and why, its risk flags, the decision-makers nobody
 * has reached with the warm path to each, and its stakeholders. The id in the URL is
 * checked by the analysis.
 */
@Route("deals/:id")
@PageTitle("Deal · Powermap")
class DealView extends VerticalLayout implements BeforeEnterObserver {

	private final AnalysisService analysis;

	DealView(AnalysisService analysis) {
		this.analysis = analysis;
		setWidthFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new RouterLink("← Portfolio", PortfolioView.class));
		String id = event.getRouteParameters().get("id").orElse("");
		String asOfText = event.getLocation().getQueryParameters().getSingleParameter("asOf").orElse(null);
		LocalDate asOf = null;
		if (asOfText != null) {
			try {
				asOf = LocalDate.parse(asOfText);
			}
			catch (DateTimeParseException ex) {
				add(new H2("Unknown date"), new Paragraph("\"" + asOfText + "\" is not a date like 2016-03-13."));
				return;
			}
		}
		DealAnalysis deal;
		try {
			deal = this.analysis.analyze(id, asOf, Language.EN);
		}
		catch (UnknownOpportunityException ex) {
			add(new H2("No such deal"), new Paragraph("There is no opportunity with the id \"" + id + "\"."));
			return;
		}
		catch (RuntimeException ex) {
			add(new H2("This deal could not be analysed"), new Paragraph(String.valueOf(ex.getMessage())));
			return;
		}
		show(deal);
	}

	private void show(DealAnalysis deal) {
		add(new H2(deal.name() + " · " + deal.accountName()), new Span("As of " + deal.asOf()));
		HorizontalLayout stages = new HorizontalLayout();
		stages.add(new Span("Claimed"), Badges.stage(deal.claimedStage(), false), new Span("Effective"));
		if (deal.effectiveStage() != null) {
			stages.add(Badges.stage(deal.effectiveStage(), deal.effectiveStage() != deal.claimedStage()));
		}
		else {
			stages.add(new Span("unknown"));
		}
		stages.add(new Span("Risk score " + deal.riskScore()));
		add(stages, new Paragraph(deal.explanation()));

		Map<String, String> names = new HashMap<>();
		deal.stakeholders().forEach((s) -> names.put(s.person(), s.name()));

		add(new H4("Risk flags"));
		if (deal.risks().isEmpty()) {
			add(new Paragraph("No risk flags."));
		}
		UnorderedList flags = new UnorderedList();
		deal.risks().forEach((r) -> flags.add(new ListItem(Badges.flag(r), new Span(r.message()))));
		add(flags);

		add(new H4("Decision-makers nobody has reached"));
		if (deal.unreachedDecisionMakers().isEmpty()) {
			add(new Paragraph("Every decision-maker and approver has been met recently."));
		}
		UnorderedList unreached = new UnorderedList();
		for (DealAnalysis.UnreachedDecisionMaker u : deal.unreachedDecisionMakers()) {
			String path = (u.warmPathNames() != null) ? "warm path: " + String.join(" → ", u.warmPathNames())
					: "no warm path";
			String last = (u.lastEngagedAt() != null) ? "last met " + u.lastEngagedAt() : "never met";
			unreached.add(new ListItem(names.getOrDefault(u.person(), u.person()) + " (" + role(u.role().name()) + ", "
					+ last + ") — " + path));
		}
		add(unreached);

		add(new H4("Stakeholders"));
		Grid<DealAnalysis.Stakeholder> grid = new Grid<>(DealAnalysis.Stakeholder.class, false);
		grid.addColumn(DealAnalysis.Stakeholder::name).setHeader("Person").setFlexGrow(2);
		grid.addColumn((s) -> (s.title() != null) ? s.title() : "").setHeader("Title").setFlexGrow(2);
		grid.addColumn((s) -> role(s.role().name())).setHeader("Role");
		grid.addColumn((s) -> (s.attitude() != null) ? role(s.attitude().name()) : "—").setHeader("Attitude");
		grid.addColumn((s) -> (s.stage() != null) ? Badges.label(s.stage()) : "not assessed").setHeader("Stage");
		grid.addComponentColumn(DealView::influenceBar).setHeader("Influence").setFlexGrow(2);
		grid.addColumn((s) -> (s.lastEngagedAt() != null) ? s.lastEngagedAt().toString() : "never")
			.setHeader("Last engaged");
		grid.addColumn((s) -> s.reached() ? "reached" : "not reached").setHeader("Reach");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setItems(deal.stakeholders());
		grid.setAllRowsVisible(true);
		add(grid);
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

	private static String role(String name) {
		String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}

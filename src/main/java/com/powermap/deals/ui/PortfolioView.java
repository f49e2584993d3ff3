package com.powermap.deals.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.risk.RiskCode;
import com.powermap.base.ui.DatabaseBanner;

/**
 * The start page: every open deal ranked by risk, with the claimed and the effective
 * stage side by side, its flags, its amount, filters, and the pipeline by claimed and by
 * effective stage.
 */
@Route("")
@PermitAll
@PageTitle("Portfolio · Powermap")
@Menu(order = 0, title = "Portfolio")
class PortfolioView extends VerticalLayout implements BeforeEnterObserver {

	private final AnalysisService analysis;

	private final DatePicker asOf = new DatePicker();

	private final ComboBox<String> account = new ComboBox<>();

	private final ComboBox<RiskCode> flag = new ComboBox<>();

	private final ComboBox<Stage> stage = new ComboBox<>();

	private final Grid<DealAnalysis> grid = new Grid<>(DealAnalysis.class, false);

	private final Div pipeline = new Div();

	private final Paragraph message = new Paragraph();

	private List<DealAnalysis> deals = List.of();

	PortfolioView(AnalysisService analysis) {
		this.analysis = analysis;
		setSizeFull();
		this.asOf.setLabel(getTranslation("portfolio.asOf"));
		this.account.setLabel(getTranslation("portfolio.account"));
		this.flag.setLabel(getTranslation("portfolio.flag"));
		this.stage.setLabel(getTranslation("portfolio.stage"));
		this.asOf.addValueChangeListener((e) -> load());
		this.account.setClearButtonVisible(true);
		this.flag.setItems(RiskCode.values());
		this.flag.setItemLabelGenerator((code) -> Badges.label(this, code));
		this.flag.setClearButtonVisible(true);
		this.stage.setItems(Stage.values());
		this.stage.setItemLabelGenerator((s) -> Badges.label(this, s));
		this.stage.setClearButtonVisible(true);
		this.account.addValueChangeListener((e) -> show());
		this.flag.addValueChangeListener((e) -> show());
		this.stage.addValueChangeListener((e) -> show());
		HorizontalLayout filters = new HorizontalLayout(this.asOf, this.account, this.flag, this.stage);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		// A link per deal, so that the keyboard reaches it too; it keeps the as-of date.
		this.grid.addComponentColumn((deal) -> {
			RouterLink link = new RouterLink(deal.name(), DealView.class,
					new RouteParameters("id", deal.opportunity()));
			link.setQueryParameters(dealQuery());
			return link;
		}).setHeader(getTranslation("portfolio.deal")).setFlexGrow(2).setComparator(DealAnalysis::name);
		this.grid.addColumn(DealAnalysis::accountName).setHeader(getTranslation("portfolio.account")).setSortable(true);
		this.grid.addComponentColumn(this::stages).setHeader(getTranslation("portfolio.stages")).setFlexGrow(2);
		this.grid.addColumn(DealAnalysis::riskScore)
			.setHeader(getTranslation("portfolio.risk"))
			.setSortable(true)
			.setWidth("6em")
			.setFlexGrow(0);
		this.grid.addComponentColumn((deal) -> {
			Div flags = new Div();
			flags.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "2px");
			deal.risks().forEach((r) -> flags.add(Badges.flag(this, r)));
			return flags;
		}).setHeader(getTranslation("portfolio.flags")).setFlexGrow(4);
		this.grid.addColumn(PortfolioView::amount).setHeader(getTranslation("portfolio.amount")).setSortable(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
		this.grid.addItemClickListener((e) -> UI.getCurrent()
			.navigate(DealView.class, new RouteParameters("id", e.getItem().opportunity()), dealQuery()));

		add(new H2(getTranslation("portfolio.title")), filters, this.message, this.grid,
				new H4(getTranslation("portfolio.pipeline")), this.pipeline);
	}

	/** The as-of date for a deal's page: none when the portfolio shows today. */
	private QueryParameters dealQuery() {
		LocalDate date = this.asOf.getValue();
		return (date == null || date.equals(LocalDate.now(ZoneOffset.UTC))) ? QueryParameters.empty()
				: QueryParameters.of("asOf", date.toString());
	}

	/** The portfolio as of today, or as of the {@code asOf} query parameter. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String asOf = event.getLocation().getQueryParameters().getSingleParameter("asOf").orElse(null);
		LocalDate date = LocalDate.now(ZoneOffset.UTC);
		if (asOf != null) {
			try {
				date = LocalDate.parse(asOf);
			}
			catch (DateTimeParseException ex) {
				this.message.setText("\"" + asOf + "\" " + getTranslation("portfolio.badDate"));
			}
		}
		if (date.equals(this.asOf.getValue())) {
			load();
		}
		else {
			this.asOf.setValue(date);
		}
	}

	private void load() {
		if (this.asOf.getValue() == null) {
			this.asOf.setValue(LocalDate.now(ZoneOffset.UTC));
			return;
		}
		try {
			this.deals = this.analysis.portfolio(this.asOf.getValue(), Badges.language());
			this.message.setText(this.deals.isEmpty() ? getTranslation("portfolio.empty") : "");
		}
		catch (RuntimeException ex) {
			this.deals = List.of();
			this.message.setText(getTranslation("portfolio.failed") + " " + DatabaseBanner.explain(ex));
		}
		this.account.setItems(this.deals.stream().map(DealAnalysis::accountName).distinct().sorted().toList());
		show();
	}

	private void show() {
		List<DealAnalysis> shown = this.deals.stream()
			.filter((d) -> this.account.getValue() == null || d.accountName().equals(this.account.getValue()))
			.filter((d) -> this.flag.getValue() == null
					|| d.risks().stream().anyMatch((r) -> r.code() == this.flag.getValue()))
			.filter((d) -> this.stage.getValue() == null || d.claimedStage() == this.stage.getValue()
					|| d.effectiveStage() == this.stage.getValue())
			.toList();
		this.grid.setItems(shown);
		drawPipeline(shown);
	}

	private HorizontalLayout stages(DealAnalysis deal) {
		HorizontalLayout stages = new HorizontalLayout();
		stages.setSpacing(false);
		stages.add(Badges.stage(this, deal.claimedStage(), false));
		if (deal.effectiveStage() == null) {
			stages.add(new Span("→ " + getTranslation("portfolio.unknownStage")));
		}
		else {
			boolean differs = deal.effectiveStage() != deal.claimedStage();
			stages.add(new Span(differs ? "≠ " : "= "), Badges.stage(this, deal.effectiveStage(), differs));
		}
		return stages;
	}

	private static String amount(DealAnalysis deal) {
		if (deal.amount() == null) {
			return "";
		}
		String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(deal.amount());
		return (deal.currency() != null) ? number + " " + deal.currency() : number;
	}

	/**
	 * Two bars per stage: how many deals the sellers claim there, and how many really
	 * are.
	 */
	private void drawPipeline(List<DealAnalysis> shown) {
		this.pipeline.removeAll();
		long max = 1;
		for (Stage s : Stage.values()) {
			max = Math.max(max, Math.max(count(shown, s, true), count(shown, s, false)));
		}
		for (Stage s : Arrays.copyOf(Stage.values(), Stage.values().length)) {
			Div row = new Div();
			row.getStyle().set("display", "grid").set("grid-template-columns", "10em 1fr").set("gap", "2px 8px");
			Span label = new Span(Badges.label(this, s));
			label.getStyle().set("grid-row", "span 2");
			row.add(label,
					bar(getTranslation("portfolio.claimed"), count(shown, s, true), max, "var(--lumo-contrast-30pct)"),
					bar(getTranslation("portfolio.effective"), count(shown, s, false), max,
							"var(--lumo-primary-color)"));
			row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
			this.pipeline.add(row);
		}
		this.pipeline.setWidthFull();
	}

	private static long count(List<DealAnalysis> deals, Stage stage, boolean claimed) {
		return deals.stream()
			.filter((d) -> Objects.equals(claimed ? d.claimedStage() : d.effectiveStage(), stage))
			.count();
	}

	private static Div bar(String what, long count, long max, String color) {
		Div bar = new Div();
		Div fill = new Div();
		fill.getStyle()
			.set("background", color)
			.set("height", "0.8em")
			.set("width", (85.0 * count / max) + "%")
			.set("min-width", (count > 0) ? "4px" : "0")
			.set("display", "inline-block");
		Span text = new Span(count + " " + what);
		text.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("margin-left", "var(--lumo-space-xs)");
		bar.getStyle().set("display", "flex").set("align-items", "center");
		bar.add(fill, text);
		return bar;
	}

}

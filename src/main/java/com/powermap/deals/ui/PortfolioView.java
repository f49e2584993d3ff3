package com.powermap.deals.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.PermitAll;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.base.Language;
import com.powermap.risk.RiskCode;
import com.powermap.base.ui.DatabaseBanner;

/**
 * The start page: every open deal ranked by risk, with the claimed and the effective
 * stage side by side, its flags, its amount, filters, and the pipeline by claimed and by
 * effective stage. The scan runs on its own thread as the signed-in user, and the page
 * shows how far it is (through server push) until the ranked deals arrive.
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

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	/** Shown while a scan runs: how far it is. */
	final HorizontalLayout working = new HorizontalLayout(this.progressText, this.progress);

	private List<DealAnalysis> deals = List.of();

	/** Where scans run: a virtual thread each, so that the page stays live meanwhile. */
	private Executor scans = (task) -> Thread.ofVirtual().name("portfolio-scan").start(task);

	/**
	 * The scan running for this page, if any; read and changed with the session locked.
	 */
	private @Nullable Scan scan;

	/** Whether the date changed while a scan ran: a scan of the new date follows it. */
	private boolean again;

	/** What the page says about its address (a bad date), kept above the scan's news. */
	private String notice = "";

	PortfolioView(AnalysisService analysis) {
		this.analysis = analysis;
		setSizeFull();
		this.asOf.setLabel(getTranslation("portfolio.asOf"));
		this.account.setLabel(getTranslation("portfolio.account"));
		this.flag.setLabel(getTranslation("portfolio.flag"));
		this.stage.setLabel(getTranslation("portfolio.stage"));
		this.asOf.addValueChangeListener((e) -> {
			if (e.isFromClient()) {
				this.notice = "";
			}
			load();
		});
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
		this.progress.setWidth("15em");
		this.progress.getElement().setAttribute("aria-label", getTranslation("portfolio.scanning"));
		this.working.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		this.working.getElement().setAttribute("aria-live", "polite");
		this.working.setVisible(false);

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

		add(new H2(getTranslation("portfolio.title")), filters, this.working, this.message, this.grid,
				new H4(getTranslation("portfolio.pipeline")), this.pipeline);
	}

	/** For tests: run scans with another executor (e.g. one that holds them back). */
	void runScansWith(Executor executor) {
		this.scans = executor;
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
		this.notice = "";
		if (asOf != null) {
			try {
				date = LocalDate.parse(asOf);
			}
			catch (DateTimeParseException ex) {
				this.notice = "\"" + asOf + "\" " + getTranslation("portfolio.badDate");
			}
		}
		this.message.setText(this.notice);
		if (date.equals(this.asOf.getValue())) {
			load();
		}
		else {
			this.asOf.setValue(date);
		}
	}

	/**
	 * Starts the scan of the chosen date (this runs with the session locked). One scan at
	 * a time: while one runs, the date cannot be changed, and a new date from the address
	 * stops the running scan at its next report and is scanned after it.
	 */
	private void load() {
		LocalDate date = this.asOf.getValue();
		if (date == null) {
			this.asOf.setValue(LocalDate.now(ZoneOffset.UTC));
			return;
		}
		Scan running = this.scan;
		if (running != null) {
			running.cancel();
			this.again = true;
			return;
		}
		start(date, SecurityContextHolder.getContext());
	}

	/** Shows that a scan runs, and starts it on its own thread as the given caller. */
	private void start(LocalDate date, SecurityContext caller) {
		UI ui = UI.getCurrent();
		Language language = Badges.language();
		Scan started = new Scan(caller);
		this.scan = started;
		this.deals = List.of();
		show();
		this.message.setText(this.notice);
		this.progress.setIndeterminate(true);
		this.progressText.setText(getTranslation("portfolio.scanning"));
		this.working.setVisible(true);
		this.asOf.setEnabled(false);
		// The scan runs as the signed-in user: the accounts it reads are theirs.
		this.scans.execute(new DelegatingSecurityContextRunnable(() -> scan(started, ui, date, language), caller));
	}

	/**
	 * Runs one scan (on its own thread) and hands its reports and its end to the page.
	 */
	private void scan(Scan scan, UI ui, LocalDate date, Language language) {
		List<DealAnalysis> found;
		try {
			found = this.analysis.portfolio(date, language, (done, total) -> {
				if (scan.cancelled()) {
					throw new CancellationException("the portfolio page no longer waits for this scan");
				}
				if (scan.reportDue()) {
					tell(scan, ui, () -> analysed(scan, done, total));
				}
			});
		}
		catch (CancellationException ex) {
			tell(scan, ui, () -> finished(scan, List.of(), null));
			return;
		}
		catch (RuntimeException ex) {
			tell(scan, ui, () -> finished(scan, List.of(), ex));
			return;
		}
		tell(scan, ui, () -> finished(scan, found, null));
	}

	/** Runs a change of the page with its session locked, unless the page is gone. */
	private static void tell(Scan scan, UI ui, Command change) {
		try {
			ui.access(change);
		}
		catch (UIDetachedException ex) {
			scan.cancel();
		}
	}

	/** A scan's report: so many deals analysed of so many. */
	private void analysed(Scan reported, int done, int total) {
		if (this.scan != reported) {
			return;
		}
		this.progress.setIndeterminate(false);
		this.progress.setValue((total > 0) ? Math.min(1.0, (double) done / total) : 1.0);
		this.progressText.setText(getTranslation("portfolio.analysed", done, total));
	}

	/**
	 * A scan's end: its deals, or why it failed (the page's usual sentence, and the
	 * banner when the database cannot be reached). A scan the page no longer waits for is
	 * dropped, and a date chosen meanwhile is scanned now.
	 */
	private void finished(Scan ended, List<DealAnalysis> found, @Nullable RuntimeException failure) {
		if (this.scan != ended) {
			return;
		}
		stopped();
		LocalDate date = this.asOf.getValue();
		if (this.again && date != null) {
			// This may run on a thread that does not know the caller (a push message):
			// the new scan runs as the old one did.
			this.again = false;
			start(date, ended.caller());
			return;
		}
		String news;
		if (failure != null) {
			this.deals = List.of();
			news = getTranslation("portfolio.failed") + " " + DatabaseBanner.explain(failure);
		}
		else {
			this.deals = found;
			news = found.isEmpty() ? getTranslation("portfolio.empty") : "";
		}
		this.message.setText((this.notice.isEmpty() || news.isEmpty()) ? this.notice + news : this.notice + " " + news);
		this.account.setItems(this.deals.stream().map(DealAnalysis::accountName).distinct().sorted().toList());
		show();
	}

	/** The page no longer shows a scan running, and the date can be changed again. */
	private void stopped() {
		this.scan = null;
		this.working.setVisible(false);
		this.asOf.setEnabled(true);
	}

	/** Leaving the page stops its scan, and the scan's result is dropped. */
	@Override
	protected void onDetach(DetachEvent event) {
		Scan running = this.scan;
		if (running != null) {
			running.cancel();
			this.again = false;
			stopped();
		}
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

	/**
	 * One run of the scan. The page shows its news only while it is the page's scan; once
	 * cancelled, it stops at its next report.
	 */
	private static final class Scan {

		/** How often the page hears how far the scan is, at most. */
		private static final long REPORT_NANOS = 200_000_000L;

		private final SecurityContext caller;

		private volatile boolean cancelled;

		/** When the page last heard of it (on the scan's thread only). */
		private long reportedAt;

		private boolean reported;

		Scan(SecurityContext caller) {
			this.caller = caller;
		}

		/** Who started it. */
		SecurityContext caller() {
			return this.caller;
		}

		void cancel() {
			this.cancelled = true;
		}

		boolean cancelled() {
			return this.cancelled;
		}

		/** Whether to tell the page now: the first report, then every 200 ms. */
		boolean reportDue() {
			long now = System.nanoTime();
			if (this.reported && now - this.reportedAt < REPORT_NANOS) {
				return false;
			}
			this.reported = true;
			this.reportedAt = now;
			return true;
		}

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

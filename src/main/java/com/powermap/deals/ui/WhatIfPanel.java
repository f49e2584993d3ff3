package com.powermap.deals.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import com.powermap.deals.Attitude;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Hypothesis;
import com.powermap.deals.WhatIfService;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.base.ui.DatabaseBanner;

/**
 * "What if we win over X / X leaves / we meet Y": hypotheses picked from the deal's
 * stakeholders, tried by {@link WhatIfService} in a transaction that is rolled back, and
 * the deal shown before and after side by side, marked as not saved. Every control is a
 * plain Vaadin field or button, reachable with the keyboard; the result is announced to
 * screen readers.
 */
class WhatIfPanel extends VerticalLayout {

	/** The kinds of hypothesis the panel offers. */
	enum Kind {

		WIN_OVER, LEAVES, MEET

	}

	private final WhatIfService whatIf;

	private final DealAnalysis deal;

	private final Map<String, String> names = new HashMap<>();

	private final List<Hypothesis> hypotheses = new ArrayList<>();

	final Select<Kind> kind = new Select<>();

	final ComboBox<DealAnalysis.Stakeholder> person = new ComboBox<>();

	final Select<Attitude> attitude = new Select<>();

	final Select<WhatIfService.OurPerson> ourPerson = new Select<>();

	final Button add = new Button();

	final Button run = new Button();

	final Button clear = new Button();

	private final UnorderedList changes = new UnorderedList();

	final Div result = new Div();

	WhatIfPanel(WhatIfService whatIf, DealAnalysis deal) {
		this.whatIf = whatIf;
		this.deal = deal;
		deal.stakeholders().forEach((s) -> this.names.put(s.person(), s.name()));
		setPadding(false);
		setWidthFull();
		H4 title = new H4(getTranslation("whatif.title"));
		Paragraph intro = new Paragraph(getTranslation("whatif.intro"));

		this.kind.setLabel(getTranslation("whatif.kind"));
		this.kind.setItems(Kind.values());
		this.kind.setItemLabelGenerator((k) -> getTranslation("whatif.kind." + k.name()));
		this.kind.setValue(Kind.WIN_OVER);

		this.person.setLabel(getTranslation("whatif.person"));
		this.person.setItems(deal.stakeholders());
		this.person.setItemLabelGenerator((s) -> s.name() + " (" + Badges.label(this, s.role(), "role")
				+ ((s.title() != null) ? ", " + s.title() : "") + ")");
		this.person.setMinWidth("18em");

		this.attitude.setLabel(getTranslation("whatif.attitude"));
		this.attitude.setItems(Attitude.CHAMPION, Attitude.SUPPORTER);
		this.attitude.setItemLabelGenerator((a) -> Badges.label(this, a, "attitude"));
		this.attitude.setValue(Attitude.CHAMPION);

		List<WhatIfService.OurPerson> ours = whatIf.ourPeople(deal.asOf());
		this.ourPerson.setLabel(getTranslation("whatif.ourPerson"));
		this.ourPerson.setItems(ours);
		this.ourPerson.setItemLabelGenerator(WhatIfService.OurPerson::name);
		if (!ours.isEmpty()) {
			this.ourPerson.setValue(ours.get(0));
		}
		this.person.addValueChangeListener((event) -> preselectWarmPath(event.getValue(), ours));

		this.kind.addValueChangeListener((event) -> showFieldsFor(event.getValue()));
		showFieldsFor(Kind.WIN_OVER);

		this.add.setText(getTranslation("whatif.add"));
		this.add.addClickListener((event) -> addHypothesis());
		this.run.setText(getTranslation("whatif.run"));
		this.run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.run.addClickListener((event) -> run());
		this.clear.setText(getTranslation("whatif.clear"));
		this.clear.addClickListener((event) -> clear());

		HorizontalLayout form = new HorizontalLayout(this.kind, this.person, this.attitude, this.ourPerson, this.add);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		this.changes.getElement().setAttribute("aria-label", getTranslation("whatif.changes"));
		this.result.getElement().setAttribute("aria-live", "polite");
		this.result.setWidthFull();
		add(title, intro, form, this.changes, new HorizontalLayout(this.run, this.clear), this.result);
		updateButtons();
	}

	private void showFieldsFor(@Nullable Kind value) {
		this.attitude.setVisible(value == Kind.WIN_OVER);
		this.ourPerson.setVisible(value == Kind.MEET);
	}

	/**
	 * For a meeting with an unreached decision-maker, the one of us their warm path
	 * starts from is the natural person to go.
	 */
	private void preselectWarmPath(DealAnalysis.@Nullable Stakeholder stakeholder, List<WhatIfService.OurPerson> ours) {
		if (stakeholder == null) {
			return;
		}
		this.deal.unreachedDecisionMakers()
			.stream()
			.filter((u) -> u.person().equals(stakeholder.person()) && u.warmPath() != null && !u.warmPath().isEmpty())
			.findFirst()
			.flatMap((u) -> ours.stream().filter((o) -> o.id().equals(u.warmPath().get(0))).findFirst())
			.ifPresent(this.ourPerson::setValue);
	}

	/**
	 * The hypothesis the form describes, or null (with the field marked) when incomplete.
	 */
	@Nullable Hypothesis hypothesis() {
		DealAnalysis.Stakeholder stakeholder = this.person.getValue();
		this.person.setInvalid(stakeholder == null);
		this.person.setErrorMessage(getTranslation("whatif.pickPerson"));
		Kind chosen = this.kind.getValue();
		if (stakeholder == null || chosen == null) {
			return null;
		}
		return switch (chosen) {
			case WIN_OVER -> new Hypothesis.WinOver(stakeholder.person(),
					(this.attitude.getValue() != null) ? this.attitude.getValue() : Attitude.CHAMPION);
			case LEAVES -> new Hypothesis.Leaves(stakeholder.person());
			case MEET -> {
				WhatIfService.OurPerson who = this.ourPerson.getValue();
				this.ourPerson.setInvalid(who == null);
				this.ourPerson.setErrorMessage(getTranslation("whatif.pickOurPerson"));
				yield (who != null) ? new Hypothesis.Meeting(who.id(), stakeholder.person()) : null;
			}
		};
	}

	void addHypothesis() {
		Hypothesis hypothesis = hypothesis();
		if (hypothesis == null) {
			return;
		}
		if (!this.hypotheses.contains(hypothesis)) {
			this.hypotheses.add(hypothesis);
			Button remove = new Button(getTranslation("whatif.remove"));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			String text = describe(hypothesis);
			remove.setAriaLabel(getTranslation("whatif.remove") + ": " + text);
			ListItem item = new ListItem(new Span(text + " "), remove);
			remove.addClickListener((event) -> {
				this.hypotheses.remove(hypothesis);
				this.changes.remove(item);
				updateButtons();
				this.run.focus();
			});
			this.changes.add(item);
		}
		this.person.clear();
		this.person.setInvalid(false);
		updateButtons();
		this.person.focus();
	}

	List<Hypothesis> hypotheses() {
		return List.copyOf(this.hypotheses);
	}

	String describe(Hypothesis hypothesis) {
		String name = this.names.getOrDefault(hypothesis.person(), hypothesis.person());
		return switch (hypothesis) {
			case Hypothesis.WinOver w ->
				getTranslation("whatif.describe.WIN_OVER", name, Badges.label(this, w.attitude(), "attitude"));
			case Hypothesis.Leaves l -> getTranslation("whatif.describe.LEAVES", name);
			case Hypothesis.Meeting m -> getTranslation("whatif.describe.MEET",
					(this.ourPerson.getListDataView()
						.getItems()
						.filter((o) -> o.id().equals(m.ourPerson()))
						.map(WhatIfService.OurPerson::name)
						.findFirst()
						.orElse(m.ourPerson())),
					name);
		};
	}

	void clear() {
		this.hypotheses.clear();
		this.changes.removeAll();
		this.result.removeAll();
		updateButtons();
		this.kind.focus();
	}

	private void updateButtons() {
		this.run.setEnabled(!this.hypotheses.isEmpty());
		this.clear.setEnabled(!this.hypotheses.isEmpty() || this.result.getChildren().findAny().isPresent());
	}

	void run() {
		this.result.removeAll();
		WhatIfService.WhatIf answer;
		try {
			answer = this.whatIf.whatIf(this.deal.opportunity(), this.hypotheses, this.deal.asOf(), Badges.language());
		}
		catch (InvalidDocumentException ex) {
			this.result.add(new Paragraph(getTranslation("whatif.refused")));
			UnorderedList errors = new UnorderedList();
			ex.errors().forEach((e) -> errors.add(new ListItem(e.path() + ": " + e.message())));
			this.result.add(errors);
			updateButtons();
			return;
		}
		catch (RuntimeException ex) {
			this.result.add(new Paragraph(getTranslation("whatif.failed") + " " + DatabaseBanner.explain(ex)));
			updateButtons();
			return;
		}
		show(answer.before(), answer.after());
		updateButtons();
	}

	private void show(DealAnalysis before, DealAnalysis after) {
		WhatIfComparison comparison = WhatIfComparison.of(before, after);
		Span notSaved = new Span(getTranslation("whatif.notSaved"));
		notSaved.getStyle()
			.set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-10pct))")
			.set("border-radius", "var(--lumo-border-radius-s)")
			.set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
			.set("font-weight", "600");
		this.result.add(notSaved);

		this.result.add(new H5(getTranslation("whatif.summary")));
		UnorderedList summary = new UnorderedList();
		if (comparison.changesNothing()) {
			summary.add(new ListItem(getTranslation("whatif.nothingChanges")));
		}
		if (comparison.stageMoved()) {
			summary.add(new ListItem(getTranslation("whatif.stageMoves", stage(comparison.stageBefore()),
					stage(comparison.stageAfter()))));
		}
		if (comparison.riskBefore() != comparison.riskAfter()) {
			summary
				.add(new ListItem(getTranslation("whatif.riskMoves", comparison.riskBefore(), comparison.riskAfter())));
		}
		comparison.flagsDropped()
			.forEach((f) -> summary
				.add(new ListItem(getTranslation("whatif.flagDropped", Badges.label(this, f.code())))));
		comparison.flagsRaised()
			.forEach((f) -> summary
				.add(new ListItem(getTranslation("whatif.flagRaised", Badges.label(this, f.code())))));
		comparison.nowReached().forEach((p) -> summary.add(new ListItem(getTranslation("whatif.nowReached", name(p)))));
		comparison.nowUnreached()
			.forEach((p) -> summary.add(new ListItem(getTranslation("whatif.nowUnreached", name(p)))));
		this.result.add(summary);

		Div sides = new Div(side(getTranslation("whatif.before"), before, false),
				side(getTranslation("whatif.after"), after, true));
		sides.getStyle()
			.set("display", "grid")
			.set("grid-template-columns", "repeat(auto-fit, minmax(22em, 1fr))")
			.set("gap", "var(--lumo-space-m)");
		sides.setWidthFull();
		this.result.add(sides);

		if (!comparison.influenceChanges().isEmpty()) {
			this.result.add(new H5(getTranslation("whatif.influenceChanges")));
			Grid<WhatIfComparison.InfluenceChange> grid = new Grid<>();
			grid.addColumn(WhatIfComparison.InfluenceChange::name)
				.setHeader(getTranslation("deal.person"))
				.setFlexGrow(2);
			grid.addColumn((c) -> format(c.before())).setHeader(getTranslation("whatif.before"));
			grid.addColumn((c) -> (c.after() != null) ? format(c.after()) : getTranslation("whatif.left"))
				.setHeader(getTranslation("whatif.after"));
			grid.addColumn((c) -> ((c.change() > 0) ? "+" : "") + format(c.change()))
				.setHeader(getTranslation("whatif.change"));
			grid.setItems(comparison.influenceChanges());
			grid.setAllRowsVisible(true);
			this.result.add(grid);
		}
	}

	private Component side(String heading, DealAnalysis analysis, boolean hypothetical) {
		Div card = new Div();
		card.getStyle()
			.set("border",
					hypothetical ? "2px dashed var(--lumo-primary-color-50pct)"
							: "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
		card.add(new H5(heading));
		Div stages = new Div(new Span(getTranslation("deal.claimed") + " "),
				Badges.stage(this, analysis.claimedStage(), false), new Span(getTranslation("deal.effective") + " "));
		if (analysis.effectiveStage() != null) {
			stages.add(Badges.stage(this, analysis.effectiveStage(),
					analysis.effectiveStage() != analysis.claimedStage()));
		}
		else {
			stages.add(new Span(getTranslation("deal.unknown")));
		}
		card.add(stages);
		if (analysis.weightedStage() != null) {
			card.add(new Div(getTranslation("whatif.weightedStage") + " "
					+ String.format(Locale.ROOT, "%.2f", analysis.weightedStage())));
		}
		card.add(new Div(getTranslation("deal.riskScore") + " " + analysis.riskScore()));
		if (analysis.mostInfluential() != null) {
			card.add(new Div(getTranslation("whatif.mostInfluential") + " " + analysis.mostInfluential().name() + " ("
					+ format(analysis.mostInfluential().influence()) + ")"));
		}
		Div flags = new Div(new Span(getTranslation("deal.flags") + ": "));
		if (analysis.risks().isEmpty()) {
			flags.add(new Span(getTranslation("deal.noFlags")));
		}
		analysis.risks().forEach((r) -> flags.add(Badges.flag(this, r)));
		card.add(flags);
		card.add(new Div(getTranslation("deal.unreached") + ": "
				+ (analysis.unreachedDecisionMakers().isEmpty() ? getTranslation("whatif.none") : String.join(", ",
						analysis.unreachedDecisionMakers().stream().map((u) -> name(u.person())).toList()))));
		Paragraph explanation = new Paragraph(analysis.explanation());
		explanation.getStyle().set("font-size", "var(--lumo-font-size-s)");
		card.add(explanation);
		return card;
	}

	private String stage(com.powermap.deals.@Nullable Stage stage) {
		return (stage != null) ? Badges.label(this, stage) : getTranslation("deal.unknown");
	}

	private String name(String person) {
		return this.names.getOrDefault(person, person);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

}

package com.powermap.deals.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

import com.powermap.deals.DealAnalysis;
import com.powermap.graphview.GraphPayload;

/**
 * The side panel of the influence graph: the details of the person selected in the graph
 * or in the grid (role, attitude, stage, influence, last engaged, reached) and, for an
 * unreached decision-maker, a button that highlights their warm path. Other features add
 * their buttons with {@link #addAction}.
 */
public class StakeholderPanel extends VerticalLayout {

	private final DealAnalysis deal;

	private final Consumer<List<String>> highlight;

	private final List<SerializableFunction<DealAnalysis.Stakeholder, @Nullable Component>> actions = new ArrayList<>();

	private @Nullable String person;

	private GraphPayload.@Nullable Person shown;

	private @Nullable String organizationName;

	StakeholderPanel(DealAnalysis deal, Consumer<List<String>> highlight) {
		this.deal = deal;
		this.highlight = highlight;
		setPadding(true);
		setSpacing(false);
		getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-m)");
		getElement().setAttribute("aria-live", "polite");
		getElement().setAttribute("role", "region");
		setId("stakeholder-panel");
		getElement().setAttribute("aria-label", getTranslation("graph.title"));
		clear();
	}

	/**
	 * Adds an action offered for every stakeholder shown: the factory builds the
	 * component (e.g. a "Record assessment" button) for the stakeholder, or returns null
	 * to offer nothing for them. Only people involved in the deal get actions.
	 */
	public void addAction(SerializableFunction<DealAnalysis.Stakeholder, @Nullable Component> factory) {
		this.actions.add(factory);
		if (this.person != null) {
			show(this.person, this.shown, this.organizationName);
		}
	}

	/** The id of the person shown, if any. */
	public @Nullable String person() {
		return this.person;
	}

	void clear() {
		removeAll();
		this.person = null;
		this.shown = null;
		add(new Paragraph(getTranslation("graph.panelHint")));
	}

	/**
	 * Shows one person: a stakeholder of the deal with everything the analysis says, or
	 * someone else of the graph with what the graph knows.
	 */
	void show(String id, GraphPayload.@Nullable Person graphPerson, @Nullable String organizationName) {
		removeAll();
		this.person = id;
		this.shown = graphPerson;
		this.organizationName = organizationName;
		DealAnalysis.Stakeholder stakeholder = this.deal.stakeholders()
			.stream()
			.filter((s) -> s.person().equals(id))
			.findFirst()
			.orElse(null);
		if (stakeholder == null) {
			if (graphPerson == null) {
				clear();
				return;
			}
			add(new H4(graphPerson.name()));
			line(getTranslation("deal.jobTitle"), graphPerson.title());
			line(getTranslation("graph.organization"),
					((organizationName != null) ? organizationName : graphPerson.organization())
							+ ((graphPerson.department() != null) ? " · " + graphPerson.department() : ""));
			if (graphPerson.influence() > 0) {
				line(getTranslation("deal.influence"), String.format(Locale.ROOT, "%.3f", graphPerson.influence()));
			}
			add(new Paragraph(getTranslation("graph.notInvolvedText")));
			return;
		}
		add(new H4(stakeholder.name()));
		line(getTranslation("deal.jobTitle"), stakeholder.title());
		line(getTranslation("deal.role"), Badges.label(this, stakeholder.role(), "role"));
		line(getTranslation("deal.attitude"),
				(stakeholder.attitude() != null) ? Badges.label(this, stakeholder.attitude(), "attitude") : "—");
		line(getTranslation("deal.stage"),
				(stakeholder.stage() != null)
						? Badges.label(this, stakeholder.stage()) + ((stakeholder.stageSince() != null)
								? " (" + getTranslation("graph.stageSince") + " " + stakeholder.stageSince() + ")" : "")
						: getTranslation("deal.notAssessed"));
		line(getTranslation("deal.influence"), String.format(Locale.ROOT, "%.3f", stakeholder.influence()));
		line(getTranslation("deal.lastEngaged"), (stakeholder.lastEngagedAt() != null)
				? stakeholder.lastEngagedAt().toString() : getTranslation("deal.never"));
		line(getTranslation("deal.reach"),
				stakeholder.reached() ? getTranslation("deal.reached") : getTranslation("deal.notReached"));
		for (DealAnalysis.UnreachedDecisionMaker u : this.deal.unreachedDecisionMakers()) {
			if (u.person().equals(id)) {
				if (u.warmPath() != null && u.warmPathNames() != null) {
					add(new Paragraph(getTranslation("deal.warmPath") + " " + String.join(" → ", u.warmPathNames())));
					List<String> path = u.warmPath();
					Button button = new Button(getTranslation("graph.showWarmPath"),
							(event) -> this.highlight.accept(path));
					button.addClassName("show-warm-path");
					add(button);
				}
				else {
					add(new Paragraph(getTranslation("deal.noWarmPath")));
				}
			}
		}
		FlexLayout buttons = new FlexLayout();
		buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		buttons.getStyle().set("gap", "var(--lumo-space-s)");
		for (SerializableFunction<DealAnalysis.Stakeholder, @Nullable Component> factory : this.actions) {
			Component action = factory.apply(stakeholder);
			if (action != null) {
				buttons.add(action);
			}
		}
		if (buttons.getComponentCount() > 0) {
			add(buttons);
		}
	}

	private void line(String label, @Nullable String value) {
		if (value == null) {
			return;
		}
		Div row = new Div();
		Span name = new Span(label + ": ");
		name.getStyle().set("color", "var(--lumo-secondary-text-color)");
		row.add(name, new Span(value));
		add(row);
	}

}

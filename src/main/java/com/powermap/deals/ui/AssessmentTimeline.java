package com.powermap.deals.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

import com.powermap.deals.DealHistory;

/**
 * The assessment history of a deal, oldest day first: on each day, what was said and the
 * effective stage of that day, with a mark (an arrow and a word, colour only as a second
 * cue) where the deal moved forward or back.
 */
class AssessmentTimeline extends OrderedList {

	AssessmentTimeline(List<DealHistory.Day> days) {
		getStyle().set("list-style", "none")
			.set("padding-left", "0")
			.set("border-left", "2px solid var(--lumo-contrast-20pct)")
			.set("margin-left", "var(--lumo-space-s)");
		getElement().setAttribute("aria-label", getTranslation("timeline.title"));
		if (days.isEmpty()) {
			add(new ListItem(getTranslation("timeline.empty")));
		}
		for (DealHistory.Day day : days) {
			add(item(day));
		}
	}

	private ListItem item(DealHistory.Day day) {
		ListItem item = new ListItem();
		item.getStyle().set("padding", "0 0 var(--lumo-space-s) var(--lumo-space-m)");
		Div head = new Div();
		Span date = new Span(day.day().toString());
		date.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
		head.add(date);
		if (day.effectiveStage() != null) {
			head.add(Badges.stage(this, day.effectiveStage(), day.move() == DealHistory.Move.BACK));
		}
		else {
			head.add(new Span(getTranslation("portfolio.unknownStage")));
		}
		Span move = new Span(getTranslation("timeline." + day.move().name()));
		move.getStyle().set("font-size", "var(--lumo-font-size-s)");
		switch (day.move()) {
			case FORWARD -> move.getStyle().set("color", "var(--lumo-success-text-color)");
			case BACK -> move.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
			default -> move.getStyle().set("color", "var(--lumo-secondary-text-color)");
		}
		head.add(move);
		item.add(head);
		for (DealHistory.Said said : day.assessments()) {
			List<String> parts = new ArrayList<>();
			if (said.stage() != null) {
				parts.add(Badges.label(this, said.stage()));
			}
			if (said.attitude() != null) {
				parts.add(Badges.label(this, said.attitude(), "attitude"));
			}
			if (said.participation() != null) {
				parts.add(Badges.label(this, said.participation(), "participation"));
			}
			String text = said.name() + ": " + String.join(", ", parts)
					+ ((said.note() != null) ? " — " + said.note() : "");
			Div line = new Div(new Span(text));
			line.getStyle()
				.set("font-size", "var(--lumo-font-size-s)")
				.set("color", "var(--lumo-secondary-text-color)");
			item.add(line);
		}
		return item;
	}

}

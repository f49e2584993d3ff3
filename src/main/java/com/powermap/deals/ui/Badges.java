package com.powermap.deals.ui;

import com.vaadin.flow.component.html.Span;

import com.powermap.deals.Stage;
import com.powermap.risk.RiskCode;
import com.powermap.risk.RiskFlag;

/**
 * Small labelled marks for stages and risk flags, in text (colour is only a second cue).
 */
final class Badges {

	private Badges() {
	}

	static Span flag(RiskFlag flag) {
		Span badge = badge(label(flag.code()) + " +" + flag.weight(), "var(--lumo-error-color-10pct)",
				"var(--lumo-error-text-color)");
		badge.setTitle(flag.message());
		return badge;
	}

	static Span stage(Stage stage, boolean warn) {
		return badge(label(stage), warn ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-5pct)",
				warn ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
	}

	static String label(Stage stage) {
		return switch (stage) {
			case TARGET -> "Target";
			case INTENT -> "Intent";
			case APPROVAL -> "Project approval";
			case SOLUTION -> "Solution";
			case COMMERCIAL -> "Commercial";
			case CLOSED -> "Closed";
		};
	}

	static String label(RiskCode code) {
		String words = code.name().toLowerCase().replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static Span badge(String text, String background, String color) {
		Span badge = new Span(text);
		badge.getStyle()
			.set("background", background)
			.set("color", color)
			.set("border-radius", "var(--lumo-border-radius-s)")
			.set("padding", "0 var(--lumo-space-xs)")
			.set("margin-right", "var(--lumo-space-xs)")
			.set("font-size", "var(--lumo-font-size-s)")
			.set("white-space", "nowrap");
		return badge;
	}

}

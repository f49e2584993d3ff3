package com.powermap.deals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import com.powermap.base.Language;
import com.powermap.deals.Stage;
import com.powermap.risk.RiskCode;
import com.powermap.risk.RiskFlag;

/**
 * Small labelled marks for stages and risk flags, in text (colour is only a second cue),
 * and the translated labels of the domain's values.
 */
final class Badges {

	private Badges() {
	}

	static Span flag(Component view, RiskFlag flag) {
		Span badge = badge(label(view, flag.code()) + " +" + flag.weight(), "var(--lumo-error-color-10pct)",
				"var(--lumo-error-text-color)");
		badge.setTitle(flag.message());
		return badge;
	}

	static Span stage(Component view, Stage stage, boolean warn) {
		return badge(label(view, stage), warn ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-5pct)",
				warn ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
	}

	static String label(Component view, Stage stage) {
		return view.getTranslation("stage." + stage.name());
	}

	static String label(Component view, RiskCode code) {
		return view.getTranslation("risk." + code.name());
	}

	static String label(Component view, Enum<?> value, String kind) {
		return view.getTranslation(kind + "." + value.name());
	}

	/** The language the analysis should explain itself in, from the UI's locale. */
	static Language language() {
		UI ui = UI.getCurrent();
		return Language.pick((ui != null) ? ui.getLocale().getLanguage() : null, null);
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

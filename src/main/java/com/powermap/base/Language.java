package com.powermap.base;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.Stage;

/**
 * The languages results are explained in: English and Simplified Chinese.
 */
public enum Language {

	EN, ZH;

	private static final String[] STAGES_EN = { "Target", "Intent", "Project approval", "Solution", "Commercial",
			"Closed" };

	private static final String[] STAGES_ZH = { "目标", "意向", "立项", "方案", "商务", "成交" };

	/** The label of a stage in this language. */
	public String stage(Stage stage) {
		return (this == ZH) ? STAGES_ZH[stage.ordinal()] : STAGES_EN[stage.ordinal()];
	}

	/**
	 * The language a request asks for: an explicit {@code lang} parameter ({@code en},
	 * {@code zh}, {@code zh-CN}) first, then the first Chinese or English entry of
	 * Accept-Language; English otherwise.
	 */
	public static Language pick(@Nullable String lang, @Nullable String acceptLanguage) {
		if (lang != null && !lang.isBlank()) {
			return lang.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
		}
		if (acceptLanguage != null) {
			for (String part : acceptLanguage.split(",")) {
				String tag = part.trim().toLowerCase(Locale.ROOT);
				if (tag.startsWith("zh")) {
					return ZH;
				}
				if (tag.startsWith("en")) {
					return EN;
				}
			}
		}
		return EN;
	}

}

package com.powermap.deals;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.powermap.base.Language;

/**
 * What-if over REST: {@code POST /api/opportunities/{id}/what-if?lang=} with a
 * {@code powermap/v1} fragment (plus an optional {@code asOf}) answers {@code {"before":
 * ..., "after": ...}}, two analyses as DOMAIN.md section 4. A refused fragment answers
 * 400 with {@code {"errors": [{"path", "message"}]}}, like an import.
 */
@RestController
class WhatIfController {

	private final WhatIfService whatIf;

	WhatIfController(WhatIfService whatIf) {
		this.whatIf = whatIf;
	}

	@PostMapping(path = "/api/opportunities/{id}/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> whatIf(@PathVariable String id, @RequestBody String fragment,
			@RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		return this.whatIf.whatIf(id, fragment, Language.pick(lang, acceptLanguage)).toJson();
	}

}

package com.powermap.exchange;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST face of import and export: {@code POST /api/import} (a powermap/v1 document),
 * {@code POST /api/import/org-chart?org=ID} (CSV) and
 * {@code GET /api/export[?account=ID]} (a powermap/v1 document) and
 * {@code GET /api/export/org-chart?org=ID} (CSV, as the org-chart import reads it). A
 * refused import answers 400 with {@code {"errors": [{"path", "message"}]}}.
 */
@RestController
class ExchangeController {

	private final ExchangeService exchange;

	ExchangeController(ExchangeService exchange) {
		this.exchange = exchange;
	}

	@PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	ImportResult importDocument(@RequestBody String json) {
		return this.exchange.importJson(json);
	}

	@PostMapping(path = "/api/import/org-chart")
	ImportResult importOrgChart(@RequestParam String org, @RequestBody byte[] csv) {
		return this.exchange.importOrgChart(org, csv);
	}

	@GetMapping(path = "/api/export", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> export(@RequestParam(required = false) @Nullable String account) {
		return this.exchange.export(account);
	}

	@GetMapping(path = "/api/export/org-chart")
	ResponseEntity<byte[]> exportOrgChart(@RequestParam String org) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(org + "-org-chart.csv").build().toString())
			.body(this.exchange.exportOrgChart(org));
	}

}

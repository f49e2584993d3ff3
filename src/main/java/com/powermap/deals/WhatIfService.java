package com.powermap.deals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.powermap.base.Language;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.exchange.PowermapDocument;

/**
 * What-if (DOMAIN.md section 3.5): a {@code powermap/v1} fragment of hypothetical changes
 * is checked like an import and written in a transaction that is always rolled back, with
 * the deal analysed before and after it inside that same transaction. Nothing of a
 * what-if is ever stored, whether it succeeds or fails midway.
 */
@Service
class WhatIfService {

	private final ExchangeService exchange;

	private final AnalysisService analysis;

	private final ObjectMapper mapper;

	private final TransactionTemplate transactions;

	WhatIfService(ExchangeService exchange, AnalysisService analysis, ObjectMapper mapper,
			PlatformTransactionManager transactionManager) {
		this.exchange = exchange;
		this.analysis = analysis;
		this.mapper = mapper;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setName("what-if");
	}

	/** The analyses of one deal before and after a what-if. */
	record WhatIf(DealAnalysis before, DealAnalysis after) {

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("before", this.before.toJson());
			json.put("after", this.after.toJson());
			return json;
		}

	}

	/**
	 * Analyses an opportunity before and after the changes of a fragment, as of the
	 * fragment's {@code asOf} (today in UTC when it has none).
	 * @param fragment a {@code powermap/v1} document as JSON, {@code "format"} optional
	 * @throws InvalidDocumentException listing every error of the fragment
	 * @throws UnknownOpportunityException when there is no such opportunity
	 */
	WhatIf whatIf(String opportunity, String fragment, Language language) {
		String document = withFormat(fragment);
		WhatIf result = this.transactions.execute((status) -> {
			// Whatever happens below, this transaction ends in a rollback.
			status.setRollbackOnly();
			PowermapDocument changes = this.exchange.check(document);
			LocalDate asOf = (changes.asOf() != null) ? changes.asOf() : LocalDate.now(ZoneOffset.UTC);
			DealAnalysis before = this.analysis.analyze(opportunity, asOf, language);
			this.exchange.applyHypothetically(changes);
			DealAnalysis after = this.analysis.analyze(opportunity, asOf, language);
			return new WhatIf(before, after);
		});
		return Objects.requireNonNull(result);
	}

	/**
	 * The fragment with {@code "format": "powermap/v1"} added when it has no format at
	 * all. Text that is not a JSON object is left as it is, for the import's reader to
	 * report.
	 */
	private String withFormat(String fragment) {
		JsonNode root;
		try {
			root = this.mapper.readTree(fragment);
		}
		catch (JacksonException ex) {
			return fragment;
		}
		if (root instanceof ObjectNode object && !object.has("format")) {
			object.put("format", PowermapDocument.FORMAT);
			return this.mapper.writeValueAsString(object);
		}
		return fragment;
	}

}

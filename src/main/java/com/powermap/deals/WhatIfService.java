package com.powermap.deals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.powermap.base.CypherQueries;
import com.powermap.base.Language;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportError;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.exchange.PowermapDocument;

/**
 * What-if (DOMAIN.md section 3.5): a {@code powermap/v1} fragment of hypothetical changes
 * is checked like an import and written in a transaction that is always rolled back, with
 * the deal analysed before and after it inside that same transaction. Nothing of a
 * what-if is ever stored, whether it succeeds or fails midway.
 */
@Service
public class WhatIfService {

	private final ExchangeService exchange;

	private final AnalysisService analysis;

	private final ObjectMapper mapper;

	private final TransactionTemplate transactions;

	private final Neo4jClient client;

	private final CypherQueries queries;

	WhatIfService(ExchangeService exchange, AnalysisService analysis, ObjectMapper mapper,
			PlatformTransactionManager transactionManager, Neo4jClient client, CypherQueries queries) {
		this.exchange = exchange;
		this.analysis = analysis;
		this.mapper = mapper;
		this.client = client;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setName("what-if");
	}

	/** The analyses of one deal before and after a what-if. */
	public record WhatIf(DealAnalysis before, DealAnalysis after) {

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

	/** One of our people, who can meet a stakeholder in a what-if. */
	public record OurPerson(String id, String name) {
	}

	/**
	 * Our people who have not left as of a date, by name.
	 */
	@Transactional(readOnly = true)
	public List<OurPerson> ourPeople(LocalDate asOf) {
		return List.copyOf(this.client.query(this.queries.get("deals/our-people"))
			.bind(asOf)
			.to("asOf")
			.fetchAs(OurPerson.class)
			.mappedBy((types, record) -> new OurPerson(record.get("id").asString(), record.get("name").asString()))
			.all());
	}

	/**
	 * Analyses an opportunity as of a date (today in UTC when null) before and after a
	 * list of hypotheses, all applied together.
	 * @throws InvalidDocumentException when a hypothesis names someone who is not a
	 * stakeholder of the deal, or when the changes are refused as an import would refuse
	 * them
	 * @throws UnknownOpportunityException when there is no such opportunity
	 */
	public WhatIf whatIf(String opportunity, List<Hypothesis> hypotheses, @Nullable LocalDate asOf, Language language) {
		if (hypotheses.isEmpty()) {
			throw new InvalidDocumentException(List.of(new ImportError("hypotheses", "no change to try")));
		}
		WhatIf result = this.transactions.execute((status) -> {
			status.setRollbackOnly();
			DealAnalysis before = this.analysis.analyze(opportunity, asOf, language);
			PowermapDocument changes = this.exchange.check(fragment(before, hypotheses));
			this.exchange.applyHypothetically(changes);
			DealAnalysis after = this.analysis.analyze(opportunity, before.asOf(), language);
			return new WhatIf(before, after);
		});
		return Objects.requireNonNull(result);
	}

	/**
	 * The {@code powermap/v1} fragment of hypotheses on a deal as analysed: elements are
	 * written whole, so the opportunity and the involvements carry their current values,
	 * and a new assessment repeats the stakeholder's current participation (and their
	 * stage when it was set on the same day, so that a same-day assessment it replaces
	 * keeps it).
	 */
	String fragment(DealAnalysis deal, List<Hypothesis> hypotheses) {
		Map<String, DealAnalysis.Stakeholder> stakeholders = new LinkedHashMap<>();
		deal.stakeholders().forEach((s) -> stakeholders.put(s.person(), s));
		List<ImportError> errors = new ArrayList<>();
		for (int i = 0; i < hypotheses.size(); i++) {
			String person = hypotheses.get(i).person();
			if (!stakeholders.containsKey(person)) {
				errors.add(new ImportError("hypotheses[" + i + "].person", "\"" + person
						+ "\" is not a stakeholder of deal " + deal.opportunity() + " on " + deal.asOf()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidDocumentException(errors);
		}
		String day = deal.asOf().toString();
		ObjectNode root = this.mapper.createObjectNode();
		root.put("format", PowermapDocument.FORMAT);
		root.put("asOf", day);
		ArrayNode people = root.putArray("people");
		ArrayNode relationships = root.putArray("relationships");
		Map<String, ObjectNode> involvements = new LinkedHashMap<>();
		for (Hypothesis hypothesis : hypotheses) {
			DealAnalysis.Stakeholder stakeholder = stakeholders.get(hypothesis.person());
			switch (hypothesis) {
				case Hypothesis.WinOver winOver -> {
					ObjectNode assessment = involvements
						.computeIfAbsent(winOver.person(), (id) -> involvement(stakeholder))
						.withArray("assessments")
						.addObject();
					assessment.put("at", day);
					// A field left out keeps its earlier value, so the stage is repeated
					// only
					// when an assessment of this very day set it (this one replaces it).
					boolean stageSetToday = stakeholder.stage() != null && deal.asOf().equals(stakeholder.stageSince());
					assessment.put("stage", stageSetToday ? stakeholder.stage().name() : null);
					assessment.put("attitude", winOver.attitude().name());
					assessment.put("participation",
							(stakeholder.participation() != null) ? stakeholder.participation().name() : null);
					assessment.put("note", "what-if");
				}
				case Hypothesis.Leaves leaves -> {
					// The person is written whole; department and e-mail are not part of
					// any
					// analysis, and the transaction is rolled back anyway.
					ObjectNode person = people.addObject();
					person.put("id", leaves.person());
					person.put("name", stakeholder.name());
					person.put("title", stakeholder.title());
					person.put("org", deal.account());
					person.put("leftAt", day);
				}
				case Hypothesis.Meeting meeting -> {
					ObjectNode engaged = relationships.addObject();
					engaged.put("type", "ENGAGED");
					engaged.put("from", meeting.ourPerson());
					engaged.put("to", meeting.person());
					engaged.put("at", day);
					engaged.put("channel", "MEETING");
					engaged.put("note", "what-if");
				}
			}
		}
		if (!involvements.isEmpty()) {
			ObjectNode opportunity = root.putArray("opportunities").addObject();
			opportunity.put("id", deal.opportunity());
			opportunity.put("name", deal.name());
			opportunity.put("account", deal.account());
			opportunity.put("claimedStage", deal.claimedStage().name());
			if (deal.amount() != null) {
				opportunity.putPOJO("amount", deal.amount());
			}
			opportunity.put("currency", deal.currency());
			ArrayNode list = opportunity.putArray("involvements");
			involvements.values().forEach(list::add);
		}
		return this.mapper.writeValueAsString(root);
	}

	private ObjectNode involvement(DealAnalysis.Stakeholder stakeholder) {
		ObjectNode involvement = this.mapper.createObjectNode();
		involvement.put("person", stakeholder.person());
		involvement.put("role", stakeholder.role().name());
		involvement.putArray("assessments");
		return involvement;
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

package com.powermap.deals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import tools.jackson.databind.ObjectMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.access.AccountAccess;
import com.powermap.base.CypherQueries;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.exchange.PowermapDocument;
import com.powermap.people.EditErrors;
import com.powermap.people.StaleVersionException;

/**
 * Editing a deal: its own fields (against a version, so that nobody's save is silently
 * lost), who is involved in which role, and new assessments, which are only ever added.
 * Every write is a small {@code powermap/v1} document that goes through the import, so it
 * is checked exactly like an import, and a refused edit names its wrong fields.
 */
@Service
public class OpportunityService {

	/** The last moment handed to an assessment, so that no two get the same one. */
	private static final AtomicReference<Instant> lastMoment = new AtomicReference<>(Instant.EPOCH);

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final ExchangeService exchange;

	private final ObjectMapper mapper;

	private final Clock clock = Clock.systemUTC();

	private final AccountAccess access;

	OpportunityService(Neo4jClient client, CypherQueries queries, ExchangeService exchange, ObjectMapper mapper,
			AccountAccess access) {
		this.access = access;
		this.client = client;
		this.queries = queries;
		this.exchange = exchange;
		this.mapper = mapper;
	}

	/**
	 * One opportunity with the version to save against.
	 * @throws UnknownOpportunityException when there is no such opportunity
	 */
	@Transactional(readOnly = true)
	public OpportunityDetails opportunity(String id) {
		this.access.checkOpportunity(id);
		return this.client.query(this.queries.get("deals/opportunity-for-edit"))
			.bind(id)
			.to("opportunity")
			.fetchAs(OpportunityDetails.class)
			.mappedBy((types, r) -> new OpportunityDetails(r.get("id").asString(), r.get("name").asString(),
					r.get("account").asString(), Stage.valueOf(r.get("claimedStage").asString()),
					amount(r.get("amount")), r.get("currency").isNull() ? null : r.get("currency").asString(),
					r.get("version").asLong()))
			.one()
			.orElseThrow(() -> new UnknownOpportunityException(id));
	}

	/**
	 * Saves the fields of an opportunity, if {@code version} is still the stored one.
	 * @return the new version
	 * @throws StaleVersionException when someone else saved since that version
	 * @throws UnknownOpportunityException when there is no such opportunity
	 * @throws InvalidDocumentException naming the fields that are wrong
	 */
	@Transactional
	public long update(String id, long version, OpportunityFields fields) {
		OpportunityDetails stored = opportunity(id);
		long next = this.client.query(this.queries.get("deals/next-opportunity-version"))
			.bind(id)
			.to("opportunity")
			.fetchAs(Long.class)
			.mappedBy((types, r) -> r.get("version").asLong())
			.one()
			.orElseThrow(() -> new UnknownOpportunityException(id));
		if (next != version + 1) {
			throw new StaleVersionException("Opportunity \"" + id + "\"", version, next - 1);
		}
		if (fields.amount() != null && fields.amount().signum() < 0) {
			throw EditErrors.of("$.amount", "must not be negative, not " + fields.amount());
		}
		importOpportunity(stored.account(), id, fields, List.of(), Map.of("$.opportunities[0]", "$"));
		return next;
	}

	/**
	 * Involves a person in a deal in a role, or changes their role. Their assessments
	 * stay.
	 * @throws InvalidDocumentException naming the fields that are wrong ({@code $.person}
	 * for someone unknown or outside the deal's account)
	 */
	@Transactional
	public void saveInvolvement(String opportunity, @Nullable String person, @Nullable BuyingRole role) {
		OpportunityDetails stored = opportunity(opportunity);
		Map<String, Object> involvement = new LinkedHashMap<>();
		put(involvement, "person", person);
		put(involvement, "role", (role != null) ? role.name() : null);
		involvement.put("assessments", List.of());
		importOpportunity(stored.account(), opportunity, stored.fields(), List.of(involvement),
				Map.of("$.opportunities[0].involvements[0]", "$", "$.opportunities[0]", "$.opportunity"));
	}

	/**
	 * Adds an assessment to a person's involvement in a deal (involving them first when
	 * the assessment names a role). Earlier assessments are never changed: each one
	 * recorded here gets its own moment (the day asked for, at the time of recording in
	 * UTC), so that assessments recorded at the same time by different people all stay.
	 * @return the moment it was stored under, as ISO-8601 text
	 * @throws InvalidDocumentException naming the fields that are wrong
	 * ({@code $.person}, {@code $.role} for someone not involved yet...)
	 */
	@Transactional
	public String recordAssessment(String opportunity, NewAssessment assessment) {
		OpportunityDetails stored = opportunity(opportunity);
		if (assessment.person() == null || assessment.person().isBlank()) {
			throw EditErrors.of("$.person", "missing: whose assessment is it?");
		}
		if (assessment.stage() == null && assessment.attitude() == null && assessment.participation() == null
				&& (assessment.note() == null || assessment.note().isBlank())) {
			throw EditErrors.of("$", "an assessment needs at least a stage, an attitude, a participation or a note");
		}
		String person = assessment.person().trim();
		BuyingRole role = assessment.role();
		if (role == null) {
			role = this.client.query(this.queries.get("deals/involvement"))
				.bindAll(Map.of("opportunity", opportunity, "person", person))
				.fetchAs(BuyingRole.class)
				.mappedBy((types, r) -> BuyingRole.valueOf(r.get("role").asString()))
				.one()
				.orElseThrow(() -> EditErrors.of("$.role", "\"" + person + "\" is not involved in \"" + opportunity
						+ "\" yet: give their role in the deal"));
		}
		LocalDate day = (assessment.day() != null) ? assessment.day() : LocalDate.now(this.clock);
		OffsetDateTime at = moment(day);
		while (assessmentExists(opportunity, person, at)) {
			at = at.plus(1, ChronoUnit.MICROS);
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("at", at.toString());
		put(fields, "stage", (assessment.stage() != null) ? assessment.stage().name() : null);
		put(fields, "attitude", (assessment.attitude() != null) ? assessment.attitude().name() : null);
		put(fields, "participation", (assessment.participation() != null) ? assessment.participation().name() : null);
		put(fields, "note", assessment.note());
		Map<String, Object> involvement = new LinkedHashMap<>();
		involvement.put("person", person);
		involvement.put("role", role.name());
		involvement.put("assessments", List.of(fields));
		importOpportunity(stored.account(), opportunity, stored.fields(), List.of(involvement),
				Map.of("$.opportunities[0].involvements[0].assessments[0].at", "$.day",
						"$.opportunities[0].involvements[0].assessments[0]", "$", "$.opportunities[0].involvements[0]",
						"$", "$.opportunities[0]", "$.opportunity"));
		return at.toString();
	}

	/**
	 * A moment on {@code day} at the current time of day (UTC, to the microsecond), later
	 * than every moment this application handed out before.
	 */
	private OffsetDateTime moment(LocalDate day) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Instant unique = lastMoment.updateAndGet((last) -> now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS));
		LocalTime time = unique.atOffset(ZoneOffset.UTC).toLocalTime();
		return day.atTime(time).atOffset(ZoneOffset.UTC);
	}

	private boolean assessmentExists(String opportunity, String person, OffsetDateTime at) {
		return this.client.query(this.queries.get("deals/assessment-exists"))
			.bindAll(Map.of("opportunity", opportunity, "person", person, "at", at))
			.fetchAs(Long.class)
			.mappedBy((types, r) -> r.get("found").asLong())
			.one()
			.orElse(0L) > 0;
	}

	private void importOpportunity(String account, String id, OpportunityFields fields,
			List<Map<String, Object>> involvements, Map<String, String> paths) {
		Map<String, Object> opportunity = new LinkedHashMap<>();
		opportunity.put("id", id);
		put(opportunity, "name", fields.name());
		opportunity.put("account", account);
		put(opportunity, "claimedStage", (fields.claimedStage() != null) ? fields.claimedStage().name() : null);
		put(opportunity, "amount", fields.amount());
		put(opportunity, "currency", fields.currency());
		opportunity.put("involvements", involvements);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", PowermapDocument.FORMAT);
		document.put("opportunities", List.of(opportunity));
		try {
			this.exchange.importEdit(this.mapper.writeValueAsString(document));
		}
		catch (InvalidDocumentException ex) {
			throw EditErrors.relocated(ex, paths);
		}
	}

	private static void put(Map<String, Object> element, String field, @Nullable Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			return;
		}
		element.put(field, value);
	}

	private static @Nullable BigDecimal amount(Value value) {
		if (value.isNull()) {
			return null;
		}
		return (value.type().name().equals("INTEGER")) ? BigDecimal.valueOf(value.asLong())
				: BigDecimal.valueOf(value.asDouble());
	}

}

package com.powermap.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

/**
 * Adding and editing people and the relationships between them. Every write is a small
 * {@code powermap/v1} document that goes through the import, so that an edit is checked
 * exactly like an import (unknown ids, strength in (0,1], REPORTS_TO cycles, ENGAGED from
 * our own people only...), and a refused edit names the field of the edit that is wrong.
 */
@Service
public class PeopleService {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final ExchangeService exchange;

	private final ObjectMapper mapper;

	private final AccountAccess access;

	PeopleService(Neo4jClient client, CypherQueries queries, ExchangeService exchange, ObjectMapper mapper,
			AccountAccess access) {
		this.access = access;
		this.client = client;
		this.queries = queries;
		this.exchange = exchange;
		this.mapper = mapper;
	}

	/**
	 * One person with the version to save against.
	 * @throws UnknownPersonException when there is no such person
	 */
	@Transactional(readOnly = true)
	public PersonDetails person(String id) {
		this.access.checkPeople(List.of(id));
		return this.client.query(this.queries.get("people/person"))
			.bind(id)
			.to("id")
			.fetchAs(PersonDetails.class)
			.mappedBy((types, r) -> new PersonDetails(r.get("id").asString(), r.get("name").asString(),
					text(r.get("title")), text(r.get("department")), text(r.get("email")), r.get("org").asString(),
					r.get("orgName").asString(), r.get("orgKind").asString(), date(r.get("leftAt")),
					r.get("version").asLong()))
			.one()
			.orElseThrow(() -> new UnknownPersonException(id));
	}

	/** The people to pick from when editing a deal of an account. */
	@Transactional(readOnly = true)
	public List<PersonChoice> choicesFor(String account) {
		this.access.checkAccount(account);
		return List.copyOf(this.client.query(this.queries.get("people/people-for-account"))
			.bind(account)
			.to("account")
			.fetchAs(PersonChoice.class)
			.mappedBy((types, r) -> new PersonChoice(r.get("id").asString(), r.get("name").asString(),
					text(r.get("title")), r.get("org").asString(), r.get("orgName").asString(),
					r.get("orgKind").asString()))
			.all());
	}

	/**
	 * Adds a person with a new id, made from the name.
	 * @return the person as stored, at version 0
	 * @throws InvalidDocumentException naming the fields ({@code $.name},
	 * {@code $.org}...) that are wrong; nothing is written then
	 */
	@Transactional
	public PersonDetails add(PersonFields fields) {
		String id = newId(fields.name());
		write(id, fields);
		return person(id);
	}

	/**
	 * Saves every field of a person, if {@code version} is still the stored one.
	 * @return the new version
	 * @throws StaleVersionException when someone else saved since that version
	 * @throws UnknownPersonException when there is no such person
	 * @throws InvalidDocumentException naming the fields that are wrong
	 */
	@Transactional
	public long update(String id, long version, PersonFields fields) {
		long next = this.client.query(this.queries.get("people/next-person-version"))
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.mappedBy((types, r) -> r.get("version").asLong())
			.one()
			.orElseThrow(() -> new UnknownPersonException(id));
		if (next != version + 1) {
			throw new StaleVersionException("\"" + id + "\"", version, next - 1);
		}
		write(id, fields);
		return next;
	}

	/**
	 * The relationships that touch the people of an account (engagements left out), for
	 * an editor to change or end.
	 */
	@Transactional(readOnly = true)
	public List<RelationshipView> relationshipsOf(String account) {
		this.access.checkAccount(account);
		return List.copyOf(
				this.client.query(this.queries.get("people/relationships-of-account"))
					.bind(account)
					.to("account")
					.fetchAs(RelationshipView.class)
					.mappedBy((types, r) -> new RelationshipView(
							relationship(RelationshipType.valueOf(r.get("type").asString()), r.get("from").asString(),
									r.get("to").asString(), r),
							r.get("fromName").asString(), r.get("toName").asString()))
					.all());
	}

	/**
	 * Adds a relationship or, when one with its identity exists (type, from, to, and the
	 * opportunity of a DELEGATES), replaces its properties.
	 * @throws InvalidDocumentException naming the fields that are wrong ({@code $.to} for
	 * a REPORTS_TO that closes a cycle, {@code $.strength} outside (0,1], {@code $.from}
	 * for an ENGAGED that is not from one of our people...)
	 */
	@Transactional
	public void saveRelationship(Relationship relationship) {
		if (relationship.type() == RelationshipType.ENGAGED) {
			throw EditErrors.of("$.type", "an engagement is logged with its date, not saved as a relationship");
		}
		Double strength = relationship.strength();
		if (strength != null && !Double.isFinite(strength)) {
			throw EditErrors.of("$.strength", "must be a number in (0,1], not " + strength);
		}
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("type", relationship.type().name());
		element.put("from", relationship.from());
		element.put("to", relationship.to());
		switch (relationship.type()) {
			case INFLUENCES -> {
				put(element, "strength", relationship.strength());
				put(element, "note", relationship.note());
			}
			case DELEGATES -> {
				put(element, "opportunity", relationship.opportunity());
				put(element, "note", relationship.note());
			}
			case KNOWS -> {
				put(element, "strength", relationship.strength());
				put(element, "context", relationship.context());
			}
			default -> {
			}
		}
		put(element, "since", relationship.since());
		put(element, "until", relationship.until());
		importRelationship(element);
	}

	/**
	 * Ends a stored relationship: it stays, with {@code until} set, so that analyses of
	 * earlier dates still see it.
	 * @throws InvalidDocumentException when there is no such relationship or the date is
	 * not after its {@code since}
	 */
	@Transactional
	public void endRelationship(RelationshipType type, String from, String to, @Nullable String opportunity,
			LocalDate until) {
		Relationship stored = this.client.query(this.queries.get("people/relationship"))
			.bindAll(nullable(Map.of("type", type.name(), "from", from, "to", to), "opportunity", opportunity))
			.fetchAs(Relationship.class)
			.mappedBy((types, r) -> relationship(type, from, to, r))
			.one()
			.orElseThrow(() -> EditErrors.of("$", "there is no " + type + " from \"" + from + "\" to \"" + to + "\""
					+ ((opportunity != null) ? " for \"" + opportunity + "\"" : "")));
		saveRelationship(new Relationship(type, from, to, stored.strength(), stored.opportunity(), stored.note(),
				stored.context(), stored.since(), until));
	}

	/**
	 * Logs that one of our (SELF) people met, called or worked with someone on a date. A
	 * second engagement of the same two people on the same day replaces the first's
	 * channel and note.
	 * @throws InvalidDocumentException naming the fields that are wrong ({@code $.from}
	 * for someone who is not one of our people)
	 */
	@Transactional
	public void logEngagement(String from, String to, LocalDate at, @Nullable String channel, @Nullable String note) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("type", RelationshipType.ENGAGED.name());
		element.put("from", from);
		element.put("to", to);
		element.put("at", at.toString());
		put(element, "channel", channel);
		put(element, "note", note);
		importRelationship(element);
	}

	private void importRelationship(Map<String, Object> element) {
		importDocument(Map.of("relationships", List.of(element)), Map.of("$.relationships[0]", "$"));
	}

	private void write(String id, PersonFields fields) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", id);
		put(person, "name", fields.name());
		put(person, "title", fields.title());
		put(person, "department", fields.department());
		put(person, "email", fields.email());
		put(person, "org", fields.org());
		put(person, "leftAt", fields.leftAt());
		importDocument(Map.of("people", List.of(person)), Map.of("$.people[0]", "$"));
	}

	private void importDocument(Map<String, Object> content, Map<String, String> paths) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", PowermapDocument.FORMAT);
		document.putAll(content);
		try {
			this.exchange.importEdit(this.mapper.writeValueAsString(document));
		}
		catch (InvalidDocumentException ex) {
			throw EditErrors.relocated(ex, paths);
		}
	}

	private String newId(@Nullable String name) {
		String base = (name != null) ? name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") : "";
		base = base.replaceAll("^-+|-+$", "");
		if (base.length() > 40) {
			base = base.substring(0, 40);
		}
		if (base.isEmpty()) {
			base = "person";
		}
		String id = base;
		while (exists(id)) {
			id = base + "-" + UUID.randomUUID().toString().substring(0, 6);
		}
		return id;
	}

	private boolean exists(String id) {
		return this.client.query(this.queries.get("people/person")).bind(id).to("id").fetch().one().isPresent();
	}

	private static Relationship relationship(RelationshipType type, String from, String to, org.neo4j.driver.Record r) {
		Value strength = r.get("strength");
		return new Relationship(type, from, to, strength.isNull() ? null : strength.asDouble(),
				text(r.get("opportunity")), text(r.get("note")), text(r.get("context")), date(r.get("since")),
				date(r.get("until")));
	}

	private static void put(Map<String, Object> element, String field, @Nullable Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			return;
		}
		element.put(field, (value instanceof LocalDate) ? value.toString() : value);
	}

	private static Map<String, @Nullable Object> nullable(Map<String, Object> values, String key,
			@Nullable Object value) {
		Map<String, @Nullable Object> all = new LinkedHashMap<>(values);
		all.put(key, value);
		return all;
	}

	static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	static @Nullable LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}

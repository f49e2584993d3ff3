package com.powermap.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.Participation;
import com.powermap.deals.Stage;
import com.powermap.organization.OrganizationKind;
import com.powermap.people.RelationshipType;

/**
 * Reads a {@code powermap/v1} JSON document into a {@link PowermapDocument}, checking
 * everything that can be checked field by field: the format, required fields, enum
 * values, numbers and dates. Checks that need the whole document or the stored graph are
 * {@link DocumentValidator}'s.
 */
final class DocumentReader {

	/**
	 * The largest amount a deal may have: whole amounts up to it are exact as Neo4j's
	 * integers and as doubles (below 2^53).
	 */
	private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

	private final List<ImportError> errors = new ArrayList<>();

	private final Set<String> incompleteIds = new HashSet<>();

	private DocumentReader() {
	}

	/**
	 * What reading found: the elements that could be read, the errors, and the ids of
	 * elements left out for an error (so that later checks do not also call references to
	 * them unknown).
	 */
	record Reading(PowermapDocument document, List<ImportError> errors, Set<String> incompleteIds) {
	}

	/**
	 * Reads a document from JSON text.
	 * @throws InvalidDocumentException when the text is not JSON at all
	 */
	static Reading read(ObjectMapper mapper, String json) {
		JsonNode root;
		try {
			root = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			throw new InvalidDocumentException(
					List.of(new ImportError("$", "not valid JSON" + where + ": " + ex.getOriginalMessage())));
		}
		return read(root);
	}

	static Reading read(@Nullable JsonNode root) {
		DocumentReader reader = new DocumentReader();
		PowermapDocument document = reader.document(root);
		return new Reading(document, List.copyOf(reader.errors), Set.copyOf(reader.incompleteIds));
	}

	private PowermapDocument document(@Nullable JsonNode root) {
		Source.JsonPath source = new Source.JsonPath("$");
		if (root == null || !root.isObject()) {
			error("$", "a powermap/v1 document must be a JSON object");
			return new PowermapDocument(null, List.of(), List.of(), List.of(), List.of());
		}
		JsonNode format = root.get("format");
		if (format == null || format.isNull()) {
			error("$.format", "missing: a powermap/v1 document starts with \"format\": \"powermap/v1\"");
		}
		else if (!format.isString() || !PowermapDocument.FORMAT.equals(format.asString())) {
			error("$.format", "unsupported format " + format + ", expected \"powermap/v1\"");
		}
		LocalDate asOf = date(root, source, "asOf", false);
		List<PowermapDocument.Organization> organizations = new ArrayList<>();
		forEach(root, source, "organizations", (node, at) -> {
			String id = string(node, at, "id", true);
			String name = string(node, at, "name", true);
			OrganizationKind kind = enumValue(node, at, "kind", OrganizationKind.class, true);
			if (id != null && name != null && kind != null) {
				organizations.add(new PowermapDocument.Organization(at, id, name, kind));
			}
			else if (id != null) {
				this.incompleteIds.add(id);
			}
		});
		List<PowermapDocument.Person> people = new ArrayList<>();
		forEach(root, source, "people", (node, at) -> {
			String id = string(node, at, "id", true);
			String name = string(node, at, "name", true);
			String title = string(node, at, "title", false);
			String department = string(node, at, "department", false);
			String email = string(node, at, "email", false);
			String org = string(node, at, "org", true);
			LocalDate leftAt = date(node, at, "leftAt", false);
			if (id != null && name != null && org != null) {
				people.add(new PowermapDocument.Person(at, id, name, title, department, email, org, leftAt));
			}
			else if (id != null) {
				this.incompleteIds.add(id);
			}
		});
		List<PowermapDocument.Relationship> relationships = new ArrayList<>();
		forEach(root, source, "relationships", (node, at) -> {
			PowermapDocument.Relationship relationship = relationship(node, at);
			if (relationship != null) {
				relationships.add(relationship);
			}
		});
		List<PowermapDocument.Opportunity> opportunities = new ArrayList<>();
		forEach(root, source, "opportunities", (node, at) -> {
			PowermapDocument.Opportunity opportunity = opportunity(node, at);
			if (opportunity != null) {
				opportunities.add(opportunity);
			}
		});
		return new PowermapDocument(asOf, organizations, people, relationships, opportunities);
	}

	private PowermapDocument.@Nullable Relationship relationship(JsonNode node, Source.JsonPath at) {
		RelationshipType type = enumValue(node, at, "type", RelationshipType.class, true);
		String from = string(node, at, "from", true);
		String to = string(node, at, "to", true);
		if (type == null) {
			return null;
		}
		Double strength = strength(node, at, type == RelationshipType.INFLUENCES);
		Moment moment = moment(node, at, "at", type == RelationshipType.ENGAGED);
		String note = string(node, at, "note", false);
		String context = string(node, at, "context", false);
		String opportunity = string(node, at, "opportunity", false);
		String channel = string(node, at, "channel", false);
		LocalDate since = date(node, at, "since", false);
		LocalDate until = date(node, at, "until", false);
		if (from == null || to == null) {
			return null;
		}
		if (type == RelationshipType.INFLUENCES && strength == null) {
			return null;
		}
		if (type == RelationshipType.ENGAGED && moment == null) {
			return null;
		}
		if (from.equals(to)) {
			error(at.field("to"), "a " + type + " from \"" + from + "\" to themselves: self-loops are not allowed");
			return null;
		}
		if (since != null && until != null && !until.isAfter(since)) {
			error(at.field("until"), "until " + until + " is not after since " + since);
		}
		return switch (type) {
			case ENGAGED -> new PowermapDocument.Relationship(at, type, from, to, null, note, null, null, moment,
					channel, null, null);
			case DELEGATES -> new PowermapDocument.Relationship(at, type, from, to, null, note, null, opportunity, null,
					null, since, until);
			case KNOWS -> new PowermapDocument.Relationship(at, type, from, to, strength, null, context, null, null,
					null, since, until);
			case INFLUENCES -> new PowermapDocument.Relationship(at, type, from, to, strength, note, null, null, null,
					null, since, until);
			case REPORTS_TO ->
				new PowermapDocument.Relationship(at, type, from, to, null, null, null, null, null, null, since, until);
		};
	}

	private PowermapDocument.@Nullable Opportunity opportunity(JsonNode node, Source.JsonPath at) {
		String id = string(node, at, "id", true);
		String name = string(node, at, "name", true);
		String account = string(node, at, "account", true);
		Stage claimed = enumValue(node, at, "claimedStage", Stage.class, true);
		BigDecimal amount = null;
		JsonNode amountNode = node.get("amount");
		if (amountNode != null && !amountNode.isNull()) {
			BigDecimal exact = amountNode.isNumber() ? exact(amountNode) : null;
			if (!amountNode.isNumber()) {
				error(at.field("amount"), "must be a number, not " + amountNode);
			}
			else if (exact == null || exact.compareTo(MAX_AMOUNT) > 0) {
				error(at.field("amount"), "must be at most 1000000000000000 (10^15), not " + amountNode);
			}
			else if (exact.signum() < 0) {
				error(at.field("amount"), "must not be negative, not " + amountNode);
			}
			else {
				amount = exact;
			}
		}
		String currency = string(node, at, "currency", false);
		List<PowermapDocument.Involvement> involvements = new ArrayList<>();
		forEach(node, at, "involvements", (inode, iat) -> {
			String person = string(inode, iat, "person", true);
			BuyingRole role = enumValue(inode, iat, "role", BuyingRole.class, true);
			List<PowermapDocument.Assessment> assessments = new ArrayList<>();
			forEach(inode, iat, "assessments", (anode, aat) -> {
				Moment when = moment(anode, aat, "at", true);
				Stage stage = enumValue(anode, aat, "stage", Stage.class, false);
				Attitude attitude = enumValue(anode, aat, "attitude", Attitude.class, false);
				Participation participation = enumValue(anode, aat, "participation", Participation.class, false);
				String note = string(anode, aat, "note", false);
				if (when != null) {
					assessments.add(new PowermapDocument.Assessment(aat, when, stage, attitude, participation, note));
				}
			});
			if (person != null && role != null) {
				involvements.add(new PowermapDocument.Involvement(iat, person, role, assessments));
			}
		});
		if (id == null || name == null || account == null || claimed == null) {
			if (id != null) {
				this.incompleteIds.add(id);
			}
			return null;
		}
		return new PowermapDocument.Opportunity(at, id, name, account, claimed, amount, currency, involvements);
	}

	private interface ElementReader {

		void read(JsonNode node, Source.JsonPath at);

	}

	private void forEach(JsonNode parent, Source.JsonPath at, String array, ElementReader reader) {
		JsonNode list = parent.get(array);
		if (list == null || list.isNull()) {
			return;
		}
		if (!list.isArray()) {
			error(at.field(array), "must be a JSON array");
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			JsonNode element = list.get(i);
			Source.JsonPath elementAt = at.index(array, i);
			if (!element.isObject()) {
				error(elementAt.path(), "must be a JSON object");
				continue;
			}
			reader.read(element, elementAt);
		}
	}

	private @Nullable String string(JsonNode node, Source at, String field, boolean required) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				error(at.field(field), "missing required field \"" + field + "\"");
			}
			return null;
		}
		if (!value.isString()) {
			error(at.field(field), "must be a string, not " + value);
			return null;
		}
		String text = value.asString().trim();
		if (text.isEmpty()) {
			if (required) {
				error(at.field(field), "must not be empty");
			}
			return null;
		}
		return text;
	}

	private <E extends Enum<E>> @Nullable E enumValue(JsonNode node, Source at, String field, Class<E> type,
			boolean required) {
		String text = string(node, at, field, required);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			error(at.field(field), "unknown value \"" + text + "\", expected one of " + allowed);
			return null;
		}
	}

	private @Nullable LocalDate date(JsonNode node, Source at, String field, boolean required) {
		Moment moment = moment(node, at, field, required);
		return (moment != null) ? moment.day() : null;
	}

	private @Nullable Moment moment(JsonNode node, Source at, String field, boolean required) {
		String text = string(node, at, field, required);
		if (text == null) {
			return null;
		}
		try {
			return Moment.parse(text);
		}
		catch (DateTimeParseException ex) {
			error(at.field(field), "unparseable date \"" + text + "\": expected an ISO-8601 date such as 2016-03-10"
					+ " or a date-time such as 2016-03-10T09:30:00Z");
			return null;
		}
	}

	private @Nullable Double strength(JsonNode node, Source at, boolean required) {
		JsonNode value = node.get("strength");
		if (value == null || value.isNull()) {
			if (required) {
				error(at.field("strength"), "missing required field \"strength\" (a number in (0,1])");
			}
			return null;
		}
		if (!value.isNumber()) {
			error(at.field("strength"), "must be a number in (0,1], not " + value);
			return null;
		}
		// Judged exactly: 1e400 or 1.0000000000000002 must not round into range.
		BigDecimal exact = exact(value);
		if (exact == null || exact.signum() <= 0 || exact.compareTo(BigDecimal.ONE) > 0) {
			error(at.field("strength"), "must be in (0,1], not " + value);
			return null;
		}
		double strength = exact.doubleValue();
		if (strength == 0) {
			error(at.field("strength"), "must be in (0,1], not " + value + " (too small to be told from 0)");
			return null;
		}
		return strength;
	}

	/**
	 * A number as an exact decimal, or null when it was read as a double beyond its range
	 * (only with a mapper that does not read decimals exactly, as the importer's does).
	 */
	private static @Nullable BigDecimal exact(JsonNode number) {
		if (number.isFloatingPointNumber() && !number.isBigDecimal() && !Double.isFinite(number.doubleValue())) {
			return null;
		}
		return number.decimalValue();
	}

	private void error(String path, String message) {
		this.errors.add(new ImportError(path, message));
	}

}

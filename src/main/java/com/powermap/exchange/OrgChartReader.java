package com.powermap.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.powermap.people.RelationshipType;

/**
 * Reads an org chart as HR systems export it: CSV with the header
 * {@code id,name,title,department,
 * manager_id} and an optional {@code email} column, UTF-8 with or without a byte order
 * mark. Quoted fields may hold commas, quotes ({@code ""}) and line breaks. Each row
 * becomes a person of the chosen organization and, when it names a manager, a REPORTS_TO
 * to them. Errors name their line (the header is line 1).
 */
final class OrgChartReader {

	static final List<String> COLUMNS = List.of("id", "name", "title", "department", "manager_id");

	private final List<ImportError> errors = new ArrayList<>();

	private OrgChartReader() {
	}

	/**
	 * @param org the organization the people belong to
	 * @param bytes the CSV file
	 * @param storedPeople ids of people already stored in that organization, who may be
	 * managers
	 * @throws InvalidDocumentException with every error found
	 */
	static PowermapDocument read(String org, byte[] bytes, Set<String> storedPeople) {
		OrgChartReader reader = new OrgChartReader();
		PowermapDocument document = reader.document(org, bytes, storedPeople);
		if (!reader.errors.isEmpty()) {
			throw new InvalidDocumentException(reader.errors);
		}
		return document;
	}

	private PowermapDocument document(String org, byte[] bytes, Set<String> storedPeople) {
		String text = decode(bytes);
		if (text == null) {
			return empty();
		}
		List<Row> rows = parse(text);
		if (rows.isEmpty()) {
			error("line 1", "the file is empty; expected the header id,name,title,department,manager_id[,email]");
			return empty();
		}
		List<String> header = rows.get(0).cells().stream().map((h) -> h.trim().toLowerCase(Locale.ROOT)).toList();
		boolean hasEmail = header.size() == 6 && header.get(5).equals("email");
		if (!header.subList(0, Math.min(5, header.size())).equals(COLUMNS) || !(header.size() == 5 || hasEmail)) {
			error("line 1", "unexpected header " + String.join(",", header)
					+ "; expected id,name,title,department,manager_id with an optional email column");
			return empty();
		}
		Map<String, Integer> lineOf = new HashMap<>();
		List<PowermapDocument.Person> people = new ArrayList<>();
		List<Row> reporting = new ArrayList<>();
		for (Row row : rows.subList(1, rows.size())) {
			List<String> cells = row.cells();
			if (cells.size() == 1 && cells.get(0).isBlank()) {
				continue;
			}
			Source.CsvLine source = new Source.CsvLine(row.line());
			if (cells.size() != header.size()) {
				error(source.toString(), "expected " + header.size() + " columns, found " + cells.size());
				continue;
			}
			String id = cells.get(0).trim();
			String name = cells.get(1).trim();
			if (id.isEmpty()) {
				error(source.field("id"), "missing id");
				continue;
			}
			if (name.isEmpty()) {
				error(source.field("name"), "missing name");
			}
			Integer first = lineOf.putIfAbsent(id, row.line());
			if (first != null) {
				error(source.field("id"), "duplicate id \"" + id + "\" (first on line " + first + ")");
				continue;
			}
			people.add(new PowermapDocument.Person(source, id, name, blankToNull(cells.get(2)),
					blankToNull(cells.get(3)), hasEmail ? blankToNull(cells.get(5)) : null, org, null));
			reporting.add(row);
		}
		List<PowermapDocument.Relationship> relationships = new ArrayList<>();
		for (Row row : reporting) {
			String id = row.cells().get(0).trim();
			String manager = row.cells().get(4).trim();
			if (manager.isEmpty()) {
				continue;
			}
			Source.CsvLine source = new Source.CsvLine(row.line());
			if (manager.equals(id)) {
				error(source.field("manager_id"), "\"" + id + "\" is named as their own manager");
			}
			else if (!lineOf.containsKey(manager) && !storedPeople.contains(manager)) {
				error(source.field("manager_id"), "unknown manager \"" + manager + "\": not in this file and not a"
						+ " person of organization " + org);
			}
			else {
				relationships.add(new PowermapDocument.Relationship(new ManagerColumn(row.line()),
						RelationshipType.REPORTS_TO, id, manager, null, null, null, null, null, null, null, null));
			}
		}
		return new PowermapDocument(null, List.of(), people, relationships, List.of());
	}

	/** The REPORTS_TO of a row is written in its manager_id column. */
	record ManagerColumn(int line) implements Source {

		@Override
		public String field(String name) {
			return "line " + this.line + ", column " + (name.equals("to") ? "manager_id" : "id");
		}

		@Override
		public String toString() {
			return "line " + this.line + ", column manager_id";
		}

	}

	private @Nullable String decode(byte[] bytes) {
		int start = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException ex) {
			int line = 1;
			int bad = firstInvalidUtf8(bytes, start);
			for (int i = start; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			error("line " + line, "not valid UTF-8 (byte " + (bad + 1)
					+ "); save the file as UTF-8, e.g. \"CSV UTF-8\" in a spreadsheet program");
			return null;
		}
	}

	private static int firstInvalidUtf8(byte[] bytes, int start) {
		int i = start;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int length = (b < 0x80) ? 1
					: (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return i;
			}
			for (int k = 1; k < length; k++) {
				if ((bytes[i + k] & 0xC0) != 0x80) {
					return i;
				}
			}
			i += length;
		}
		return bytes.length - 1;
	}

	private record Row(int line, List<String> cells) {
	}

	/** RFC 4180 CSV: each row with the line it starts on. */
	private List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		boolean rowHasContent = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				rowHasContent = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				rowHasContent = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				rows.add(new Row(rowLine, List.copyOf(cells)));
				cells.clear();
				line++;
				rowLine = line;
				rowHasContent = false;
			}
			else {
				cell.append(c);
				rowHasContent = true;
			}
		}
		if (quoted) {
			error("line " + rowLine, "a quoted field is not closed");
		}
		if (rowHasContent || cell.length() > 0) {
			cells.add(cell.toString());
			rows.add(new Row(rowLine, List.copyOf(cells)));
		}
		return rows;
	}

	private static @Nullable String blankToNull(String value) {
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	private PowermapDocument empty() {
		return new PowermapDocument(null, List.of(), List.of(), List.of(), List.of());
	}

	private void error(String path, String message) {
		this.errors.add(new ImportError(path, message));
	}

}

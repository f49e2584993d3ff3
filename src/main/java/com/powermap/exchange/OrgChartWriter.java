package com.powermap.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes an org chart as {@link OrgChartReader} reads it: the header
 * {@code id,name,title,department,manager_id,email}, one row per person, UTF-8 with a
 * byte order mark (so that spreadsheet programs see the encoding) and CRLF line ends (RFC
 * 4180). A cell is quoted when it holds a comma, a quote or a line break.
 */
final class OrgChartWriter {

	static final String HEADER = String.join(",", OrgChartReader.COLUMNS) + ",email";

	private OrgChartWriter() {
	}

	/** One row of the file; {@code manager} is the id in the manager_id column. */
	record Row(String id, String name, @Nullable String title, @Nullable String department, @Nullable String manager,
			@Nullable String email) {
	}

	static byte[] write(List<Row> rows) {
		StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (Row row : rows) {
			text.append(cell(row.id()))
				.append(',')
				.append(cell(row.name()))
				.append(',')
				.append(cell(row.title()))
				.append(',')
				.append(cell(row.department()))
				.append(',')
				.append(cell(row.manager()))
				.append(',')
				.append(cell(row.email()))
				.append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}

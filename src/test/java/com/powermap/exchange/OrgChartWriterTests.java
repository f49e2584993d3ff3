package com.powermap.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the cells hold (commas, quotes, line breaks, Chinese), the reader reads back
 * what the writer wrote.
 */
class OrgChartWriterTests {

	@Property(tries = 100)
	void the_reader_reads_back_what_the_writer_wrote(@ForAll("charts") List<OrgChartWriter.Row> rows) {
		PowermapDocument document = OrgChartReader.read("acme", OrgChartWriter.write(rows), Set.of());

		assertThat(document.people())
			.extracting((p) -> List.of(p.id(), p.name(), String.valueOf(p.title()), String.valueOf(p.department()),
					String.valueOf(p.email())))
			.containsExactlyElementsOf(rows.stream()
				.map((r) -> List.of(r.id(), r.name(), String.valueOf(r.title()), String.valueOf(r.department()),
						String.valueOf(r.email())))
				.toList());
		assertThat(document.relationships()).extracting((r) -> r.from() + ">" + r.to())
			.containsExactlyElementsOf(
					rows.stream().filter((r) -> r.manager() != null).map((r) -> r.id() + ">" + r.manager()).toList());
	}

	/**
	 * Charts of up to 8 people p0..pn, each managed by someone earlier in the list or by
	 * nobody (so there is no cycle); cells are trimmed, as the reader trims them.
	 */
	@Provide
	Arbitrary<List<OrgChartWriter.Row>> charts() {
		Arbitrary<String> text = Arbitraries.strings()
			.withChars("ab ,\"\n\r张伟é'")
			.ofMaxLength(8)
			.map(String::trim)
			.filter((s) -> !s.isEmpty());
		Arbitrary<String> optional = text.injectNull(0.3);
		Arbitrary<Row> row = Combinators
			.combine(text, optional, optional, optional, Arbitraries.doubles().between(0, 1))
			.as(Row::new);
		return row.list().ofMaxSize(8).map((cells) -> {
			List<OrgChartWriter.Row> rows = new ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				Row cell = cells.get(i);
				int manager = Math.min(i - 1, (int) Math.floor(cell.manager() * (i + 1)) - 1);
				rows.add(new OrgChartWriter.Row("p" + i, cell.name(), cell.title(), cell.department(),
						(manager >= 0) ? "p" + manager : null, cell.email()));
			}
			return rows;
		});
	}

	private record Row(String name, String title, String department, String email, double manager) {
	}

}

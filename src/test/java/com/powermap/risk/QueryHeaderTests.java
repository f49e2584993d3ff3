package com.powermap.risk;

import org.junit.jupiter.api.Test;

import com.powermap.base.CypherQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The header comment of a query file says what the query does, what it takes and what it
 * returns.
 */
class QueryHeaderTests {

	@Test
	void the_header_gives_description_parameters_with_types_and_columns() {
		SavedQuery query = QueryHeader.parse("ties", """
				// COMPETITOR_TIE: who knows a competitor,
				// on the date.
				// Parameters: $people (list of person ids: the involved), $asOf (date), $limit
				// Returns: person, competitors (list of {id, name, organization})
				MATCH (p:Person) WHERE p.id IN $people AND $asOf IS NOT NULL RETURN p.id AS person, [] AS competitors
				LIMIT $limit
				""");

		assertThat(query.name()).isEqualTo("ties");
		assertThat(query.description()).isEqualTo("COMPETITOR_TIE: who knows a competitor, on the date.");
		assertThat(query.parameters()).containsExactly(new SavedQuery.Parameter("people", "list of person ids"),
				new SavedQuery.Parameter("asOf", "date"), new SavedQuery.Parameter("limit", "any"));
		assertThat(query.columns()).containsExactly("person", "competitors");
	}

	@Test
	void a_header_may_declare_no_parameters_and_continue_a_line_on_the_next() {
		SavedQuery query = QueryHeader.parse("open", """
				// Open deals.
				// Parameters: none
				// Returns: id, account,
				//   amount
				MATCH (o:Opportunity) RETURN o.id AS id, o.account AS account, o.amount AS amount
				""");

		assertThat(query.parameters()).isEmpty();
		assertThat(query.columns()).containsExactly("id", "account", "amount");
	}

	@Test
	void a_header_that_leaves_out_a_parameter_the_query_uses_is_refused() {
		assertThatIllegalStateException().isThrownBy(() -> QueryHeader.parse("bad", """
				// Something.
				// Parameters: $asOf (date)
				// Returns: id
				MATCH (p:Person) WHERE p.since <= $asOf AND p.org = $org RETURN p.id AS id
				""")).withMessageContaining("risk/bad.cypher").withMessageContaining("$org");
	}

	@Test
	void a_header_without_parameters_or_returns_line_is_refused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> QueryHeader.parse("bad", "// Something.\n// Returns: id\nRETURN 1 AS id\n"))
			.withMessageContaining("Parameters:");
		assertThatIllegalStateException()
			.isThrownBy(() -> QueryHeader.parse("bad", "// Something.\n// Parameters: none\nRETURN 1 AS id\n"))
			.withMessageContaining("Returns:");
	}

	@Test
	void every_risk_query_file_has_a_header_that_describes_it() {
		CypherQueries queries = new CypherQueries();
		var risk = queries.names().stream().filter((name) -> name.startsWith("risk/")).toList();
		assertThat(risk).contains("risk/competitor-ties");
		for (String name : risk) {
			SavedQuery query = QueryHeader.parse(name.substring("risk/".length()), queries.get(name));
			assertThat(query.description()).as(name).isNotBlank();
			assertThat(query.columns()).as(name).isNotEmpty();
		}
	}

}

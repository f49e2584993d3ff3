package com.powermap.base;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every file of {@code cypher/queries} is one statement Neo4j can plan, with a header
 * comment.
 */
@PowermapTest
class CypherQueriesTests {

	@Autowired
	CypherQueries queries;

	@Autowired
	Neo4jClient client;

	@Test
	void every_query_file_is_explained_by_neo4j_without_error() {
		assertThat(this.queries.names()).isNotEmpty().contains("exchange/upsert-people");
		for (String name : this.queries.names()) {
			String query = this.queries.get(name);
			assertThat(query).as(name + " starts with a header comment").startsWith("//");
			String statement = query.lines().filter((line) -> !line.strip().startsWith("//")).toList().toString();
			assertThat(statement).as(name + " holds one statement").doesNotContain(";");
			ResultSummary summary = this.client.query("EXPLAIN " + query).run();
			assertThat(summary.notifications()).as(name + " plans without a cartesian product or unbounded path")
				.noneSatisfy((notification) -> assertThat(notification.code()).containsAnyOf("CartesianProduct",
						"UnboundedVariableLengthPattern", "ExhaustiveShortestPath"));
		}
	}

	@Test
	void asking_for_a_query_that_does_not_exist_fails_at_once() {
		assertThatIllegalStateException().isThrownBy(() -> this.queries.get("exchange/no-such-query"))
			.withMessageContaining("cypher/queries/exchange/no-such-query.cypher");
	}

	@Test
	void the_schema_migrations_have_created_the_identity_constraints() {
		var names = this.client.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all();
		assertThat(names).contains("organization_id", "person_id", "opportunity_id", "involvement_identity",
				"assessment_identity");
	}

}

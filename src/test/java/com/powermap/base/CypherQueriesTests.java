package com.powermap.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every file of {@code cypher/queries} is one statement Neo4j can plan, with a header
 * comment.
 */
@PowermapTest
class CypherQueriesTests {

	private static final List<String> SCANS = List.of("NodeIndexScan", "NodeByLabelScan", "AllNodesScan");

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

	/**
	 * A statement that starts from a list is planned for the list's size. Planned on a
	 * store with few people, a look-up by id may scan the whole index for each element,
	 * and the plan is kept while the store grows: checking 1,200 new people took 254 to
	 * 370 ms instead of about 20 in an import of 20 accounts at a time. So every such
	 * statement is planned here on such a store (the first EXPLAIN over a list of this
	 * size in the test JVM). On an empty store the planner seeks anyway.
	 */
	@Test
	void a_statement_over_a_long_list_looks_each_element_up_even_when_planned_on_a_store_of_few_people() {
		TestGraph.clean(this.client);
		// A store holding only our company's 200-odd people, as before the first account.
		this.client.query("UNWIND range(1, 250) AS i CREATE (:Person {id: 'seller-' + i})").run();
		try {
			assertEveryListStatementSeeks();
		}
		finally {
			TestGraph.clean(this.client);
		}
	}

	private void assertEveryListStatementSeeks() {
		Pattern unwind = Pattern.compile("^UNWIND \\$(\\w+) AS", Pattern.MULTILINE);
		List<String> checked = new ArrayList<>();
		List<String> scanning = new ArrayList<>();
		for (String name : this.queries.names()) {
			Matcher matcher = unwind.matcher(this.queries.get(name));
			if (!matcher.find()) {
				continue;
			}
			// Only the size and the kind of the list matter to the planner.
			String parameter = matcher.group(1);
			Object element = parameter.equals("rows") || parameter.equals("targets") ? Map.of("id", "x") : "x";
			ResultSummary summary = this.client.query("EXPLAIN " + this.queries.get(name))
				.bind(Collections.nCopies(2_000, element))
				.to(parameter)
				.run();
			if (operators(summary.plan()).stream().anyMatch(SCANS::contains)) {
				scanning.add(name);
			}
			checked.add(name);
		}
		assertThat(scanning).as("statements that scan over a list of 2,000 elements").isEmpty();
		assertThat(checked).contains("exchange/lookup-people", "exchange/people-with-organization-ties",
				"exchange/import-people", "deals/deals");
	}

	private static List<String> operators(Plan plan) {
		List<String> operators = new ArrayList<>();
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach((child) -> operators.addAll(operators(child)));
		return operators;
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

package com.powermap.base;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.powermap.TestGraph;
import com.powermap.access.AccountAccess;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With NEO4J_URI set, nothing embedded starts and everything goes to that server: here an
 * in-process Neo4j test harness stands in for it. (No web environment: a second
 * application with Vaadin's security would replace the security context strategy the
 * shared test context relies on.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
				+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")
class ExternalNeo4jTests {

	static final Neo4j server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();

	@DynamicPropertySource
	static void neo4jUri(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", () -> server.boltURI().toString());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ExchangeService exchange;

	@Test
	void no_embedded_database_starts_and_data_goes_to_the_server() {
		assertThat(this.context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();

		AccountAccess.asSystem("test", () -> this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json")));

		GraphDatabaseService database = server.defaultDatabaseService();
		long people = database.executeTransactionally("MATCH (p:Person) RETURN count(p) AS n", java.util.Map.of(),
				(result) -> (Long) result.next().get("n"));
		assertThat(people).isEqualTo(10);
		long constraints = database.executeTransactionally("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n",
				java.util.Map.of(), (result) -> (Long) result.next().get("n"));
		assertThat(constraints).as("the migrations ran against the server").isGreaterThanOrEqualTo(5);
	}

}

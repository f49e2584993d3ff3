package com.powermap.base;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.powermap.TestGraph;
import com.powermap.access.AccountAccess;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Stage;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With NEO4J_URI set, nothing embedded starts and everything goes to that server: here an
 * in-process Neo4j test harness stands in for it, addressed with the routing scheme
 * {@code neo4j://} that a cluster or Aura needs (a single server routes to itself), so
 * that reads go out as read transactions and writes as write transactions. (No web
 * environment: a second application with Vaadin's security would replace the security
 * context strategy the shared test context relies on.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
				+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig")
class ExternalNeo4jTests {

	static final Neo4j server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();

	@DynamicPropertySource
	static void neo4jUri(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", () -> "neo4j://" + server.boltURI().getAuthority());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ExchangeService exchange;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

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

	@Test
	void through_the_routing_scheme_an_import_writes_and_an_analysis_reads_it_back() {
		assertThat(this.context.getEnvironment().getProperty("NEO4J_URI")).startsWith("neo4j://");

		DealAnalysis deal = AccountAccess.asSystem("test", () -> {
			this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
			return this.analysis.analyze("mes", LocalDate.parse("2016-03-13"), Language.EN);
		});

		assertThat(deal.effectiveStage()).isEqualTo(Stage.SOLUTION);
		assertThat(deal.mostInfluential()).isNotNull();
		assertThat(deal.mostInfluential().person()).isEqualTo("gm");
	}

	@Test
	void a_read_only_transaction_reaches_the_server_as_a_read_that_may_not_write() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);

		assertThatThrownBy(
				() -> readOnly.executeWithoutResult((status) -> this.client.query("CREATE (:RoutingProbe)").run()))
			.hasMessageContaining("read");
		long probes = server.defaultDatabaseService()
			.executeTransactionally("MATCH (n:RoutingProbe) RETURN count(n) AS n", java.util.Map.of(),
					(result) -> (Long) result.next().get("n"));
		assertThat(probes).isZero();
	}

}

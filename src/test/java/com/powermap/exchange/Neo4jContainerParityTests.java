package com.powermap.exchange;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.powermap.JsonEdit;
import com.powermap.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import behaves the same on the official Neo4j image as on the embedded database.
 * Runs where a Docker engine is available and is skipped elsewhere.
 */
@SpringBootTest
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerParityTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

	@DynamicPropertySource
	static void neo4jUri(DynamicPropertyRegistry registry) {
		registry.add("NEO4J_URI", neo4j::getBoltUrl);
	}

	@Autowired
	ExchangeService exchange;

	@Autowired
	ObjectMapper mapper;

	@Test
	void the_scenario_imports_idempotently_and_exports_as_on_the_embedded_database() {
		String huaxin = TestGraph.resource("fixtures/huaxin-mes.json");
		ImportResult first = this.exchange.importJson(huaxin);
		ImportResult second = this.exchange.importJson(huaxin);
		Map<String, Object> exported = this.exchange.export("huaxin");

		assertThat(first.nodesCreated()).isEqualTo(29);
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
		assertThat(this.mapper.writeValueAsString(exported)).contains("\"claimedStage\":\"COMMERCIAL\"");
	}

	@Test
	void a_refused_document_writes_nothing_there_either() {
		String cyclic = JsonEdit.of(TestGraph.resource("fixtures/huaxin-mes.json"))
			.add("relationships", "{\"type\":\"REPORTS_TO\",\"from\":\"gm\",\"to\":\"ctl\"}")
			.set("opportunities[0].id", "\"other\"")
			.json();
		assertThatExceptionOfType(InvalidDocumentException.class).isThrownBy(() -> this.exchange.importJson(cyclic))
			.withMessageContaining("REPORTS_TO cycle");
	}

}

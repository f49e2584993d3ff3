package com.powermap.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import com.powermap.access.AccountAccess;
import com.powermap.base.CypherQueries;
import com.powermap.base.DatabaseSetupStep;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportResult;

/**
 * With the {@code demo} profile, fills an empty database with demo accounts: the Huaxin
 * deal of the scenarios, a committee split in two factions, a deal where the buyers know
 * a competitor, and a large generated enterprise. They go through the same import as
 * every user document, as a step of the database's setup (so once the database is first
 * reached).
 */
@Component
@ConditionalOnBooleanProperty("powermap.demo.enabled")
@Order(0)
class DemoData implements DatabaseSetupStep {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final List<String> DOCUMENTS = List.of("demo/huaxin-mes.json", "demo/nordwind-erp.json",
			"demo/ostara-crm.json");

	private final ExchangeService exchange;

	private final Neo4jClient client;

	private final ObjectMapper mapper;

	private final String countOrganizations;

	DemoData(ExchangeService exchange, Neo4jClient client, ObjectMapper mapper, CypherQueries queries) {
		this.exchange = exchange;
		this.client = client;
		this.mapper = mapper;
		this.countOrganizations = queries.get("demo/count-organizations");
	}

	/** Runs after the migrations, when the database is first reached. */
	@Override
	public void run() {
		AccountAccess.asSystem("demo", () -> {
			load();
			return null;
		});
	}

	private void load() {
		long organizations = this.client.query(this.countOrganizations).fetchAs(Long.class).one().orElse(0L);
		if (organizations > 0) {
			log.info("Demo profile: the database holds {} organizations already, no demo data imported", organizations);
			return;
		}
		for (String document : DOCUMENTS) {
			ImportResult result = this.exchange.importJson(read(document));
			log.info("Demo profile: imported {} ({} people, {} relationships, {} opportunities)", document,
					result.people(), result.relationships(), result.opportunities());
		}
		String enterprise = this.mapper
			.writeValueAsString(LargeAccountGenerator.generate(42, LocalDate.now(ZoneOffset.UTC)));
		ImportResult result = this.exchange.importJson(enterprise);
		log.info("Demo profile: imported a generated enterprise ({} people, {} relationships)", result.people(),
				result.relationships());
	}

	private static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo document " + resource, ex);
		}
	}

}

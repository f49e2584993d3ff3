package com.powermap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.bench.PortfolioGenerator;
import com.powermap.bench.Scale;
import com.powermap.exchange.ExchangeService;

/**
 * Test helpers around the shared database: emptying it and counting what is in it.
 */
public final class TestGraph {

	private TestGraph() {
	}

	public static String resource(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes every node but the migrations' records. */
	public static void clean(Neo4jClient client) {
		client.query(resource("fixtures/clean.cypher")).run();
	}

	/**
	 * Nodes and relationships outside the migrations' records, as "nodes/relationships".
	 */
	public static String size(Neo4jClient client) {
		long nodes = client.query("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		long relationships = client.query("MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration RETURN count(r) AS n")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		return nodes + "/" + relationships;
	}

	/**
	 * Imports, through the import users have, the accounts of the L benchmark's generator
	 * with fewer than 200 people among its first ten (nine accounts, two deals each),
	 * with the organizations they all share.
	 */
	public static void importSmallGeneratedAccounts(ExchangeService exchange) {
		PortfolioGenerator generator = new PortfolioGenerator(Scale.L, PortfolioGenerator.SEED);
		exchange.importDocument(generator.world());
		for (int i = 0; i < 10; i++) {
			if (generator.accountSize(i) < 200) {
				exchange.importDocument(generator.account(i));
			}
		}
	}

}

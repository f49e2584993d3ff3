package com.powermap.deals.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.Browser;
import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.access.Role;
import com.powermap.access.TestUsers;
import com.powermap.access.UserService;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The influence graph as Debian's chromium draws it: the deal page of Huaxin renders the
 * web component with its Cytoscape canvas, toolbar and legend. A screenshot is kept as
 * {@code target/screenshots/deal-graph.png} for a reviewer to look at.
 */
@PowermapTest
class GraphBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ExchangeService exchange;

	@Autowired
	UserService users;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		Browser.assumeAvailable();
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
		TestUsers.create(this.users, "alice", Role.ADMIN);
	}

	@Test
	void the_deal_page_draws_the_influence_graph_with_its_canvas_buttons_and_legend(@TempDir Path profile)
			throws Exception {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			browser.signIn("alice", TestUsers.PASSWORD).go("/deals/mes?asOf=2016-03-13");
			String dom = browser.waitForText("<canvas").html();

			assertThat(dom).contains("<influence-graph")
				// Cytoscape draws on canvases inside the component's container.
				.containsPattern("class=\"ig-canvas[^\"]*\"[^>]*>[\\s\\S]*<canvas")
				.contains("Export PNG")
				.contains("Org chart")
				.contains("Legend")
				.contains("Champion")
				.contains("knows (external tie)")
				// The warm path to the unreached GM can be shown in the graph.
				.contains("Show path in graph")
				// The grid stays beside the graph.
				.contains("Stakeholders");
			Path png = browser.screenshot("deal-graph");
			assertThat(Files.size(png)).isGreaterThan(20_000);
		}
	}

}

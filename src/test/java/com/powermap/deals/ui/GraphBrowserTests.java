package com.powermap.deals.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		assumeTrue(Files.isExecutable(Path.of(PortfolioBrowserTests.CHROMIUM)),
				"Debian's chromium is not installed (apt-get install chromium): browser tests skipped");
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void the_deal_page_draws_the_influence_graph_with_its_canvas_buttons_and_legend(@TempDir Path profile)
			throws Exception {
		Path out = profile.resolve("dom.html");
		chromium(profile, "--dump-dom", out);
		String dom = Files.readString(out, StandardCharsets.UTF_8);

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

		Path screenshots = Path.of("target", "screenshots");
		Files.createDirectories(screenshots);
		Path png = screenshots.resolve("deal-graph.png").toAbsolutePath();
		Files.deleteIfExists(png);
		chromium(profile, "--screenshot=" + png, null);
		assertThat(png).exists();
		assertThat(Files.size(png)).isGreaterThan(20_000);
	}

	private void chromium(Path profile, String output, Path dom) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PortfolioBrowserTests.CHROMIUM, "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--hide-scrollbars",
				"--user-data-dir=" + profile.resolve("chromium"), "--window-size=1400,1500",
				"--virtual-time-budget=25000", output, "http://localhost:" + this.port + "/deals/mes?asOf=2016-03-13"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder
			.redirectOutput((dom != null) ? ProcessBuilder.Redirect.to(dom.toFile()) : ProcessBuilder.Redirect.DISCARD);
		Process process = builder.start();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("chromium did not render the deal page in 2 minutes");
		}
	}

}

package com.powermap.deals.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The pages as a browser shows them: Debian's chromium, headless, loads them from the
 * test server and the rendered DOM is read back. (Install chromium first: {@code .ci/run}
 * does.)
 */
@PowermapTest
class PortfolioBrowserTests {

	static final String CHROMIUM = "/usr/bin/chromium";

	@LocalServerPort
	int port;

	@Autowired
	ExchangeService exchange;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
				"Debian's chromium is not installed (apt-get install chromium): browser tests skipped");
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void the_portfolio_shows_the_deal_with_its_claimed_and_effective_stage(@TempDir Path profile) throws Exception {
		String dom = render("/?asOf=2016-03-13", profile);

		assertThat(dom).contains("Portfolio")
			.contains("Production management system")
			.contains("Huaxin Process Materials")
			.contains("Commercial")
			.contains("Stage overstated")
			.contains("Pipeline: claimed vs effective stage");
	}

	@Test
	void the_deal_view_explains_the_effective_stage_and_names_the_warm_path(@TempDir Path profile) throws Exception {
		String dom = render("/deals/mes?asOf=2016-03-13", profile);

		assertThat(dom).contains("Zhang Wei")
			.contains("the most influential person in this deal")
			.contains("warm path: Solution Consultant → Wang Fang → Zhang Wei");
	}

	@Test
	void an_unknown_deal_in_the_url_is_named_not_a_stack_trace(@TempDir Path profile) throws Exception {
		String dom = render("/deals/no-such-deal", profile);

		assertThat(dom).contains("There is no opportunity with the id \"no-such-deal\"").doesNotContain("Exception");
	}

	@Test
	void a_browser_asking_for_chinese_gets_the_pages_and_the_analysis_in_chinese(@TempDir Path profile)
			throws Exception {
		String dom = render("/deals/mes?asOf=2016-03-13", profile, "--lang=zh-CN", "--accept-lang=zh-CN,zh");

		assertThat(dom).contains("商机组合").contains("干系人").contains("该商机实际处于方案阶段，而不是商务阶段").contains("阶段虚高");
	}

	private String render(String path, Path profile, String... extra) throws IOException, InterruptedException {
		Path out = profile.resolve("dom.html");
		List<String> command = new java.util.ArrayList<>(List.of(extra));
		command.addAll(0,
				List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--user-data-dir=" + profile.resolve("chromium"), "--window-size=1400,1000",
						"--virtual-time-budget=20000", "--dump-dom", "http://localhost:" + this.port + path));
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("chromium did not render " + path + " in 2 minutes");
		}
		return Files.readString(out, StandardCharsets.UTF_8);
	}

}

package com.powermap.deals.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import com.powermap.deals.NewAssessment;
import com.powermap.deals.OpportunityService;
import com.powermap.deals.Stage;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deal view's editing actions and assessment timeline as chromium renders them.
 */
@PowermapTest
class DealEditingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ExchangeService exchange;

	@Autowired
	OpportunityService opportunities;

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
	void the_deal_view_offers_the_edits_and_shows_when_the_deal_went_back(@TempDir Path profile) throws Exception {
		String dom = render("/deals/mes?asOf=2016-03-13", profile);

		assertThat(dom).contains("Add person")
			.contains("Add relationship")
			.contains("Log engagement")
			.contains("Record assessment")
			.contains("Assess: Zhang Wei")
			.contains("Assessment history")
			.contains("2016-03-10")
			.contains("▼ moved back")
			.contains("▲ moved forward");
	}

	@Test
	void after_a_new_assessment_the_deal_view_shows_the_new_effective_stage(@TempDir Path profile) throws Exception {
		this.opportunities.recordAssessment("mes", new NewAssessment("gm", LocalDate.parse("2016-03-12"),
				Stage.COMMERCIAL, null, null, "budget confirmed", null));

		String dom = render("/deals/mes?asOf=2016-03-13", profile);

		assertThat(dom).contains("Zhang Wei: Commercial — budget confirmed").doesNotContain("Stage overstated");
	}

	@Test
	void the_editing_labels_come_in_chinese(@TempDir Path profile) throws Exception {
		String dom = render("/deals/mes?asOf=2016-03-13", profile, "--lang=zh-CN", "--accept-lang=zh-CN,zh");

		assertThat(dom).contains("记录评估").contains("评估历史").contains("▼ 后退");
	}

	private String render(String path, Path profile, String... extra) throws IOException, InterruptedException {
		Path out = profile.resolve("dom.html");
		List<String> command = new ArrayList<>(List.of(PortfolioBrowserTests.CHROMIUM, "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("chromium"),
				"--window-size=1400,1000", "--virtual-time-budget=20000"));
		command.addAll(List.of(extra));
		command.addAll(List.of("--dump-dom", "http://localhost:" + this.port + path));
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

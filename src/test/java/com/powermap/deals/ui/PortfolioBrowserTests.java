package com.powermap.deals.ui;

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
 * The pages as a browser shows them to a signed-in user: Debian's chromium, headless,
 * through chromedriver. (Install both first: {@code .ci/run} does.)
 */
@PowermapTest
class PortfolioBrowserTests {

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
		TestUsers.create(this.users, "kam2", Role.KAM);
	}

	@Test
	void the_portfolio_shows_the_deal_with_its_claimed_and_effective_stage(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			// The scan runs after the page has loaded; its result arrives by push.
			String html = browser.signIn("alice", TestUsers.PASSWORD)
				.go("/?asOf=2016-03-13")
				.waitForText("Production management system")
				.html();
			browser.screenshot("portfolio");

			assertThat(html).contains("Portfolio")
				.contains("Production management system")
				.contains("Huaxin Process Materials")
				.contains("Commercial")
				.contains("Stage overstated")
				.contains("Pipeline: claimed vs effective stage");
		}
	}

	@Test
	void a_date_in_the_address_that_is_not_one_is_named_above_today_s_portfolio(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			String html = browser.signIn("alice", TestUsers.PASSWORD)
				.go("/?asOf=13.03.2016")
				.waitForText("Production management system")
				.html();

			assertThat(html).contains("13.03.2016\" is not a date like 2016-03-13; showing today.");
		}
	}

	@Test
	void the_deal_view_explains_the_effective_stage_and_names_the_warm_path(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			String html = browser.signIn("alice", TestUsers.PASSWORD).go("/deals/mes?asOf=2016-03-13").html();
			browser.screenshot("deal-view");

			assertThat(html).contains("Zhang Wei")
				.contains("the most influential person in this deal")
				.contains("warm path: Solution Consultant → Wang Fang → Zhang Wei");
		}
	}

	@Test
	void an_unknown_deal_in_the_url_is_named_not_a_stack_trace(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			String html = browser.signIn("alice", TestUsers.PASSWORD).go("/deals/no-such-deal").html();

			assertThat(html).contains("There is no opportunity with the id \"no-such-deal\"")
				.doesNotContain("Exception");
		}
	}

	@Test
	void a_browser_asking_for_chinese_gets_the_pages_and_the_analysis_in_chinese(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "zh-CN", profile)) {
			String html = browser.signIn("alice", TestUsers.PASSWORD).go("/deals/mes?asOf=2016-03-13").html();
			browser.screenshot("deal-view-zh");

			assertThat(html).contains("商机组合").contains("干系人").contains("该商机实际处于方案阶段，而不是商务阶段").contains("阶段虚高");
		}
	}

	@Test
	void nobody_sees_a_page_without_signing_in_and_a_kam_sees_only_their_accounts(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			assertThat(browser.go("/deals/mes?asOf=2016-03-13").driver().getCurrentUrl()).endsWith("/login");

			// The scan has ended when the page says that kam2 has no open deals.
			String portfolio = browser.signIn("kam2", TestUsers.PASSWORD)
				.go("/?asOf=2016-03-13")
				.waitForText("No open deals yet")
				.html();
			String deal = browser.go("/deals/mes?asOf=2016-03-13").html();
			browser.screenshot("deal-view-kam2");

			assertThat(portfolio).contains("Portfolio").doesNotContain("Production management system");
			assertThat(deal).contains("no access to opportunity").doesNotContain("Zhang Wei");
		}
	}

}

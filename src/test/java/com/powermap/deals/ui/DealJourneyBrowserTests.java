package com.powermap.deals.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
 * The journey of a key-account manager, clicked through in Debian's chromium: open the
 * portfolio, open the Huaxin deal, see the effective stage Solution against the claimed
 * Commercial, select Zhang Wei in the influence graph, see his panel, record a new
 * assessment from it, see the effective stage change, switch to Chinese. Screenshots of
 * each step are kept under {@code target/screenshots/journey-*.png}.
 */
@PowermapTest
class DealJourneyBrowserTests {

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
		TestUsers.create(this.users, "kam", Role.KAM, "huaxin");
	}

	@Test
	void from_the_portfolio_to_a_new_assessment_that_moves_the_effective_stage(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			// The scan runs in the background and pushes its rows when done: wait for
			// them.
			String portfolio = browser.signIn("kam", TestUsers.PASSWORD)
				.go("/?asOf=2016-03-13")
				.waitForText("Production management system")
				.html();
			browser.screenshot("journey-1-portfolio");
			assertThat(portfolio).contains("Production management system").contains("Stage overstated");

			// Open the deal through its link in the portfolio: it keeps the as-of date.
			browser.waitFor(By.linkText("Production management system")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
				.until((d) -> d.getCurrentUrl().contains("/deals/mes?asOf=2016-03-13"));
			String deal = browser.waitForText("<canvas").html();
			assertThat(deal).contains("the most influential person in this deal")
				.contains("Solution")
				.contains("Commercial")
				.contains("Assessment history");
			browser.screenshot("journey-2-deal");

			// Select Zhang Wei (gm) by clicking his node on the graph's canvas.
			WebElement panel = browser.waitFor(By.id("stakeholder-panel"));
			for (int attempt = 0; attempt < 4 && !panel.getText().contains("Zhang Wei"); attempt++) {
				if (attempt < 3) {
					clickNode(browser, "p:gm");
				}
				else {
					// A mouse click on the canvas can miss while the layout still moves
					// on a
					// loaded machine: tap the node through Cytoscape itself, which goes
					// through the same node-select event and server-side id check.
					browser.driver()
						.executeScript(
								"document.querySelector('influence-graph').cy.getElementById('p:gm').emit('tap')");
				}
				try {
					new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
						.until((d) -> panel.getText().contains("Zhang Wei"));
				}
				catch (TimeoutException ex) {
					// The layout may still have been moving: measure and click again.
				}
			}
			browser.screenshot("journey-3-zhang-wei");
			assertThat(panel.getText()).contains("General Manager").contains("Decision maker");

			// Record from his panel that he is at Commercial now (on 2016-03-12).
			click(browser, panel.findElement(By.cssSelector("vaadin-button[aria-label='Assess: Zhang Wei']")));
			WebElement dialog = browser.waitFor(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"));
			WebElement day = browser.waitFor(By.cssSelector("vaadin-date-picker input"));
			day.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3/12/2016", Keys.ENTER);
			choose(browser, "Stage", "Commercial");
			browser.waitFor(By.cssSelector("vaadin-text-area textarea, vaadin-text-field[label='Note'] input"))
				.sendKeys("budget confirmed");
			browser.screenshot("journey-4-assessment");
			click(browser,
					browser.driver()
						.findElements(By.cssSelector("vaadin-button"))
						.stream()
						.filter((b) -> b.getText().trim().equals("Save"))
						.findFirst()
						.orElseThrow());
			assertThat(dialog).isNotNull();

			// The deal is re-analysed: Zhang Wei's new stage is the effective stage now.
			browser.waitForText("budget confirmed");
			String after = browser.html();
			browser.screenshot("journey-5-after");
			assertThat(after).doesNotContain("Stage overstated").contains("Zhang Wei: Commercial — budget confirmed");

			// Switch to Chinese in the title bar.
			browser.driver().findElement(By.id("language")).click();
			browser.waitFor(By.xpath("//vaadin-select-item[contains(., '简体中文')]")).click();
			String chinese = browser.waitForText("干系人").html();
			browser.screenshot("journey-6-chinese");
			assertThat(chinese).contains("干系人").contains("商务").contains("评估历史").contains("记录评估");
		}
	}

	/**
	 * Clicks a person's node where Cytoscape has drawn it, once the layout has settled.
	 */
	private static void clickNode(Browser browser, String id) {
		JavascriptExecutor js = browser.driver();
		String where = """
				const graph = document.querySelector('influence-graph');
				const cy = graph && graph.cy;
				if (!cy || cy.getElementById(arguments[0]).empty()) { return null; }
				const node = cy.getElementById(arguments[0]);
				const box = graph.querySelector('.ig-canvas').getBoundingClientRect();
				const p = node.renderedPosition();
				return [Math.round(box.left + p.x), Math.round(box.top + p.y)];
				""";
		List<?> previous = null;
		for (int i = 0; i < 60; i++) {
			Object found = js.executeScript(where, id);
			if (found instanceof List<?> point && point.equals(previous)) {
				break;
			}
			previous = (found instanceof List<?> point) ? point : null;
			sleep(500);
		}
		assertThat(previous).as("node " + id + " on the canvas").isNotNull();
		js.executeScript("document.querySelector('influence-graph .ig-canvas').scrollIntoView({block: 'center'})");
		sleep(500);
		Object point = js.executeScript(where, id);
		List<?> xy = (List<?>) point;
		new Actions(browser.driver()).moveToLocation(((Number) xy.get(0)).intValue(), ((Number) xy.get(1)).intValue())
			.click()
			.perform();
	}

	/** Scrolls an element into the middle of the window and clicks it there. */
	private static void click(Browser browser, WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		sleep(300);
		element.click();
	}

	private static void choose(Browser browser, String label, String item) {
		browser.waitFor(By.xpath("//vaadin-select[.//label[normalize-space(.)='" + label + "']]")).click();
		browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']")).click();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

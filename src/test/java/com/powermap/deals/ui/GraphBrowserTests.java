package com.powermap.deals.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The influence graph as Debian's chromium draws it: the deal page of Huaxin renders the
 * web component with its Cytoscape canvas, toolbar and legend; an influence drawn with
 * the pointer is saved and shown; the toolbar works from the keyboard; the console draws
 * a result as a graph. Screenshots are kept in {@code target/screenshots/} (deal-graph,
 * draw-influence-dialog, draw-influence-saved, graph-fit-narrow, console-graph) for a
 * reviewer to look at.
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
	void an_influence_drawn_from_the_it_manager_to_the_vp_is_saved_and_drawn_as_an_edge(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			browser.signIn("alice", TestUsers.PASSWORD).go("/deals/mes?asOf=2016-03-13");
			waitForGraph(browser);
			assertThat(hasInfluence(browser, "it", "vp")).isFalse();

			browser.waitFor(By.cssSelector("influence-graph button.ig-draw")).click();
			assertThat(browser.waitFor(By.cssSelector("influence-graph .ig-hint")).getText())
				.contains("click or tap the person who influences");
			clickPerson(browser, "it");
			browser.screenshot("draw-influence-source");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until((d) -> d.findElement(By.cssSelector("influence-graph .ig-hint"))
					.getText()
					.contains("Drawing an influence from Liu Yang"));
			clickPerson(browser, "vp");

			// The relationship dialog, prefilled, with the focus on the strength.
			String strength = "[...document.querySelectorAll('vaadin-number-field')].find(f => f.label === 'Strength')";
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
				.until((d) -> Boolean.TRUE.equals(script(browser, "return !!" + strength)));
			browser.screenshot("draw-influence-dialog");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until((d) -> Boolean.TRUE.equals(script(browser, "const f = " + strength
						+ "; return f.hasAttribute('focused') || f.contains(document.activeElement);")));
			browser.driver().switchTo().activeElement().sendKeys("0.7");
			browser.driver()
				.findElements(By.cssSelector("vaadin-button"))
				.stream()
				.filter((b) -> b.isDisplayed() && b.getText().strip().equals("Save"))
				.findFirst()
				.orElseThrow()
				.click();

			// The page is analysed again and the graph has the new edge.
			new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until((d) -> hasInfluence(browser, "it", "vp"));
			browser.screenshot("draw-influence-saved");
		}
	}

	@Test
	void the_toolbar_works_from_the_keyboard_and_escape_ends_drawing_and_fit_keeps_the_graph_in_view(
			@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			browser.signIn("alice", TestUsers.PASSWORD).go("/deals/mes?asOf=2016-03-13");
			waitForGraph(browser);

			// Every toolbar control is a native button, select or checkbox: in the tab
			// order.
			assertThat(script(browser, "return [...document.querySelectorAll('influence-graph .ig-toolbar button')]"
					+ ".every(b => b.tabIndex >= 0 && !b.disabled)"))
				.isEqualTo(true);
			WebElement zoomIn = browser.driver().findElement(By.cssSelector("influence-graph button[title='Zoom in']"));
			double before = ((Number) script(browser, "return document.querySelector('influence-graph').cy.zoom()"))
				.doubleValue();
			focusAndPress(browser, zoomIn, Keys.ENTER);
			double after = ((Number) script(browser, "return document.querySelector('influence-graph').cy.zoom()"))
				.doubleValue();
			assertThat(after).isGreaterThan(before * 1.2);

			WebElement draw = browser.driver().findElement(By.cssSelector("influence-graph button.ig-draw"));
			focusAndPress(browser, draw, Keys.SPACE);
			assertThat(browser.waitFor(By.cssSelector("influence-graph .ig-hint")).isDisplayed()).isTrue();
			assertThat(draw.getAttribute("aria-pressed")).isEqualTo("true");
			new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until((d) -> d.findElements(By.cssSelector("influence-graph .ig-hint")).isEmpty());
			assertThat(draw.getAttribute("aria-pressed")).isEqualTo("false");

			// The keyboard's way to draw: the stakeholder's own action.
			assertThat(script(browser,
					"return [...document.querySelectorAll('vaadin-button')]"
							+ ".some(b => (b.getAttribute('aria-label') || '').startsWith('Add influence: '))"))
				.isEqualTo(true);

			// Narrow the graph, then fit: everything drawn lies inside the visible
			// canvas.
			browser.driver().manage().window().setSize(new Dimension(1100, 1000));
			focusAndPress(browser, browser.driver().findElement(By.cssSelector("influence-graph button.ig-fit")),
					Keys.ENTER);
			Object inView = script(browser, "const el = document.querySelector('influence-graph');"
					+ " const canvas = el.querySelector('.ig-canvas').getBoundingClientRect();"
					+ " const split = el.closest('vaadin-split-layout').getBoundingClientRect();"
					+ " const box = el.cy.elements(':visible').renderedBoundingBox();"
					+ " return box.x1 >= -1 && box.y1 >= -1 && canvas.left + box.x2 <= Math.min(canvas.right, split.right) + 1"
					+ " && box.y2 <= canvas.height + 1 && Math.abs(el.cy.width() - el.querySelector('.ig-canvas').clientWidth) <= 1"
					+ " || JSON.stringify({box, canvas, split, w: el.cy.width()});");
			browser.screenshot("graph-fit-narrow");
			assertThat(inView).isEqualTo(true);
		}
	}

	@Test
	void the_console_shows_a_reports_to_query_as_a_graph(@TempDir Path profile) {
		try (Browser browser = Browser.open(this.port, "en", profile)) {
			browser.signIn("alice", TestUsers.PASSWORD).go("/console");
			WebElement editor = browser.waitFor(By.cssSelector("vaadin-text-area textarea"));
			editor.sendKeys("MATCH (p:Person)-[r:REPORTS_TO]->(m) RETURN p, r, m LIMIT 5");
			browser.driver()
				.findElements(By.cssSelector("vaadin-button"))
				.stream()
				.filter((b) -> b.getText().strip().equals("Run"))
				.findFirst()
				.orElseThrow()
				.click();
			browser.waitFor(By.id("console-tab-graph")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until((d) -> Boolean.TRUE.equals(script(browser,
					"const el = document.querySelector('influence-graph'); return !!(el && el.cy && el.cy.edges().length === 5)")));

			assertThat(script(browser,
					"const cy = document.querySelector('influence-graph').cy;"
							+ " return cy.edges().every(e => e.data('type') === 'REPORTS_TO')"
							+ " && cy.nodes().some(n => n.data('label') === 'Zhang Wei')"
							+ " && cy.width() > 100 && cy.nodes().renderedBoundingBox().w > 50"))
				.isEqualTo(true);
			// A generic graph: no attitude legend, no "our people" switch, no drawing.
			assertThat(script(browser, "const el = document.querySelector('influence-graph');"
					+ " return [el.querySelector('.ig-toolbar').getAttribute('aria-label'),"
					+ " !!el.querySelector('.ig-legend'), !!el.querySelector('.ig-ours'), !!el.querySelector('.ig-draw')]"))
				.asInstanceOf(LIST)
				.containsExactly("Result graph", false, false, false);
			assertThat(script(browser, "return document.querySelector('influence-graph .ig-layout').value"))
				.isEqualTo("fcose");
			browser.screenshot("console-graph");
		}
	}

	private static void waitForGraph(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until((d) -> Boolean.TRUE.equals(script(browser,
				"const el = document.querySelector('influence-graph'); return !!(el && el.cy && el.cy.nodes().length > 0)")));
	}

	private static boolean hasInfluence(Browser browser, String from, String to) {
		return Boolean.TRUE.equals(script(browser,
				"const el = document.querySelector('influence-graph');"
						+ " return !!(el && el.cy && el.cy.edges().some(e => e.data('type') === 'INFLUENCES'"
						+ " && e.source().id() === 'p:" + from + "' && e.target().id() === 'p:" + to + "'))"));
	}

	/**
	 * Taps a person in the graph through Cytoscape's own tap event (a pointer click at
	 * the node's rendered position did not reach Cytoscape in headless chromium).
	 */
	private static void clickPerson(Browser browser, String id) {
		script(browser, "document.querySelector('influence-graph').cy.getElementById('p:" + id + "').emit('tap')");
	}

	private static void focusAndPress(Browser browser, WebElement element, CharSequence key) {
		browser.driver().executeScript("arguments[0].focus()", element);
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	private static Object script(Browser browser, String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
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

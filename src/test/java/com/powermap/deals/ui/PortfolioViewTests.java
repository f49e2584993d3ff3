package com.powermap.deals.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.FutureAccess;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.access.AccountAccess;
import com.powermap.access.Role;
import com.powermap.access.TestUsers;
import com.powermap.access.UserService;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The portfolio page without a browser, while its scan runs away from the request: two
 * accounts with one open deal each (Huaxin's "Production management system", Acme's
 * "Planning suite"); the scan analyses them in one batch (whole accounts, about 100 deals
 * a batch) and reports "2 of 2" before its result reaches the page. The test holds the
 * session lock, as a request would: what the scan hands to the page ({@code ui.access})
 * waits in the session's queue until the test lets it through. (Looking components up
 * lets it through too, so they are looked up before a scan starts.)
 */
@PowermapTest
// The view is built here, with Spring's services: no routes are scanned.
@ViewPackages(packages = "com.powermap.deals.ui.noroutes")
class PortfolioViewTests extends BrowserlessTest {

	private static final LocalDate AS_OF = LocalDate.parse("2016-03-13");

	@Autowired
	AnalysisService analysis;

	@Autowired
	ExchangeService exchange;

	@Autowired
	UserService users;

	@Autowired
	Neo4jClient client;

	PortfolioView view;

	DatePicker asOf;

	Grid<DealAnalysis> grid;

	Paragraph message;

	/** The scans the page handed to its executor, not yet run. */
	final List<Runnable> held = new ArrayList<>();

	@BeforeEach
	@SuppressWarnings("unchecked")
	void twoAccountsAndThePage() {
		TestGraph.clean(this.client);
		AccountAccess.asSystem("test", () -> {
			this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
			return this.exchange.importJson(TestGraph.resource("fixtures/acme-rules.json"));
		});
		TestUsers.create(this.users, "kam-huaxin", Role.KAM, "huaxin");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		// The rows link to the deal page.
		RouteConfiguration.forSessionScope().setRoute("deals/:id", DealView.class);
		this.view = new PortfolioView(this.analysis);
		this.view.runScansWith(this.held::add);
		UI.getCurrent().add(this.view);
		this.asOf = find(DatePicker.class).from(this.view).single();
		this.grid = find(Grid.class).from(this.view).single();
		this.message = find(Paragraph.class).from(this.view).single();
	}

	@Test
	void the_scan_runs_on_its_own_thread_shows_how_far_it_is_then_the_ranked_deals() throws Exception {
		Thread worker = scanOnAThread();

		// The request that chose the date has ended; the scan has not reported yet.
		assertThat(this.view.working.isVisible()).isTrue();
		assertThat(this.view.progress.isIndeterminate()).isTrue();
		assertThat(this.view.progressText.getText()).isEqualTo("Analysing the deals…");
		assertThat(this.asOf.isEnabled()).isFalse();
		assertThat(rows()).isEmpty();

		assertThat(worker.join(Duration.ofSeconds(60))).as("the scan ends").isTrue();
		letTheFirstChangeThrough();
		assertThat(this.view.progress.isIndeterminate()).isFalse();
		assertThat(this.view.progress.getValue()).isEqualTo(1.0);
		assertThat(this.view.progressText.getText()).isEqualTo("Analysed 2 of 2 deals");
		assertThat(rows()).isEmpty();

		letTheChangesThrough();
		assertThat(rows()).containsExactlyInAnyOrder("Production management system", "Planning suite");
		assertThat(this.view.working.isVisible()).isFalse();
		assertThat(this.asOf.isEnabled()).isTrue();
		assertThat(this.message.getText()).isEmpty();
	}

	@Test
	@WithMockUser(username = "kam-huaxin", roles = "KAM")
	void the_scan_runs_as_the_signed_in_user_and_finds_only_the_deals_of_their_accounts() throws Exception {
		Thread worker = scanOnAThread();

		assertThat(worker.join(Duration.ofSeconds(60))).as("the scan ends").isTrue();
		letTheChangesThrough();
		assertThat(this.message.getText()).isEmpty();
		assertThat(rows()).containsExactly("Production management system");
	}

	@Test
	@WithMockUser(username = "visitor", roles = "VISITOR")
	void a_scan_that_fails_says_why_in_the_page_s_words_not_with_a_stack_trace() throws Exception {
		Thread worker = scanOnAThread();

		assertThat(worker.join(Duration.ofSeconds(60))).as("the scan ends").isTrue();
		letTheChangesThrough();
		assertThat(this.message.getText())
			.isEqualTo("The portfolio could not be analysed: user \"visitor\" has no role that may see accounts");
		assertThat(rows()).isEmpty();
		assertThat(this.view.working.isVisible()).isFalse();
		assertThat(this.asOf.isEnabled()).isTrue();
	}

	@Test
	void the_date_cannot_be_changed_while_a_scan_runs_and_a_date_from_the_address_is_scanned_after_it() {
		test(this.asOf).setValue(AS_OF);
		assertThat(this.held).hasSize(1);

		assertThatIllegalStateException().isThrownBy(() -> test(this.asOf).setValue(AS_OF.minusDays(1)));
		// A link to the page with another date sets it on the server.
		this.asOf.setValue(AS_OF.plusDays(1));
		assertThat(this.held).as("no second scan while the first runs").hasSize(1);

		this.held.get(0).run();
		letTheChangesThrough();
		assertThat(this.held).as("the new date's scan, once the first has stopped").hasSize(2);
		assertThat(this.view.working.isVisible()).isTrue();
		assertThat(rows()).isEmpty();

		this.held.get(1).run();
		letTheChangesThrough();
		assertThat(rows()).hasSize(2);
		assertThat(this.view.working.isVisible()).isFalse();
	}

	@Test
	void leaving_the_page_while_it_scans_drops_the_scan_s_result() {
		test(this.asOf).setValue(AS_OF);
		assertThat(this.held).hasSize(1);

		UI.getCurrent().remove(this.view);
		this.held.get(0).run();
		letTheChangesThrough();

		assertThat(rows()).isEmpty();
		assertThat(this.held).hasSize(1);
	}

	/** Chooses the date, then lets the page's scan run on a thread of its own. */
	private Thread scanOnAThread() {
		test(this.asOf).setValue(AS_OF);
		assertThat(this.held).hasSize(1);
		return Thread.ofPlatform().name("test-scan").start(this.held.get(0));
	}

	/** Lets the oldest change the scan handed to the page through, alone. */
	private static void letTheFirstChangeThrough() throws Exception {
		FutureAccess change = VaadinSession.getCurrent().getPendingAccessQueue().poll();
		assertThat(change).as("a change handed to the page").isNotNull();
		change.run();
		change.get();
	}

	/** Lets every change the scan handed to the page through, as a request's end does. */
	private static void letTheChangesThrough() {
		VaadinSession session = VaadinSession.getCurrent();
		session.getService().runPendingAccessTasks(session);
	}

	/** The names of the deals the grid holds, top to bottom. */
	private List<String> rows() {
		return this.grid.getListDataView().getItems().map(DealAnalysis::name).toList();
	}

}

package com.powermap.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import com.powermap.PowermapTest;
import com.powermap.base.DatabaseStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The banner at the top of every page while the database cannot be reached, with a
 * database status the test sets: it appears, says so in the page's language, and goes
 * away by itself at the next poll once the database answers; a failed call shows it in
 * place of the error.
 */
@PowermapTest
@ViewPackages(classes = DatabaseBanner.class)
class DatabaseBannerTests extends BrowserlessTest {

	static final String ENGLISH = "The database cannot be reached; Powermap retries by itself, and this message goes "
			+ "away once it is back.";

	final AtomicBoolean available = new AtomicBoolean(true);

	final List<Throwable> reported = new CopyOnWriteArrayList<>();

	DatabaseBanner banner;

	@BeforeEach
	void page() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.banner = new DatabaseBanner(this.available::get, this.reported::add);
		UI.getCurrent().add(this.banner);
	}

	@Test
	void the_banner_appears_while_the_database_is_down_and_goes_away_by_itself() {
		assertThat(this.banner.isVisible()).isFalse();

		this.available.set(false);
		poll();

		assertThat(this.banner.isVisible()).isTrue();
		assertThat(this.banner.getText()).isEqualTo(ENGLISH);
		assertThat(UI.getCurrent().getPollInterval()).as("the page keeps asking").isEqualTo(DatabaseBanner.POLL_MS);

		this.available.set(true);
		poll();

		assertThat(this.banner.isVisible()).isFalse();
		assertThat(UI.getCurrent().getPollInterval()).as("and stops once the database is back").isNegative();
	}

	@Test
	void a_call_that_fails_for_want_of_the_database_shows_the_banner_instead_of_the_error() {
		RuntimeException failure = new CannotCreateTransactionException("Could not open a new Neo4j session",
				new ServiceUnavailableException("Unable to connect to localhost:7687"));

		assertThat(DatabaseBanner.explain(failure)).isEqualTo(ENGLISH);

		assertThat(this.banner.isVisible()).isTrue();
		assertThat(this.reported).containsExactly(failure);
	}

	@Test
	void any_other_failure_keeps_its_own_message_and_no_banner() {
		assertThat(DatabaseBanner.explain(new IllegalStateException("no such stage"))).isEqualTo("no such stage");

		assertThat(this.banner.isVisible()).isFalse();
		assertThat(this.reported).isEmpty();
	}

	@Test
	void the_banner_speaks_chinese_on_a_chinese_page() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		this.available.set(false);
		poll();

		assertThat(this.banner.getText()).isEqualTo("无法连接数据库；Powermap 会自动重试，数据库恢复后此提示会自动消失。");
	}

	@Test
	void an_unhandled_failure_of_a_click_shows_the_banner_and_marks_the_database_unavailable() {
		DatabaseStatus status = new DatabaseStatus();
		DataAccessResourceFailureException failure = new DataAccessResourceFailureException("lost",
				new ServiceUnavailableException("Connection to the database terminated"));

		new DatabaseErrors.Handler(status).error(new ErrorEvent(failure));

		assertThat(this.banner.isVisible()).isTrue();
		assertThat(this.reported).containsExactly(failure);
		assertThat(status.isAvailable()).isFalse();
		assertThat(status.problem()).isEqualTo("lost");
	}

	private static void poll() {
		ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
	}

}

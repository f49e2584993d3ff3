package com.powermap.console.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.powermap.PowermapTest;
import com.powermap.access.NoAccessException;
import com.powermap.console.ConsoleCaller;
import com.powermap.console.ConsoleRefusedException;
import com.powermap.console.ConsoleService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The console audit page shows an administrator the latest console queries with who ran
 * them and what came of them; nobody else may read the audit.
 */
@PowermapTest
@ViewPackages(classes = ConsoleAuditView.class)
class ConsoleAuditViewTests extends BrowserlessTest {

	@Autowired
	ConsoleService console;

	@Test
	void an_administrator_sees_who_ran_what_and_what_came_of_it() {
		String marker = "audit-" + System.nanoTime();
		ConsoleCaller analyst = new ConsoleCaller("ana", "ANALYST");
		this.console.run(analyst, "RETURN '" + marker + "' AS ran", Map.of());
		assertThatExceptionOfType(ConsoleRefusedException.class)
			.isThrownBy(() -> this.console.run(analyst, "MATCH (n) DETACH DELETE n // " + marker, Map.of()));
		UI.getCurrent().setLocale(Locale.ENGLISH);

		ConsoleAuditView view = new ConsoleAuditView(this.console);
		UI.getCurrent().add(view);

		@SuppressWarnings("unchecked")
		Grid<Map<String, Object>> grid = $(Grid.class, view).single();
		var rows = test(grid);
		List<String> ours = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.getCellText(i, 6).contains(marker)) {
				ours.add(rows.getCellText(i, 1) + " " + rows.getCellText(i, 2) + " " + rows.getCellText(i, 3) + " "
						+ rows.getCellText(i, 4));
			}
		}
		// Newest first: the refused delete, then the query that ran with its one row.
		assertThat(ours).containsExactly("ana ANALYST Refused 0", "ana ANALYST Run 1");
		assertThat(rows.getCellText(0, 7)).isNotBlank();

		rows.select(1);
		assertThat(view.getChildren()
			.filter(com.vaadin.flow.component.html.Pre.class::isInstance)
			.map((c) -> c.getElement().getText())).containsExactly("RETURN '" + marker + "' AS ran");
	}

	@Test
	@WithMockUser(username = "analyst", roles = "ANALYST")
	void nobody_but_an_administrator_reads_the_audit() {
		assertThatExceptionOfType(NoAccessException.class).isThrownBy(() -> this.console.recentAudit(10));
	}

}

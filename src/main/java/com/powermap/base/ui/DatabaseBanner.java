package com.powermap.base.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

import com.powermap.base.DatabaseUnavailable;

/**
 * The banner "the database cannot be reached" at the top of every page, in place of an
 * error. It is shown when the database status says so or when a call to the database
 * fails for that reason ({@link #explain}); while shown, the page asks the server every
 * few seconds and the banner goes away by itself once the database answers again.
 */
public class DatabaseBanner extends Div {

	static final int POLL_MS = 3000;

	private final BooleanSupplier available;

	private final Consumer<Throwable> report;

	private @Nullable Registration polls;

	/**
	 * @param available whether the database answers (now)
	 * @param report where a failure goes, to be recorded in the database status
	 */
	public DatabaseBanner(BooleanSupplier available, Consumer<Throwable> report) {
		this.available = available;
		this.report = report;
		setId("database-banner");
		getElement().setAttribute("role", "alert");
		getStyle().set("background", "var(--lumo-error-color-10pct)")
			.set("color", "var(--lumo-error-text-color)")
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("font-weight", "500");
		setVisible(false);
	}

	/**
	 * What to tell the user about a failure: when the database cannot be reached, the
	 * banner's sentence (and the banner appears), otherwise the failure's own message.
	 */
	public static String explain(RuntimeException failure) {
		if (!DatabaseUnavailable.isCause(failure)) {
			return String.valueOf(failure.getMessage());
		}
		DatabaseBanner banner = current();
		if (banner != null) {
			banner.failed(failure);
		}
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getTranslation("database.unavailable") : "The database cannot be reached.";
	}

	/** The banner of the current page, if it has one. */
	static @Nullable DatabaseBanner current() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ComponentUtil.getData(ui, DatabaseBanner.class) : null;
	}

	/** A call to the database failed because it cannot be reached. */
	void failed(Throwable failure) {
		this.report.accept(failure);
		show(true);
	}

	/** Shows or hides the banner after the database status. */
	void refresh() {
		show(!this.available.getAsBoolean());
	}

	private void show(boolean down) {
		if (down) {
			setText(getTranslation("database.unavailable"));
		}
		setVisible(down);
		getUI().ifPresent((ui) -> {
			if (down && ui.getPollInterval() <= 0) {
				ui.setPollInterval(POLL_MS);
			}
			else if (!down && ui.getPollInterval() == POLL_MS) {
				ui.setPollInterval(-1);
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		ComponentUtil.setData(ui, DatabaseBanner.class, this);
		this.polls = ui.addPollListener((poll) -> refresh());
		refresh();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (ComponentUtil.getData(event.getUI(), DatabaseBanner.class) == this) {
			ComponentUtil.setData(event.getUI(), DatabaseBanner.class, null);
		}
		if (this.polls != null) {
			this.polls.remove();
			this.polls = null;
		}
	}

}

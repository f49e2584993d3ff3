package com.powermap.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

import com.powermap.base.DatabaseStatus;
import com.powermap.base.DatabaseUnavailable;

/**
 * The page shown when opening a page fails: when the database cannot be reached, a plain
 * "the database cannot be reached" (HTTP 503) that reloads the page by itself once the
 * database answers; for any other failure, Vaadin's own error page.
 */
@AnonymousAllowed
class DatabaseUnavailableView extends InternalServerError {

	private final DatabaseStatus status;

	private boolean waiting;

	DatabaseUnavailableView(DatabaseStatus status) {
		this.status = status;
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		if (!DatabaseUnavailable.isCause(parameter.getCaughtException())) {
			return super.setErrorParameter(event, parameter);
		}
		this.status.report(parameter.getCaughtException());
		this.waiting = true;
		getElement().removeAllChildren();
		getElement().appendChild(new H2(getTranslation("database.unavailableTitle")).getElement(),
				new Paragraph(getTranslation("database.unavailable")).getElement());
		getStyle().set("padding", "var(--lumo-space-l)");
		return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		if (!this.waiting) {
			return;
		}
		event.getUI().setPollInterval(DatabaseBanner.POLL_MS);
		event.getUI().addPollListener((poll) -> {
			if (this.status.isAvailable()) {
				event.getUI().setPollInterval(-1);
				event.getUI().getPage().reload();
			}
		});
	}

}

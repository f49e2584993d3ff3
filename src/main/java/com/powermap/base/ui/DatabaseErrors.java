package com.powermap.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import com.powermap.base.DatabaseStatus;
import com.powermap.base.DatabaseUnavailable;

/**
 * A click, upload or poll whose call to the database fails because the database cannot be
 * reached shows the banner (or, on a page without one, a notification) instead of an
 * error; every other failure goes to Vaadin's default handling.
 */
@Component
class DatabaseErrors implements VaadinServiceInitListener {

	private final DatabaseStatus status;

	DatabaseErrors(DatabaseStatus status) {
		this.status = status;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> init.getSession().setErrorHandler(new Handler(this.status)));
	}

	record Handler(DatabaseStatus status) implements ErrorHandler {

		@Override
		public void error(ErrorEvent event) {
			Throwable failure = event.getThrowable();
			if (!DatabaseUnavailable.isCause(failure)) {
				new DefaultErrorHandler().error(event);
				return;
			}
			this.status.report(failure);
			DatabaseBanner banner = DatabaseBanner.current();
			if (banner != null) {
				banner.failed(failure);
			}
			else if (UI.getCurrent() != null) {
				Notification
					.show(UI.getCurrent().getTranslation("database.unavailable"), 5000,
							Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		}

	}

}

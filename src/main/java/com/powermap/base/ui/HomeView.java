package com.powermap.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Div;

/**
 * The start page; until the portfolio exists it sends people to the accounts.
 */
@Route("")
class HomeView extends Div implements BeforeEnterObserver {

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo("accounts");
	}

}

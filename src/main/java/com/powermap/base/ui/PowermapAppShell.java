package com.powermap.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: the Lumo theme, the page's title and language, and server push, so that
 * work running off the request (the portfolio scan) can update the page as it goes.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
public class PowermapAppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Powermap");
	}

}

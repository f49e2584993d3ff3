package com.powermap.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;

/**
 * The application shell: a title bar and a navigation drawer built from the views'
 * {@code @Menu}.
 */
@Layout
public class MainLayout extends AppLayout {

	MainLayout() {
		H1 title = new H1("Powermap");
		title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
		SideNav nav = new SideNav();
		MenuConfiguration.getMenuEntries()
			.forEach((entry) -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
		addToNavbar(new DrawerToggle(), title);
		addToDrawer(nav);
		setPrimarySection(Section.DRAWER);
	}

}

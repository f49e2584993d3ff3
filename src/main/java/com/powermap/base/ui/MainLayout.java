package com.powermap.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import com.powermap.base.DatabaseStatus;

/**
 * The application shell: a title bar with the language switch (English, 简体中文) and a
 * navigation drawer built from the views' {@code @Menu}, its entries translated, and
 * above every page the {@link DatabaseBanner} while the database cannot be reached.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	private final DatabaseBanner banner;

	private final Div page = new Div();

	MainLayout(AuthenticationContext authentication, DatabaseStatus database) {
		this.banner = new DatabaseBanner(database::isAvailable, database::report);
		this.page.setSizeFull();
		this.page.getStyle().set("display", "flex").set("flex-direction", "column");
		this.page.add(this.banner);
		setContent(this.page);
		H1 title = new H1("Powermap");
		title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");
		SideNav nav = new SideNav();
		MenuConfiguration.getMenuEntries().forEach((entry) -> {
			// Menu paths come with a leading slash ("/", "/accounts").
			String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
			String key = "menu." + (path.isEmpty() ? "portfolio" : path);
			nav.addItem(new SideNavItem(getTranslation(key), entry.path()));
		});
		Select<Locale> language = new Select<>();
		language.setItems(LANGUAGES);
		language.setItemLabelGenerator((locale) -> locale.getLanguage().equals("zh") ? "简体中文" : "English");
		language.setValue(getLocale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
		language.setAriaLabel(getTranslation("language"));
		language.setId("language");
		language.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-s)");
		language.addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				VaadinSession.getCurrent().setLocale(event.getValue());
				UI.getCurrent().getPage().reload();
			}
		});
		Span user = new Span(getTranslation("signed-in-as", authentication.getPrincipalName().orElse("")));
		user.getStyle().set("font-size", "var(--lumo-font-size-s)");
		Button logout = new Button(getTranslation("logout"), (e) -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		logout.getStyle().set("margin-right", "var(--lumo-space-m)");
		addToNavbar(new DrawerToggle(), title, language, user, logout);
		addToDrawer(nav);
		setPrimarySection(Section.DRAWER);
	}

	/** The page goes below the banner. */
	@Override
	public void showRouterLayoutContent(HasElement content) {
		Component view = content.getElement().getComponent().orElseThrow();
		this.page.getChildren().filter((c) -> c != this.banner).toList().forEach(this.page::remove);
		this.page.add(view);
		// Grow to the page, never shrink below the view's own height: a long page (the
		// deal view) scrolls instead of squeezing its grid and graph to nothing.
		view.getElement().getStyle().set("flex", "1 0 auto");
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		oldContent.getElement().getComponent().ifPresent((view) -> {
			if (view != this.banner) {
				this.page.remove(view);
			}
		});
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		this.banner.refresh();
	}

}

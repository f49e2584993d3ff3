package com.powermap.access;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role reaches exactly its views: every {@code @Route} class of the application
 * (found on the class path, so a new view must be added here) is checked with the checker
 * Vaadin's navigation access control uses, for a visitor who is not signed in and for
 * each role. What a view then shows of which account is the services' business
 * ({@code AccessTests}).
 */
class ViewAccessTests {

	static final Map<String, Set<String>> EXPECTED = Map.of("login", Set.of("anonymous", "ADMIN", "ANALYST", "KAM"), "",
			Set.of("ADMIN", "ANALYST", "KAM"), "deals/:id", Set.of("ADMIN", "ANALYST", "KAM"), "accounts",
			Set.of("ADMIN", "ANALYST", "KAM"), "exchange", Set.of("ADMIN", "ANALYST", "KAM"), "console",
			Set.of("ADMIN", "ANALYST"), "users", Set.of("ADMIN"), "audit", Set.of("ADMIN"));

	final AccessAnnotationChecker checker = new AccessAnnotationChecker();

	@Test
	void each_role_reaches_exactly_its_views() throws Exception {
		Map<String, Set<String>> reached = new TreeMap<>();
		for (Class<?> view : views()) {
			String route = view.getAnnotation(Route.class).value();
			Set<String> who = new TreeSet<>();
			if (this.checker.hasAccess(view, null, (role) -> false)) {
				who.add("anonymous");
			}
			for (Role role : Role.values()) {
				Principal user = () -> "someone";
				if (this.checker.hasAccess(view, user, role.name()::equals)) {
					who.add(role.name());
				}
			}
			reached.put(route, who);
		}

		assertThat(reached).isEqualTo(new TreeMap<>(EXPECTED));
	}

	private static Set<Class<?>> views() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		Set<Class<?>> views = new java.util.HashSet<>();
		for (var candidate : scanner.findCandidateComponents("com.powermap")) {
			views.add(Class.forName(candidate.getBeanClassName()));
		}
		return views;
	}

}

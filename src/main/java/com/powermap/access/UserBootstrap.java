package com.powermap.access;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.powermap.base.DatabaseSetupStep;

/**
 * The first users of an empty database. Outside the demo there is one {@code admin} whose
 * password comes from {@code POWERMAP_ADMIN_PASSWORD} or, when that is unset, is
 * generated and printed to the log this once. The {@code demo} profile instead creates
 * {@code admin}, {@code analyst}, {@code kam} (Huaxin and one other account) and
 * {@code kam2} (the other accounts), all with the password {@code demo}. Runs after the
 * demo loader, so that the demo accounts exist to be assigned: both are steps of the
 * database's setup, run once the database is first reached.
 */
@Component
@ConditionalOnWebApplication
@Order(100)
class UserBootstrap implements DatabaseSetupStep {

	private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

	static final String DEMO_PASSWORD = "demo";

	private final UserService users;

	private final String adminPassword;

	private final boolean demo;

	UserBootstrap(UserService users, @Value("${POWERMAP_ADMIN_PASSWORD:}") String adminPassword,
			@Value("${powermap.demo.enabled:false}") boolean demo) {
		this.users = users;
		this.adminPassword = adminPassword;
		this.demo = demo;
	}

	@Override
	public void run() {
		AccountAccess.asSystem("bootstrap", () -> {
			if (this.users.count() > 0) {
				return null;
			}
			if (this.demo) {
				createDemoUsers();
			}
			else {
				createAdmin();
			}
			return null;
		});
	}

	private void createAdmin() {
		if (!this.adminPassword.isEmpty()) {
			this.users.bootstrap("admin", this.adminPassword, Role.ADMIN, List.of());
			log.info("Created the user \"admin\" with the password from POWERMAP_ADMIN_PASSWORD");
			return;
		}
		byte[] random = new byte[15];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.users.bootstrap("admin", password, Role.ADMIN, List.of());
		log.warn("Created the user \"admin\" with the generated password {} - it is shown only this once; "
				+ "sign in and change it on the Users page, or set POWERMAP_ADMIN_PASSWORD before the first start",
				password);
	}

	private void createDemoUsers() {
		List<String> accounts = new ArrayList<>();
		this.users.allAccounts().forEach((a) -> accounts.add(a.id()));
		List<String> kam = new ArrayList<>();
		List<String> kam2 = new ArrayList<>();
		if (accounts.contains("huaxin")) {
			kam.add("huaxin");
		}
		for (String account : accounts) {
			if (kam.size() < 2 && !kam.contains(account)) {
				kam.add(account);
			}
		}
		for (String account : accounts) {
			if (!kam.contains(account)) {
				kam2.add(account);
			}
		}
		this.users.bootstrap("admin", DEMO_PASSWORD, Role.ADMIN, List.of());
		this.users.bootstrap("analyst", DEMO_PASSWORD, Role.ANALYST, List.of());
		this.users.bootstrap("kam", DEMO_PASSWORD, Role.KAM, kam);
		this.users.bootstrap("kam2", DEMO_PASSWORD, Role.KAM, kam2);
		log.warn("Demo profile: created the users admin, analyst, kam ({}) and kam2 ({}), all with the password "
				+ "\"demo\" - never use the demo profile with real data", kam, kam2);
	}

}

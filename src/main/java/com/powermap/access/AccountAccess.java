package com.powermap.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.powermap.base.CypherQueries;

/**
 * The checks every service makes against the signed-in caller. They fail closed: with
 * nobody signed in nothing is visible. Work that runs without a user (the demo loader,
 * the command line) runs {@link #asSystem as the system}, which is an ADMIN.
 */
@Component
public class AccountAccess {

	private final Neo4jClient client;

	private final CypherQueries queries;

	AccountAccess(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/**
	 * The accounts the caller may see.
	 * @throws NoAccessException when nobody is signed in
	 */
	@Transactional(readOnly = true)
	public AccountScope scope() {
		Authentication caller = caller();
		Set<String> roles = roles(caller);
		if (roles.contains(Role.ADMIN.authority()) || roles.contains(Role.ANALYST.authority())) {
			return AccountScope.ALL;
		}
		if (roles.contains(Role.KAM.authority())) {
			return AccountScope.only(assignedAccounts(caller.getName()));
		}
		throw new NoAccessException("user \"" + caller.getName() + "\" has no role that may see accounts");
	}

	/** The name of the signed-in caller. */
	public String callerName() {
		return caller().getName();
	}

	/** Whether the caller has the role. */
	public boolean has(Role role) {
		return roles(caller()).contains(role.authority());
	}

	/**
	 * Checks that the caller may change data: ADMIN and KAM may, ANALYST reads only.
	 * @throws NoAccessException when not
	 */
	public void checkWrite() {
		if (!has(Role.ADMIN) && !has(Role.KAM)) {
			throw new NoAccessException("user \"" + callerName() + "\" may read but not change data");
		}
	}

	/**
	 * Whether the caller may change an account's people and deals: an administrator, or a
	 * key-account manager the account is assigned to. For the UI to offer edits; the
	 * services check again.
	 */
	public boolean mayChange(String account) {
		if (has(Role.ADMIN)) {
			return true;
		}
		return has(Role.KAM) && scope().permits(account);
	}

	/**
	 * Checks that the caller is an administrator.
	 * @throws NoAccessException when not
	 */
	public void checkAdmin() {
		if (!has(Role.ADMIN)) {
			throw new NoAccessException("only an administrator may do this");
		}
	}

	/**
	 * Checks that the caller may see an account.
	 * @throws NoAccessException when not
	 */
	public void checkAccount(String account) {
		if (!scope().permits(account)) {
			throw new NoAccessException("no access to account \"" + account + "\"");
		}
	}

	/**
	 * Checks that the caller may see an opportunity's account. An opportunity that does
	 * not exist passes, for the caller to report it as unknown.
	 * @throws NoAccessException when not
	 */
	@Transactional(readOnly = true)
	public void checkOpportunity(String opportunity) {
		AccountScope scope = scope();
		if (scope.all()) {
			return;
		}
		for (String account : this.client.query(this.queries.get("access/account-of-opportunity"))
			.bind(opportunity)
			.to("opportunity")
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("account").asString())
			.all()) {
			if (!scope.permits(account)) {
				throw new NoAccessException("no access to opportunity \"" + opportunity + "\"");
			}
		}
	}

	/**
	 * Checks that the caller may see the customer accounts some people work for (people
	 * of competitors, partners and our own company are not behind any account).
	 * @throws NoAccessException when not
	 */
	@Transactional(readOnly = true)
	public void checkPeople(Collection<String> people) {
		AccountScope scope = scope();
		if (scope.all() || people.isEmpty()) {
			return;
		}
		for (String account : this.client.query(this.queries.get("access/accounts-of-people"))
			.bind(List.copyOf(people))
			.to("people")
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("account").asString())
			.all()) {
			if (!scope.permits(account)) {
				throw new NoAccessException("no access to the people of account \"" + account + "\"");
			}
		}
	}

	/**
	 * Runs work as the system (an ADMIN), for what runs without a signed-in user: the
	 * demo loader, the first-start bootstrap, the command line. The caller's own security
	 * context is restored afterwards.
	 */
	public static <T> T asSystem(String name, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(systemCaller(name));
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The caller that work without a signed-in user runs as: an ADMIN of the given name.
	 */
	public static Authentication systemCaller(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
	}

	/**
	 * A key-account manager's accounts, read once per HTTP request: a deal page checks
	 * the same caller dozens of times (the analysis, the graph, each day of the
	 * timeline). Outside a request (a background import, the command line) it is read
	 * every time.
	 */
	private Set<String> assignedAccounts(String username) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return readAssignedAccounts(username);
		}
		String key = AccountAccess.class.getName() + ".accounts:" + username;
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> cached) {
			@SuppressWarnings("unchecked")
			Set<String> accounts = (Set<String>) cached;
			return accounts;
		}
		Set<String> accounts = Set.copyOf(readAssignedAccounts(username));
		request.setAttribute(key, accounts, RequestAttributes.SCOPE_REQUEST);
		return accounts;
	}

	private Set<String> readAssignedAccounts(String username) {
		return new HashSet<>(this.client.query(this.queries.get("access/user-by-name"))
			.bind(username)
			.to("username")
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get("accounts").asList((v) -> v.asString()))
			.one()
			.orElse(List.of()));
	}

	private static Authentication caller() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
			throw new NoAccessException("not signed in");
		}
		return caller;
	}

	private static Set<String> roles(Authentication caller) {
		Set<String> roles = new HashSet<>();
		for (GrantedAuthority authority : caller.getAuthorities()) {
			roles.add(authority.getAuthority());
		}
		return roles;
	}

}

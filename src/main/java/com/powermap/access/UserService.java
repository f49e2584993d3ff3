package com.powermap.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.powermap.base.CypherQueries;

/**
 * The users of Powermap, stored in the database as {@code (:User)} nodes with a bcrypt
 * hash of their password and {@code ASSIGNED_TO} relationships to the accounts of a
 * key-account manager. Only administrators change users.
 */
@Service
public class UserService {

	/** A user as the admin page shows it. */
	public record User(String username, Role role, List<String> accounts) {
	}

	/** What signing in needs. */
	record Credentials(String username, String passwordHash, Role role) {
	}

	/** An account that can be assigned. */
	public record Account(String id, String name) {
	}

	/** A refused change, naming the field that is wrong. */
	public static class InvalidUserException extends RuntimeException {

		private final String field;

		InvalidUserException(String field, String message) {
			super(message);
			this.field = field;
		}

		/** The field that is wrong: username, password, role or accounts. */
		public String field() {
			return this.field;
		}

	}

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

	/** Neo4j's own minimum for its passwords, kept for ours too. */
	static final int MIN_PASSWORD = 8;

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final PasswordEncoder encoder;

	private final AccountAccess access;

	UserService(Neo4jClient client, CypherQueries queries, PasswordEncoder encoder, AccountAccess access) {
		this.client = client;
		this.queries = queries;
		this.encoder = encoder;
		this.access = access;
	}

	/** Every user, by name. */
	@Transactional(readOnly = true)
	public List<User> list() {
		this.access.checkAdmin();
		return List.copyOf(this.client.query(this.queries.get("access/list-users"))
			.fetchAs(User.class)
			.mappedBy((types, record) -> new User(record.get("username").asString(),
					Role.valueOf(record.get("role").asString()), record.get("accounts").asList((v) -> v.asString())))
			.all());
	}

	/** Every account that can be assigned to a key-account manager. */
	@Transactional(readOnly = true)
	public List<Account> accounts() {
		this.access.checkAdmin();
		return allAccounts();
	}

	/**
	 * Creates a user.
	 * @throws InvalidUserException naming the field that is wrong
	 */
	@Transactional
	public User create(String username, String password, Role role, Set<String> accounts) {
		this.access.checkAdmin();
		checkUsername(username);
		checkPassword(password);
		if (find(username).isPresent()) {
			throw new InvalidUserException("username", "a user named \"" + username + "\" exists already");
		}
		return store(username, this.encoder.encode(password), role, checkedAccounts(role, accounts));
	}

	/**
	 * Changes a user's role, accounts and, when one is given, password.
	 * @throws InvalidUserException naming the field that is wrong
	 */
	@Transactional
	public User update(String username, Role role, @Nullable String password, Set<String> accounts) {
		this.access.checkAdmin();
		Credentials current = find(username)
			.orElseThrow(() -> new InvalidUserException("username", "there is no user named \"" + username + "\""));
		if (password != null && !password.isEmpty()) {
			checkPassword(password);
		}
		if (current.role() == Role.ADMIN && role != Role.ADMIN && admins() <= 1) {
			throw new InvalidUserException("role", "\"" + username + "\" is the last administrator");
		}
		List<String> assigned = checkedAccounts(role, accounts);
		this.client.query(this.queries.get("access/update-user"))
			.bind(username)
			.to("username")
			.bind(role.name())
			.to("role")
			.bind((password == null || password.isEmpty()) ? null : this.encoder.encode(password))
			.to("passwordHash")
			.run();
		assign(username, assigned);
		return new User(username, role, assigned);
	}

	/**
	 * Removes a user; the last administrator stays.
	 * @throws InvalidUserException when the user is unknown or the last administrator
	 */
	@Transactional
	public void delete(String username) {
		this.access.checkAdmin();
		Credentials current = find(username)
			.orElseThrow(() -> new InvalidUserException("username", "there is no user named \"" + username + "\""));
		if (current.role() == Role.ADMIN && admins() <= 1) {
			throw new InvalidUserException("username", "\"" + username + "\" is the last administrator");
		}
		this.client.query(this.queries.get("access/delete-user")).bind(username).to("username").run();
	}

	/** How many users exist. */
	@Transactional(readOnly = true)
	long count() {
		return this.client.query(this.queries.get("access/count-users")).fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * Stores a user without the checks of the admin page: for the first-start bootstrap
	 * and the demo users, whose password {@code demo} is shorter than the minimum.
	 */
	@Transactional
	User bootstrap(String username, String password, Role role, List<String> accounts) {
		return store(username, this.encoder.encode(password), role, accounts);
	}

	/** The customer accounts, without a caller check (for the bootstrap). */
	List<Account> allAccounts() {
		return List.copyOf(this.client.query(this.queries.get("access/customer-accounts"))
			.fetchAs(Account.class)
			.mappedBy((types, record) -> new Account(record.get("id").asString(), record.get("name").asString()))
			.all());
	}

	Optional<Credentials> find(String username) {
		return this.client.query(this.queries.get("access/user-by-name"))
			.bind(username)
			.to("username")
			.fetchAs(Credentials.class)
			.mappedBy((types, record) -> new Credentials(record.get("username").asString(),
					record.get("passwordHash").asString(), Role.valueOf(record.get("role").asString())))
			.one();
	}

	private User store(String username, String hash, Role role, List<String> accounts) {
		try {
			this.client.query(this.queries.get("access/create-user"))
				.bind(username)
				.to("username")
				.bind(hash)
				.to("passwordHash")
				.bind(role.name())
				.to("role")
				.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidUserException("username", "a user named \"" + username + "\" exists already");
		}
		assign(username, accounts);
		return new User(username, role, accounts);
	}

	private void assign(String username, List<String> accounts) {
		this.client.query(this.queries.get("access/assign-accounts"))
			.bind(username)
			.to("username")
			.bind(accounts)
			.to("accounts")
			.run();
	}

	private long admins() {
		return list().stream().filter((u) -> u.role() == Role.ADMIN).count();
	}

	private List<String> checkedAccounts(Role role, Set<String> accounts) {
		if (role != Role.KAM) {
			// Administrators and analysts see every account; assignments would mean
			// nothing.
			return List.of();
		}
		Set<String> known = new HashSet<>();
		allAccounts().forEach((a) -> known.add(a.id()));
		List<String> unknown = new ArrayList<>();
		for (String account : accounts) {
			if (!known.contains(account)) {
				unknown.add(account);
			}
		}
		if (!unknown.isEmpty()) {
			throw new InvalidUserException("accounts", "not accounts (CUSTOMER organizations): " + unknown);
		}
		return accounts.stream().sorted().toList();
	}

	private static void checkUsername(String username) {
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidUserException("username",
					"a user name has 2 to 64 letters, digits or . _ @ - (got \"" + username + "\")");
		}
	}

	private static void checkPassword(String password) {
		if (password.length() < MIN_PASSWORD) {
			throw new InvalidUserException("password",
					String.format(Locale.ROOT, "a password has at least %d characters", MIN_PASSWORD));
		}
	}

}

package com.powermap.access;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Managing users: stored hashed, checked field by field, only by administrators. */
@PowermapTest
class UserServiceTests {

	@Autowired
	UserService users;

	@Autowired
	ExchangeService exchange;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		AccountAccess.asSystem("test", () -> this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json")));
		TestUsers.create(this.users, "test-admin", Role.ADMIN);
	}

	@Test
	void a_user_is_stored_with_a_bcrypt_hash_and_their_accounts() {
		this.users.create("maria", "long-enough", Role.KAM, Set.of("huaxin"));

		UserService.Credentials stored = this.users.find("maria").orElseThrow();
		assertThat(stored.passwordHash()).startsWith("$2").doesNotContain("long-enough");
		assertThat(this.encoder.matches("long-enough", stored.passwordHash())).isTrue();
		assertThat(this.users.list()).contains(new UserService.User("maria", Role.KAM, java.util.List.of("huaxin")));
	}

	@Test
	void bad_fields_are_refused_naming_the_field() {
		assertThatExceptionOfType(UserService.InvalidUserException.class)
			.isThrownBy(() -> this.users.create("maria", "short", Role.KAM, Set.of()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("password"))
			.withMessageContaining("at least 8");
		assertThatExceptionOfType(UserService.InvalidUserException.class)
			.isThrownBy(() -> this.users.create("<script>", "long-enough", Role.KAM, Set.of()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("username"));
		assertThatExceptionOfType(UserService.InvalidUserException.class)
			.isThrownBy(() -> this.users.create("maria", "long-enough", Role.KAM, Set.of("autoctrl")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("accounts"))
			.withMessageContaining("autoctrl");
		this.users.create("maria", "long-enough", Role.KAM, Set.of());
		assertThatExceptionOfType(UserService.InvalidUserException.class)
			.isThrownBy(() -> this.users.create("maria", "long-enough", Role.ANALYST, Set.of()))
			.withMessageContaining("exists already");
	}

	@Test
	void the_last_administrator_cannot_be_removed_or_demoted() {
		assertThatExceptionOfType(UserService.InvalidUserException.class)
			.isThrownBy(() -> this.users.delete("test-admin"))
			.withMessageContaining("last administrator");
		assertThatExceptionOfType(UserService.InvalidUserException.class)
			.isThrownBy(() -> this.users.update("test-admin", Role.ANALYST, null, Set.of()))
			.withMessageContaining("last administrator");
	}

	@Test
	@WithMockUser(username = "kam", roles = "KAM")
	void only_an_administrator_manages_users() {
		assertThatExceptionOfType(NoAccessException.class).isThrownBy(() -> this.users.list());
		assertThatExceptionOfType(NoAccessException.class)
			.isThrownBy(() -> this.users.create("maria", "long-enough", Role.ADMIN, Set.of()));
	}

}

package com.powermap.access;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach what over the REST API, signed in with HTTP Basic as users stored in the
 * database: {@code kam} has Huaxin, {@code kam2} has only Acme, {@code analyst} reads
 * everything. No route gives {@code kam2} anything of Huaxin.
 */
@PowermapTest
class AccessTests {

	static final String ACME = """
			{"format": "powermap/v1",
			 "organizations": [{"id": "acme", "name": "Acme Tools", "kind": "CUSTOMER"}],
			 "people": [{"id": "acme-ceo", "name": "Ada Acme", "org": "acme"}],
			 "opportunities": [{"id": "acme-deal", "name": "Acme tooling", "account": "acme", "claimedStage": "INTENT",
			   "involvements": [{"person": "acme-ceo", "role": "DECISION_MAKER"}]}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ExchangeService exchange;

	@Autowired
	UserService users;

	@Autowired
	AccountAccess access;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void twoAccountsAndTheirUsers() {
		TestGraph.clean(this.client);
		AccountAccess.asSystem("test", () -> {
			this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
			return this.exchange.importJson(ACME);
		});
		TestUsers.create(this.users, "kam", Role.KAM, "huaxin");
		TestUsers.create(this.users, "kam2", Role.KAM, "acme");
		TestUsers.create(this.users, "analyst", Role.ANALYST);
		TestUsers.create(this.users, "boss", Role.ADMIN);
	}

	@Test
	void without_credentials_the_api_answers_401_and_only_health_is_open() throws Exception {
		this.mvc.perform(get("/api/portfolio/risks").with(anonymous()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.errors[0].message", containsString("sign in")));
		this.mvc.perform(get("/api/opportunities/mes/analysis").with(anonymous())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/export").with(anonymous())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs").with(anonymous())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/health").with(anonymous())).andExpect(status().isOk());
	}

	@Test
	void a_wrong_password_is_401() throws Exception {
		this.mvc.perform(get("/api/portfolio/risks").with(httpBasic("kam", "not-the-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/portfolio/risks").with(httpBasic("nobody", TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void kam2_gets_nothing_of_huaxin_by_any_route() throws Exception {
		as("kam2", get("/api/opportunities/mes/analysis")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].message", containsString("no access")));
		as("kam2", get("/api/portfolio/risks")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].opportunity", hasItem("acme-deal")))
			.andExpect(jsonPath("$[*].opportunity", not(hasItem("mes"))));
		as("kam2", get("/api/export").param("account", "huaxin")).andExpect(status().isForbidden());
		as("kam2", get("/api/export")).andExpect(status().isForbidden());
		as("kam2", post("/api/opportunities/mes/what-if").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\": \"2016-03-13\"}")).andExpect(status().isForbidden());
		as("kam2", post("/api/queries/competitor-ties").contentType(MediaType.APPLICATION_JSON)
			.content("{\"people\": [\"gm\"], \"asOf\": \"2016-03-13\"}")).andExpect(status().isForbidden());
		as("kam2",
				post("/api/queries/assessment-dates").contentType(MediaType.APPLICATION_JSON)
					.content("{\"opportunity\": \"mes\", \"windowStart\": \"2015-01-01\", \"asOf\": \"2016-03-13\"}"))
			.andExpect(status().isForbidden());
		as("kam2", post("/api/queries/open-opportunities")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*][0]", hasItem("acme-deal")))
			.andExpect(jsonPath("$.rows[*][0]", not(hasItem("mes"))));
		as("kam2",
				post("/api/import").contentType(MediaType.APPLICATION_JSON)
					.content("{\"format\": \"powermap/v1\", \"people\": [{\"id\": \"spy\", \"name\": \"Spy\", "
							+ "\"org\": \"huaxin\"}]}"))
			.andExpect(status().isForbidden());
		as("kam2",
				post("/api/import/org-chart").param("org", "huaxin")
					.contentType("text/csv")
					.content("id,name,title,department,email,manager\nspy,Spy,,,,\n"))
			.andExpect(status().isForbidden());
		as("kam", get("/api/export").param("account", "huaxin")).andExpect(status().isOk())
			.andExpect(jsonPath("$.people[*].id", not(hasItem("spy"))));
	}

	@Test
	void a_kam_reads_and_changes_their_own_account() throws Exception {
		as("kam", get("/api/opportunities/mes/analysis").param("asOf", "2016-03-13")).andExpect(status().isOk())
			.andExpect(jsonPath("$.effectiveStage").value("SOLUTION"));
		as("kam", get("/api/portfolio/risks")).andExpect(jsonPath("$[*].opportunity", hasItem("mes")))
			.andExpect(jsonPath("$[*].opportunity", not(hasItem("acme-deal"))));
		as("kam", post("/api/import").contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\": \"powermap/v1\", \"people\": [{\"id\": \"new-hire\", \"name\": \"New Hire\", "
					+ "\"org\": \"huaxin\"}]}"))
			.andExpect(status().isOk());
		as("kam", get("/api/export").param("account", "huaxin"))
			.andExpect(jsonPath("$.people[*].id", hasItem("new-hire")));
	}

	@Test
	void a_kams_accounts_are_read_once_per_request_and_a_new_assignment_counts_from_the_next() {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("kam", null, List.of(new SimpleGrantedAuthority(Role.KAM.authority())))));
		try {
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			assertThat(this.access.scope().accounts()).containsExactly("huaxin");

			AccountAccess.asSystem("test", () -> this.users.update("kam", Role.KAM, null, Set.of("huaxin", "acme")));

			assertThat(this.access.scope().accounts()).as("within the same request").containsExactly("huaxin");
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
			assertThat(this.access.scope().accounts()).as("the next request")
				.containsExactlyInAnyOrder("huaxin", "acme");
			RequestContextHolder.resetRequestAttributes();
			AccountAccess.asSystem("test", () -> this.users.update("kam", Role.KAM, null, Set.of("huaxin")));
			assertThat(this.access.scope().accounts()).as("outside any request").containsExactly("huaxin");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
			SecurityContextHolder.setContext(before);
		}
	}

	@Test
	void a_kam_cannot_add_a_new_account() throws Exception {
		as("kam", post("/api/import").contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\": \"powermap/v1\", \"organizations\": [{\"id\": \"newco\", \"name\": \"NewCo\", "
					+ "\"kind\": \"CUSTOMER\"}]}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_analyst_reads_everything_and_changes_nothing() throws Exception {
		as("analyst", get("/api/opportunities/mes/analysis")).andExpect(status().isOk());
		as("analyst", get("/api/opportunities/acme-deal/analysis")).andExpect(status().isOk());
		as("analyst", get("/api/export")).andExpect(status().isOk());
		as("analyst", post("/api/opportunities/mes/what-if").contentType(MediaType.APPLICATION_JSON)
			.content("{\"asOf\": \"2016-03-13\"}")).andExpect(status().isOk());
		as("analyst", post("/api/import").contentType(MediaType.APPLICATION_JSON).content(ACME))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].message", containsString("role")));
	}

	@Test
	void only_an_admin_reaches_the_actuator_beyond_health() throws Exception {
		as("kam", get("/actuator/info")).andExpect(status().isForbidden());
		as("analyst", get("/actuator/info")).andExpect(status().isForbidden());
	}

	private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(user, TestUsers.PASSWORD)));
	}

}

package com.powermap.exchange;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.powermap.base.DatabaseStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An endpoint whose transaction cannot start because the database is away answers 503
 * with a problem body and Retry-After, and the database status learns of it.
 */
class DatabaseUnavailableResponseTests {

	@RestController
	static class Unreachable {

		@GetMapping("/api/unreachable")
		String unreachable() {
			throw new CannotCreateTransactionException("Could not open a new Neo4j session",
					new ServiceUnavailableException("Unable to connect to localhost:7687"));
		}

	}

	@Test
	void a_request_that_cannot_reach_the_database_answers_503_with_a_problem() throws Exception {
		DatabaseStatus database = new DatabaseStatus();
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new Unreachable())
			.setControllerAdvice(new RefusedRequests(database))
			.build();

		mvc.perform(get("/api/unreachable"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.title").value("Database unavailable"))
			.andExpect(jsonPath("$.detail").value(
					"The database cannot be reached; Powermap retries by itself. Send the request again once it is back."));

		assertThat(database.problem()).isEqualTo("Could not open a new Neo4j session");
	}

}

package com.powermap.base;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.powermap.PowermapTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API describes itself as OpenAPI, and Swagger UI shows it.
 */
@PowermapTest
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void the_openapi_description_lists_the_endpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Powermap"))
			.andExpect(content().string(containsString("/api/opportunities/{id}/what-if")))
			.andExpect(content().string(containsString("/api/queries/{name}")));
	}

	@Test
	void swagger_ui_is_served() throws Exception {
		this.mvc.perform(get("/swagger-ui.html"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/swagger-ui/index.html"));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}

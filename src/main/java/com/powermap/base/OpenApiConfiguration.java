package com.powermap.base;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title of the REST API's OpenAPI description, served by springdoc at
 * {@code /v3/api-docs} and shown by Swagger UI at {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI powermapOpenApi() {
		return new OpenAPI().info(new Info().title("Powermap")
			.version("v1")
			.description("Stakeholder influence analysis of B2B deals: powermap/v1 import and export, "
					+ "deal analyses, what-if and the saved risk queries. Results as DOMAIN.md section 4."));
	}

}

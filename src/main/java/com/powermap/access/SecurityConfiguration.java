package com.powermap.access;

import java.io.IOException;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import com.powermap.access.ui.LoginView;

/**
 * Two filter chains. The REST API, the OpenAPI documents and the actuator take HTTP Basic
 * for scripts, hold no session and answer 401 without credentials and 403 for a role that
 * may not; only {@code /actuator/health} is open. Everything else is the Vaadin UI with
 * its login view, each view declaring the roles that may open it.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String ANALYST = Role.ANALYST.name();

	private static final String KAM = Role.KAM.name();

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(ADMIN)
				.requestMatchers("/api/console/**")
				.hasAnyRole(ADMIN, ANALYST)
				.requestMatchers("/api/users/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/import/**", "/api/opportunities/*/assessments")
				.hasAnyRole(ADMIN, KAM)
				.requestMatchers(HttpMethod.PUT, "/api/**")
				.hasAnyRole(ADMIN, KAM)
				.requestMatchers(HttpMethod.PATCH, "/api/**")
				.hasAnyRole(ADMIN, KAM)
				.requestMatchers(HttpMethod.DELETE, "/api/**")
				.hasAnyRole(ADMIN, KAM)
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Powermap\"");
				refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
						"sign in: this endpoint takes HTTP Basic credentials of a Powermap user");
			}))
			.exceptionHandling((handling) -> handling.accessDeniedHandler((request, response, ex) -> refuse(response,
					HttpServletResponse.SC_FORBIDDEN, "your role may not do this")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http) throws Exception {
		return http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class)).build();
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"errors\":[{\"path\":\"\",\"message\":\"" + message + "\"}]}");
	}

}

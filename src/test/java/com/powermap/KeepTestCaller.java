package com.powermap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.TestSecurityContextHolder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * MockMvc requests run on the test's own thread, and Spring Security clears the security
 * context when a request ends. Tests that call services directly after a request would
 * find nobody signed in; this puts the test's caller back after every request.
 */
@TestConfiguration(proxyBeanMethods = false)
class KeepTestCaller {

	private static final ThreadLocal<SecurityContext> CALLER = new ThreadLocal<>();

	@Bean
	MockMvcBuilderCustomizer keepTheTestsCallerAcrossRequests() {
		return (builder) -> builder.defaultRequest(get("/").with((request) -> {
			CALLER.set(TestSecurityContextHolder.getContext());
			return request;
		})).alwaysDo((result) -> {
			SecurityContext caller = CALLER.get();
			if (caller != null) {
				TestSecurityContextHolder.setContext(caller);
				CALLER.remove();
			}
		});
	}

}

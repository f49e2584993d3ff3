package com.powermap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The one application context most tests share: the default embedded Neo4j, with its
 * store in a fresh folder under {@code target/} and Bolt on a free port, and MockMvc for
 * the REST API. Keeping every test on this one annotation keeps the suite to one context
 * and one database. Tests run as an administrator unless they say otherwise
 * ({@code @WithMockUser}, {@code @WithAnonymousUser} or HTTP Basic credentials).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "powermap.embedded.data-dir=target/test-neo4j/${random.uuid}", "powermap.embedded.bolt-port=0",
				"vaadin.devmode.devTools.enabled=false" })
@AutoConfigureMockMvc
@Import(KeepTestCaller.class)
@WithMockUser(username = "test-admin", roles = "ADMIN")
public @interface PowermapTest {

}

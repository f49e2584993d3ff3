package com.powermap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.powermap.PowermapApplication;

/**
 * The application without its web server and UI, on a fresh embedded Neo4j in a folder of
 * its own, Bolt on a free port: what the command-line commands run on.
 */
public final class TemporaryStore {

	private TemporaryStore() {
	}

	/**
	 * Starts the application on an embedded store in {@code store}.
	 * @param pageCache the embedded Neo4j's page cache, such as {@code 64m}
	 */
	public static ConfigurableApplicationContext start(Path store, String pageCache) {
		return new SpringApplicationBuilder(PowermapApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--NEO4J_URI=", "--powermap.embedded.data-dir=" + store, "--powermap.embedded.bolt-port=0",
					// A throwaway password for a throwaway store: nothing to print or
					// keep.
					"--powermap.embedded.password=" + java.util.UUID.randomUUID(),
					"--powermap.embedded.page-cache=" + pageCache, "--powermap.demo.enabled=false",
					"--logging.level.root=WARN", "--logging.level.org.neo4j.migrations=WARN",
					"--logging.level.ac.simons=WARN", "--spring.main.lazy-initialization=true",
					"--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
							+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
							+ "com.vaadin.flow.spring.VaadinScopesConfig");
	}

	/** Deletes a store folder and everything in it. */
	public static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not delete the temporary store " + dir + ": " + ex.getMessage());
		}
	}

}

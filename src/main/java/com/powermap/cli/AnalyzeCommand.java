package com.powermap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.powermap.PowermapApplication;
import com.powermap.base.Language;
import com.powermap.deals.AnalysisService;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.InvalidDocumentException;

/**
 * {@code analyze FILE.json [--as-of DATE] [--lang en|zh]}: imports a {@code powermap/v1}
 * document into a temporary embedded store (deleted afterwards) through the same import
 * and analyses as the server, and prints one DOMAIN.md section 4 result per opportunity,
 * as a JSON array, to standard output. Nothing else goes to standard output. Exit codes:
 * 0 done, 2 the document was refused (its errors as JSON on standard error), 1 anything
 * else.
 */
public final class AnalyzeCommand {

	static final String USAGE = "usage: java -jar powermap.jar analyze FILE.json [--as-of YYYY-MM-DD] [--lang en|zh]";

	private AnalyzeCommand() {
	}

	record Arguments(Path file, @Nullable LocalDate asOf, Language language) {
	}

	/** Runs the command and returns its exit code. */
	public static int run(String[] args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		// Whatever logs on the way goes to standard error: standard output carries the
		// JSON alone.
		System.setOut(err);
		try {
			return run(args, out, err);
		}
		finally {
			System.setOut(out);
		}
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments arguments;
		String json;
		try {
			arguments = parse(args);
			json = Files.readString(arguments.file(), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 1;
		}
		catch (IOException ex) {
			err.println("cannot read " + args[1] + ": " + ex.getMessage());
			return 1;
		}
		ObjectMapper mapper = JsonMapper.builder().build();
		Path store = null;
		try {
			store = Files.createTempDirectory("powermap-analyze-");
			long started = System.nanoTime();
			try (ConfigurableApplicationContext context = start(store)) {
				err.printf("analyze: temporary database ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
				ExchangeService exchange = context.getBean(ExchangeService.class);
				AnalysisService analysis = context.getBean(AnalysisService.class);
				long importing = System.nanoTime();
				try {
					exchange.importJson(json);
					err.printf("analyze: imported %s in %d ms%n", arguments.file(),
							(System.nanoTime() - importing) / 1_000_000);
				}
				catch (InvalidDocumentException ex) {
					err.println(
							mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("errors", ex.errors())));
					return 2;
				}
				JsonNode document = mapper.readTree(json);
				LocalDate asOf = arguments.asOf();
				if (asOf == null && document.hasNonNull("asOf")) {
					asOf = com.powermap.exchange.Moment.parse(document.get("asOf").asString()).day();
				}
				if (asOf == null) {
					asOf = LocalDate.now(ZoneOffset.UTC);
				}
				List<Map<String, Object>> results = new ArrayList<>();
				JsonNode opportunities = document.get("opportunities");
				if (opportunities != null) {
					for (JsonNode opportunity : opportunities) {
						results.add(analysis.analyze(opportunity.get("id").asString(), asOf, arguments.language())
							.toJson());
					}
				}
				err.printf("analyze: %d opportunities analysed as of %s in %d ms%n", results.size(), asOf,
						(System.nanoTime() - importing) / 1_000_000);
				out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
				out.flush();
				return 0;
			}
		}
		catch (RuntimeException | IOException ex) {
			err.println("analyze failed: " + ex.getMessage());
			return 1;
		}
		finally {
			if (store != null) {
				delete(store);
			}
		}
	}

	static Arguments parse(String[] args) {
		if (args.length < 2 || !"analyze".equals(args[0])) {
			throw new IllegalArgumentException("no document given");
		}
		Path file = null;
		LocalDate asOf = null;
		Language language = Language.EN;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--as-of") || arg.equals("--lang")) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args[++i];
				if (arg.equals("--as-of")) {
					try {
						asOf = LocalDate.parse(value);
					}
					catch (DateTimeParseException ex) {
						throw new IllegalArgumentException("--as-of: unparseable date \"" + value + "\"");
					}
				}
				else if (value.equals("en") || value.equals("zh")) {
					language = value.equals("zh") ? Language.ZH : Language.EN;
				}
				else {
					throw new IllegalArgumentException("--lang must be en or zh, not \"" + value + "\"");
				}
			}
			else if (arg.startsWith("--")) {
				throw new IllegalArgumentException("unknown option " + arg);
			}
			else if (file == null) {
				file = Path.of(arg);
			}
			else {
				throw new IllegalArgumentException("only one document at a time, got " + file + " and " + arg);
			}
		}
		if (file == null) {
			throw new IllegalArgumentException("no document given");
		}
		return new Arguments(file, asOf, language);
	}

	private static ConfigurableApplicationContext start(Path store) {
		return new SpringApplicationBuilder(PowermapApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--NEO4J_URI=", "--powermap.embedded.data-dir=" + store, "--powermap.embedded.bolt-port=0",
					// A throwaway password for a throwaway store: nothing to print or
					// keep.
					"--powermap.embedded.password=" + java.util.UUID.randomUUID(), "--powermap.embedded.page-cache=64m",
					"--powermap.demo.enabled=false", "--logging.level.root=WARN",
					"--logging.level.org.neo4j.migrations=WARN", "--logging.level.ac.simons=WARN",
					"--spring.main.lazy-initialization=true",
					"--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
							+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
							+ "com.vaadin.flow.spring.VaadinScopesConfig");
	}

	private static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("could not delete the temporary store " + dir + ": " + ex.getMessage());
		}
	}

}

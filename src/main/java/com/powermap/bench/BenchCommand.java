package com.powermap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.powermap.access.AccountAccess;
import com.powermap.base.Language;
import com.powermap.cli.TemporaryStore;
import com.powermap.deals.AnalysisService;
import com.powermap.deals.DealAnalysis;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.PowermapDocument;
import com.powermap.floor.FloorAnalyzer;
import com.powermap.floor.FloorGraph;
import com.powermap.floor.FloorGraphPayload;
import com.powermap.graphview.GraphFilter;
import com.powermap.graphview.GraphPayload;
import com.powermap.graphview.GraphPayloadService;
import com.powermap.influence.AnalysisSettings;
import com.powermap.influence.InfluenceCache;

/**
 * {@code bench --scale S|M|L [--out DIR] [--smoke] [--seed N] [--accounts N]}: generates
 * the portfolio of a scale (or its first N accounts, for quicker comparisons whose
 * figures are not the scale's), imports it into a fresh embedded store through the import
 * users have, and measures import, deal analysis, portfolio scan and the deal page's
 * graph against the floor (the same answers computed in memory by
 * {@code com.powermap.floor}), checking that both answer the same. Progress goes to
 * standard error; the table to standard output; results.json, results.md and latency.svg
 * to DIR. Exit codes: 0 done and the answers match, 3 done but they differ, 1 anything
 * else.
 */
public final class BenchCommand {

	static final String USAGE = "usage: java -jar powermap.jar bench --scale S|M|L [--out DIR] [--smoke] [--seed N] [--accounts N]";

	/**
	 * The bulk import takes the accounts ten to a document (at L about 1,000 people and
	 * 5,000 relationships), as an export of a territory from a CRM would come. On the
	 * first 1,500 accounts of L, documents of ten imported at about 1.4 to 1.5 times the
	 * rate of one account per document (2026-12-06).
	 */
	static final int ACCOUNTS_PER_DOCUMENT = 10;

	private final Arguments arguments;

	private final PrintStream err;

	private final Random random;

	private final List<String> mismatches = new ArrayList<>();

	private final List<BenchReport.Point> points = new ArrayList<>();

	private @Nullable InfluenceCache cache;

	private BenchCommand(Arguments arguments, PrintStream err) {
		this.arguments = arguments;
		this.err = err;
		this.random = new Random(arguments.seed());
	}

	/**
	 * What the command was given; {@code accounts} is how many of the scale's first
	 * accounts to import, all of them unless {@code --accounts} says fewer.
	 */
	record Arguments(Scale scale, Path out, boolean smoke, long seed, int accounts) {

		/** Whether the run covers only part of the scale. */
		boolean partial() {
			return this.scale.partOf(this.accounts);
		}

	}

	/** How many times an operation runs unmeasured, then measured. */
	record Repetitions(int warmUp, int measured) {
	}

	/** Runs the command and returns its exit code. */
	public static int run(String[] args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
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
		try {
			arguments = parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 1;
		}
		Path store = null;
		try {
			Files.createDirectories(arguments.out());
			store = Files.createTempDirectory("powermap-bench-");
			BenchReport report = new BenchCommand(arguments, err).measure(store);
			report.write(arguments.out());
			out.println(report.markdown());
			out.flush();
			err.println("bench: wrote results.json, results.md and latency.svg to " + arguments.out());
			return report.answersMatchFloor() ? 0 : 3;
		}
		catch (RuntimeException | IOException ex) {
			err.println("bench failed: " + ex);
			return 1;
		}
		finally {
			if (store != null) {
				TemporaryStore.delete(store);
			}
		}
	}

	static Arguments parse(String[] args) {
		if (args.length == 0 || !"bench".equals(args[0])) {
			throw new IllegalArgumentException("not a bench command");
		}
		Scale scale = null;
		Path out = Path.of("bench-results");
		boolean smoke = false;
		long seed = PortfolioGenerator.SEED;
		int accounts = 0;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--smoke" -> smoke = true;
				case "--scale", "--out", "--seed", "--accounts" -> {
					if (i + 1 >= args.length) {
						throw new IllegalArgumentException(arg + " needs a value");
					}
					String value = args[++i];
					if (arg.equals("--scale")) {
						try {
							scale = Scale.valueOf(value.toUpperCase(Locale.ROOT));
						}
						catch (IllegalArgumentException ex) {
							throw new IllegalArgumentException("--scale must be S, M or L, not \"" + value + "\"");
						}
					}
					else if (arg.equals("--out")) {
						out = Path.of(value);
					}
					else if (arg.equals("--accounts")) {
						accounts = positive(arg, value);
					}
					else {
						try {
							seed = Long.parseLong(value);
						}
						catch (NumberFormatException ex) {
							throw new IllegalArgumentException("--seed must be a whole number, not \"" + value + "\"");
						}
					}
				}
				default -> throw new IllegalArgumentException("unknown argument \"" + arg + "\"");
			}
		}
		if (scale == null) {
			throw new IllegalArgumentException("--scale is required");
		}
		if (accounts == 0) {
			// Not given: all of them.
			accounts = scale.accounts();
		}
		else if (accounts > scale.accounts()) {
			throw new IllegalArgumentException(
					"--accounts must be at most %,d at scale %s, not %,d".formatted(scale.accounts(), scale, accounts));
		}
		return new Arguments(scale, out, smoke, seed, accounts);
	}

	private static int positive(String arg, String value) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new IllegalArgumentException(arg + " must be a whole number above 0, not \"" + value + "\"");
	}

	private Repetitions repetitions(Scale scale, String operation) {
		if (this.arguments.smoke()) {
			return new Repetitions(1, 3);
		}
		return switch (operation) {
			// A scan warms up too: on the first 1,500 accounts of L, four scans in one
			// JVM took 7.8, 7.8, 6.6 and 5.5 s (the deal analyses before it warm only
			// part of what a scan runs). An M scan is under a second: 20 measured give
			// its p95 a meaning (with 3, p95 was the slowest of three). Part of L
			// (--accounts) scans faster, so more often.
			case "portfolio-scan" -> switch (scale) {
				case S -> new Repetitions(20, 20);
				case M -> new Repetitions(3, 20);
				case L -> this.arguments.partial() ? new Repetitions(3, 5) : new Repetitions(2, 2);
			};
			// Deal analysis warms up until the JIT has compiled its hot paths, client
			// and server side. At S, p50 still fell from 33 to 22 ms between the 150th
			// and the 300th analysis of one JVM. At M, after 3 analyses the first
			// measured ones were still compiling: p95 707 ms, against 369 ms after 30.
			case "deal-analysis" -> switch (scale) {
				case S -> new Repetitions(600, 200);
				case M -> new Repetitions(30, 20);
				case L -> new Repetitions(300, 200);
			};
			default -> switch (scale) {
				case S -> new Repetitions(200, 100);
				case M -> new Repetitions(3, 20);
				case L -> new Repetitions(20, 100);
			};
		};
	}

	private static String pageCache(Scale scale) {
		return switch (scale) {
			case S -> "64m";
			case M -> "256m";
			case L -> "2g";
		};
	}

	private BenchReport measure(Path store) {
		Scale scale = this.arguments.scale();
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = TemporaryStore.start(store, pageCache(scale))) {
			// The benchmark has no signed-in user: it works as the system on its own
			// store.
			SecurityContextHolder.getContext().setAuthentication(AccountAccess.systemCaller("bench"));
			progress("temporary database ready in %d ms", (System.nanoTime() - started) / 1_000_000);
			ExchangeService exchange = context.getBean(ExchangeService.class);
			AnalysisService analysis = context.getBean(AnalysisService.class);
			AnalysisSettings settings = context.getBean(AnalysisSettings.class);
			this.cache = context.getBean(InfluenceCache.class);
			GraphPayloadService graphs = context.getBean(GraphPayloadService.class);

			PortfolioGenerator generator = new PortfolioGenerator(scale, this.arguments.seed());
			FloorGraph floor = new FloorGraph();
			BenchReport.Import imported = importPortfolio(generator, exchange, floor);
			FloorAnalyzer floorAnalyzer = new FloorAnalyzer(floor,
					new FloorAnalyzer.Settings(settings.reportsToWeight(), settings.delegationWeight(),
							settings.damping(), settings.reachWindowDays(), settings.regressionWindowDays()));
			FloorGraphPayload floorGraphs = new FloorGraphPayload(floor);

			List<BenchReport.Operation> operations = new ArrayList<>();
			operations.add(dealAnalysis(floor, analysis, floorAnalyzer));
			operations.add(portfolioScan(analysis, floorAnalyzer));
			operations.add(graphPayload(floor, analysis, graphs, floorGraphs));
			if (!this.mismatches.isEmpty()) {
				progress("the product and the floor differ in %d places, the first of them:", this.mismatches.size());
				this.mismatches.stream().limit(20).forEach((m) -> this.err.println("  " + m));
			}
			return new BenchReport(scale, this.arguments.accounts(), this.arguments.smoke(), Machine.describe(),
					this.mismatches.isEmpty(), imported, operations, List.copyOf(this.points),
					List.copyOf(this.mismatches));
		}
	}

	private BenchReport.Import importPortfolio(PortfolioGenerator generator, ExchangeService exchange,
			FloorGraph floor) {
		int accounts = this.arguments.accounts();
		// Our company, the competitors and the partners first, then the accounts, each
		// document generated as it goes.
		int documents = 1 + (accounts + ACCOUNTS_PER_DOCUMENT - 1) / ACCOUNTS_PER_DOCUMENT;
		long productNanos = 0;
		long floorNanos = 0;
		long people = 0;
		long relationships = 0;
		long lastReport = System.nanoTime();
		for (int d = 0; d < documents; d++) {
			int to = Math.min(accounts, d * ACCOUNTS_PER_DOCUMENT);
			PowermapDocument document = (d == 0) ? generator.world()
					: generator.accounts((d - 1) * ACCOUNTS_PER_DOCUMENT, to);
			long t0 = System.nanoTime();
			exchange.importDocument(document);
			long t1 = System.nanoTime();
			floor.add(document);
			long t2 = System.nanoTime();
			productNanos += t1 - t0;
			floorNanos += t2 - t1;
			people += document.people().size();
			relationships += document.relationships().size();
			if (t2 - lastReport > 5_000_000_000L || d == documents - 1) {
				lastReport = t2;
				progress("imported %d of %d accounts: %,d people, %,d relationships, %,.0f relationships/s", to,
						accounts, people, relationships, relationships / (productNanos / 1e9));
			}
		}
		long t0 = System.nanoTime();
		floor.freeze();
		floorNanos += System.nanoTime() - t0;
		return new BenchReport.Import(people, relationships, productNanos / 1e9, floorNanos / 1e9);
	}

	/**
	 * The deals random ones are drawn from, in the order of their ids: the same deals for
	 * the same seed however the import grouped the accounts into documents (the floor
	 * numbers deals in the order it meets them, and a document of several accounts may
	 * name a deal in a delegation before its own entry).
	 */
	static List<String> dealsToDraw(FloorGraph floor) {
		return floor.opportunities().stream().sorted().toList();
	}

	private BenchReport.Operation dealAnalysis(FloorGraph floor, AnalysisService analysis,
			FloorAnalyzer floorAnalyzer) {
		List<String> deals = dealsToDraw(floor);
		Repetitions reps = repetitions(this.arguments.scale(), "deal-analysis");
		List<Double> product = new ArrayList<>();
		List<Double> bottom = new ArrayList<>();
		progress("deal-analysis: %d warm-up and %d measured analyses of random deals", reps.warmUp(), reps.measured());
		for (int run = 0; run < reps.warmUp() + reps.measured(); run++) {
			String deal = deals.get(this.random.nextInt(deals.size()));
			forgetInfluence();
			long t0 = System.nanoTime();
			DealAnalysis answer = analysis.analyze(deal, PortfolioGenerator.AS_OF, Language.EN);
			long t1 = System.nanoTime();
			DealAnalysis floorAnswer = floorAnalyzer.analyze(deal, PortfolioGenerator.AS_OF);
			long t2 = System.nanoTime();
			check(AnswerCheck.differences(answer, floorAnswer));
			if (run >= reps.warmUp()) {
				product.add((t1 - t0) / 1e6);
				bottom.add((t2 - t1) / 1e6);
				String account = floor.accountOf(deal);
				this.points.add(new BenchReport.Point((account != null) ? floor.peopleOf(account) : 0, (t1 - t0) / 1e6,
						(t2 - t1) / 1e6));
			}
			tick("deal-analysis", run, reps);
		}
		return BenchReport.Operation.of("deal-analysis", product, bottom);
	}

	private BenchReport.Operation portfolioScan(AnalysisService analysis, FloorAnalyzer floorAnalyzer) {
		Repetitions reps = repetitions(this.arguments.scale(), "portfolio-scan");
		List<Double> product = new ArrayList<>();
		List<Double> bottom = new ArrayList<>();
		progress("portfolio-scan: %d warm-up and %d measured scans", reps.warmUp(), reps.measured());
		for (int run = 0; run < reps.warmUp() + reps.measured(); run++) {
			forgetInfluence();
			long t0 = System.nanoTime();
			int scan = run + 1;
			List<DealAnalysis> answer = analysis.portfolio(PortfolioGenerator.AS_OF, Language.EN,
					(done, total) -> tick("portfolio-scan %d: %,d of %,d deals analysed".formatted(scan, done, total)));
			long t1 = System.nanoTime();
			List<DealAnalysis> floorAnswer = floorAnalyzer.portfolio(PortfolioGenerator.AS_OF);
			long t2 = System.nanoTime();
			check(AnswerCheck.portfolioDifferences(answer, floorAnswer));
			if (run >= reps.warmUp()) {
				product.add((t1 - t0) / 1e6);
				bottom.add((t2 - t1) / 1e6);
			}
			tick("portfolio-scan", run, reps);
		}
		return BenchReport.Operation.of("portfolio-scan", product, bottom);
	}

	/**
	 * The deal page's graph of random deals, unfiltered ({@link GraphFilter#NONE}), by
	 * {@link GraphPayloadService#forDeal} and by the floor. The graph needs the deal's
	 * analysis: it is computed once per deal by the product, before and outside the timed
	 * part, and both are given the same one.
	 */
	private BenchReport.Operation graphPayload(FloorGraph floor, AnalysisService analysis, GraphPayloadService graphs,
			FloorGraphPayload floorGraphs) {
		List<String> deals = dealsToDraw(floor);
		Repetitions reps = repetitions(this.arguments.scale(), "graph-payload");
		List<Double> product = new ArrayList<>();
		List<Double> bottom = new ArrayList<>();
		Map<String, DealAnalysis> analyses = new HashMap<>();
		progress("graph-payload: %d warm-up and %d measured graphs of random deals (their analysis not timed)",
				reps.warmUp(), reps.measured());
		for (int run = 0; run < reps.warmUp() + reps.measured(); run++) {
			String id = deals.get(this.random.nextInt(deals.size()));
			DealAnalysis deal = analyses.computeIfAbsent(id,
					(d) -> analysis.analyze(d, PortfolioGenerator.AS_OF, Language.EN));
			long t0 = System.nanoTime();
			GraphPayload answer = graphs.forDeal(deal, GraphFilter.NONE);
			long t1 = System.nanoTime();
			GraphPayload floorAnswer = floorGraphs.forDeal(deal);
			long t2 = System.nanoTime();
			check(AnswerCheck.graphDifferences(answer, floorAnswer));
			if (run >= reps.warmUp()) {
				product.add((t1 - t0) / 1e6);
				bottom.add((t2 - t1) / 1e6);
			}
			tick("graph-payload", run, reps);
		}
		return BenchReport.Operation.of("graph-payload", product, bottom);
	}

	/**
	 * Every analysis is timed from nothing cached: a random deal drawn twice, or the scan
	 * run again, would otherwise find its influence computed by an earlier run, which
	 * measures the cache, not the analysis (the first view of a deal after any change).
	 */
	private void forgetInfluence() {
		if (this.cache != null) {
			this.cache.clear();
		}
	}

	private void check(List<String> differences) {
		this.mismatches.addAll(differences);
	}

	private long lastTick = System.nanoTime();

	private void tick(String operation, int run, Repetitions reps) {
		tick("%s: %d of %d done".formatted(operation, run + 1, reps.warmUp() + reps.measured()));
	}

	/** Shows how far the bench is, at most every 5 seconds. */
	private void tick(String message) {
		long now = System.nanoTime();
		if (now - this.lastTick > 5_000_000_000L) {
			this.lastTick = now;
			progress("%s", message);
		}
	}

	private void progress(String format, Object... values) {
		this.err.println("bench: " + String.format(Locale.ROOT, format, values));
		this.err.flush();
	}

}

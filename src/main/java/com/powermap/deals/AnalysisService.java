package com.powermap.deals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;

import com.powermap.access.AccountAccess;
import com.powermap.access.AccountScope;
import com.powermap.base.CypherQueries;
import com.powermap.base.Language;
import com.powermap.influence.AnalysisSettings;
import com.powermap.influence.InfluenceCache;

/**
 * The analyses of DOMAIN.md section 3: one deal as of a date, and the portfolio scan.
 * Reads run in read-only transactions, so that a cluster can route them to secondaries.
 */
@Service
public class AnalysisService {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final DealAnalyzer analyzer;

	private final AccountAccess access;

	private final ScanWorkers workers;

	/** The read-only transactions of a scan's batches. */
	private final TransactionTemplate readOnly;

	private final Clock clock = Clock.systemUTC();

	/**
	 * How many deals a portfolio scan analyses together (more when an account has more):
	 * each batch is one read of its deals, one of its accounts' people and deference
	 * edges, and a few of its warm paths. Batches run on the {@link ScanWorkers}.
	 */
	static final int SCAN_BATCH = 100;

	AnalysisService(Neo4jClient client, CypherQueries queries, AnalysisSettings settings, AccountAccess access,
			InfluenceCache cache, ScanWorkers workers, PlatformTransactionManager transactions) {
		this.client = client;
		this.queries = queries;
		this.access = access;
		this.analyzer = new DealAnalyzer(client, queries, settings, cache);
		this.workers = workers;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Analyses one opportunity as of a date (today in UTC when null).
	 * @throws UnknownOpportunityException when there is no such opportunity
	 * @throws com.powermap.access.NoAccessException when the caller may not see its
	 * account
	 */
	@Transactional(readOnly = true)
	public DealAnalysis analyze(String opportunity, @Nullable LocalDate asOf, Language language) {
		this.access.checkOpportunity(opportunity);
		return this.analyzer.analyze(opportunity, (asOf != null) ? asOf : today(), language);
	}

	/**
	 * Every open opportunity (claimed stage below CLOSED) of the accounts the caller may
	 * see, analysed, ranked by risk score, then amount (both highest first; currency
	 * ignored), then id.
	 */
	@Transactional(readOnly = true)
	public List<DealAnalysis> portfolio(@Nullable LocalDate asOf, Language language) {
		return portfolio(asOf, language, (done, total) -> {
		});
	}

	/** How far a portfolio scan is: deals analysed so far, of how many. */
	@FunctionalInterface
	public interface ScanProgress {

		void analysed(int done, int total);

	}

	/**
	 * The portfolio scan of {@link #portfolio(LocalDate, Language)}, telling
	 * {@code progress} after each deal.
	 */
	@Transactional(readOnly = true)
	public List<DealAnalysis> portfolio(@Nullable LocalDate asOf, Language language, ScanProgress progress) {
		return portfolio(asOf, language, progress, SCAN_BATCH);
	}

	/**
	 * The portfolio scan, analysing at least {@code batch} deals together (whole
	 * accounts).
	 */
	@Transactional(readOnly = true)
	List<DealAnalysis> portfolio(@Nullable LocalDate asOf, Language language, ScanProgress progress, int batch) {
		LocalDate date = (asOf != null) ? asOf : today();
		AccountScope scope = this.access.scope();
		// Account by account and in batches of whole accounts, so that each account's
		// people and deference edges are read once for all its deals.
		List<String[]> open = new ArrayList<>(this.client.query(this.queries.get("risk/open-opportunities"))
			.bind(scope.parameter())
			.to("allowedAccountIds")
			.fetchAs(String[].class)
			.mappedBy((types, record) -> new String[] { record.get("account").asString(), record.get("id").asString() })
			.all());
		open.sort(Comparator.comparing((String[] deal) -> deal[0]).thenComparing((String[] deal) -> deal[1]));
		List<List<String>> batches = new ArrayList<>();
		List<String> deals = new ArrayList<>();
		for (int i = 0; i < open.size(); i++) {
			deals.add(open.get(i)[1]);
			boolean accountEnds = i + 1 == open.size() || !open.get(i + 1)[0].equals(open.get(i)[0]);
			if (accountEnds && (deals.size() >= batch || i + 1 == open.size())) {
				batches.add(List.copyOf(deals));
				deals.clear();
			}
		}
		List<DealAnalysis> analyses = new ArrayList<>();
		if (!batches.isEmpty()) {
			Map<String, String> ours = this.analyzer.ourPeople();
			Function<List<String>, List<DealAnalysis>> analyze = (dealIds) -> this.analyzer.analyze(dealIds, date,
					language, this.analyzer.shared(ours));
			if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
				inParallel(batches, analyze, progress, open.size(), analyses);
			}
			else {
				// Called inside the caller's transaction, which may hold changes of its
				// own: the batches run in it, one after the other.
				for (List<String> dealIds : batches) {
					analyses.addAll(analyze.apply(dealIds));
					progress.analysed(analyses.size(), open.size());
				}
			}
		}
		analyses.sort(Comparator.comparingInt(DealAnalysis::riskScore)
			.reversed()
			.thenComparing((DealAnalysis a) -> (a.amount() != null) ? a.amount().doubleValue() : 0.0,
					Comparator.reverseOrder())
			.thenComparing(DealAnalysis::opportunity));
		return analyses;
	}

	/**
	 * Analyses the batches on the scan workers, each in a read-only transaction of its
	 * own, with at most as many submitted at once as there are workers, and collects
	 * their analyses in the order of the batches, telling {@code progress} after each (on
	 * this thread). When a batch fails, or {@code progress} throws, the batches still
	 * submitted are cancelled and the failure is this method's.
	 */
	private void inParallel(List<List<String>> batches, Function<List<String>, List<DealAnalysis>> analyze,
			ScanProgress progress, int total, List<DealAnalysis> analyses) {
		Deque<Future<List<DealAnalysis>>> submitted = new ArrayDeque<>();
		Iterator<List<String>> next = batches.iterator();
		try {
			while (next.hasNext() || !submitted.isEmpty()) {
				while (next.hasNext() && submitted.size() < this.workers.threads()) {
					List<String> dealIds = next.next();
					submitted.add(this.workers.submit(() -> this.readOnly.execute((status) -> analyze.apply(dealIds))));
				}
				analyses.addAll(result(submitted.remove()));
				progress.analysed(analyses.size(), total);
			}
		}
		finally {
			submitted.forEach((batch) -> batch.cancel(true));
		}
	}

	private static List<DealAnalysis> result(Future<List<DealAnalysis>> batch) {
		try {
			return batch.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("A batch of the portfolio scan failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("the portfolio scan was interrupted");
		}
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}

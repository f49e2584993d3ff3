package com.powermap.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.bench.PortfolioGenerator;
import com.powermap.exchange.ExchangeService;
import com.powermap.risk.RiskCode;
import com.powermap.risk.RiskFlag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portfolio scan analyses deals in batches of whole accounts, each batch with one
 * read of each kind: the accounts of the L benchmark's generator with fewer than 200
 * people among its first ten, scanned in batches of three deals (two accounts: the
 * generator gives each account two deals), give every deal the analysis it gets alone,
 * and the scan reports its progress batch by batch.
 */
@PowermapTest
class PortfolioScanTests {

	static final LocalDate AS_OF = PortfolioGenerator.AS_OF;

	@Autowired
	ExchangeService exchange;

	@Autowired
	AnalysisService analysis;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void accounts() {
		TestGraph.clean(this.client);
		TestGraph.importSmallGeneratedAccounts(this.exchange);
	}

	@Test
	void a_scan_in_batches_gives_every_deal_its_analysis_alone() {
		List<int[]> progress = new ArrayList<>();
		List<DealAnalysis> scanned = this.analysis.portfolio(AS_OF, Language.EN,
				(done, total) -> progress.add(new int[] { done, total }), 3);

		assertThat(scanned).hasSizeGreaterThanOrEqualTo(6);
		Map<String, DealAnalysis> byDeal = scanned.stream()
			.collect(Collectors.toMap(DealAnalysis::opportunity, Function.identity()));
		assertThat(byDeal).hasSize(scanned.size());
		Map<String, String> accounts = new java.util.HashMap<>();
		for (DealAnalysis deal : scanned) {
			assertThat(deal.toJson()).as(deal.opportunity())
				.isEqualTo(this.analysis.analyze(deal.opportunity(), AS_OF, Language.EN).toJson());
			accounts.put(deal.opportunity(), deal.account());
		}
		assertThat(accounts.values().stream().distinct().count()).isGreaterThanOrEqualTo(3);
		assertThat(this.analysis.portfolio(AS_OF, Language.EN)).extracting(DealAnalysis::toJson)
			.containsExactlyElementsOf(scanned.stream().map(DealAnalysis::toJson).toList());

		assertThat(progress).hasSizeGreaterThanOrEqualTo(2);
		for (int i = 0; i < progress.size(); i++) {
			assertThat(progress.get(i)[1]).isEqualTo(scanned.size());
			assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(3)
				.isGreaterThan((i > 0) ? progress.get(i - 1)[0] : 0);
		}
		assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(scanned.size());
	}

	/**
	 * The batches of a scan run on the scan workers, each in a read-only transaction of
	 * its own; a report that throws (as the portfolio page does when it no longer waits)
	 * ends the scan with that exception.
	 */
	@Test
	void a_progress_report_that_throws_ends_the_scan() {
		List<int[]> progress = new ArrayList<>();
		assertThatThrownBy(() -> this.analysis.portfolio(AS_OF, Language.EN, (done, total) -> {
			progress.add(new int[] { done, total });
			throw new CancellationException("no longer waited for");
		}, 1)).isInstanceOf(CancellationException.class).hasMessage("no longer waited for");
		assertThat(progress).hasSize(1);
	}

	/**
	 * A scan called inside a transaction that holds changes of its own sees them: its
	 * batches run in that transaction, not in transactions of their own.
	 */
	@Test
	void a_scan_inside_a_transaction_sees_its_changes() {
		String renamed = this.analysis.portfolio(AS_OF, Language.EN).get(0).opportunity();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		Map<String, String> names = transaction.execute((status) -> {
			status.setRollbackOnly();
			this.client.query("MATCH (o:Opportunity {id: $id}) SET o.name = $name")
				.bindAll(Map.of("id", renamed, "name", "Renamed meanwhile"))
				.run();
			return this.analysis.portfolio(AS_OF, Language.EN, (done, total) -> {
			}, 1).stream().collect(Collectors.toMap(DealAnalysis::opportunity, DealAnalysis::name));
		});
		assertThat(names).containsEntry(renamed, "Renamed meanwhile");
		assertThat(this.analysis.portfolio(AS_OF, Language.EN)).filteredOn((deal) -> deal.opportunity().equals(renamed))
			.extracting(DealAnalysis::name)
			.doesNotContain("Renamed meanwhile");
	}

	/**
	 * Where several shortest warm paths tie, the scan's search takes the smallest list of
	 * ids as the single deal's query does, element by element: two of our people engaged
	 * the same people (the smaller seller wins), two people next to the target were
	 * engaged (the smaller wins), and two people one step further from a second target
	 * lead to the same engaged person (the smaller wins).
	 */
	@Test
	void a_scan_breaks_ties_between_warm_paths_by_the_smallest_ids_as_one_analysis_does() {
		this.exchange.importJson("""
				{"format": "powermap/v1",
				 "organizations": [{"id": "tie-co", "name": "Tie Co", "kind": "CUSTOMER"},
				                   {"id": "tie-us", "name": "Tie Sellers", "kind": "SELF"}],
				 "people": [
				   {"id": "tie-s1", "name": "Seller One", "org": "tie-us"},
				   {"id": "tie-s2", "name": "Seller Two", "org": "tie-us"},
				   {"id": "tie-dm", "name": "Decision Maker", "org": "tie-co"},
				   {"id": "tie-ap", "name": "Approver", "org": "tie-co"},
				   {"id": "tie-a1", "name": "Aide One", "org": "tie-co"},
				   {"id": "tie-a2", "name": "Aide Two", "org": "tie-co"},
				   {"id": "tie-b1", "name": "Buyer One", "org": "tie-co"},
				   {"id": "tie-b2", "name": "Buyer Two", "org": "tie-co"},
				   {"id": "tie-c", "name": "Clerk", "org": "tie-co"}],
				 "relationships": [
				   {"type": "REPORTS_TO", "from": "tie-a1", "to": "tie-dm"},
				   {"type": "REPORTS_TO", "from": "tie-a2", "to": "tie-dm"},
				   {"type": "REPORTS_TO", "from": "tie-b1", "to": "tie-ap"},
				   {"type": "REPORTS_TO", "from": "tie-b2", "to": "tie-ap"},
				   {"type": "REPORTS_TO", "from": "tie-c", "to": "tie-b1"},
				   {"type": "INFLUENCES", "from": "tie-c", "to": "tie-b2", "strength": 0.5},
				   {"type": "ENGAGED", "from": "tie-s2", "to": "tie-a1", "at": "2026-06-01"},
				   {"type": "ENGAGED", "from": "tie-s2", "to": "tie-a2", "at": "2026-06-02"},
				   {"type": "ENGAGED", "from": "tie-s1", "to": "tie-a2", "at": "2026-06-03"},
				   {"type": "ENGAGED", "from": "tie-s1", "to": "tie-a1", "at": "2026-06-04"},
				   {"type": "ENGAGED", "from": "tie-s2", "to": "tie-c", "at": "2026-06-05"}],
				 "opportunities": [{"id": "tie-deal", "name": "Tie deal", "account": "tie-co",
				   "claimedStage": "SOLUTION", "involvements": [
				     {"person": "tie-dm", "role": "DECISION_MAKER", "assessments": []},
				     {"person": "tie-ap", "role": "APPROVER", "assessments": []}]}]}
				""");

		DealAnalysis scanned = this.analysis.portfolio(AS_OF, Language.EN, (done, total) -> {
		}, 3).stream().filter((deal) -> deal.opportunity().equals("tie-deal")).findFirst().orElseThrow();

		assertThat(scanned.unreachedDecisionMakers()).extracting((u) -> u.person() + " " + u.warmPath())
			.containsExactlyInAnyOrder("tie-dm [tie-s1, tie-a1, tie-dm]", "tie-ap [tie-s2, tie-c, tie-b1, tie-ap]");
		assertThat(scanned.toJson()).isEqualTo(this.analysis.analyze("tie-deal", AS_OF, Language.EN).toJson());
	}

	/**
	 * Influence computed once is used again only for the same people and edges: the
	 * manager who counts most changes between two days of the regression window (one
	 * REPORTS_TO ends, another begins: influence 0.481 and 0.260 swap), and the second of
	 * two deals of the account has a delegation of its own (High Stage 0.260 → 0.385).
	 */
	@Test
	void a_scan_computes_influence_again_where_the_edges_differ_between_days_and_deals() {
		this.exchange.importJson(
				"""
						{"format": "powermap/v1",
						 "organizations": [{"id": "memo-co", "name": "Memo Co", "kind": "CUSTOMER"}],
						 "people": [
						   {"id": "memo-hi", "name": "High Stage", "org": "memo-co"},
						   {"id": "memo-lo", "name": "Low Stage", "org": "memo-co"},
						   {"id": "memo-x", "name": "Staff", "org": "memo-co"}],
						 "relationships": [
						   {"type": "REPORTS_TO", "from": "memo-x", "to": "memo-hi", "until": "2026-06-20"},
						   {"type": "REPORTS_TO", "from": "memo-x", "to": "memo-lo", "since": "2026-06-20"},
						   {"type": "DELEGATES", "from": "memo-lo", "to": "memo-hi", "opportunity": "memo-b"}],
						 "opportunities": [
						   {"id": "memo-a", "name": "Memo A", "account": "memo-co", "claimedStage": "SOLUTION", "involvements": [
						     {"person": "memo-hi", "role": "DECISION_MAKER", "assessments": [{"at": "2026-06-10", "stage": "COMMERCIAL"}]},
						     {"person": "memo-lo", "role": "APPROVER", "assessments": [{"at": "2026-06-10", "stage": "INTENT"}]}]},
						   {"id": "memo-b", "name": "Memo B", "account": "memo-co", "claimedStage": "SOLUTION", "involvements": [
						     {"person": "memo-hi", "role": "DECISION_MAKER", "assessments": [{"at": "2026-06-10", "stage": "COMMERCIAL"}]},
						     {"person": "memo-lo", "role": "APPROVER", "assessments": [{"at": "2026-06-10", "stage": "INTENT"}]}]}]}
						""");

		Map<String, DealAnalysis> scanned = this.analysis.portfolio(AS_OF, Language.EN, (done, total) -> {
		}, 100)
			.stream()
			.filter((deal) -> deal.opportunity().startsWith("memo-"))
			.collect(Collectors.toMap(DealAnalysis::opportunity, Function.identity()));

		DealAnalysis a = scanned.get("memo-a");
		assertThat(a.effectiveStage()).isEqualTo(Stage.INTENT);
		assertThat(a.risks()).extracting(RiskFlag::code).contains(RiskCode.STAGE_REGRESSION);
		DealAnalysis b = scanned.get("memo-b");
		assertThat(influenceOf(b, "memo-hi")).isGreaterThan(influenceOf(a, "memo-hi") + 0.1);
		for (DealAnalysis deal : scanned.values()) {
			assertThat(deal.toJson()).isEqualTo(this.analysis.analyze(deal.opportunity(), AS_OF, Language.EN).toJson());
		}
	}

	private static double influenceOf(DealAnalysis deal, String person) {
		return deal.influence().stream().filter((p) -> p.person().equals(person)).findFirst().orElseThrow().influence();
	}

}

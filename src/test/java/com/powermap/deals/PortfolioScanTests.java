package com.powermap.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.bench.PortfolioGenerator;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

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

}

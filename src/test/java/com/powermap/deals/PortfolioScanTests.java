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

}

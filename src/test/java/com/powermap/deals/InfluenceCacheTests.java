package com.powermap.deals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.PowermapTest;
import com.powermap.TestGraph;
import com.powermap.base.Language;
import com.powermap.exchange.ExchangeService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Influence is cached by account, deal and date: the Huaxin deal as of 2016-03-13, where
 * the GM is the most influential person (the VP and the finance director report to them,
 * the controller and the finance director influence them), analysed again after an import
 * that makes the GM defer to the buyer with strength 1 (the buyer now gets what the GM
 * passes on, so the buyer's influence rises) and after a what-if doing the same.
 */
@PowermapTest
class InfluenceCacheTests {

	static final LocalDate AS_OF = LocalDate.parse("2016-03-13");

	static final String BUYER_INFLUENCES_GM = """
			{"format": "powermap/v1", "asOf": "2016-03-13",
			 "relationships": [{"type": "INFLUENCES", "from": "buyer", "to": "gm", "strength": 1.0,
			                    "since": "2016-01-01"}]}
			""";

	@Autowired
	ExchangeService exchange;

	@Autowired
	AnalysisService analysis;

	@Autowired
	WhatIfService whatIf;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void huaxin() {
		TestGraph.clean(this.client);
		this.exchange.importJson(TestGraph.resource("fixtures/huaxin-mes.json"));
	}

	@Test
	void an_import_changes_the_influence_of_the_next_analysis() {
		double before = influenceOf("buyer", this.analysis.analyze("mes", AS_OF, Language.EN));

		this.exchange.importJson(BUYER_INFLUENCES_GM);

		double after = influenceOf("buyer", this.analysis.analyze("mes", AS_OF, Language.EN));
		assertThat(after).isGreaterThan(before + 0.01);
	}

	@Test
	void a_what_if_sees_its_hypothesis_and_leaves_the_next_analysis_as_it_was() {
		DealAnalysis first = this.analysis.analyze("mes", AS_OF, Language.EN);

		WhatIfService.WhatIf tried = this.whatIf.whatIf("mes", BUYER_INFLUENCES_GM, Language.EN);

		assertThat(influenceOf("buyer", tried.after())).isGreaterThan(influenceOf("buyer", first) + 0.01);
		DealAnalysis again = this.analysis.analyze("mes", AS_OF, Language.EN);
		assertThat(again.influence()).isEqualTo(first.influence());
		assertThat(again.toJson()).isEqualTo(first.toJson());
	}

	private static double influenceOf(String person, DealAnalysis analysis) {
		List<DealAnalysis.PersonInfluence> found = analysis.influence()
			.stream()
			.filter((p) -> p.person().equals(person))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0).influence();
	}

}

package com.powermap.deals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random but valid {@code powermap/v1} documents: one customer with a reporting tree,
 * some influence, a delegation, our engagements, a competitor tie and one or two deals
 * with assessment histories. Built with jqwik's generators from a seed, so that every run
 * sees the same documents.
 */
final class RandomDeals {

	static final String[] STAGES = { "TARGET", "INTENT", "APPROVAL", "SOLUTION", "COMMERCIAL" };

	static final String[] ATTITUDES = { "CHAMPION", "SUPPORTER", "NEUTRAL", "SKEPTIC", "OPPONENT" };

	static final String[] ROLES = { "DECISION_MAKER", "APPROVER", "EVALUATOR", "USER", "INFLUENCER", "GATEKEEPER" };

	private RandomDeals() {
	}

	static Arbitrary<Map<String, Object>> documents() {
		return Arbitraries.longs().map(RandomDeals::document);
	}

	static List<Map<String, Object>> sample(long seed, int count) {
		Random random = new Random(seed);
		List<Map<String, Object>> documents = new ArrayList<>();
		var generator = documents().generator(1000);
		for (int i = 0; i < count; i++) {
			documents.add(generator.next(random).value());
		}
		return documents;
	}

	static Map<String, Object> document(long seed) {
		Random random = new Random(seed);
		int n = 2 + random.nextInt(14);
		List<Map<String, Object>> people = new ArrayList<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Map<String, Object> person = map("id", "c" + i, "name", "Person " + i, "org", "cust");
			if (random.nextInt(10) == 0) {
				person.put("leftAt", "2026-0" + (1 + random.nextInt(6)) + "-15");
			}
			people.add(person);
			if (i > 0 && random.nextInt(6) != 0) {
				relationships.add(map("type", "REPORTS_TO", "from", "c" + i, "to", "c" + random.nextInt(i)));
			}
		}
		people.add(map("id", "me", "name", "Me", "org", "us"));
		people.add(map("id", "cons", "name", "Consultant", "org", "us"));
		people.add(map("id", "rival", "name", "Rival", "org", "comp"));
		java.util.Set<String> influences = new java.util.HashSet<>();
		for (int k = 0; k < n; k++) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a != b && influences.add(a + ">" + b)) {
				Map<String, Object> influence = map("type", "INFLUENCES", "from", "c" + a, "to", "c" + b);
				influence.put("strength", (1 + random.nextInt(100)) / 100.0);
				if (random.nextBoolean()) {
					influence.put("since", "2026-0" + (1 + random.nextInt(6)) + "-01");
				}
				relationships.add(influence);
			}
		}
		if (n > 1) {
			Map<String, Object> delegation = map("type", "DELEGATES", "from", "c0", "to", "c1");
			delegation.put("opportunity", random.nextBoolean() ? "deal1" : null);
			relationships.add(delegation);
		}
		Map<String, Object> knows = map("type", "KNOWS", "from", "c" + random.nextInt(n), "to", "rival");
		relationships.add(knows);
		java.util.Set<String> engaged = new java.util.HashSet<>();
		for (int k = 0; k < n; k++) {
			String from = random.nextBoolean() ? "me" : "cons";
			String to = "c" + random.nextInt(n);
			String at = "2026-0" + (1 + random.nextInt(6)) + "-" + (10 + random.nextInt(18));
			if (engaged.add(from + to + at)) {
				Map<String, Object> engagement = map("type", "ENGAGED", "from", from, "to", to);
				engagement.put("at", at);
				relationships.add(engagement);
			}
		}
		List<Map<String, Object>> opportunities = new ArrayList<>();
		for (int d = 1; d <= 1 + random.nextInt(2); d++) {
			List<Map<String, Object>> involvements = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (random.nextInt(3) == 0) {
					continue;
				}
				List<Map<String, Object>> assessments = new ArrayList<>();
				int history = random.nextInt(4);
				for (int h = 0; h < history; h++) {
					Map<String, Object> assessment = map("at", "2026-0" + (1 + h * 2) + "-" + (10 + random.nextInt(18)),
							"stage", random.nextInt(4) == 0 ? null : STAGES[random.nextInt(STAGES.length)], "attitude",
							random.nextInt(3) == 0 ? null : ATTITUDES[random.nextInt(ATTITUDES.length)]);
					assessments.add(assessment);
				}
				Map<String, Object> involvement = map("person", "c" + i, "role", ROLES[random.nextInt(ROLES.length)],
						"assessments", assessments);
				involvements.add(involvement);
			}
			Map<String, Object> opportunity = map("id", "deal" + d, "name", "Deal " + d, "account", "cust");
			opportunity.put("claimedStage", STAGES[random.nextInt(STAGES.length)]);
			opportunity.put("amount", 1000 * (1 + random.nextInt(500)));
			opportunity.put("involvements", involvements);
			opportunities.add(opportunity);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", "powermap/v1");
		document.put("organizations",
				List.of(map("id", "cust", "name", "Customer", "kind", "CUSTOMER"),
						map("id", "us", "name", "Us", "kind", "SELF"),
						map("id", "comp", "name", "Rival Inc", "kind", "COMPETITOR")));
		document.put("people", people);
		document.put("relationships", relationships);
		document.put("opportunities", opportunities);
		return document;
	}

	private static Map<String, Object> map(Object... entries) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			map.put((String) entries[i], entries[i + 1]);
		}
		return map;
	}

}

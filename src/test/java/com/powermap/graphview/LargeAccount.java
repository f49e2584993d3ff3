package com.powermap.graphview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A generated account for the graph's cap: a customer "big" of {@code size} people in a
 * five-way tree (b(i) reports to b((i - 1) / 5)), in five departments by i mod 5; our KAM
 * who met b0, the decision-maker of "big-deal"; and, if asked for, a competitor "rivals"
 * whose people each know one person of the account.
 */
public final class LargeAccount {

	private LargeAccount() {
	}

	/**
	 * The account as a {@code powermap/v1} document.
	 * @param size how many people the customer has
	 * @param rivalsOfManagers how many rivals r(k) know b(k), from b0 on (the most
	 * influential)
	 * @param rivalsOfLeaves how many further rivals know b(size - 1), b(size - 2) and so
	 * on (leaves of the tree, among the least influential)
	 */
	public static String json(int size, int rivalsOfManagers, int rivalsOfLeaves) {
		List<Map<String, Object>> people = new ArrayList<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			people.add(Map.of("id", "b" + i, "name", "Person " + i, "department", "D" + (i % 5), "org", "big"));
			if (i > 0) {
				relationships.add(Map.of("type", "REPORTS_TO", "from", "b" + i, "to", "b" + ((i - 1) / 5)));
			}
		}
		for (int k = 0; k < rivalsOfManagers + rivalsOfLeaves; k++) {
			int known = (k < rivalsOfManagers) ? k : size - 1 - (k - rivalsOfManagers);
			people.add(Map.of("id", "r" + k, "name", "Rival " + k, "org", "rivals"));
			relationships.add(Map.of("type", "KNOWS", "from", "r" + k, "to", "b" + known));
		}
		people.add(Map.of("id", "kam", "name", "Our KAM", "org", "ours"));
		relationships.add(Map.of("type", "ENGAGED", "from", "kam", "to", "b0", "at", "2016-03-01"));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", "powermap/v1");
		document.put("organizations",
				List.of(Map.of("id", "big", "name", "Big Corp", "kind", "CUSTOMER"),
						Map.of("id", "ours", "name", "Us", "kind", "SELF"),
						Map.of("id", "rivals", "name", "Rival Corp", "kind", "COMPETITOR")));
		document.put("people", people);
		document.put("relationships", relationships);
		document.put("opportunities",
				List.of(Map.of("id", "big-deal", "name", "Big deal", "account", "big", "claimedStage", "SOLUTION",
						"involvements", List.of(Map.of("person", "b0", "role", "DECISION_MAKER", "assessments",
								List.of(Map.of("at", "2016-03-01", "stage", "SOLUTION", "attitude", "SUPPORTER")))))));
		return JsonMapper.builder().build().writeValueAsString(document);
	}

}

package com.powermap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the demo's large enterprise, "Kestrel Chemicals": about 300 people in a
 * six-level hierarchy across departments, informal influence, ties to a competitor, our
 * engagements over the last months and two opportunities. Deterministic for a seed; dates
 * count back from {@code today} so the demo's reach and regression windows have something
 * to show whenever it is started.
 */
final class LargeAccountGenerator {

	private static final String[] DEPARTMENTS = { "Production", "Finance", "IT", "Supply Chain", "Quality", "Sales",
			"R&D", "HR" };

	private static final String[] FIRST = { "Anna", "Ben", "Chen", "Dana", "Elif", "Femi", "Greta", "Hugo", "Ines",
			"Jonas", "Kaya", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uwe", "Vera",
			"Wei", "Yara", "Zoe" };

	private static final String[] LAST = { "Albrecht", "Brandt", "Costa", "Dietrich", "Eriksen", "Fischer", "Garcia",
			"Hoffmann", "Ivanova", "Jansen", "Keller", "Lindqvist", "Moreau", "Nowak", "Okafor", "Petrov", "Rossi",
			"Schulz", "Tanaka", "Varga", "Wagner", "Yilmaz", "Zhou" };

	private static final String[] STAGES = { "INTENT", "APPROVAL", "SOLUTION", "COMMERCIAL" };

	private static final String[] ATTITUDES = { "CHAMPION", "SUPPORTER", "NEUTRAL", "NEUTRAL", "SKEPTIC", "OPPONENT" };

	private LargeAccountGenerator() {
	}

	static Map<String, Object> generate(long seed, LocalDate today) {
		Random random = new Random(seed);
		List<Map<String, Object>> people = new ArrayList<>();
		List<Map<String, Object>> relationships = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		List<Integer> level = new ArrayList<>();
		List<String> department = new ArrayList<>();

		ids.add("kc-ceo");
		level.add(0);
		department.add("Management");
		people.add(person("kc-ceo", name(random), "Chief Executive Officer", "Management", "kestrel"));
		// Level 1: one head per department; below them directors, managers, team leads
		// and staff.
		int[] fanOut = { 8, 4, 4, 3, 3 };
		String[] titles = { "Vice President", "Director", "Manager", "Team Lead", "Specialist" };
		List<Integer> frontier = List.of(0);
		for (int depth = 1; depth <= fanOut.length && ids.size() < 300; depth++) {
			List<Integer> next = new ArrayList<>();
			for (int parent : frontier) {
				int children = (depth == 1) ? DEPARTMENTS.length : 1 + random.nextInt(fanOut[depth - 1]);
				for (int c = 0; c < children && ids.size() < 300; c++) {
					String dept = (depth == 1) ? DEPARTMENTS[c] : department.get(parent);
					String id = "kc-" + ids.size();
					ids.add(id);
					level.add(depth);
					department.add(dept);
					people.add(person(id, name(random), titles[depth - 1] + ", " + dept, dept, "kestrel"));
					relationships.add(relationship("REPORTS_TO", id, ids.get(parent)));
					next.add(ids.size() - 1);
				}
			}
			frontier = next;
		}
		// Informal influence: experts who have the ear of someone higher up in their
		// department, or
		// of the CEO.
		java.util.Set<String> influences = new java.util.HashSet<>();
		for (int i = 1; i < ids.size(); i++) {
			if (random.nextInt(4) != 0) {
				continue;
			}
			int target = random.nextInt(ids.size());
			boolean above = level.get(target) < level.get(i)
					&& (target == 0 || department.get(target).equals(department.get(i)));
			if (target != i && above && influences.add(ids.get(i) + ">" + ids.get(target))) {
				Map<String, Object> influence = relationship("INFLUENCES", ids.get(i), ids.get(target));
				influence.put("strength", Math.round((0.2 + random.nextDouble() * 0.7) * 100) / 100.0);
				relationships.add(influence);
			}
		}
		// The CEO delegates the digitalization program to the head of IT.
		Map<String, Object> delegation = relationship("DELEGATES", "kc-ceo", "kc-3");
		delegation.put("opportunity", "kc-mes");
		delegation.put("note", "Runs the plant digitalization program");
		relationships.add(delegation);

		// A competitor whose sales director knows two of the top managers.
		people.add(person("vt-sales", "Victor Trent", "Sales Director", "Sales", "vantage"));
		people.add(person("vt-pre", "Mia Holt", "Presales Engineer", "Presales", "vantage"));
		Map<String, Object> knowsCeo = relationship("KNOWS", "kc-ceo", "vt-sales");
		knowsCeo.put("strength", 0.7);
		knowsCeo.put("context", "Former colleagues at a chemicals group");
		relationships.add(knowsCeo);
		Map<String, Object> knowsIt = relationship("KNOWS", "kc-3", "vt-pre");
		knowsIt.put("strength", 0.4);
		knowsIt.put("context", "Met at a vendor workshop");
		knowsIt.put("since", today.minusDays(40).toString());
		relationships.add(knowsIt);

		// Our people and their engagements over the last seven months.
		people.add(person("me", "Key Account Manager", "Key Account Manager", "Sales", "us"));
		people.add(person("cons", "Solution Consultant", "Solution Consultant", "Consulting", "us"));
		String[] channels = { "MEETING", "CALL", "WORKSHOP", "PRESENTATION", "EVENT" };
		java.util.Set<String> engagements = new java.util.HashSet<>();
		for (int e = 0; e < 60; e++) {
			String target = ids.get(random.nextInt(Math.min(ids.size(), 80)));
			Map<String, Object> engaged = relationship("ENGAGED", (e % 3 == 0) ? "cons" : "me", target);
			engaged.put("at", today.minusDays(1 + (e * 211L) % 210).toString());
			engaged.put("channel", channels[random.nextInt(channels.length)]);
			if (engagements.add(engaged.get("from") + "|" + target + "|" + engaged.get("at"))) {
				relationships.add(engaged);
			}
		}

		List<Map<String, Object>> opportunities = List.of(
				opportunity(random, today, "kc-mes", "Plant digitalization (MES rollout)", "COMMERCIAL", 2_400_000, ids,
						12),
				opportunity(random, today, "kc-lims", "Laboratory information system", "SOLUTION", 380_000, ids, 7));

		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", "powermap/v1");
		document.put("asOf", today.toString());
		document.put("organizations",
				List.of(organization("kestrel", "Kestrel Chemicals", "CUSTOMER"),
						organization("vantage", "Vantage Industrial Software", "COMPETITOR"),
						organization("us", "Our Company", "SELF")));
		document.put("people", people);
		document.put("relationships", relationships);
		document.put("opportunities", opportunities);
		return document;
	}

	private static Map<String, Object> opportunity(Random random, LocalDate today, String id, String name,
			String claimed, long amount, List<String> ids, int involved) {
		List<Map<String, Object>> involvements = new ArrayList<>();
		String[] roles = { "DECISION_MAKER", "APPROVER", "EVALUATOR", "EVALUATOR", "USER", "USER", "INFLUENCER",
				"GATEKEEPER" };
		List<String> chosen = new ArrayList<>(List.of("kc-ceo", "kc-2", "kc-3"));
		while (chosen.size() < involved) {
			String candidate = ids.get(1 + random.nextInt(Math.min(ids.size() - 1, 60)));
			if (!chosen.contains(candidate)) {
				chosen.add(candidate);
			}
		}
		for (int i = 0; i < chosen.size(); i++) {
			List<Map<String, Object>> assessments = new ArrayList<>();
			int history = 1 + random.nextInt(3);
			long daysBack = 150;
			for (int a = 0; a < history; a++) {
				daysBack = daysBack - 10 - random.nextInt(40);
				Map<String, Object> assessment = new LinkedHashMap<>();
				assessment.put("at", today.minusDays(Math.max(1, daysBack)).toString());
				assessment.put("stage", STAGES[Math.min(STAGES.length - 1, a + random.nextInt(2))]);
				assessment.put("attitude", ATTITUDES[random.nextInt(ATTITUDES.length)]);
				assessments.add(assessment);
				if (daysBack <= 1) {
					break;
				}
			}
			Map<String, Object> involvement = new LinkedHashMap<>();
			involvement.put("person", chosen.get(i));
			involvement.put("role", (i < roles.length) ? roles[i] : "USER");
			// One in four people has not been assessed yet.
			involvement.put("assessments", (i > 2 && random.nextInt(4) == 0) ? List.of() : assessments);
			involvements.add(involvement);
		}
		Map<String, Object> opportunity = new LinkedHashMap<>();
		opportunity.put("id", id);
		opportunity.put("name", name);
		opportunity.put("account", "kestrel");
		opportunity.put("claimedStage", claimed);
		opportunity.put("amount", amount);
		opportunity.put("currency", "EUR");
		opportunity.put("involvements", involvements);
		return opportunity;
	}

	private static String name(Random random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

	private static Map<String, Object> organization(String id, String name, String kind) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("id", id);
		organization.put("name", name);
		organization.put("kind", kind);
		return organization;
	}

	private static Map<String, Object> person(String id, String name, String title, String department, String org) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", id);
		person.put("name", name);
		person.put("title", title);
		person.put("department", department);
		person.put("org", org);
		return person;
	}

	private static Map<String, Object> relationship(String type, String from, String to) {
		Map<String, Object> relationship = new LinkedHashMap<>();
		relationship.put("type", type);
		relationship.put("from", from);
		relationship.put("to", to);
		return relationship;
	}

}

package com.powermap.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.DealAnalysis;
import com.powermap.graphview.GraphFilter;
import com.powermap.graphview.GraphPayload;

/**
 * The influence graph of an analysed deal from the floor's arrays, unfiltered, as the
 * deal page first shows it (README, "The influence graph"): the people of the account who
 * have not left as of the analysis date; the people of other organizations, not left, who
 * KNOW one of them (a tie existing on the date, either direction) or ENGAGED one of them
 * on or before the date; the relationships between all of these existing on the date
 * (DELEGATES for all deals or this one, ENGAGED on or before the date), one edge per
 * type, from and to, with the highest strength and the count and latest day of the
 * ENGAGED. At most {@link #MAX_PEOPLE} people: the account's by influence (highest first,
 * then id) and, among them, at most {@link #MAX_OUTSIDE} outside people tied by a
 * relationship to an account person shown, by id; the account's people make room for
 * them. Influence, role, attitude and stage come from the analysis given. Edges carry no
 * note (the floor does not keep them).
 */
public final class FloorGraphPayload {

	/** The most people one graph shows. */
	static final int MAX_PEOPLE = 2000;

	/** Of those, the most that may come from other organizations. */
	static final int MAX_OUTSIDE = MAX_PEOPLE / 10;

	private static final String[] TYPE_NAMES = { "REPORTS_TO", "INFLUENCES", "DELEGATES", "KNOWS", "ENGAGED" };

	private static final byte ACCOUNT = 1;

	private static final byte OUTSIDE = 2;

	private final FloorGraph graph;

	public FloorGraphPayload(FloorGraph graph) {
		this.graph = graph;
	}

	/** The unfiltered graph of an analysed deal, as of the analysis date. */
	public GraphPayload forDeal(DealAnalysis deal) {
		FloorGraph g = this.graph;
		Integer org = g.organization(deal.account());
		if (org == null) {
			throw new IllegalArgumentException("the floor has no account \"" + deal.account() + "\"");
		}
		FloorGraph.Deal opportunity = g.deal(deal.opportunity());
		int slot = (opportunity != null) ? opportunity.slot() : FloorGraph.NONE;
		int t = (int) deal.asOf().toEpochDay();
		byte[] kind = new byte[g.people];

		List<Integer> account = new ArrayList<>();
		for (int x = g.memberStart[org]; x < g.memberStart[org + 1]; x++) {
			int p = g.members[x];
			if (g.present(p, t)) {
				account.add(p);
				kind[p] = ACCOUNT;
			}
		}
		List<Integer> outside = new ArrayList<>();
		for (int a : account) {
			for (int y = g.outStart[a]; y < g.outStart[a + 1]; y++) {
				int e = g.outEdges[y];
				if (g.type[e] == FloorGraph.KNOWS) {
					addOutside(g, kind, outside, org, g.to[e], e, t);
				}
			}
			for (int y = g.inStart[a]; y < g.inStart[a + 1]; y++) {
				int e = g.inEdges[y];
				if (g.type[e] == FloorGraph.KNOWS || (g.type[e] == FloorGraph.ENGAGED && g.day[e] <= t)) {
					addOutside(g, kind, outside, org, g.from[e], e, t);
				}
			}
		}

		List<Integer> everyone = new ArrayList<>(account);
		everyone.addAll(outside);
		List<Edge> edges = edges(g, kind, everyone, slot, t);

		Map<String, Double> influence = new HashMap<>();
		deal.influence().forEach((p) -> influence.put(p.person(), p.influence()));
		double[] rank = new double[g.people];
		for (int p : account) {
			rank[p] = influence.getOrDefault(g.personIds[p], 0.0);
		}
		List<Integer> ranked = new ArrayList<>(account);
		ranked.sort((a, b) -> (Double.compare(rank[b], rank[a]) != 0) ? Double.compare(rank[b], rank[a])
				: g.personIds[a].compareTo(g.personIds[b]));

		List<Integer> outsideShown = tiedOutside(g, firstOf(ranked, MAX_PEOPLE), outside, edges);
		List<Integer> accountShown = firstOf(ranked, MAX_PEOPLE - outsideShown.size());
		outsideShown = tiedOutside(g, accountShown, outsideShown, edges);

		boolean[] shown = new boolean[g.people];
		accountShown.forEach((p) -> shown[p] = true);
		outsideShown.forEach((p) -> shown[p] = true);
		Map<String, DealAnalysis.Stakeholder> stakeholders = new HashMap<>();
		deal.stakeholders().forEach((s) -> stakeholders.put(s.person(), s));
		List<GraphPayload.Person> people = new ArrayList<>();
		Map<String, GraphPayload.Organization> organizations = new LinkedHashMap<>();
		for (int p : accountShown) {
			people.add(person(g, p, rank[p], stakeholders.get(g.personIds[p])));
			organization(g, organizations, p);
		}
		List<Integer> others = new ArrayList<>(outsideShown);
		others.sort(Comparator.comparing((Integer p) -> g.orgIds.get(g.personOrg[p])));
		for (int p : others) {
			people.add(person(g, p, 0.0, null));
			organization(g, organizations, p);
		}
		List<GraphPayload.Edge> shownEdges = new ArrayList<>();
		for (Edge e : edges) {
			if (shown[e.from()] && shown[e.to()]) {
				shownEdges.add(new GraphPayload.Edge(TYPE_NAMES[e.type()], g.personIds[e.from()], g.personIds[e.to()],
						Double.isNaN(e.strength()) ? null : e.strength(), null,
						(e.lastDay() == Integer.MIN_VALUE) ? null : LocalDate.ofEpochDay(e.lastDay()).toString(),
						e.count()));
			}
		}
		TreeSet<String> departments = new TreeSet<>();
		List<GraphPayload.Choice> choices = new ArrayList<>();
		for (int p : account) {
			if (g.personDepartments[p] != null) {
				departments.add(g.personDepartments[p]);
			}
			choices.add(new GraphPayload.Choice(g.personIds[p], g.personNames[p]));
		}
		choices.sort(Comparator.comparing(GraphPayload.Choice::name).thenComparing(GraphPayload.Choice::id));
		return new GraphPayload(deal.opportunity(), deal.account(), deal.asOf(), List.copyOf(organizations.values()),
				List.copyOf(people), List.copyOf(shownEdges), account.size(), accountShown.size() < ranked.size(),
				GraphFilter.NONE, List.copyOf(departments), List.copyOf(choices));
	}

	/** The relationships of one type from one person to another, merged. */
	private record Edge(byte type, int from, int to, double strength, int lastDay, int count) {
	}

	private static void addOutside(FloorGraph g, byte[] kind, List<Integer> outside, int org, int p, int e, int t) {
		if (kind[p] == 0 && g.personOrg[p] != org && g.present(p, t) && g.exists(e, t)) {
			kind[p] = OUTSIDE;
			outside.add(p);
		}
	}

	/**
	 * The relationships between the people marked in {@code kind} existing on day t, one
	 * per type, from and to (each person's, grouped by type and whom they go to).
	 */
	private static List<Edge> edges(FloorGraph g, byte[] kind, List<Integer> everyone, int slot, int t) {
		List<Edge> edges = new ArrayList<>();
		int[] found = new int[16];
		for (int a : everyone) {
			int n = 0;
			for (int y = g.outStart[a]; y < g.outStart[a + 1]; y++) {
				int e = g.outEdges[y];
				int b = g.to[e];
				if (kind[b] != 0 && a != b && g.exists(e, t) && (g.type[e] != FloorGraph.ENGAGED || g.day[e] <= t)
						&& (g.type[e] != FloorGraph.DELEGATES || g.opportunity[e] == FloorGraph.NONE
								|| g.opportunity[e] == slot)) {
					if (n == found.length) {
						found = Arrays.copyOf(found, n * 2);
					}
					// Insertion by type, then whom it goes to: a person has few.
					int i = n++;
					for (; i > 0 && order(g, found[i - 1], e) > 0; i--) {
						found[i] = found[i - 1];
					}
					found[i] = e;
				}
			}
			for (int i = 0; i < n;) {
				int first = found[i];
				double strength = Double.NaN;
				int lastDay = Integer.MIN_VALUE;
				int count = 0;
				for (; i < n && order(g, first, found[i]) == 0; i++) {
					int e = found[i];
					if (!Double.isNaN(g.strength[e]) && (Double.isNaN(strength) || g.strength[e] > strength)) {
						strength = g.strength[e];
					}
					if (g.type[e] == FloorGraph.ENGAGED) {
						lastDay = Math.max(lastDay, g.day[e]);
					}
					count++;
				}
				edges.add(new Edge(g.type[first], a, g.to[first], strength, lastDay, count));
			}
		}
		return edges;
	}

	/** Orders two relationships from one person by type, then by whom they go to. */
	private static int order(FloorGraph g, int e, int f) {
		return (g.type[e] != g.type[f]) ? Byte.compare(g.type[e], g.type[f]) : Integer.compare(g.to[e], g.to[f]);
	}

	/**
	 * The outside people among {@code candidates} with a relationship to one of the
	 * account people shown, by id, at most {@link #MAX_OUTSIDE}.
	 */
	private static List<Integer> tiedOutside(FloorGraph g, List<Integer> accountShown, List<Integer> candidates,
			List<Edge> edges) {
		boolean[] shown = new boolean[g.people];
		accountShown.forEach((p) -> shown[p] = true);
		boolean[] candidate = new boolean[g.people];
		candidates.forEach((p) -> candidate[p] = true);
		boolean[] tied = new boolean[g.people];
		List<Integer> found = new ArrayList<>();
		for (Edge e : edges) {
			for (int[] ends : new int[][] { { e.from(), e.to() }, { e.to(), e.from() } }) {
				if (shown[ends[0]] && candidate[ends[1]] && !tied[ends[1]]) {
					tied[ends[1]] = true;
					found.add(ends[1]);
				}
			}
		}
		found.sort(Comparator.comparing((Integer p) -> g.personIds[p]));
		return firstOf(found, MAX_OUTSIDE);
	}

	private static List<Integer> firstOf(List<Integer> list, int n) {
		return List.copyOf(list.subList(0, Math.min(n, list.size())));
	}

	private static GraphPayload.Person person(FloorGraph g, int p, double influence,
			DealAnalysis.@Nullable Stakeholder stakeholder) {
		return new GraphPayload.Person(g.personIds[p], g.personNames[p], g.personTitles[p], g.personDepartments[p],
				g.orgIds.get(g.personOrg[p]), g.orgKinds.get(g.personOrg[p]).name(), influence,
				(stakeholder != null) ? stakeholder.role().name() : null,
				(stakeholder != null && stakeholder.attitude() != null) ? stakeholder.attitude().name() : null,
				(stakeholder != null && stakeholder.stage() != null) ? stakeholder.stage().name() : null);
	}

	private static void organization(FloorGraph g, Map<String, GraphPayload.Organization> organizations, int p) {
		int o = g.personOrg[p];
		organizations.computeIfAbsent(g.orgIds.get(o),
				(id) -> new GraphPayload.Organization(id, g.orgNames.get(o), g.orgKinds.get(o).name()));
	}

}

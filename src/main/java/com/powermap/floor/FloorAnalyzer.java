package com.powermap.floor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.DealAnalysis;
import com.powermap.deals.Participation;
import com.powermap.deals.Stage;
import com.powermap.organization.OrganizationKind;
import com.powermap.risk.RiskCode;
import com.powermap.risk.RiskFlag;

/**
 * DOMAIN.md section 3 over a {@link FloorGraph}: influence, effective stage, reach, warm
 * paths, risk flags and the portfolio scan, written from the specification alone. Not
 * thread-safe: it keeps scratch arrays the size of the graph to avoid allocating them per
 * analysis.
 */
public final class FloorAnalyzer {

	private static final double TOLERANCE = 1e-10;

	private static final int MAX_ITERATIONS = 100;

	private static final int MAX_PATH = 6;

	private final FloorGraph graph;

	private final Settings settings;

	/** Local index of a person inside the current V, or -1. */
	private final int[] local;

	/** Distance to the target of a warm path search, or -1. */
	private final int[] distance;

	private final boolean[] blocked;

	/**
	 * The weights and windows of DOMAIN.md section 3 (the defaults of
	 * {@code powermap.analysis}).
	 */
	public record Settings(double reportsToWeight, double delegationWeight, double damping, int reachWindowDays,
			int regressionWindowDays) {
	}

	public FloorAnalyzer(FloorGraph graph, Settings settings) {
		this.graph = graph;
		this.settings = settings;
		this.local = new int[graph.people];
		this.distance = new int[graph.people];
		this.blocked = new boolean[graph.people];
		Arrays.fill(this.local, -1);
		Arrays.fill(this.distance, -1);
	}

	/** The people of V with their influence, and the involvements, as of one day. */
	private record Snapshot(int day, int[] people, double[] influence, List<Involved> involved) {

		double influenceOf(int person) {
			int i = Arrays.binarySearch(this.people, person);
			return (i >= 0) ? this.influence[i] : 0.0;
		}

		boolean contains(int person) {
			return Arrays.binarySearch(this.people, person) >= 0;
		}

	}

	private record Involved(int person, BuyingRole role, @Nullable Stage stage, @Nullable LocalDate stageSince,
			@Nullable Attitude attitude, @Nullable Participation participation) {
	}

	/** Every open opportunity analysed, by risk score, then amount, then id. */
	public List<DealAnalysis> portfolio(LocalDate asOf) {
		List<DealAnalysis> analyses = new ArrayList<>();
		for (FloorGraph.Deal deal : this.graph.deals) {
			if (deal != null && deal.claimedStage() != Stage.CLOSED) {
				analyses.add(analyze(deal, asOf));
			}
		}
		analyses.sort(Comparator.comparingInt(DealAnalysis::riskScore)
			.reversed()
			.thenComparing((DealAnalysis a) -> (a.amount() != null) ? a.amount().doubleValue() : 0.0,
					Comparator.reverseOrder())
			.thenComparing(DealAnalysis::opportunity));
		return analyses;
	}

	/** One opportunity as of a date. */
	public DealAnalysis analyze(String opportunity, LocalDate asOf) {
		FloorGraph.Deal deal = this.graph.deal(opportunity);
		if (deal == null) {
			throw new IllegalArgumentException("the floor has no opportunity \"" + opportunity + "\"");
		}
		return analyze(deal, asOf);
	}

	private DealAnalysis analyze(FloorGraph.Deal deal, LocalDate asOf) {
		FloorGraph g = this.graph;
		int t = (int) asOf.toEpochDay();
		Snapshot now = snapshot(deal, t);
		Involved most = mostInfluential(now);
		Stage effective = (most != null) ? most.stage() : null;
		Integer gap = (effective != null) ? deal.claimedStage().ordinal() - effective.ordinal() : null;
		Double weighted = null;
		double sum = 0;
		double weight = 0;
		boolean any = false;
		for (Involved i : now.involved()) {
			if (i.stage() != null) {
				double influence = now.influenceOf(i.person());
				sum += influence * i.stage().ordinal();
				weight += influence;
				any = true;
			}
		}
		if (any && weight != 0) {
			weighted = sum / weight;
		}

		List<DealAnalysis.PersonInfluence> influence = new ArrayList<>();
		for (int i = 0; i < now.people().length; i++) {
			influence.add(new DealAnalysis.PersonInfluence(g.personIds[now.people()[i]], now.influence()[i]));
		}
		influence.sort(byInfluence(DealAnalysis.PersonInfluence::influence, DealAnalysis.PersonInfluence::person));

		// Reach.
		int windowStart = t - this.settings.reachWindowDays();
		int[] lastEngaged = new int[now.involved().size()];
		Set<Integer> reached = new HashSet<>();
		for (int k = 0; k < now.involved().size(); k++) {
			int p = now.involved().get(k).person();
			int last = Integer.MIN_VALUE;
			for (int x = g.inStart[p]; x < g.inStart[p + 1]; x++) {
				int e = g.inEdges[x];
				if (g.type[e] == FloorGraph.ENGAGED && g.day[e] <= t && g.kindOf(g.from[e]) == OrganizationKind.SELF) {
					last = Math.max(last, g.day[e]);
				}
			}
			lastEngaged[k] = last;
			if (last != Integer.MIN_VALUE && last > windowStart) {
				reached.add(p);
			}
		}

		List<RiskFlag> risks = new ArrayList<>();
		if (gap != null && gap >= 1 && most != null) {
			risks.add(new RiskFlag(RiskCode.STAGE_OVERSTATED, 3 * gap, List.of(g.personIds[most.person()]),
					"claimed " + deal.claimedStage() + ", effective " + effective));
		}
		List<DealAnalysis.UnreachedDecisionMaker> unreached = unreached(now, reached, lastEngaged, windowStart);
		for (DealAnalysis.UnreachedDecisionMaker u : unreached) {
			risks.add(new RiskFlag(RiskCode.UNREACHED_DECISION_MAKER, 3, List.of(u.person()),
					u.person() + " is not reached"));
		}
		if (now.involved().size() >= 2 && reached.size() <= 1) {
			risks.add(new RiskFlag(RiskCode.SINGLE_THREADED, 2, ids(new TreeSet<>(reached)), "single-threaded"));
		}
		List<Involved> byPower = new ArrayList<>(now.involved());
		byPower.sort(byInfluence((Involved i) -> now.influenceOf(i.person()), (Involved i) -> g.personIds[i.person()]));
		competitorTies(byPower.subList(0, Math.min(3, byPower.size())), t, risks);
		byPower.stream()
			.filter((i) -> i.attitude() != null)
			.findFirst()
			.filter((i) -> i.attitude() == Attitude.SKEPTIC || i.attitude() == Attitude.OPPONENT)
			.ifPresent((i) -> risks.add(new RiskFlag(RiskCode.OPPONENT_IN_POWER, 3, List.of(g.personIds[i.person()]),
					"the most influential person with an attitude is " + i.attitude())));
		if (now.involved().stream().noneMatch((i) -> i.attitude() == Attitude.CHAMPION)) {
			risks.add(new RiskFlag(RiskCode.NO_CHAMPION, 1, List.of(), "no champion"));
		}
		dividedCommittee(now, risks);
		if (most != null) {
			double bar = now.influenceOf(most.person());
			List<String> unassessed = byPower.stream()
				.filter((i) -> i.stage() == null && compare(now.influenceOf(i.person()), bar) > 0)
				.map((i) -> g.personIds[i.person()])
				.toList();
			if (!unassessed.isEmpty()) {
				risks.add(new RiskFlag(RiskCode.UNASSESSED_KEY_PERSON, 2, unassessed,
						"unassessed people above the most influential role"));
			}
		}
		unmappedPower(deal, now, risks);
		if (effective != null) {
			stageRegression(deal, now, effective, risks);
		}
		int score = 0;
		for (RiskFlag flag : risks) {
			score += flag.weight();
		}
		DealAnalysis.MostInfluential mostInfluential = (most != null)
				? new DealAnalysis.MostInfluential(g.personIds[most.person()], g.personNames[most.person()],
						now.influenceOf(most.person()), most.stage())
				: null;
		List<DealAnalysis.Stakeholder> stakeholders = new ArrayList<>();
		for (Involved i : byPower) {
			int k = now.involved().indexOf(i);
			stakeholders.add(new DealAnalysis.Stakeholder(g.personIds[i.person()], g.personNames[i.person()],
					g.personTitles[i.person()], i.role(), i.stage(), i.stageSince(), i.attitude(), i.participation(),
					now.influenceOf(i.person()), date(lastEngaged[k]), reached.contains(i.person())));
		}
		return new DealAnalysis(deal.id(), g.orgIds.get(deal.account()), asOf, deal.claimedStage(), effective, weighted,
				gap, mostInfluential, influence, unreached, risks, score, deal.amount(), "Computed by the floor.",
				deal.name(), g.orgNames.get(deal.account()), deal.currency(), stakeholders);
	}

	/**
	 * V, its influence and the involvements as of epoch day {@code t} (DOMAIN.md 3.1).
	 */
	private Snapshot snapshot(FloorGraph.Deal deal, int t) {
		FloorGraph g = this.graph;
		int account = deal.account();
		int count = 0;
		int[] people = new int[g.memberStart[account + 1] - g.memberStart[account]];
		for (int x = g.memberStart[account]; x < g.memberStart[account + 1]; x++) {
			int p = g.members[x];
			if (g.present(p, t)) {
				this.local[p] = count;
				people[count++] = p;
			}
		}
		people = Arrays.copyOf(people, count);
		double[] rank;
		try {
			rank = pageRank(deal, people, t);
		}
		finally {
			for (int p : people) {
				this.local[p] = -1;
			}
		}
		List<Involved> involved = new ArrayList<>();
		for (FloorGraph.Involvement i : deal.involvements()) {
			if (g.personOrg[i.person()] != account || !g.present(i.person(), t)) {
				continue;
			}
			Stage stage = null;
			LocalDate stageSince = null;
			Attitude attitude = null;
			Participation participation = null;
			for (FloorGraph.Assessment a : i.assessments()) {
				if (a.day() > t) {
					break;
				}
				if (a.stage() != null) {
					stage = a.stage();
					stageSince = LocalDate.ofEpochDay(a.day());
				}
				if (a.attitude() != null) {
					attitude = a.attitude();
				}
				if (a.participation() != null) {
					participation = a.participation();
				}
			}
			involved.add(new Involved(i.person(), i.role(), stage, stageSince, attitude, participation));
		}
		return new Snapshot(t, people, rank, List.copyOf(involved));
	}

	/** Weighted PageRank with absolute weights over the deference edges among V. */
	private double[] pageRank(FloorGraph.Deal deal, int[] people, int t) {
		FloorGraph g = this.graph;
		int n = people.length;
		if (n == 0) {
			return new double[0];
		}
		int dealSlot = deal.slot();
		int capacity = 16;
		int[] source = new int[capacity];
		int[] target = new int[capacity];
		double[] weight = new double[capacity];
		int m = 0;
		double[] total = new double[n];
		for (int a = 0; a < n; a++) {
			int p = people[a];
			for (int x = g.outStart[p]; x < g.outStart[p + 1]; x++) {
				int e = g.outEdges[x];
				byte type = g.type[e];
				if (type > FloorGraph.DELEGATES || !g.exists(e, t)) {
					continue;
				}
				int b = this.local[g.to[e]];
				if (b < 0 || b == a) {
					continue;
				}
				int deferrer;
				int deferee;
				double w;
				if (type == FloorGraph.REPORTS_TO) {
					deferrer = a;
					deferee = b;
					w = this.settings.reportsToWeight();
				}
				else if (type == FloorGraph.INFLUENCES) {
					deferrer = b;
					deferee = a;
					w = g.strength[e];
				}
				else {
					if (g.opportunity[e] != FloorGraph.NONE && g.opportunity[e] != dealSlot) {
						continue;
					}
					deferrer = a;
					deferee = b;
					w = this.settings.delegationWeight();
				}
				if (m == capacity) {
					capacity *= 2;
					source = Arrays.copyOf(source, capacity);
					target = Arrays.copyOf(target, capacity);
					weight = Arrays.copyOf(weight, capacity);
				}
				source[m] = deferrer;
				target[m] = deferee;
				weight[m] = w;
				total[deferrer] += w;
				m++;
			}
		}
		double[] share = new double[m];
		for (int k = 0; k < m; k++) {
			share[k] = weight[k] / Math.max(1.0, total[source[k]]);
		}
		double[] rest = new double[n];
		for (int i = 0; i < n; i++) {
			rest[i] = 1.0 - total[i] / Math.max(1.0, total[i]);
		}
		double d = this.settings.damping();
		double[] rank = new double[n];
		Arrays.fill(rank, 1.0 / n);
		double[] next = new double[n];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double spread = 0;
			for (int i = 0; i < n; i++) {
				spread += rank[i] * rest[i];
			}
			Arrays.fill(next, (1 - d) / n + d * spread / n);
			for (int k = 0; k < m; k++) {
				next[target[k]] += d * rank[source[k]] * share[k];
			}
			double change = 0;
			for (int i = 0; i < n; i++) {
				change += Math.abs(next[i] - rank[i]);
			}
			double[] swap = rank;
			rank = next;
			next = swap;
			if (change < TOLERANCE) {
				break;
			}
		}
		return rank;
	}

	/**
	 * DOMAIN 3.2: among the involved with a stage, the highest influence, then the lower
	 * stage, then the smaller id.
	 */
	private @Nullable Involved mostInfluential(Snapshot snapshot) {
		Involved best = null;
		for (Involved i : snapshot.involved()) {
			if (i.stage() == null) {
				continue;
			}
			if (best == null) {
				best = i;
				continue;
			}
			int c = compare(snapshot.influenceOf(i.person()), snapshot.influenceOf(best.person()));
			if (c == 0) {
				c = best.stage().compareTo(i.stage());
			}
			if (c == 0) {
				c = this.graph.personIds[best.person()].compareTo(this.graph.personIds[i.person()]);
			}
			if (c > 0) {
				best = i;
			}
		}
		return best;
	}

	private List<DealAnalysis.UnreachedDecisionMaker> unreached(Snapshot now, Set<Integer> reached, int[] lastEngaged,
			int windowStart) {
		FloorGraph g = this.graph;
		List<Integer> targets = new ArrayList<>();
		for (int k = 0; k < now.involved().size(); k++) {
			Involved i = now.involved().get(k);
			if ((i.role() == BuyingRole.DECISION_MAKER || i.role() == BuyingRole.APPROVER)
					&& !reached.contains(i.person())) {
				targets.add(k);
			}
		}
		targets.sort(byInfluence((Integer k) -> now.influenceOf(now.involved().get(k).person()),
				(Integer k) -> g.personIds[now.involved().get(k).person()]));
		List<DealAnalysis.UnreachedDecisionMaker> unreached = new ArrayList<>();
		if (targets.isEmpty()) {
			return unreached;
		}
		List<Integer> opponents = new ArrayList<>();
		for (Involved i : now.involved()) {
			if (i.attitude() == Attitude.OPPONENT) {
				opponents.add(i.person());
				this.blocked[i.person()] = true;
			}
		}
		try {
			for (int k : targets) {
				Involved target = now.involved().get(k);
				List<Integer> path = warmPath(target.person(), now.day(), windowStart);
				List<String> ids = (path != null) ? path.stream().map((p) -> g.personIds[p]).toList() : null;
				List<String> names = (path != null) ? path.stream().map((p) -> g.personNames[p]).toList() : null;
				unreached.add(new DealAnalysis.UnreachedDecisionMaker(g.personIds[target.person()], target.role(),
						now.influenceOf(target.person()), date(lastEngaged[k]), ids, names));
			}
		}
		finally {
			for (int p : opponents) {
				this.blocked[p] = false;
			}
		}
		return unreached;
	}

	/**
	 * DOMAIN 3.3: a breadth-first search from the target over the people a warm path may
	 * pass through, then the ENGAGED that reaches the search closest to the target; among
	 * equally short chains the smallest list of ids, built greedily from its first
	 * element.
	 */
	private @Nullable List<Integer> warmPath(int target, int t, int windowStart) {
		FloorGraph g = this.graph;
		int[] queue = new int[64];
		int head = 0;
		int tail = 0;
		queue[tail++] = target;
		this.distance[target] = 0;
		try {
			while (head < tail) {
				int u = queue[head++];
				int du = this.distance[u];
				if (du == MAX_PATH - 1) {
					continue;
				}
				for (int side = 0; side < 2; side++) {
					int[] start = (side == 0) ? g.outStart : g.inStart;
					int[] list = (side == 0) ? g.outEdges : g.inEdges;
					for (int x = start[u]; x < start[u + 1]; x++) {
						int e = list[x];
						if (g.type[e] == FloorGraph.ENGAGED || !g.exists(e, t)) {
							continue;
						}
						int v = (side == 0) ? g.to[e] : g.from[e];
						if (this.distance[v] >= 0 || !passable(v, target, t)) {
							continue;
						}
						this.distance[v] = du + 1;
						if (tail == queue.length) {
							queue = Arrays.copyOf(queue, tail * 2);
						}
						queue[tail++] = v;
					}
				}
			}
			// The shortest chain starts with an ENGAGED into the nearest person reached.
			int best = Integer.MAX_VALUE;
			String first = null;
			for (int k = 0; k < tail; k++) {
				int f = queue[k];
				for (int x = g.inStart[f]; x < g.inStart[f + 1]; x++) {
					int e = g.inEdges[x];
					if (g.type[e] != FloorGraph.ENGAGED || g.day[e] <= windowStart || g.day[e] > t) {
						continue;
					}
					int length = this.distance[f] + 1;
					String s = g.personIds[g.from[e]];
					if (length < best || (length == best && s.compareTo(first) < 0)) {
						best = length;
						first = s;
					}
				}
			}
			if (first == null) {
				return null;
			}
			List<Integer> path = new ArrayList<>();
			int s = g.person(first);
			path.add(s);
			int next = -1;
			for (int x = g.outStart[s]; x < g.outStart[s + 1]; x++) {
				int e = g.outEdges[x];
				int f = g.to[e];
				if (g.type[e] == FloorGraph.ENGAGED && g.day[e] > windowStart && g.day[e] <= t
						&& this.distance[f] == best - 1 && smaller(f, next)) {
					next = f;
				}
			}
			path.add(next);
			while (this.distance[next] > 0) {
				int u = next;
				next = -1;
				for (int side = 0; side < 2; side++) {
					int[] start = (side == 0) ? g.outStart : g.inStart;
					int[] list = (side == 0) ? g.outEdges : g.inEdges;
					for (int x = start[u]; x < start[u + 1]; x++) {
						int e = list[x];
						if (g.type[e] == FloorGraph.ENGAGED || !g.exists(e, t)) {
							continue;
						}
						int v = (side == 0) ? g.to[e] : g.from[e];
						if (this.distance[v] == this.distance[u] - 1 && smaller(v, next)) {
							next = v;
						}
					}
				}
				path.add(next);
			}
			return path;
		}
		finally {
			for (int k = 0; k < tail; k++) {
				this.distance[queue[k]] = -1;
			}
		}
	}

	private boolean smaller(int person, int than) {
		return than < 0 || this.graph.personIds[person].compareTo(this.graph.personIds[than]) < 0;
	}

	/**
	 * Whether a warm path may pass through a person: not left, and (unless it is the
	 * target) not one of ours and not an opponent in the deal.
	 */
	private boolean passable(int person, int target, int t) {
		FloorGraph g = this.graph;
		if (!g.present(person, t)) {
			return false;
		}
		return person == target || (g.kindOf(person) != OrganizationKind.SELF && !this.blocked[person]);
	}

	private void competitorTies(List<Involved> top, int t, List<RiskFlag> risks) {
		FloorGraph g = this.graph;
		for (Involved i : top) {
			int p = i.person();
			Set<String> competitors = new TreeSet<>();
			for (int side = 0; side < 2; side++) {
				int[] start = (side == 0) ? g.outStart : g.inStart;
				int[] list = (side == 0) ? g.outEdges : g.inEdges;
				for (int x = start[p]; x < start[p + 1]; x++) {
					int e = list[x];
					if (g.type[e] != FloorGraph.KNOWS || !g.exists(e, t)) {
						continue;
					}
					int c = (side == 0) ? g.to[e] : g.from[e];
					if (g.kindOf(c) == OrganizationKind.COMPETITOR && g.present(c, t)) {
						competitors.add(g.personIds[c]);
					}
				}
			}
			if (!competitors.isEmpty()) {
				risks.add(new RiskFlag(RiskCode.COMPETITOR_TIE, 2, List.of(g.personIds[p]),
						g.personIds[p] + " knows " + competitors));
			}
		}
	}

	private void dividedCommittee(Snapshot now, List<RiskFlag> risks) {
		double total = 0;
		double supporters = 0;
		double opponents = 0;
		List<String> people = new ArrayList<>();
		for (Involved i : now.involved()) {
			double influence = now.influenceOf(i.person());
			total += influence;
			if (i.attitude() == Attitude.CHAMPION || i.attitude() == Attitude.SUPPORTER) {
				supporters += influence;
				people.add(this.graph.personIds[i.person()]);
			}
			else if (i.attitude() == Attitude.SKEPTIC || i.attitude() == Attitude.OPPONENT) {
				opponents += influence;
				people.add(this.graph.personIds[i.person()]);
			}
		}
		double threshold = 0.25 * total - 1e-9;
		if (!now.involved().isEmpty() && supporters >= threshold && opponents >= threshold) {
			risks.add(new RiskFlag(RiskCode.DIVIDED_COMMITTEE, 2, people.stream().sorted().toList(),
					"the committee is divided"));
		}
	}

	/**
	 * UNMAPPED_POWER: people above the involved (REPORTS_TO upward through present people
	 * of the account) who are more influential than every involved person.
	 */
	private void unmappedPower(FloorGraph.Deal deal, Snapshot now, List<RiskFlag> risks) {
		FloorGraph g = this.graph;
		if (now.involved().isEmpty()) {
			return;
		}
		Set<Integer> involved = new HashSet<>();
		double strongest = Double.NEGATIVE_INFINITY;
		for (Involved i : now.involved()) {
			involved.add(i.person());
			strongest = Math.max(strongest, now.influenceOf(i.person()));
		}
		Set<Integer> above = new HashSet<>();
		List<Integer> frontier = new ArrayList<>(involved);
		while (!frontier.isEmpty()) {
			int p = frontier.remove(frontier.size() - 1);
			for (int x = g.outStart[p]; x < g.outStart[p + 1]; x++) {
				int e = g.outEdges[x];
				int m = g.to[e];
				if (g.type[e] == FloorGraph.REPORTS_TO && g.exists(e, now.day()) && g.present(m, now.day())
						&& g.personOrg[m] == deal.account() && above.add(m)) {
					frontier.add(m);
				}
			}
		}
		double bar = strongest;
		List<String> unmapped = above.stream()
			.filter((p) -> !involved.contains(p) && now.contains(p))
			.filter((p) -> compare(now.influenceOf(p), bar) > 0)
			.sorted(byInfluence(now::influenceOf, (Integer p) -> g.personIds[p]))
			.map((p) -> g.personIds[p])
			.toList();
		if (!unmapped.isEmpty()) {
			risks.add(new RiskFlag(RiskCode.UNMAPPED_POWER, 2, unmapped, "power above the map"));
		}
	}

	private void stageRegression(FloorGraph.Deal deal, Snapshot now, Stage effective, List<RiskFlag> risks) {
		int windowStart = now.day() - this.settings.regressionWindowDays();
		TreeSet<Integer> days = new TreeSet<>();
		for (FloorGraph.Involvement i : deal.involvements()) {
			for (FloorGraph.Assessment a : i.assessments()) {
				if (a.day() > windowStart && a.day() <= now.day()) {
					days.add(a.day());
				}
			}
		}
		Stage highest = null;
		int since = 0;
		for (int day : days) {
			Snapshot then = (day == now.day()) ? now : snapshot(deal, day);
			Involved most = mostInfluential(then);
			if (most == null) {
				continue;
			}
			if (highest == null || most.stage().compareTo(highest) > 0) {
				highest = most.stage();
				since = day;
			}
		}
		if (highest != null && highest.compareTo(effective) > 0) {
			risks.add(new RiskFlag(RiskCode.STAGE_REGRESSION, 2, List.of(),
					"was at " + highest + " on " + LocalDate.ofEpochDay(since)));
		}
	}

	private List<String> ids(Set<Integer> people) {
		return people.stream().map((p) -> this.graph.personIds[p]).sorted().toList();
	}

	private static @Nullable LocalDate date(int epochDay) {
		return (epochDay == Integer.MIN_VALUE) ? null : LocalDate.ofEpochDay(epochDay);
	}

	/** Two influence values are equal when {@code rint(v * 1e9)} is. */
	static int compare(double a, double b) {
		return Double.compare(Math.rint(a * 1e9), Math.rint(b * 1e9));
	}

	private static <T> Comparator<T> byInfluence(java.util.function.ToDoubleFunction<T> influence,
			java.util.function.Function<T, String> id) {
		return (a, b) -> {
			int c = compare(influence.applyAsDouble(b), influence.applyAsDouble(a));
			return (c != 0) ? c : id.apply(a).compareTo(id.apply(b));
		};
	}

}

package com.powermap.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.base.CypherQueries;
import com.powermap.base.Language;
import com.powermap.influence.AnalysisSettings;
import com.powermap.influence.InfluenceCache;
import com.powermap.influence.InfluenceRank;
import com.powermap.risk.RiskCode;
import com.powermap.risk.RiskFlag;

/**
 * Runs the analyses of DOMAIN.md section 3 for one deal as of one date: the Cypher files
 * of {@code cypher/queries} read the graph, and this class does the arithmetic
 * (influence, picking and ranking) and puts the result together.
 */
final class DealAnalyzer {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final AnalysisSettings settings;

	private final InfluenceCache cache;

	DealAnalyzer(Neo4jClient client, CypherQueries queries, AnalysisSettings settings, InfluenceCache cache) {
		this.client = client;
		this.queries = queries;
		this.settings = settings;
		this.cache = cache;
	}

	/** What the deal looks like as of one date: V, influence and the involvements. */
	record Snapshot(LocalDate asOf, Map<String, Person> people, Map<String, Double> influence,
			List<Involvement> involved) {

		double influenceOf(String person) {
			return this.influence.getOrDefault(person, 0.0);
		}

	}

	record Person(String id, String name, @Nullable String title) {
	}

	record Involvement(String person, String name, @Nullable String title, BuyingRole role, @Nullable Stage stage,
			@Nullable LocalDate stageSince, @Nullable Attitude attitude, @Nullable Participation participation) {
	}

	record Opportunity(String id, String name, String account, String accountName, Stage claimedStage,
			@Nullable Number amount, @Nullable String currency) {
	}

	DealAnalysis analyze(String opportunityId, LocalDate asOf, Language language) {
		return analyze(List.of(opportunityId), asOf, language, new Shared(null)).get(0);
	}

	/**
	 * Analyses deals as of one date, in the order given, with one read of each kind for
	 * them all: the deals with their involvements, the people of their accounts (with
	 * their deference edges, when some influence they need is not in the cache), and the
	 * warm paths to all their unreached decision-makers. A portfolio scan gives batches
	 * of deals, account by account, with one {@link Shared} per batch; its warm paths are
	 * found by {@link WarmPathSearch} (the same answers, cheaper for many targets than
	 * one path search each in {@code coverage/warm-paths}).
	 * @throws UnknownOpportunityException for the first id that is not an opportunity
	 */
	List<DealAnalysis> analyze(List<String> opportunityIds, LocalDate asOf, Language language, Shared shared) {
		List<DealGraph> graphs = read(opportunityIds, asOf, shared);
		Set<String> accounts = new LinkedHashSet<>();
		Set<String> withEdges = new LinkedHashSet<>();
		for (DealGraph graph : graphs) {
			String account = graph.opportunity().account();
			accounts.add(account);
			for (LocalDate day : graph.daysNeeded(asOf, this.settings.regressionWindowDays())) {
				if (this.cache.find(new InfluenceCache.Key(account, graph.opportunity().id(), day)) == null) {
					withEdges.add(account);
					break;
				}
			}
		}
		shared.read(accounts, withEdges);
		List<Draft> drafts = graphs.stream().map((graph) -> draft(graph, asOf)).toList();
		Map<String, String> ours = shared.ours;
		Map<String, Map<String, WarmPath>> paths = (ours != null) ? searchWarmPaths(drafts, asOf, ours)
				: warmPaths(drafts, asOf);
		Explanations explain = new Explanations(language);
		return drafts.stream()
			.map((draft) -> finish(draft, paths.getOrDefault(draft.opportunity().id(), Map.of()), explain))
			.toList();
	}

	/**
	 * What an analysis knows before its warm paths are read: the deal as of the date, its
	 * most influential role, who is reached, and whom a warm path is looked for (the
	 * unreached decision-makers, most influential first) avoiding which opponents.
	 */
	private record Draft(DealGraph graph, Snapshot now, @Nullable Involvement most, @Nullable Stage effective,
			@Nullable Double weighted, @Nullable Integer gap, Map<String, @Nullable LocalDate> lastEngaged,
			Set<String> reached, List<Involvement> targets, List<String> opponents) {

		Opportunity opportunity() {
			return this.graph.opportunity();
		}

	}

	private Draft draft(DealGraph graph, LocalDate asOf) {
		Snapshot now = snapshot(graph, asOf);
		Involvement most = mostInfluentialRole(now);
		Stage effective = (most != null) ? most.stage() : null;
		Integer gap = (effective != null) ? graph.opportunity().claimedStage().ordinal() - effective.ordinal() : null;
		LocalDate windowStart = asOf.minusDays(this.settings.reachWindowDays());
		Map<String, @Nullable LocalDate> lastEngaged = new HashMap<>();
		for (Involvement i : now.involved()) {
			lastEngaged.put(i.person(), graph.history(i.person()).lastEngaged());
		}
		Set<String> reached = new TreeSet<>();
		lastEngaged.forEach((person, day) -> {
			if (day != null && day.isAfter(windowStart)) {
				reached.add(person);
			}
		});
		List<Involvement> targets = now.involved()
			.stream()
			.filter((i) -> i.role() == BuyingRole.DECISION_MAKER || i.role() == BuyingRole.APPROVER)
			.filter((i) -> !reached.contains(i.person()))
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.toList();
		List<String> opponents = now.involved()
			.stream()
			.filter((i) -> i.attitude() == Attitude.OPPONENT)
			.map(Involvement::person)
			.toList();
		return new Draft(graph, now, most, effective, weightedStage(now), gap, lastEngaged, reached, targets,
				opponents);
	}

	private DealAnalysis finish(Draft draft, Map<String, WarmPath> paths, Explanations explain) {
		Opportunity opportunity = draft.opportunity();
		Snapshot now = draft.now();
		Involvement most = draft.most();
		Stage effective = draft.effective();
		Integer gap = draft.gap();
		Set<String> reached = draft.reached();
		Map<String, @Nullable LocalDate> lastEngaged = draft.lastEngaged();
		List<DealAnalysis.PersonInfluence> influence = now.people()
			.keySet()
			.stream()
			.map((id) -> new DealAnalysis.PersonInfluence(id, now.influenceOf(id)))
			.sorted(byInfluence(DealAnalysis.PersonInfluence::influence, DealAnalysis.PersonInfluence::person))
			.toList();
		List<DealAnalysis.UnreachedDecisionMaker> unreached = new ArrayList<>();
		for (Involvement target : draft.targets()) {
			WarmPath path = paths.get(target.person());
			unreached.add(new DealAnalysis.UnreachedDecisionMaker(target.person(), target.role(),
					now.influenceOf(target.person()), lastEngaged.get(target.person()),
					(path != null) ? path.ids() : null, (path != null) ? path.names() : null));
		}

		List<RiskFlag> risks = new ArrayList<>();
		if (gap != null && gap >= 1 && most != null) {
			risks.add(new RiskFlag(RiskCode.STAGE_OVERSTATED, 3 * gap, List.of(most.person()),
					explain.stageOverstated(opportunity.claimedStage(), effective, most, gap)));
		}
		for (DealAnalysis.UnreachedDecisionMaker u : unreached) {
			risks.add(new RiskFlag(RiskCode.UNREACHED_DECISION_MAKER, 3, List.of(u.person()),
					explain.unreached(nameOf(now, u.person()), u, this.settings.reachWindowDays())));
		}
		if (now.involved().size() >= 2 && reached.size() <= 1) {
			risks.add(new RiskFlag(RiskCode.SINGLE_THREADED, 2, List.copyOf(reached), explain
				.singleThreaded(now.involved().size(), reached.stream().map((p) -> nameOf(now, p)).toList())));
		}
		competitorTies(draft.graph(), now, explain, risks);
		opponentInPower(now, explain, risks);
		if (now.involved().stream().noneMatch((i) -> i.attitude() == Attitude.CHAMPION)) {
			risks.add(new RiskFlag(RiskCode.NO_CHAMPION, 1, List.of(), explain.noChampion()));
		}
		dividedCommittee(now, explain, risks);
		if (most != null) {
			List<Involvement> unassessed = now.involved()
				.stream()
				.filter((i) -> i.stage() == null)
				.filter((i) -> InfluenceRank.compare(now.influenceOf(i.person()), now.influenceOf(most.person())) > 0)
				.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
				.toList();
			if (!unassessed.isEmpty()) {
				risks.add(new RiskFlag(RiskCode.UNASSESSED_KEY_PERSON, 2,
						unassessed.stream().map(Involvement::person).toList(),
						explain.unassessedKeyPeople(unassessed.stream().map(Involvement::name).toList(), most.name())));
			}
		}
		unmappedPower(draft.graph(), now, explain, risks);
		if (effective != null) {
			stageRegression(draft.graph(), now, effective, explain, risks);
		}
		int score = risks.stream().mapToInt(RiskFlag::weight).sum();

		DealAnalysis.MostInfluential mostInfluential = (most != null) ? new DealAnalysis.MostInfluential(most.person(),
				most.name(), now.influenceOf(most.person()), most.stage()) : null;
		String explanation = explain.deal(opportunity, now, most, draft.weighted(), risks, unreached.size());
		List<DealAnalysis.Stakeholder> stakeholders = now.involved()
			.stream()
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.map((i) -> new DealAnalysis.Stakeholder(i.person(), i.name(), i.title(), i.role(), i.stage(),
					i.stageSince(), i.attitude(), i.participation(), now.influenceOf(i.person()),
					lastEngaged.get(i.person()), reached.contains(i.person())))
			.toList();
		return new DealAnalysis(opportunity.id(), opportunity.account(), now.asOf(), opportunity.claimedStage(),
				effective, draft.weighted(), gap, mostInfluential, influence, unreached, risks, score,
				opportunity.amount(), explanation, opportunity.name(), opportunity.accountName(),
				opportunity.currency(), stakeholders);
	}

	/** Someone of the account, with the day they left (null while they are there). */
	record AccountPerson(String id, String name, @Nullable String title, @Nullable LocalDate leftAt) {

		boolean presentOn(LocalDate day) {
			return this.leftAt == null || this.leftAt.isAfter(day);
		}

	}

	/**
	 * A deference edge with the days it exists and, for a delegation scoped to one deal,
	 * that deal.
	 */
	record DatedDeference(InfluenceRank.Deference edge, @Nullable LocalDate since, @Nullable LocalDate until,
			@Nullable String opportunity) {

		boolean existsOn(LocalDate day, String deal) {
			return (this.since == null || !this.since.isAfter(day)) && (this.until == null || this.until.isAfter(day))
					&& (this.opportunity == null || this.opportunity.equals(deal));
		}

	}

	/** One assessment of an involvement: what it says (a field left out is null). */
	record Assessment(LocalDate day, @Nullable Stage stage, @Nullable Attitude attitude,
			@Nullable Participation participation) {
	}

	/** Someone of a competitor an involved person knows. */
	record Competitor(String id, String name, String organization) {
	}

	/**
	 * An involvement of someone of the account with all its assessments, in order, and
	 * what the deal's read found about the person as of the date it was read for: the day
	 * one of our people last engaged them, the competitors' people they know, and
	 * everyone above them in the account's reporting line.
	 */
	record History(AccountPerson person, BuyingRole role, List<Assessment> assessments, @Nullable LocalDate lastEngaged,
			List<Competitor> competitors, List<String> above) {
	}

	/**
	 * Reads that the analyses of one request share, all made after {@link #generation}
	 * was taken (see {@link InfluenceCache#generation()}): the people and deference edges
	 * of the accounts read, so that each account is read once for all its deals. A scan
	 * has one per batch of accounts.
	 */
	final class Shared {

		private final long generation = DealAnalyzer.this.cache.generation();

		private final Map<String, List<AccountPerson>> people = new HashMap<>();

		private final Map<String, List<DatedDeference>> edges = new HashMap<>();

		private final Map<String, InfluenceRank.Network> networks = new HashMap<>();

		private final Map<InfluenceInputs, Map<String, Double>> computed = new HashMap<>();

		/**
		 * Our people by id, with their names, for a portfolio scan's (null otherwise).
		 */
		private final @Nullable Map<String, String> ours;

		Shared(@Nullable Map<String, String> ours) {
			this.ours = ours;
		}

		/**
		 * Reads, in one query, the people of those accounts and the deference edges of
		 * those of {@code withEdges}, where not read yet.
		 */
		void read(Collection<String> accounts, Collection<String> withEdges) {
			Set<String> edgesUnread = new LinkedHashSet<>();
			withEdges.stream().filter((a) -> !this.edges.containsKey(a)).forEach(edgesUnread::add);
			Set<String> unread = new LinkedHashSet<>(edgesUnread);
			accounts.stream().filter((a) -> !this.people.containsKey(a)).forEach(unread::add);
			if (!unread.isEmpty()) {
				AccountGraphs read = accountGraphs(List.copyOf(unread), List.copyOf(edgesUnread));
				this.people.putAll(read.people());
				this.edges.putAll(read.edges());
			}
		}

		List<AccountPerson> people(String account) {
			read(List.of(account), List.of());
			return this.people.get(account);
		}

		List<DatedDeference> edges(String account) {
			read(List.of(account), List.of(account));
			return this.edges.get(account);
		}

		/** The account's people and deference edges, indexed for influence. */
		InfluenceRank.Network network(String account) {
			return this.networks.computeIfAbsent(account,
					(a) -> new InfluenceRank.Network(people(a).stream().map(AccountPerson::id).toList(),
							edges(a).stream().map(DatedDeference::edge).toList()));
		}

		/**
		 * The influence computed from these people of an account's network and these of
		 * its edges: computed once per request, as the deals of an account and the days
		 * of their regression windows often have the same.
		 */
		Map<String, Double> influence(InfluenceInputs inputs, Supplier<Map<String, Double>> compute) {
			Map<String, Double> influence = this.computed.get(inputs);
			if (influence == null) {
				influence = Collections.unmodifiableMap(compute.get());
				this.computed.put(inputs, influence);
			}
			return influence;
		}

	}

	/**
	 * What one batch of a portfolio scan shares, given our people (read once per scan by
	 * {@link #ourPeople()}).
	 */
	Shared shared(Map<String, String> ours) {
		return new Shared(ours);
	}

	/** Our people by id, with their names. */
	Map<String, String> ourPeople() {
		Map<String, String> read = new HashMap<>();
		this.client.query(this.queries.get("coverage/our-people"))
			.fetch()
			.all()
			.forEach((row) -> read.put((String) row.get("id"), (String) row.get("name")));
		return Map.copyOf(read);
	}

	/**
	 * What the analysis of one deal reads, once: the deal's involvement histories and the
	 * account's people and, when some date's influence is not in the cache, its deference
	 * edges. The snapshot of any date is computed from these.
	 */
	record DealGraph(Opportunity opportunity, Shared shared, List<History> histories) {

		List<AccountPerson> people() {
			return this.shared.people(this.opportunity.account());
		}

		List<DatedDeference> edges() {
			return this.shared.edges(this.opportunity.account());
		}

		InfluenceRank.Network network() {
			return this.shared.network(this.opportunity.account());
		}

		History history(String person) {
			for (History h : this.histories) {
				if (h.person().id().equals(person)) {
					return h;
				}
			}
			throw new IllegalArgumentException("no involvement of " + person);
		}

		/**
		 * The days with assessments of the deal in the stage-regression window of an
		 * analysis as of {@code asOf}, in order (DOMAIN.md section 3.4): those of people
		 * who have left since and attitude-only ones included.
		 */
		SortedSet<LocalDate> assessmentDays(LocalDate asOf, int regressionWindowDays) {
			LocalDate windowStart = asOf.minusDays(regressionWindowDays);
			SortedSet<LocalDate> days = new TreeSet<>();
			for (History h : this.histories) {
				for (Assessment a : h.assessments()) {
					if (a.day().isAfter(windowStart) && !a.day().isAfter(asOf)) {
						days.add(a.day());
					}
				}
			}
			return days;
		}

		/** The days whose influence an analysis as of {@code asOf} needs. */
		SortedSet<LocalDate> daysNeeded(LocalDate asOf, int regressionWindowDays) {
			SortedSet<LocalDate> days = assessmentDays(asOf, regressionWindowDays);
			days.add(asOf);
			return days;
		}

	}

	/** The deals, with their involvements, in the order of the ids. */
	List<DealGraph> read(List<String> opportunityIds, LocalDate asOf, Shared shared) {
		Map<String, DealGraph> read = new HashMap<>();
		this.client.query(this.queries.get("deals/deals"))
			.bindAll(Map.of("opportunities", opportunityIds, "asOf", asOf))
			.fetchAs(DealGraph.class)
			.mappedBy((types, record) -> new DealGraph(
					new Opportunity(record.get("id").asString(), record.get("name").asString(),
							record.get("account").asString(), record.get("accountName").asString(),
							Stage.valueOf(record.get("claimedStage").asString()),
							record.get("amount").isNull() ? null : (Number) record.get("amount").asObject(),
							nullableString(record.get("currency"))),
					shared, record.get("involvements").asList(DealAnalyzer::history)))
			.all()
			.forEach((graph) -> read.put(graph.opportunity().id(), graph));
		List<DealGraph> graphs = new ArrayList<>();
		for (String id : opportunityIds) {
			DealGraph graph = read.get(id);
			if (graph == null) {
				throw new UnknownOpportunityException(id);
			}
			graphs.add(graph);
		}
		return graphs;
	}

	private static History history(Value involvement) {
		return new History(
				new AccountPerson(involvement.get("person").asString(), involvement.get("name").asString(),
						nullableString(involvement.get("title")), nullableDate(involvement.get("leftAt"))),
				BuyingRole.valueOf(involvement.get("role").asString()),
				involvement.get("assessments")
					.asList((a) -> new Assessment(a.get("day").asLocalDate(), enumOrNull(Stage.class, a.get("stage")),
							enumOrNull(Attitude.class, a.get("attitude")),
							enumOrNull(Participation.class, a.get("participation")))),
				involvement.get("lastEngaged").isEmpty() ? null : involvement.get("lastEngaged").get(0).asLocalDate(),
				involvement.get("competitors")
					.asList((c) -> new Competitor(c.get("id").asString(), c.get("name").asString(),
							c.get("organization").asString())),
				involvement.get("above").asList(Value::asString));
	}

	/** What one read of {@code influence/account-graph} gives for some accounts. */
	private record AccountGraphs(Map<String, List<AccountPerson>> people, Map<String, List<DatedDeference>> edges) {
	}

	/**
	 * The people of the accounts and, for those of {@code withEdges}, the deference edges
	 * from each of their people, in one read (a loop, or an edge to someone outside the
	 * account, is kept here and ignored by {@link InfluenceRank.Network}).
	 */
	private AccountGraphs accountGraphs(List<String> accounts, List<String> withEdges) {
		Map<String, List<AccountPerson>> people = new HashMap<>();
		Map<String, List<DatedDeference>> edges = new HashMap<>();
		accounts.forEach((account) -> people.put(account, new ArrayList<>()));
		withEdges.forEach((account) -> edges.put(account, new ArrayList<>()));
		this.client.query(this.queries.get("influence/account-graph"))
			.bindAll(Map.of("accounts", accounts, "withEdges", withEdges, "reportsToWeight",
					this.settings.reportsToWeight(), "delegationWeight", this.settings.delegationWeight()))
			.fetchAs(String.class)
			.mappedBy((types, record) -> {
				String account = record.get("account").asString();
				List<AccountPerson> read = people.get(account);
				for (Value person : record.get("people").values()) {
					read.add(new AccountPerson(person.get(0).asString(), person.get(1).asString(),
							nullableString(person.get(2)), nullableDate(person.get(3))));
				}
				List<DatedDeference> defersTo = edges.get(account);
				if (defersTo != null) {
					for (Value edge : record.get("defersTo").values()) {
						defersTo.add(new DatedDeference(
								new InfluenceRank.Deference(edge.get(0).asString(), edge.get(1).asString(),
										edge.get(2).asDouble()),
								nullableDate(edge.get(3)), nullableDate(edge.get(4)), nullableString(edge.get(5))));
					}
				}
				return account;
			})
			.all();
		return new AccountGraphs(people, edges);
	}

	/**
	 * The deal as of one date (DOMAIN.md section 3): V, the deference edges existing on
	 * that date, their influence, and what the assessments up to that date say.
	 */
	Snapshot snapshot(DealGraph graph, LocalDate asOf) {
		Map<String, Person> people = new LinkedHashMap<>();
		for (AccountPerson p : graph.people()) {
			if (p.presentOn(asOf)) {
				people.put(p.id(), new Person(p.id(), p.name(), p.title()));
			}
		}
		Map<String, Double> influence = influence(graph, people.keySet(), asOf);
		return new Snapshot(asOf, people, influence, involvements(graph, asOf, influence));
	}

	/** Influence as of a date: from the cache, or computed and offered to it. */
	private Map<String, Double> influence(DealGraph graph, Set<String> people, LocalDate asOf) {
		String deal = graph.opportunity().id();
		InfluenceCache.Key key = new InfluenceCache.Key(graph.opportunity().account(), deal, asOf);
		Map<String, Double> cached = this.cache.find(key);
		if (cached != null) {
			return cached;
		}
		List<DatedDeference> edges = graph.edges();
		InfluenceRank.Network network = graph.network();
		BitSet present = new BitSet(network.size());
		for (String person : people) {
			present.set(network.indexOf(person));
		}
		BitSet included = new BitSet(edges.size());
		for (int k = 0; k < edges.size(); k++) {
			if (edges.get(k).existsOn(asOf, deal)) {
				included.set(k);
			}
		}
		Map<String, Double> influence = graph.shared()
			.influence(new InfluenceInputs(graph.opportunity().account(), present, included),
					() -> network.compute(present::get, included::get, this.settings.damping()));
		this.cache.store(key, influence, graph.shared().generation);
		return influence;
	}

	/**
	 * What influence is computed from: the people of an account's network in V and the
	 * edges that exist, by their positions in {@link Shared#network} and
	 * {@link Shared#edges}.
	 */
	record InfluenceInputs(String account, BitSet people, BitSet edges) {
	}

	/**
	 * The involvements as of a date, most influential role first (DOMAIN.md section 3.2):
	 * people with an assessed stage before those without, then by influence (highest
	 * first, equal to 1e-9), then the lower stage, then the smaller id. The first with a
	 * stage is the most influential role and its stage the effective stage.
	 */
	private static List<Involvement> involvements(DealGraph graph, LocalDate asOf, Map<String, Double> influence) {
		List<Involvement> involved = new ArrayList<>();
		for (History h : graph.histories()) {
			if (!h.person().presentOn(asOf)) {
				continue;
			}
			Stage stage = null;
			LocalDate stageSince = null;
			Attitude attitude = null;
			Participation participation = null;
			for (Assessment said : h.assessments()) {
				if (said.day().isAfter(asOf)) {
					continue;
				}
				if (said.stage() != null) {
					stage = said.stage();
					stageSince = said.day();
				}
				if (said.attitude() != null) {
					attitude = said.attitude();
				}
				if (said.participation() != null) {
					participation = said.participation();
				}
			}
			AccountPerson p = h.person();
			involved.add(
					new Involvement(p.id(), p.name(), p.title(), h.role(), stage, stageSince, attitude, participation));
		}
		Comparator<Involvement> order = Comparator.comparing((Involvement i) -> i.stage() == null);
		order = order
			.thenComparing((Involvement i) -> Math.rint(influence.getOrDefault(i.person(), 0.0) * 1e9),
					Comparator.reverseOrder())
			.thenComparing((Involvement i) -> (i.stage() != null) ? i.stage().ordinal() : -1)
			.thenComparing(Involvement::person);
		involved.sort(order);
		return List.copyOf(involved);
	}

	/**
	 * DOMAIN 3.2: the involved person with a stage and the highest influence (ties: lower
	 * stage, smaller id). The involvements query returns its rows in that order, from the
	 * influence it is given: the first with a stage is the one.
	 */
	static @Nullable Involvement mostInfluentialRole(Snapshot snapshot) {
		return snapshot.involved().stream().filter((i) -> i.stage() != null).findFirst().orElse(null);
	}

	static @Nullable Double weightedStage(Snapshot snapshot) {
		double sum = 0;
		double weight = 0;
		boolean any = false;
		for (Involvement i : snapshot.involved()) {
			if (i.stage() != null) {
				double influence = snapshot.influenceOf(i.person());
				sum += influence * i.stage().ordinal();
				weight += influence;
				any = true;
			}
		}
		return (!any || weight == 0) ? null : sum / weight;
	}

	/** A warm path: the ids along it and, in the same order, the names. */
	record WarmPath(List<String> ids, List<String> names) {
	}

	/**
	 * The warm path to each unreached decision-maker of a scan's batch, by deal and
	 * person: a search from the targets' side with one read per step for all of them.
	 */
	private Map<String, Map<String, WarmPath>> searchWarmPaths(List<Draft> drafts, LocalDate asOf,
			Map<String, String> ours) {
		List<WarmPathSearch.Target> targets = new ArrayList<>();
		for (Draft draft : drafts) {
			for (Involvement target : draft.targets()) {
				targets.add(new WarmPathSearch.Target(draft.opportunity().id(), target.person(),
						Set.copyOf(draft.opponents())));
			}
		}
		if (targets.isEmpty()) {
			return new HashMap<>();
		}
		LocalDate windowStart = asOf.minusDays(this.settings.reachWindowDays());
		return new WarmPathSearch(this.client, this.queries, asOf, windowStart, ours).find(targets);
	}

	/**
	 * The warm path to each unreached decision-maker of the deals, by deal and person, in
	 * one read: of the shortest paths there are, the one whose list of ids is smallest,
	 * element by element.
	 */
	private Map<String, Map<String, WarmPath>> warmPaths(List<Draft> drafts, LocalDate asOf) {
		List<Map<String, Object>> targets = new ArrayList<>();
		for (Draft draft : drafts) {
			for (Involvement target : draft.targets()) {
				targets.add(Map.of("opportunity", draft.opportunity().id(), "person", target.person(), "opponents",
						draft.opponents()));
			}
		}
		Map<String, Map<String, WarmPath>> paths = new HashMap<>();
		if (targets.isEmpty()) {
			return paths;
		}
		LocalDate windowStart = asOf.minusDays(this.settings.reachWindowDays());
		this.client.query(this.queries.get("coverage/warm-paths"))
			.bindAll(Map.of("targets", targets, "asOf", asOf, "windowStart", windowStart))
			.fetch()
			.all()
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				WarmPath path = new WarmPath((List<String>) row.get("ids"), (List<String>) row.get("names"));
				paths.computeIfAbsent((String) row.get("opportunity"), (deal) -> new HashMap<>())
					.merge((String) row.get("target"), path, (a, b) -> (shorter(b, a)) ? b : a);
			});
		return paths;
	}

	/**
	 * Whether {@code a} is shorter than {@code b} or as long with a smaller list of ids.
	 */
	private static boolean shorter(WarmPath a, WarmPath b) {
		int c = Integer.compare(a.ids().size(), b.ids().size());
		return (c != 0) ? c < 0 : compareLists(a.ids(), b.ids()) < 0;
	}

	static int compareLists(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	private void competitorTies(DealGraph graph, Snapshot now, Explanations explain, List<RiskFlag> risks) {
		List<Involvement> top = now.involved()
			.stream()
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.limit(3)
			.toList();
		for (Involvement person : top) {
			List<Competitor> competitors = graph.history(person.person()).competitors();
			if (!competitors.isEmpty()) {
				risks.add(new RiskFlag(RiskCode.COMPETITOR_TIE, 2, List.of(person.person()),
						explain.competitorTie(person.name(),
								competitors.stream()
									.sorted(Comparator.comparing(Competitor::id))
									.map((c) -> c.name() + " (" + c.organization() + ")")
									.toList())));
			}
		}
	}

	private void opponentInPower(Snapshot now, Explanations explain, List<RiskFlag> risks) {
		now.involved()
			.stream()
			.filter((i) -> i.attitude() != null)
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.findFirst()
			.filter((i) -> i.attitude() == Attitude.SKEPTIC || i.attitude() == Attitude.OPPONENT)
			.ifPresent((i) -> risks.add(new RiskFlag(RiskCode.OPPONENT_IN_POWER, 3, List.of(i.person()),
					explain.opponentInPower(i.name(), i.attitude(), now.influenceOf(i.person())))));
	}

	private void dividedCommittee(Snapshot now, Explanations explain, List<RiskFlag> risks) {
		double total = 0;
		double supporters = 0;
		double opponents = 0;
		List<String> people = new ArrayList<>();
		for (Involvement i : now.involved()) {
			double influence = now.influenceOf(i.person());
			total += influence;
			if (i.attitude() == Attitude.CHAMPION || i.attitude() == Attitude.SUPPORTER) {
				supporters += influence;
				people.add(i.person());
			}
			else if (i.attitude() == Attitude.SKEPTIC || i.attitude() == Attitude.OPPONENT) {
				opponents += influence;
				people.add(i.person());
			}
		}
		double threshold = 0.25 * total - 1e-9;
		if (!now.involved().isEmpty() && supporters >= threshold && opponents >= threshold) {
			risks.add(new RiskFlag(RiskCode.DIVIDED_COMMITTEE, 2, people.stream().sorted().toList(),
					explain.dividedCommittee(supporters / total, opponents / total)));
		}
	}

	private void unmappedPower(DealGraph graph, Snapshot now, Explanations explain, List<RiskFlag> risks) {
		if (now.involved().isEmpty()) {
			return;
		}
		Set<String> involved = new HashSet<>();
		double strongest = Double.NEGATIVE_INFINITY;
		for (Involvement i : now.involved()) {
			involved.add(i.person());
			strongest = Math.max(strongest, now.influenceOf(i.person()));
		}
		double bar = strongest;
		Set<String> above = new TreeSet<>();
		for (String person : involved) {
			above.addAll(graph.history(person).above());
		}
		List<String> unmapped = above.stream()
			.filter((p) -> !involved.contains(p) && now.people().containsKey(p))
			.filter((p) -> InfluenceRank.compare(now.influenceOf(p), bar) > 0)
			.sorted(byInfluence(now::influenceOf, (String p) -> p))
			.toList();
		if (!unmapped.isEmpty()) {
			risks.add(new RiskFlag(RiskCode.UNMAPPED_POWER, 2, unmapped,
					explain.unmappedPower(unmapped.stream().map((p) -> nameOf(now, p)).toList())));
		}
	}

	private void stageRegression(DealGraph graph, Snapshot now, Stage effective, Explanations explain,
			List<RiskFlag> risks) {
		Set<LocalDate> days = graph.assessmentDays(now.asOf(), this.settings.regressionWindowDays());
		Stage highest = null;
		LocalDate since = null;
		for (LocalDate day : days) {
			Snapshot then = day.equals(now.asOf()) ? now : snapshot(graph, day);
			Involvement most = mostInfluentialRole(then);
			if (most == null) {
				continue;
			}
			if (highest == null || most.stage().compareTo(highest) > 0) {
				highest = most.stage();
				since = day;
			}
		}
		if (highest != null && since != null && highest.compareTo(effective) > 0) {
			risks.add(new RiskFlag(RiskCode.STAGE_REGRESSION, 2, List.of(),
					explain.stageRegression(highest, since, effective)));
		}
	}

	private static String nameOf(Snapshot snapshot, String person) {
		Person p = snapshot.people().get(person);
		return (p != null) ? p.name() : person;
	}

	/** Highest influence first (equal when equal to 1e-9), then by id. */
	static <T> Comparator<T> byInfluence(java.util.function.ToDoubleFunction<T> influence,
			java.util.function.Function<T, String> id) {
		return (a, b) -> {
			int c = InfluenceRank.compare(influence.applyAsDouble(b), influence.applyAsDouble(a));
			return (c != 0) ? c : id.apply(a).compareTo(id.apply(b));
		};
	}

	private static @Nullable String nullableString(Value value) {
		return value.isNull() ? null : value.asString();
	}

	static @Nullable LocalDate nullableDate(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, Value value) {
		return value.isNull() ? null : Enum.valueOf(type, value.asString());
	}

}

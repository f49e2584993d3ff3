package com.powermap.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
		return analyze(opportunityId, asOf, language, new Shared());
	}

	/**
	 * Analyses one deal with reads shared with other analyses of the same request (a
	 * portfolio scan shares one {@link Shared} across its deals, account by account).
	 */
	DealAnalysis analyze(String opportunityId, LocalDate asOf, Language language, Shared shared) {
		Opportunity opportunity = opportunity(opportunityId);
		DealGraph graph = read(opportunity, shared);
		Snapshot now = snapshot(graph, asOf);
		Involvement most = mostInfluentialRole(now);
		Stage effective = (most != null) ? most.stage() : null;
		Double weighted = weightedStage(now);
		Integer gap = (effective != null) ? opportunity.claimedStage().ordinal() - effective.ordinal() : null;

		List<DealAnalysis.PersonInfluence> influence = now.people()
			.keySet()
			.stream()
			.map((id) -> new DealAnalysis.PersonInfluence(id, now.influenceOf(id)))
			.sorted(byInfluence(DealAnalysis.PersonInfluence::influence, DealAnalysis.PersonInfluence::person))
			.toList();

		LocalDate windowStart = asOf.minusDays(this.settings.reachWindowDays());
		Map<String, @Nullable LocalDate> lastEngaged = lastEngagements(
				now.involved().stream().map(Involvement::person).toList(), asOf);
		Set<String> reached = new TreeSet<>();
		lastEngaged.forEach((person, day) -> {
			if (day != null && day.isAfter(windowStart)) {
				reached.add(person);
			}
		});

		List<DealAnalysis.UnreachedDecisionMaker> unreached = unreachedDecisionMakers(now, reached, lastEngaged,
				windowStart, shared);

		Explanations explain = new Explanations(language);
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
		competitorTies(now, explain, risks);
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
		unmappedPower(opportunity, now, explain, risks);
		if (effective != null) {
			stageRegression(graph, now, effective, explain, risks);
		}
		int score = risks.stream().mapToInt(RiskFlag::weight).sum();

		DealAnalysis.MostInfluential mostInfluential = (most != null) ? new DealAnalysis.MostInfluential(most.person(),
				most.name(), now.influenceOf(most.person()), most.stage()) : null;
		String explanation = explain.deal(opportunity, now, most, weighted, risks, unreached.size());
		List<DealAnalysis.Stakeholder> stakeholders = now.involved()
			.stream()
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.map((i) -> new DealAnalysis.Stakeholder(i.person(), i.name(), i.title(), i.role(), i.stage(),
					i.stageSince(), i.attitude(), i.participation(), now.influenceOf(i.person()),
					lastEngaged.get(i.person()), reached.contains(i.person())))
			.toList();
		return new DealAnalysis(opportunity.id(), opportunity.account(), asOf, opportunity.claimedStage(), effective,
				weighted, gap, mostInfluential, influence, unreached, risks, score, opportunity.amount(), explanation,
				opportunity.name(), opportunity.accountName(), opportunity.currency(), stakeholders);
	}

	Opportunity opportunity(String id) {
		Map<String, Object> row = this.client.query(this.queries.get("deals/opportunity"))
			.bind(id)
			.to("opportunity")
			.fetch()
			.one()
			.orElseThrow(() -> new UnknownOpportunityException(id));
		return new Opportunity(id, (String) row.get("name"), (String) row.get("account"),
				(String) row.get("accountName"), Stage.valueOf((String) row.get("claimedStage")),
				(Number) row.get("amount"), (String) row.get("currency"));
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

	/** An involvement of someone of the account with all its assessments, in order. */
	record History(AccountPerson person, BuyingRole role, List<Assessment> assessments) {
	}

	/**
	 * Reads that the analyses of one request share, all made after {@link #generation}
	 * was taken (see {@link InfluenceCache#generation()}): our people, and the people and
	 * deference edges of the last account read, so that a portfolio scan taking the deals
	 * account by account reads each account once.
	 */
	final class Shared {

		private final long generation = DealAnalyzer.this.cache.generation();

		private @Nullable Set<String> ourPeople;

		private @Nullable String account;

		private @Nullable List<AccountPerson> people;

		private @Nullable List<DatedDeference> edges;

		private InfluenceRank.@Nullable Network network;

		Set<String> ourPeople() {
			Set<String> read = this.ourPeople;
			if (read == null) {
				read = readOurPeople();
				this.ourPeople = read;
			}
			return read;
		}

		List<AccountPerson> people(String account) {
			switchTo(account);
			List<AccountPerson> read = this.people;
			if (read == null) {
				read = accountPeople(account);
				this.people = read;
			}
			return read;
		}

		List<DatedDeference> edges(String account) {
			switchTo(account);
			List<DatedDeference> read = this.edges;
			if (read == null) {
				read = deferenceEdges(account);
				this.edges = read;
			}
			return read;
		}

		/** The account's people and deference edges, indexed for influence. */
		InfluenceRank.Network network(String account) {
			List<DatedDeference> dated = edges(account);
			InfluenceRank.Network indexed = this.network;
			if (indexed == null) {
				indexed = new InfluenceRank.Network(people(account).stream().map(AccountPerson::id).toList(),
						dated.stream().map(DatedDeference::edge).toList());
				this.network = indexed;
			}
			return indexed;
		}

		private void switchTo(String account) {
			if (!account.equals(this.account)) {
				this.account = account;
				this.people = null;
				this.edges = null;
				this.network = null;
			}
		}

	}

	Shared shared() {
		return new Shared();
	}

	/**
	 * What the analysis of one deal reads, once: the account's people, the deal's
	 * involvement histories and, when some date's influence is not in the cache, the
	 * account's deference edges. The snapshot of any date is computed from these.
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

	}

	DealGraph read(Opportunity opportunity, Shared shared) {
		List<History> histories = List.copyOf(this.client.query(this.queries.get("deals/involvement-histories"))
			.bind(opportunity.id())
			.to("opportunity")
			.fetchAs(History.class)
			.mappedBy((types, record) -> new History(
					new AccountPerson(record.get("person").asString(), record.get("name").asString(),
							nullableString(record.get("title")), nullableDate(record.get("leftAt"))),
					BuyingRole.valueOf(record.get("role").asString()),
					record.get("assessments")
						.asList((a) -> new Assessment(a.get("day").asLocalDate(),
								enumOrNull(Stage.class, a.get("stage")), enumOrNull(Attitude.class, a.get("attitude")),
								enumOrNull(Participation.class, a.get("participation"))))))
			.all());
		return new DealGraph(opportunity, shared, histories);
	}

	private List<AccountPerson> accountPeople(String account) {
		return List.copyOf(this.client.query(this.queries.get("influence/account-people"))
			.bind(account)
			.to("account")
			.fetchAs(AccountPerson.class)
			.mappedBy((types, record) -> new AccountPerson(record.get("id").asString(), record.get("name").asString(),
					nullableString(record.get("title")), nullableDate(record.get("leftAt"))))
			.all());
	}

	private List<DatedDeference> deferenceEdges(String account) {
		return List.copyOf(this.client.query(this.queries.get("influence/account-deference"))
			.bindAll(Map.of("account", account, "reportsToWeight", this.settings.reportsToWeight(), "delegationWeight",
					this.settings.delegationWeight()))
			.fetchAs(DatedDeference.class)
			.mappedBy((types, record) -> new DatedDeference(
					new InfluenceRank.Deference(record.get("deferrer").asString(), record.get("deferee").asString(),
							record.get("weight").asDouble()),
					nullableDate(record.get("since")), nullableDate(record.get("until")),
					nullableString(record.get("opportunity"))))
			.all());
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
		boolean[] present = new boolean[network.size()];
		for (String person : people) {
			present[network.indexOf(person)] = true;
		}
		Map<String, Double> influence = network.compute(present, (edge) -> edges.get(edge).existsOn(asOf, deal),
				this.settings.damping());
		this.cache.store(key, influence, graph.shared().generation);
		return influence;
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

	private List<DealAnalysis.UnreachedDecisionMaker> unreachedDecisionMakers(Snapshot now, Set<String> reached,
			Map<String, @Nullable LocalDate> lastEngaged, LocalDate windowStart, Shared shared) {
		List<Involvement> targets = now.involved()
			.stream()
			.filter((i) -> i.role() == BuyingRole.DECISION_MAKER || i.role() == BuyingRole.APPROVER)
			.filter((i) -> !reached.contains(i.person()))
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.toList();
		if (targets.isEmpty()) {
			return List.of();
		}
		Set<String> blocked = new HashSet<>(shared.ourPeople());
		now.involved()
			.stream()
			.filter((i) -> i.attitude() == Attitude.OPPONENT)
			.forEach((i) -> blocked.add(i.person()));
		List<DealAnalysis.UnreachedDecisionMaker> unreached = new ArrayList<>();
		for (Involvement target : targets) {
			Set<String> without = new HashSet<>(blocked);
			without.remove(target.person());
			WarmPath path = warmPath(target.person(), now.asOf(), windowStart, without);
			unreached.add(new DealAnalysis.UnreachedDecisionMaker(target.person(), target.role(),
					now.influenceOf(target.person()), lastEngaged.get(target.person()),
					(path != null) ? path.ids() : null, (path != null) ? path.names() : null));
		}
		return unreached;
	}

	/** A warm path: the ids along it and, in the same order, the names. */
	record WarmPath(List<String> ids, List<String> names) {
	}

	private @Nullable WarmPath warmPath(String target, LocalDate asOf, LocalDate windowStart, Set<String> blocked) {
		List<WarmPath> paths = new ArrayList<>();
		this.client.query(this.queries.get("coverage/warm-paths"))
			.bindAll(
					Map.of("target", target, "asOf", asOf, "windowStart", windowStart, "blocked", List.copyOf(blocked)))
			.fetch()
			.all()
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				List<String> ids = (List<String>) row.get("ids");
				@SuppressWarnings("unchecked")
				List<String> names = (List<String>) row.get("names");
				paths.add(new WarmPath(ids, names));
			});
		// The query gives every shortest chain: keep the shortest of all, and among
		// those the one whose list of ids is smallest, element by element.
		int shortest = paths.stream().mapToInt((p) -> p.ids().size()).min().orElse(0);
		return paths.stream()
			.filter((p) -> p.ids().size() == shortest)
			.min((a, b) -> compareLists(a.ids(), b.ids()))
			.orElse(null);
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

	private Set<String> readOurPeople() {
		Set<String> ours = new HashSet<>();
		this.client.query(this.queries.get("coverage/our-people"))
			.fetch()
			.all()
			.forEach((row) -> ours.add((String) row.get("id")));
		return ours;
	}

	private Map<String, @Nullable LocalDate> lastEngagements(Collection<String> people, LocalDate asOf) {
		Map<String, @Nullable LocalDate> last = new HashMap<>();
		if (people.isEmpty()) {
			return last;
		}
		this.client.query(this.queries.get("coverage/last-engagements"))
			.bindAll(Map.of("people", List.copyOf(people), "asOf", asOf))
			.fetch()
			.all()
			.forEach((row) -> last.put((String) row.get("person"), (LocalDate) row.get("lastEngagedAt")));
		return last;
	}

	private void competitorTies(Snapshot now, Explanations explain, List<RiskFlag> risks) {
		List<Involvement> top = now.involved()
			.stream()
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.limit(3)
			.toList();
		if (top.isEmpty()) {
			return;
		}
		Map<String, List<Map<String, Object>>> ties = new HashMap<>();
		this.client.query(this.queries.get("risk/competitor-ties"))
			.bindAll(Map.of("people", top.stream().map(Involvement::person).toList(), "asOf", now.asOf()))
			.fetch()
			.all()
			.forEach((row) -> {
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> competitors = (List<Map<String, Object>>) row.get("competitors");
				ties.put((String) row.get("person"), competitors);
			});
		for (Involvement person : top) {
			List<Map<String, Object>> competitors = ties.get(person.person());
			if (competitors != null && !competitors.isEmpty()) {
				risks.add(new RiskFlag(RiskCode.COMPETITOR_TIE, 2, List.of(person.person()),
						explain.competitorTie(person.name(),
								competitors.stream()
									.sorted(Comparator.comparing((Map<String, Object> c) -> (String) c.get("id")))
									.map((c) -> c.get("name") + " (" + c.get("organization") + ")")
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

	private void unmappedPower(Opportunity opportunity, Snapshot now, Explanations explain, List<RiskFlag> risks) {
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
		this.client.query(this.queries.get("risk/managers-above"))
			.bindAll(Map.of("people", List.copyOf(involved), "account", opportunity.account(), "asOf", now.asOf()))
			.fetch()
			.all()
			.forEach((row) -> above.add((String) row.get("above")));
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
		Opportunity opportunity = graph.opportunity();
		LocalDate windowStart = now.asOf().minusDays(this.settings.regressionWindowDays());
		List<LocalDate> days = List.copyOf(this.client.query(this.queries.get("risk/assessment-dates"))
			.bindAll(Map.of("opportunity", opportunity.id(), "windowStart", windowStart, "asOf", now.asOf()))
			.fetchAs(LocalDate.class)
			.mappedBy((types, record) -> record.get("day").asLocalDate())
			.all());
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

	private static @Nullable LocalDate nullableDate(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, Value value) {
		return value.isNull() ? null : Enum.valueOf(type, value.asString());
	}

}

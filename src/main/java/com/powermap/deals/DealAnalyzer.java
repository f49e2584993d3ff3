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

	DealAnalyzer(Neo4jClient client, CypherQueries queries, AnalysisSettings settings) {
		this.client = client;
		this.queries = queries;
		this.settings = settings;
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
		Opportunity opportunity = opportunity(opportunityId);
		Snapshot now = snapshot(opportunity, asOf);
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
				windowStart);

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
			stageRegression(opportunity, now, effective, explain, risks);
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

	Snapshot snapshot(Opportunity opportunity, LocalDate asOf) {
		Map<String, Person> people = new LinkedHashMap<>();
		this.client.query(this.queries.get("influence/people-as-of"))
			.bindAll(Map.of("account", opportunity.account(), "asOf", asOf))
			.fetch()
			.all()
			.forEach((row) -> {
				String id = (String) row.get("id");
				people.put(id, new Person(id, (String) row.get("name"), (String) row.get("title")));
			});
		List<InfluenceRank.Deference> edges = List
			.copyOf(this.client.query(this.queries.get("influence/deference-edges"))
				.bindAll(Map.of("account", opportunity.account(), "opportunity", opportunity.id(), "asOf", asOf,
						"reportsToWeight", this.settings.reportsToWeight(), "delegationWeight",
						this.settings.delegationWeight()))
				.fetchAs(InfluenceRank.Deference.class)
				.mappedBy((types, record) -> new InfluenceRank.Deference(record.get("deferrer").asString(),
						record.get("deferee").asString(), record.get("weight").asDouble()))
				.all());
		Map<String, Double> influence = InfluenceRank.compute(people.keySet(), edges, this.settings.damping());
		Map<String, Long> keys = new HashMap<>();
		influence.forEach((person, value) -> keys.put(person, (long) Math.rint(value * 1e9)));
		List<Involvement> involved = List.copyOf(this.client.query(this.queries.get("deals/involvements-as-of"))
			.bindAll(Map.of("opportunity", opportunity.id(), "asOf", asOf, "influence", keys))
			.fetchAs(Involvement.class)
			.mappedBy((types, record) -> new Involvement(record.get("person").asString(), record.get("name").asString(),
					nullableString(record.get("title")), BuyingRole.valueOf(record.get("role").asString()),
					enumOrNull(Stage.class, record.get("stage")), nullableDate(record.get("stageSince")),
					enumOrNull(Attitude.class, record.get("attitude")),
					enumOrNull(Participation.class, record.get("participation"))))
			.all());
		return new Snapshot(asOf, people, influence, involved);
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
			Map<String, @Nullable LocalDate> lastEngaged, LocalDate windowStart) {
		List<Involvement> targets = now.involved()
			.stream()
			.filter((i) -> i.role() == BuyingRole.DECISION_MAKER || i.role() == BuyingRole.APPROVER)
			.filter((i) -> !reached.contains(i.person()))
			.sorted(byInfluence((Involvement i) -> now.influenceOf(i.person()), Involvement::person))
			.toList();
		if (targets.isEmpty()) {
			return List.of();
		}
		Set<String> blocked = new HashSet<>(ourPeople());
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
		// The query gives the shortest chains from each of our people: keep the shortest
		// of all,
		// and among those the one whose list of ids is smallest, element by element.
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

	private Set<String> ourPeople() {
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

	private void stageRegression(Opportunity opportunity, Snapshot now, Stage effective, Explanations explain,
			List<RiskFlag> risks) {
		LocalDate windowStart = now.asOf().minusDays(this.settings.regressionWindowDays());
		List<LocalDate> days = List.copyOf(this.client.query(this.queries.get("risk/assessment-dates"))
			.bindAll(Map.of("opportunity", opportunity.id(), "windowStart", windowStart, "asOf", now.asOf()))
			.fetchAs(LocalDate.class)
			.mappedBy((types, record) -> record.get("day").asLocalDate())
			.all());
		Stage highest = null;
		LocalDate since = null;
		for (LocalDate day : days) {
			Snapshot then = day.equals(now.asOf()) ? now : snapshot(opportunity, day);
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

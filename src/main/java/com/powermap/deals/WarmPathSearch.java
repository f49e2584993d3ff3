package com.powermap.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

import com.powermap.base.CypherQueries;

/**
 * The warm paths of many deals at once (DOMAIN.md section 3.3), searched from the
 * targets' side: the same answers as {@code coverage/warm-paths}, with one read per step
 * of the search for all targets together instead of one path search per target in the
 * database.
 * <p>
 * A path is one of our people, an ENGAGED within the window to a person f, then at most
 * five relationships from f to the target through people who may be on it (present on the
 * date, not ours and not an opponent of the deal, the target excepted). A breadth-first
 * search from the target over those people finds the layer nearest to it that holds
 * someone we engaged; the paths through that layer are the shortest ones, and the
 * smallest list of ids among them is built element by element: the smallest of our people
 * who engaged someone there, the smallest person of the layer they engaged, then at each
 * layer closer to the target the smallest neighbour of the person before.
 */
final class WarmPathSearch {

	/** A warm path is at most six relationships: ENGAGED and five more. */
	private static final int MAX_STEPS = 5;

	/**
	 * Whom a warm path is looked for: a person of a deal, avoiding the deal's opponents.
	 */
	record Target(String opportunity, String person, Set<String> opponents) {
	}

	/** What the search knows of a person: from its own read or from a neighbour's. */
	private record Known(String name, @Nullable LocalDate leftAt, List<String> engagedBy) {
	}

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final LocalDate asOf;

	private final LocalDate windowStart;

	/** Our people (working for an organization of kind SELF), by id, with their names. */
	private final Map<String, String> ours;

	private final Map<String, Known> known = new HashMap<>();

	/** The neighbours of every person read so far, each once. */
	private final Map<String, List<String>> neighbours = new HashMap<>();

	WarmPathSearch(Neo4jClient client, CypherQueries queries, LocalDate asOf, LocalDate windowStart,
			Map<String, String> ours) {
		this.client = client;
		this.queries = queries;
		this.asOf = asOf;
		this.windowStart = windowStart;
		this.ours = ours;
	}

	/** The warm path to each target that has one, by deal and person. */
	Map<String, Map<String, DealAnalyzer.WarmPath>> find(List<Target> targets) {
		Map<String, Map<String, DealAnalyzer.WarmPath>> paths = new HashMap<>();
		List<Search> active = new ArrayList<>();
		for (Target target : targets) {
			active.add(new Search(target));
		}
		while (!active.isEmpty()) {
			Set<String> unread = new LinkedHashSet<>();
			for (Search search : active) {
				for (String person : search.frontier()) {
					if (!this.neighbours.containsKey(person)) {
						unread.add(person);
					}
				}
			}
			read(unread);
			List<Search> next = new ArrayList<>();
			for (Search search : active) {
				List<String> path = search.step();
				if (path != null) {
					List<String> names = new ArrayList<>(path.size());
					names.add(this.ours.get(path.get(0)));
					for (String id : path.subList(1, path.size())) {
						names.add(this.known.get(id).name());
					}
					paths.computeIfAbsent(search.target.opportunity(), (deal) -> new HashMap<>())
						.put(search.target.person(), new DealAnalyzer.WarmPath(path, names));
				}
				else if (!search.done) {
					next.add(search);
				}
			}
			active = next;
		}
		return paths;
	}

	/** Reads the people of one step: who engaged them, and their neighbours. */
	private void read(Set<String> people) {
		if (people.isEmpty()) {
			return;
		}
		this.client.query(this.queries.get("coverage/warm-path-steps"))
			.bindAll(Map.of("people", List.copyOf(people), "asOf", this.asOf, "windowStart", this.windowStart))
			.fetchAs(String.class)
			.mappedBy((types, record) -> {
				String id = record.get("id").asString();
				this.known.put(id, new Known(record.get("name").asString(""),
						DealAnalyzer.nullableDate(record.get("leftAt")), strings(record.get("engagedBy"))));
				Set<String> next = new LinkedHashSet<>();
				for (Value neighbour : record.get("neighbours").values()) {
					String other = neighbour.get(0).asString();
					next.add(other);
					this.known.putIfAbsent(other, new Known(neighbour.get(1).asString(""),
							DealAnalyzer.nullableDate(neighbour.get(2)), strings(neighbour.get(3))));
				}
				this.neighbours.put(id, List.copyOf(next));
				return id;
			})
			.all();
	}

	private static List<String> strings(Value list) {
		return list.asList(Value::asString);
	}

	/** The search for one target, one layer further at each step. */
	private final class Search {

		private final Target target;

		/**
		 * The layers found so far: the target, then the people one relationship away...
		 */
		private final List<List<String>> layers = new ArrayList<>();

		private final Set<String> seen = new HashSet<>();

		private boolean done;

		Search(Target target) {
			this.target = target;
		}

		/** The people the next step reads: the target at first, then the last layer. */
		List<String> frontier() {
			return this.layers.isEmpty() ? List.of(this.target.person()) : this.layers.getLast();
		}

		/**
		 * Takes one step, now that the frontier's people are read: the path when one ends
		 * there, else null (then {@link #done} says whether the search is over).
		 */
		@Nullable List<String> step() {
			if (this.layers.isEmpty()) {
				// The frontier is the target, known now from its own read (or not a
				// person).
				Known target = WarmPathSearch.this.known.get(this.target.person());
				if (target == null || !present(target)) {
					this.done = true;
					return null;
				}
				this.seen.add(this.target.person());
				this.layers.add(List.of(this.target.person()));
				return finish();
			}
			List<String> layer = new ArrayList<>();
			for (String person : this.layers.getLast()) {
				for (String neighbour : WarmPathSearch.this.neighbours.get(person)) {
					if (!this.seen.contains(neighbour) && mayPass(neighbour)) {
						this.seen.add(neighbour);
						layer.add(neighbour);
					}
				}
			}
			this.layers.add(layer);
			return finish();
		}

		/** The path if the last layer holds someone we engaged; else whether to go on. */
		private @Nullable List<String> finish() {
			List<String> layer = this.layers.getLast();
			String ours = null;
			for (String person : layer) {
				for (String engager : WarmPathSearch.this.known.get(person).engagedBy()) {
					if (WarmPathSearch.this.ours.containsKey(engager)
							&& (ours == null || engager.compareTo(ours) < 0)) {
						ours = engager;
					}
				}
			}
			if (ours == null) {
				this.done = layer.isEmpty() || this.layers.size() > MAX_STEPS;
				return null;
			}
			String first = null;
			for (String person : layer) {
				if (WarmPathSearch.this.known.get(person).engagedBy().contains(ours)
						&& (first == null || person.compareTo(first) < 0)) {
					first = person;
				}
			}
			List<String> path = new ArrayList<>();
			path.add(ours);
			path.add(first);
			String current = first;
			for (int i = this.layers.size() - 2; i >= 0; i--) {
				String closest = null;
				for (String person : this.layers.get(i)) {
					if (WarmPathSearch.this.neighbours.get(person).contains(current)
							&& (closest == null || person.compareTo(closest) < 0)) {
						closest = person;
					}
				}
				path.add(closest);
				current = closest;
			}
			this.done = true;
			return path;
		}

		private boolean present(Known person) {
			return person.leftAt() == null || person.leftAt().isAfter(WarmPathSearch.this.asOf);
		}

		/** Whether a path may pass through someone on its way to the target. */
		private boolean mayPass(String person) {
			return present(WarmPathSearch.this.known.get(person)) && !WarmPathSearch.this.ours.containsKey(person)
					&& !this.target.opponents().contains(person);
		}

	}

}

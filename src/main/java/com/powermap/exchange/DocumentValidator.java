package com.powermap.exchange;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.powermap.organization.OrganizationKind;
import com.powermap.people.RelationshipType;

/**
 * The checks of a document that need the whole document or the stored graph: duplicate
 * identities, unknown references, relationships that join the wrong organizations,
 * REPORTS_TO cycles, involvements outside the account and accounts that are not customers
 * (DOMAIN.md section 2).
 */
final class DocumentValidator {

	private final PowermapDocument document;

	private final StoredGraph stored;

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, OrganizationKind> orgKinds = new HashMap<>();

	/** Person id to organization id, the document's word first. */
	private final Map<String, String> personOrg = new HashMap<>();

	/**
	 * Ids of elements that reading left out for an error: references to them are not
	 * unknown.
	 */
	private final Set<String> incompleteIds;

	private DocumentValidator(PowermapDocument document, StoredGraph stored, Set<String> incompleteIds) {
		this.document = document;
		this.stored = stored;
		this.incompleteIds = incompleteIds;
	}

	/**
	 * Checks a document against itself and the stored graph.
	 * @throws InvalidDocumentException with every error found
	 */
	static void validate(PowermapDocument document, StoredGraph stored) {
		List<ImportError> errors = check(document, stored, Set.of());
		if (!errors.isEmpty()) {
			throw new InvalidDocumentException(errors);
		}
	}

	/**
	 * Checks a document against itself and the stored graph, after reading found
	 * {@code incompleteIds} unusable.
	 * @return every error found
	 */
	static List<ImportError> check(PowermapDocument document, StoredGraph stored, Set<String> incompleteIds) {
		DocumentValidator validator = new DocumentValidator(document, stored, incompleteIds);
		validator.run();
		return validator.errors;
	}

	private void run() {
		checkDuplicates();
		loadOrganizations();
		loadPeople();
		checkPeople();
		checkRelationships();
		checkOpportunities();
		checkReportsToCycles();
	}

	private void checkDuplicates() {
		unique(this.document.organizations(), PowermapDocument.Organization::id, PowermapDocument.Organization::source,
				"organization id", "id");
		unique(this.document.people(), PowermapDocument.Person::id, PowermapDocument.Person::source, "person id", "id");
		unique(this.document.relationships(), PowermapDocument.Relationship::identity,
				PowermapDocument.Relationship::source, "relationship", null);
		unique(this.document.opportunities(), PowermapDocument.Opportunity::id, PowermapDocument.Opportunity::source,
				"opportunity id", "id");
		for (PowermapDocument.Opportunity opportunity : this.document.opportunities()) {
			unique(opportunity.involvements(), PowermapDocument.Involvement::person,
					PowermapDocument.Involvement::source, "involvement of person", "person");
			for (PowermapDocument.Involvement involvement : opportunity.involvements()) {
				unique(involvement.assessments(), (a) -> a.at().toString(), PowermapDocument.Assessment::source,
						"assessment at", "at");
			}
		}
	}

	private <T> void unique(List<T> elements, Function<T, String> identity, Function<T, Source> source, String what,
			@Nullable String field) {
		Map<String, Source> seen = new HashMap<>();
		for (T element : elements) {
			String key = identity.apply(element);
			Source first = seen.putIfAbsent(key, source.apply(element));
			if (first != null) {
				Source here = source.apply(element);
				error((field != null) ? here.field(field) : here.toString(),
						"duplicate " + what + " \"" + key + "\" (first at " + first + ")");
			}
		}
	}

	private void loadOrganizations() {
		for (PowermapDocument.Organization organization : this.document.organizations()) {
			this.orgKinds.put(organization.id(), organization.kind());
		}
		Set<String> referenced = new TreeSet<>();
		this.document.people().forEach((p) -> referenced.add(p.org()));
		this.document.opportunities().forEach((o) -> referenced.add(o.account()));
		referenced.removeAll(this.orgKinds.keySet());
		if (!referenced.isEmpty()) {
			this.stored.organizations(referenced).forEach(this.orgKinds::putIfAbsent);
		}
	}

	private void loadPeople() {
		for (PowermapDocument.Person person : this.document.people()) {
			this.personOrg.putIfAbsent(person.id(), person.org());
		}
		Set<String> referenced = new TreeSet<>();
		for (PowermapDocument.Relationship relationship : this.document.relationships()) {
			referenced.add(relationship.from());
			referenced.add(relationship.to());
		}
		for (PowermapDocument.Opportunity opportunity : this.document.opportunities()) {
			opportunity.involvements().forEach((i) -> referenced.add(i.person()));
		}
		referenced.removeAll(this.personOrg.keySet());
		if (!referenced.isEmpty()) {
			for (StoredGraph.StoredPerson person : this.stored.people(referenced).values()) {
				this.personOrg.put(person.id(), person.org());
				this.orgKinds.putIfAbsent(person.org(), person.orgKind());
			}
		}
	}

	private void checkPeople() {
		for (PowermapDocument.Person person : this.document.people()) {
			if (!this.orgKinds.containsKey(person.org()) && !this.incompleteIds.contains(person.org())) {
				error(person.source().field("org"), "unknown organization \"" + person.org() + "\"");
			}
		}
		// Person ids are global: a document that reuses the id of someone stored in
		// another
		// organization would move them and break their ties there.
		if (this.document.people().isEmpty()) {
			return;
		}
		Map<String, String> tied = this.stored
			.peopleTiedToOrganization(this.document.people().stream().map(PowermapDocument.Person::id).toList());
		for (PowermapDocument.Person person : this.document.people()) {
			String storedOrg = tied.get(person.id());
			if (storedOrg != null && !storedOrg.equals(person.org())) {
				error(person.source().field("org"),
						"\"" + person.id() + "\" is already a person of " + storedOrg
								+ " with reporting lines, influence or deals there; moving them to " + person.org()
								+ " would break those (person ids are global: use a new id for a different person)");
			}
		}
	}

	private void checkRelationships() {
		Set<String> opportunityIds = new HashSet<>();
		this.document.opportunities().forEach((o) -> opportunityIds.add(o.id()));
		Set<String> storedOpportunitiesNeeded = new TreeSet<>();
		for (PowermapDocument.Relationship relationship : this.document.relationships()) {
			if (relationship.opportunity() != null && !opportunityIds.contains(relationship.opportunity())) {
				storedOpportunitiesNeeded.add(relationship.opportunity());
			}
		}
		if (!storedOpportunitiesNeeded.isEmpty()) {
			opportunityIds.addAll(this.stored.opportunities(storedOpportunitiesNeeded).keySet());
		}
		for (PowermapDocument.Relationship relationship : this.document.relationships()) {
			Source source = relationship.source();
			String fromOrg = this.personOrg.get(relationship.from());
			String toOrg = this.personOrg.get(relationship.to());
			if (fromOrg == null && !this.incompleteIds.contains(relationship.from())) {
				error(source.field("from"), "unknown person \"" + relationship.from() + "\"");
			}
			if (toOrg == null && !this.incompleteIds.contains(relationship.to())) {
				error(source.field("to"), "unknown person \"" + relationship.to() + "\"");
			}
			if (relationship.opportunity() != null && !opportunityIds.contains(relationship.opportunity())
					&& !this.incompleteIds.contains(relationship.opportunity())) {
				error(source.field("opportunity"), "unknown opportunity \"" + relationship.opportunity() + "\"");
			}
			if (fromOrg == null || toOrg == null) {
				continue;
			}
			RelationshipType type = relationship.type();
			switch (type) {
				case REPORTS_TO, INFLUENCES -> {
					if (!fromOrg.equals(toOrg)) {
						error(source.toString(),
								type + " joins people of different organizations: \"" + relationship.from() + "\" ("
										+ fromOrg + ") and \"" + relationship.to() + "\" (" + toOrg
										+ "); use KNOWS for a tie across organizations");
					}
				}
				case KNOWS -> {
					if (fromOrg.equals(toOrg)) {
						error(source.toString(),
								"KNOWS is a tie between people of different organizations, but \"" + relationship.from()
										+ "\" and \"" + relationship.to() + "\" both belong to " + fromOrg
										+ "; use INFLUENCES inside one organization");
					}
				}
				case ENGAGED -> {
					OrganizationKind fromKind = this.orgKinds.get(fromOrg);
					if (fromKind != OrganizationKind.SELF) {
						error(source.field("from"),
								"ENGAGED must go from one of our people (an organization of kind SELF), but \""
										+ relationship.from() + "\" belongs to " + fromOrg + " ("
										+ ((fromKind != null) ? fromKind : "unknown kind") + ")");
					}
					else if (fromOrg.equals(toOrg)) {
						error(source.field("to"), "ENGAGED must reach a person of another organization, but \""
								+ relationship.to() + "\" belongs to our own " + toOrg);
					}
				}
				case DELEGATES -> {
				}
			}
		}
	}

	private void checkOpportunities() {
		for (PowermapDocument.Opportunity opportunity : this.document.opportunities()) {
			OrganizationKind kind = this.orgKinds.get(opportunity.account());
			if (kind == null) {
				if (!this.incompleteIds.contains(opportunity.account())) {
					error(opportunity.source().field("account"),
							"unknown organization \"" + opportunity.account() + "\"");
				}
			}
			else if (kind != OrganizationKind.CUSTOMER) {
				error(opportunity.source().field("account"), "the account \"" + opportunity.account() + "\" is a "
						+ kind + " organization; an opportunity's account must be a CUSTOMER");
			}
			for (PowermapDocument.Involvement involvement : opportunity.involvements()) {
				String org = this.personOrg.get(involvement.person());
				if (org == null) {
					if (!this.incompleteIds.contains(involvement.person())) {
						error(involvement.source().field("person"), "unknown person \"" + involvement.person() + "\"");
					}
				}
				else if (kind != null && !org.equals(opportunity.account())) {
					error(involvement.source().field("person"), "\"" + involvement.person() + "\" belongs to " + org
							+ ", not to the account " + opportunity.account() + " of this opportunity");
				}
			}
		}
	}

	/**
	 * A REPORTS_TO cycle is an error when all its relationships exist at one moment; a
	 * reorganization recorded with since and until may reverse a line without making a
	 * cycle. Stored relationships of the same organizations count, the document's version
	 * of one taking precedence.
	 */
	private void checkReportsToCycles() {
		Map<String, Edge> edges = new LinkedHashMap<>();
		Set<String> orgs = new TreeSet<>();
		for (PowermapDocument.Relationship relationship : this.document.relationships()) {
			if (relationship.type() == RelationshipType.REPORTS_TO) {
				String org = this.personOrg.get(relationship.from());
				if (org != null) {
					orgs.add(org);
				}
			}
		}
		if (orgs.isEmpty()) {
			return;
		}
		for (StoredGraph.StoredReportsTo existing : this.stored.reportsTo(orgs)) {
			edges.put(existing.from() + "\u0000" + existing.to(),
					new Edge(existing.from(), existing.to(), existing.since(), existing.until(), null, -1));
		}
		int order = 0;
		for (PowermapDocument.Relationship relationship : this.document.relationships()) {
			if (relationship.type() == RelationshipType.REPORTS_TO) {
				edges.put(relationship.from() + "\u0000" + relationship.to(), new Edge(relationship.from(),
						relationship.to(), relationship.since(), relationship.until(), relationship.source(), order++));
			}
		}
		List<Edge> all = new ArrayList<>(edges.values());
		if (findCycles(all).isEmpty()) {
			return;
		}
		// Some cycle exists when dates are ignored: look for one whose relationships
		// coexist. Any set
		// of intervals that overlaps does so at the latest of their starts, so those are
		// the moments
		// to look at (plus "before every start" for undated relationships).
		Set<LocalDate> moments = new TreeSet<>();
		all.forEach((e) -> {
			if (e.since() != null) {
				moments.add(e.since());
			}
		});
		Set<Set<String>> reported = new HashSet<>();
		List<@Nullable LocalDate> candidates = new ArrayList<>();
		candidates.add(null);
		candidates.addAll(moments);
		for (LocalDate moment : candidates) {
			List<Edge> existing = all.stream().filter((e) -> e.existsAt(moment)).toList();
			for (List<Edge> cycle : findCycles(existing)) {
				Set<String> members = new TreeSet<>();
				cycle.forEach((e) -> members.add(e.from()));
				if (!reported.add(members)) {
					continue;
				}
				// The cycle is reported at the last of its relationships in the document,
				// the one that
				// closes it, and named starting there.
				int closing = 0;
				for (int i = 1; i < cycle.size(); i++) {
					if (cycle.get(i).order() > cycle.get(closing).order()) {
						closing = i;
					}
				}
				Source blamed = cycle.get(closing).source();
				if (blamed == null) {
					continue;
				}
				StringBuilder path = new StringBuilder();
				for (int i = 0; i < cycle.size(); i++) {
					path.append(cycle.get((closing + i) % cycle.size()).from()).append(" -> ");
				}
				path.append(cycle.get(closing).from());
				error(blamed.toString(), "REPORTS_TO cycle: " + path);
			}
		}
	}

	private record Edge(String from, String to, @Nullable LocalDate since, @Nullable LocalDate until,
			@Nullable Source source, int order) {

		boolean existsAt(@Nullable LocalDate moment) {
			if (moment == null) {
				return this.since == null;
			}
			return (this.since == null || !this.since.isAfter(moment))
					&& (this.until == null || this.until.isAfter(moment));
		}

	}

	/**
	 * One cycle per strongly connected tangle found by depth-first search, each as its
	 * edges in order.
	 */
	private static List<List<Edge>> findCycles(List<Edge> edges) {
		Map<String, List<Edge>> out = new HashMap<>();
		for (Edge edge : edges) {
			out.computeIfAbsent(edge.from(), (k) -> new ArrayList<>()).add(edge);
		}
		List<List<Edge>> cycles = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (String start : new TreeSet<>(out.keySet())) {
			if (done.contains(start)) {
				continue;
			}
			// Iterative DFS keeping the current path, so deep hierarchies cannot overflow
			// the stack.
			Map<String, Integer> onPath = new HashMap<>();
			List<Edge> pathEdges = new ArrayList<>();
			Deque<Frame> stack = new ArrayDeque<>();
			stack.push(new Frame(start, out.getOrDefault(start, List.of())));
			onPath.put(start, 0);
			while (!stack.isEmpty()) {
				Frame frame = stack.peek();
				if (frame.next < frame.edges.size()) {
					Edge edge = frame.edges.get(frame.next++);
					Integer at = onPath.get(edge.to());
					if (at != null) {
						List<Edge> cycle = new ArrayList<>(pathEdges.subList(at, pathEdges.size()));
						cycle.add(edge);
						cycles.add(cycle);
					}
					else if (!done.contains(edge.to())) {
						pathEdges.add(edge);
						onPath.put(edge.to(), pathEdges.size());
						stack.push(new Frame(edge.to(), out.getOrDefault(edge.to(), List.of())));
					}
				}
				else {
					stack.pop();
					onPath.remove(frame.node);
					done.add(frame.node);
					if (!pathEdges.isEmpty()) {
						pathEdges.remove(pathEdges.size() - 1);
					}
				}
			}
		}
		return cycles;
	}

	private static final class Frame {

		final String node;

		final List<Edge> edges;

		int next;

		Frame(String node, List<Edge> edges) {
			this.node = node;
			this.edges = edges;
		}

	}

	private void error(String path, String message) {
		this.errors.add(new ImportError(path, message));
	}

}

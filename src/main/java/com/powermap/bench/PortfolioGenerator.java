package com.powermap.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.Participation;
import com.powermap.deals.Stage;
import com.powermap.exchange.Moment;
import com.powermap.exchange.PowermapDocument;
import com.powermap.exchange.Source;
import com.powermap.organization.OrganizationKind;
import com.powermap.people.RelationshipType;

/**
 * Generates a portfolio of the {@code powermap/v1} model, deterministically for a seed:
 * first {@link #world()} (our own company with its sellers, three competitors and two
 * partners), then one document per account ({@link #account(int)}), each generated from
 * its own seed so that an account can be produced alone, and streamed: the whole
 * portfolio never has to sit in memory at once.
 * <p>
 * An account of n people has a REPORTS_TO tree (a few people with a former manager whose
 * line has ended), about three INFLUENCES per person with random strengths (some ended or
 * not yet begun), KNOWS ties from about 60% of its people to its contacts at competitors
 * and partners, ENGAGED from our sellers to about 30% of its people over the eight months
 * before {@link #AS_OF}, 2% of people who have left, and opportunities with 5 to 15
 * involvements (one decision-maker near the top, one approver) whose assessments go back
 * up to 90 days, with some delegations. That makes about five relationships per person.
 */
public final class PortfolioGenerator {

	/** The seed of the published figures. */
	public static final long SEED = 20_260_601L;

	/** The date the generated portfolio is analysed as of. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	public static final String SELF = "us";

	static final String[] COMPETITORS = { "rival-1", "rival-2", "rival-3" };

	static final String[] PARTNERS = { "partner-1", "partner-2" };

	private static final String[] FIRST = { "Anna", "Ben", "Chen", "Dana", "Elif", "Femi", "Greta", "Hugo", "Ines",
			"Jonas", "Kaya", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uwe", "Vera",
			"Wei", "Yara", "Zoe" };

	private static final String[] LAST = { "Albrecht", "Brandt", "Costa", "Dietrich", "Eriksen", "Fischer", "Garcia",
			"Hoffmann", "Ivanova", "Jansen", "Keller", "Lindqvist", "Moreau", "Nowak", "Okafor", "Petrov", "Rossi",
			"Schulz", "Tanaka", "Varga", "Wagner", "Yilmaz", "Zhou" };

	private static final String[] DEPARTMENTS = { "Management", "Production", "Finance", "IT", "Supply Chain",
			"Quality", "Sales", "R&D", "HR" };

	private static final String[] TITLES = { "Chief Executive Officer", "Vice President", "Director", "Manager",
			"Team Lead", "Specialist" };

	private static final Stage[] OPEN_STAGES = { Stage.INTENT, Stage.APPROVAL, Stage.SOLUTION, Stage.COMMERCIAL };

	private static final BuyingRole[] OTHER_ROLES = { BuyingRole.EVALUATOR, BuyingRole.USER, BuyingRole.INFLUENCER,
			BuyingRole.GATEKEEPER, BuyingRole.APPROVER };

	private static final String[] CHANNELS = { "MEETING", "CALL", "EMAIL", "EVENT" };

	private static final String[] CURRENCIES = { "EUR", "USD", "CNY" };

	private final Scale scale;

	private final long seed;

	private final int[] sizes;

	public PortfolioGenerator(Scale scale, long seed) {
		this.scale = scale;
		this.seed = seed;
		this.sizes = sizes(scale, seed);
	}

	public Scale scale() {
		return this.scale;
	}

	public int accounts() {
		return this.sizes.length;
	}

	/** The number of customer people of account {@code index}. */
	public int accountSize(int index) {
		return this.sizes[index];
	}

	/** The id of account {@code index}. */
	public String accountId(int index) {
		return String.format("a%04d", index + 1);
	}

	/**
	 * Sizes between 10 and 1,000 skewed toward small accounts (10 + 990 u^10 has mean
	 * 100), nudged to add up to the scale's people exactly.
	 */
	static int[] sizes(Scale scale, long seed) {
		int n = scale.accounts();
		int[] sizes = new int[n];
		if (n == 1) {
			sizes[0] = scale.people();
			return sizes;
		}
		Random random = new Random(seed);
		long total = 0;
		for (int i = 0; i < n; i++) {
			sizes[i] = 10 + (int) (990 * Math.pow(random.nextDouble(), 10));
			total += sizes[i];
		}
		long missing = scale.people() - total;
		for (int i = 0; missing != 0; i = (i + 1) % n) {
			if (missing > 0 && sizes[i] < 1000) {
				sizes[i]++;
				missing--;
			}
			else if (missing < 0 && sizes[i] > 10) {
				sizes[i]--;
				missing++;
			}
		}
		return sizes;
	}

	/** Our own company and its sellers, the competitors and the partners. */
	public PowermapDocument world() {
		Source.JsonPath root = new Source.JsonPath("$");
		List<PowermapDocument.Organization> organizations = new ArrayList<>();
		organizations.add(new PowermapDocument.Organization(root.index("organizations", 0), SELF, "Powermap Sellers",
				OrganizationKind.SELF));
		for (String id : COMPETITORS) {
			organizations.add(new PowermapDocument.Organization(root.index("organizations", organizations.size()), id,
					"Competitor " + id.substring(id.indexOf('-') + 1), OrganizationKind.COMPETITOR));
		}
		for (String id : PARTNERS) {
			organizations.add(new PowermapDocument.Organization(root.index("organizations", organizations.size()), id,
					"Partner " + id.substring(id.indexOf('-') + 1), OrganizationKind.PARTNER));
		}
		Random random = new Random(this.seed);
		List<PowermapDocument.Person> people = new ArrayList<>();
		for (int s = 0; s < this.scale.sellers(); s++) {
			people.add(new PowermapDocument.Person(root.index("people", s), seller(s), name(random), "Account Manager",
					"Sales", null, SELF, null));
		}
		return new PowermapDocument(AS_OF, organizations, people, List.of(), List.of());
	}

	static String seller(int index) {
		return "us-s" + (index + 1);
	}

	/** The document of one account: its organization, people, ties and opportunities. */
	public PowermapDocument account(int index) {
		return accounts(index, index + 1);
	}

	/**
	 * One document of the accounts {@code from} (inclusive) to {@code to} (exclusive):
	 * each the same as in its own document, every element's path counted in this one.
	 */
	public PowermapDocument accounts(int from, int to) {
		if (from < 0 || to > accounts() || from >= to) {
			throw new IllegalArgumentException(
					"accounts %d (inclusive) to %d (exclusive): must be at least one of the %d, numbered from 0"
						.formatted(from, to, accounts()));
		}
		List<PowermapDocument.Organization> organizations = new ArrayList<>();
		List<PowermapDocument.Person> people = new ArrayList<>();
		List<PowermapDocument.Relationship> relationships = new ArrayList<>();
		List<PowermapDocument.Opportunity> opportunities = new ArrayList<>();
		for (int index = from; index < to; index++) {
			new AccountBuilder(index, people, relationships, opportunities).build(organizations);
		}
		return new PowermapDocument(AS_OF, List.copyOf(organizations), List.copyOf(people), List.copyOf(relationships),
				List.copyOf(opportunities));
	}

	/**
	 * Builds one account into the lists of a document, which may hold other accounts
	 * before it.
	 */
	private final class AccountBuilder {

		private final Random random;

		private final String id;

		private final int n;

		private final Source.JsonPath root = new Source.JsonPath("$");

		private final List<PowermapDocument.Person> people;

		private final List<PowermapDocument.Relationship> relationships;

		private final List<PowermapDocument.Opportunity> opportunities;

		private final int[] depth;

		private final String[] department;

		private final Set<String> delegations = new HashSet<>();

		AccountBuilder(int index, List<PowermapDocument.Person> people,
				List<PowermapDocument.Relationship> relationships, List<PowermapDocument.Opportunity> opportunities) {
			this.people = people;
			this.relationships = relationships;
			this.opportunities = opportunities;
			this.random = new Random(PortfolioGenerator.this.seed * 1_000_003L + index + 1);
			this.id = accountId(index);
			this.n = accountSize(index);
			this.depth = new int[this.n];
			this.department = new String[this.n];
		}

		String person(int j) {
			return this.id + "-p" + j;
		}

		void build(List<PowermapDocument.Organization> organizations) {
			Random r = this.random;
			// The tree first: person j reports to one of the first (j+3)/4, which keeps
			// it
			// shallow.
			int[] manager = new int[this.n];
			manager[0] = -1;
			for (int j = 1; j < this.n; j++) {
				manager[j] = r.nextInt(Math.max(1, (j + 3) / 4));
				this.depth[j] = this.depth[manager[j]] + 1;
				this.department[j] = (this.depth[j] == 1) ? DEPARTMENTS[1 + r.nextInt(DEPARTMENTS.length - 1)]
						: this.department[manager[j]];
			}
			this.department[0] = DEPARTMENTS[0];
			for (int j = 0; j < this.n; j++) {
				LocalDate leftAt = null;
				if (j > 0 && r.nextInt(50) == 0) {
					leftAt = AS_OF.minusDays(r.nextInt(300) - 20);
				}
				String title = TITLES[Math.min(this.depth[j], TITLES.length - 1)]
						+ ((j > 0) ? ", " + this.department[j] : "");
				this.people.add(new PowermapDocument.Person(this.root.index("people", this.people.size()), person(j),
						name(r), title, this.department[j], null, this.id, leftAt));
			}
			for (int j = 1; j < this.n; j++) {
				LocalDate since = (r.nextInt(10) == 0) ? AS_OF.minusDays(r.nextInt(720)) : null;
				relationship(RelationshipType.REPORTS_TO, person(j), person(manager[j]), null, null, null, since, null);
				if (j > 1 && r.nextInt(33) == 0) {
					int former = r.nextInt(j);
					if (former != manager[j]) {
						relationship(RelationshipType.REPORTS_TO, person(j), person(former), null, null, null, null,
								AS_OF.minusDays(1 + r.nextInt(400)));
					}
				}
			}
			influences();
			int contacts = Math.max(1, this.n / 25);
			knows(contacts);
			engaged();
			for (int o = 0; o < PortfolioGenerator.this.scale.opportunitiesPerAccount(); o++) {
				opportunity(o);
			}
			organizations.add(new PowermapDocument.Organization(this.root.index("organizations", organizations.size()),
					this.id, "Account " + this.id + " Ltd", OrganizationKind.CUSTOMER));
		}

		private void influences() {
			Random r = this.random;
			Set<Long> seen = new HashSet<>();
			for (int j = 0; j < this.n; j++) {
				int count = r.nextInt(7);
				for (int k = 0; k < count; k++) {
					int to = (r.nextBoolean()) ? Math.floorMod(j + r.nextInt(41) - 20, this.n) : r.nextInt(this.n);
					if (to == j || !seen.add((long) j * this.n + to)) {
						continue;
					}
					double strength = (1 + r.nextInt(100)) / 100.0;
					LocalDate since = null;
					LocalDate until = null;
					int dated = r.nextInt(25);
					if (dated == 0) {
						until = AS_OF.minusDays(r.nextInt(200) - 5);
					}
					else if (dated == 1) {
						since = AS_OF.minusDays(r.nextInt(60) - 5);
					}
					relationship(RelationshipType.INFLUENCES, person(j), person(to), strength, null, null, since,
							until);
				}
			}
		}

		private void knows(int contacts) {
			Random r = this.random;
			for (int c = 0; c < contacts; c++) {
				boolean competitor = r.nextInt(5) < 3;
				String org = competitor ? COMPETITORS[r.nextInt(COMPETITORS.length)]
						: PARTNERS[r.nextInt(PARTNERS.length)];
				LocalDate leftAt = (r.nextInt(20) == 0) ? AS_OF.minusDays(r.nextInt(100)) : null;
				this.people
					.add(new PowermapDocument.Person(this.root.index("people", this.people.size()), this.id + "-x" + c,
							name(r), competitor ? "Sales Engineer" : "Consultant", null, null, org, leftAt));
			}
			for (int j = 0; j < this.n; j++) {
				if (r.nextInt(5) >= 3) {
					continue;
				}
				String contact = this.id + "-x" + r.nextInt(contacts);
				Double strength = r.nextBoolean() ? (1 + r.nextInt(100)) / 100.0 : null;
				LocalDate until = (r.nextInt(20) == 0) ? AS_OF.minusDays(r.nextInt(100)) : null;
				// Either direction: the analyses follow KNOWS both ways.
				if (r.nextBoolean()) {
					relationship(RelationshipType.KNOWS, person(j), contact, strength, "ex-colleague", null, null,
							until);
				}
				else {
					relationship(RelationshipType.KNOWS, contact, person(j), strength, "met at a trade fair", null,
							null, until);
				}
			}
		}

		private void engaged() {
			Random r = this.random;
			int sellers = PortfolioGenerator.this.scale.sellers();
			int first = r.nextInt(sellers);
			int team = 1 + r.nextInt(Math.min(3, sellers));
			for (int j = 0; j < this.n; j++) {
				if (r.nextInt(10) >= 3) {
					continue;
				}
				int meetings = 1 + ((r.nextInt(4) == 0) ? 1 : 0);
				Set<LocalDate> days = new TreeSet<>();
				for (int m = 0; m < meetings; m++) {
					days.add(AS_OF.minusDays(r.nextInt(240) - 3));
				}
				String from = seller((first + r.nextInt(team)) % sellers);
				for (LocalDate day : days) {
					this.relationships.add(new PowermapDocument.Relationship(
							this.root.index("relationships", this.relationships.size()), RelationshipType.ENGAGED, from,
							person(j), null, null, null, null, Moment.of(day), CHANNELS[r.nextInt(CHANNELS.length)],
							null, null));
				}
			}
		}

		private void opportunity(int o) {
			Random r = this.random;
			String opportunity = this.id + "-o" + (o + 1);
			int wanted = Math.min(this.n, 5 + r.nextInt(11));
			Set<Integer> chosen = new java.util.LinkedHashSet<>();
			int top = Math.max(1, Math.min(this.n, this.n / 50 + 1));
			chosen.add(r.nextInt(top));
			int upper = Math.max(1, Math.min(this.n, this.n / 10 + 2));
			for (int tries = 0; chosen.size() < 2 && tries < 20; tries++) {
				chosen.add(r.nextInt(upper));
			}
			while (chosen.size() < wanted) {
				chosen.add(r.nextInt(this.n));
			}
			Source.JsonPath at = this.root.index("opportunities", this.opportunities.size());
			List<PowermapDocument.Involvement> involvements = new ArrayList<>();
			int i = 0;
			for (int j : chosen) {
				BuyingRole role = (i == 0) ? BuyingRole.DECISION_MAKER
						: (i == 1) ? BuyingRole.APPROVER : OTHER_ROLES[r.nextInt(OTHER_ROLES.length)];
				Source.JsonPath involvement = at.index("involvements", i);
				involvements
					.add(new PowermapDocument.Involvement(involvement, person(j), role, assessments(involvement)));
				if (i == 0 && r.nextBoolean()) {
					int delegate = r.nextInt(this.n);
					String scope = (r.nextInt(3) == 0) ? null : opportunity;
					if (delegate != j && this.delegations.add(j + " " + delegate + " " + scope)) {
						relationship(RelationshipType.DELEGATES, person(j), person(delegate), null, null, scope, null,
								null);
					}
				}
				i++;
			}
			Stage claimed = (r.nextInt(10) == 0) ? Stage.CLOSED : OPEN_STAGES[r.nextInt(OPEN_STAGES.length)];
			this.opportunities
				.add(new PowermapDocument.Opportunity(at, opportunity, "Deal " + (o + 1) + " with " + this.id, this.id,
						claimed, BigDecimal.valueOf(10_000L * (1 + r.nextInt(200))),
						CURRENCIES[r.nextInt(CURRENCIES.length)], involvements));
		}

		private List<PowermapDocument.Assessment> assessments(Source.JsonPath involvement) {
			Random r = this.random;
			int count = (r.nextInt(10) == 0) ? 0 : 1 + r.nextInt(4);
			Set<LocalDate> days = new TreeSet<>();
			for (int k = 0; k < count; k++) {
				days.add(AS_OF.minusDays(r.nextInt(95) - 5));
			}
			List<PowermapDocument.Assessment> assessments = new ArrayList<>();
			for (LocalDate day : days) {
				Stage stage = (r.nextInt(5) < 4) ? Stage.values()[1 + r.nextInt(4)] : null;
				Attitude attitude = (r.nextInt(10) < 7) ? Attitude.values()[r.nextInt(Attitude.values().length)] : null;
				Participation participation = (r.nextInt(10) < 4)
						? Participation.values()[r.nextInt(Participation.values().length)] : null;
				assessments.add(new PowermapDocument.Assessment(involvement.index("assessments", assessments.size()),
						Moment.of(day), stage, attitude, participation, null));
			}
			return assessments;
		}

		private void relationship(RelationshipType type, String from, String to, @Nullable Double strength,
				@Nullable String context, @Nullable String opportunity, @Nullable LocalDate since,
				@Nullable LocalDate until) {
			this.relationships
				.add(new PowermapDocument.Relationship(this.root.index("relationships", this.relationships.size()),
						type, from, to, strength, null, context, opportunity, null, null, since, until));
		}

	}

	private static String name(Random random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

}

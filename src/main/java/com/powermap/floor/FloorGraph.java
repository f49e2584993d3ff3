package com.powermap.floor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.powermap.deals.Attitude;
import com.powermap.deals.BuyingRole;
import com.powermap.deals.Participation;
import com.powermap.deals.Stage;
import com.powermap.exchange.PowermapDocument;
import com.powermap.organization.OrganizationKind;

/**
 * A whole portfolio held in arrays: people and organizations by index, relationships as
 * parallel columns, and, after {@link #freeze()}, each person's outgoing and incoming
 * relationships and each organization's people as offsets into flat arrays. Dates are
 * epoch days; a missing {@code since} is {@link Integer#MIN_VALUE}, a missing
 * {@code until} or {@code leftAt} {@link Integer#MAX_VALUE}.
 * <p>
 * Documents are added as they come ({@link #add}); each identity is expected once, as the
 * benchmark generates them (this is a floor to measure against, not a second store).
 */
public final class FloorGraph {

	static final byte REPORTS_TO = 0;

	static final byte INFLUENCES = 1;

	static final byte DELEGATES = 2;

	static final byte KNOWS = 3;

	static final byte ENGAGED = 4;

	static final int NONE = -1;

	// Organizations.
	private final Map<String, Integer> orgIndex = new HashMap<>();

	final List<String> orgIds = new ArrayList<>();

	final List<String> orgNames = new ArrayList<>();

	final List<OrganizationKind> orgKinds = new ArrayList<>();

	// People.
	private final Map<String, Integer> personIndex = new HashMap<>();

	String[] personIds = new String[1024];

	String[] personNames = new String[1024];

	@Nullable String[] personTitles = new String[1024];

	@Nullable String[] personDepartments = new String[1024];

	int[] personOrg = new int[1024];

	int[] leftAt = new int[1024];

	int people;

	// Relationships, one column per field.
	byte[] type = new byte[4096];

	int[] from = new int[4096];

	int[] to = new int[4096];

	double[] strength = new double[4096];

	int[] since = new int[4096];

	int[] until = new int[4096];

	int[] opportunity = new int[4096];

	int[] day = new int[4096];

	int edges;

	// Opportunities.
	private final Map<String, Integer> opportunityIndex = new HashMap<>();

	final List<@Nullable Deal> deals = new ArrayList<>();

	// Built by freeze().
	int[] outStart = new int[1];

	int[] outEdges = new int[0];

	int[] inStart = new int[1];

	int[] inEdges = new int[0];

	int[] memberStart = new int[1];

	int[] members = new int[0];

	/** An opportunity with its involvements. */
	record Deal(int slot, String id, String name, int account, Stage claimedStage, @Nullable BigDecimal amount,
			@Nullable String currency, List<Involvement> involvements) {
	}

	/** An involvement and its assessments, in the order they apply. */
	record Involvement(int person, BuyingRole role, List<Assessment> assessments) {
	}

	/**
	 * One assessment: its calendar day, the instant that orders assessments of one day,
	 * its place in the document, and its fields.
	 */
	record Assessment(int day, long instant, int seq, @Nullable Stage stage, @Nullable Attitude attitude,
			@Nullable Participation participation) {
	}

	/** Adds a document's organizations, people, relationships and opportunities. */
	public void add(PowermapDocument document) {
		for (PowermapDocument.Organization o : document.organizations()) {
			Integer known = this.orgIndex.get(o.id());
			if (known == null) {
				this.orgIndex.put(o.id(), this.orgIds.size());
				this.orgIds.add(o.id());
				this.orgNames.add(o.name());
				this.orgKinds.add(o.kind());
			}
			else {
				this.orgNames.set(known, o.name());
				this.orgKinds.set(known, o.kind());
			}
		}
		for (PowermapDocument.Person p : document.people()) {
			int i = this.people++;
			if (i == this.personIds.length) {
				int size = i * 2;
				this.personIds = Arrays.copyOf(this.personIds, size);
				this.personNames = Arrays.copyOf(this.personNames, size);
				this.personTitles = Arrays.copyOf(this.personTitles, size);
				this.personDepartments = Arrays.copyOf(this.personDepartments, size);
				this.personOrg = Arrays.copyOf(this.personOrg, size);
				this.leftAt = Arrays.copyOf(this.leftAt, size);
			}
			this.personIndex.put(p.id(), i);
			this.personIds[i] = p.id();
			this.personNames[i] = p.name();
			this.personTitles[i] = p.title();
			this.personDepartments[i] = p.department();
			this.personOrg[i] = this.orgIndex.get(p.org());
			this.leftAt[i] = (p.leftAt() != null) ? (int) p.leftAt().toEpochDay() : Integer.MAX_VALUE;
		}
		for (PowermapDocument.Relationship r : document.relationships()) {
			int e = this.edges++;
			if (e == this.type.length) {
				int size = e * 2;
				this.type = Arrays.copyOf(this.type, size);
				this.from = Arrays.copyOf(this.from, size);
				this.to = Arrays.copyOf(this.to, size);
				this.strength = Arrays.copyOf(this.strength, size);
				this.since = Arrays.copyOf(this.since, size);
				this.until = Arrays.copyOf(this.until, size);
				this.opportunity = Arrays.copyOf(this.opportunity, size);
				this.day = Arrays.copyOf(this.day, size);
			}
			this.type[e] = (byte) r.type().ordinal();
			this.from[e] = this.personIndex.get(r.from());
			this.to[e] = this.personIndex.get(r.to());
			this.strength[e] = (r.strength() != null) ? r.strength() : Double.NaN;
			this.since[e] = (r.since() != null) ? (int) r.since().toEpochDay() : Integer.MIN_VALUE;
			this.until[e] = (r.until() != null) ? (int) r.until().toEpochDay() : Integer.MAX_VALUE;
			this.opportunity[e] = (r.opportunity() != null) ? opportunitySlot(r.opportunity()) : NONE;
			this.day[e] = (r.at() != null) ? (int) r.at().day().toEpochDay() : 0;
		}
		int seq = 0;
		for (PowermapDocument.Opportunity o : document.opportunities()) {
			List<Involvement> involvements = new ArrayList<>();
			for (PowermapDocument.Involvement i : o.involvements()) {
				List<Assessment> assessments = new ArrayList<>();
				for (PowermapDocument.Assessment a : i.assessments()) {
					LocalDate d = a.at().day();
					long instant = (a.at().instant() != null) ? a.at().instant().getEpochSecond()
							: d.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
					assessments.add(new Assessment((int) d.toEpochDay(), instant, seq++, a.stage(), a.attitude(),
							a.participation()));
				}
				assessments.sort(Comparator.comparingInt(Assessment::day)
					.thenComparingLong(Assessment::instant)
					.thenComparingInt(Assessment::seq));
				involvements.add(new Involvement(this.personIndex.get(i.person()), i.role(), List.copyOf(assessments)));
			}
			int slot = opportunitySlot(o.id());
			this.deals.set(slot, new Deal(slot, o.id(), o.name(), this.orgIndex.get(o.account()), o.claimedStage(),
					o.amount(), o.currency(), List.copyOf(involvements)));
		}
	}

	private int opportunitySlot(String id) {
		Integer slot = this.opportunityIndex.get(id);
		if (slot == null) {
			slot = this.deals.size();
			this.opportunityIndex.put(id, slot);
			this.deals.add(null);
		}
		return slot;
	}

	/**
	 * Builds each person's outgoing and incoming relationships and each organization's
	 * people; call it after the last {@link #add} and before analysing.
	 */
	public void freeze() {
		int n = this.people;
		this.outStart = new int[n + 1];
		this.inStart = new int[n + 1];
		for (int e = 0; e < this.edges; e++) {
			this.outStart[this.from[e] + 1]++;
			this.inStart[this.to[e] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			this.outStart[i + 1] += this.outStart[i];
			this.inStart[i + 1] += this.inStart[i];
		}
		this.outEdges = new int[this.edges];
		this.inEdges = new int[this.edges];
		int[] outFill = Arrays.copyOf(this.outStart, n);
		int[] inFill = Arrays.copyOf(this.inStart, n);
		for (int e = 0; e < this.edges; e++) {
			this.outEdges[outFill[this.from[e]]++] = e;
			this.inEdges[inFill[this.to[e]]++] = e;
		}
		int orgs = this.orgIds.size();
		this.memberStart = new int[orgs + 1];
		for (int i = 0; i < n; i++) {
			this.memberStart[this.personOrg[i] + 1]++;
		}
		for (int o = 0; o < orgs; o++) {
			this.memberStart[o + 1] += this.memberStart[o];
		}
		this.members = new int[n];
		int[] fill = Arrays.copyOf(this.memberStart, orgs);
		for (int i = 0; i < n; i++) {
			this.members[fill[this.personOrg[i]]++] = i;
		}
	}

	/** How many people an organization has, left or not. */
	public int peopleOf(String organization) {
		Integer o = this.orgIndex.get(organization);
		return (o != null) ? this.memberStart[o + 1] - this.memberStart[o] : 0;
	}

	/** The account of an opportunity. */
	public @Nullable String accountOf(String opportunity) {
		Deal deal = deal(opportunity);
		return (deal != null) ? this.orgIds.get(deal.account()) : null;
	}

	public int people() {
		return this.people;
	}

	public int relationships() {
		return this.edges;
	}

	/** The ids of every opportunity, in the order they were added. */
	public List<String> opportunities() {
		List<String> ids = new ArrayList<>();
		for (Deal deal : this.deals) {
			if (deal != null) {
				ids.add(deal.id());
			}
		}
		return ids;
	}

	@Nullable Deal deal(String id) {
		Integer slot = this.opportunityIndex.get(id);
		return (slot != null) ? this.deals.get(slot) : null;
	}

	@Nullable Integer person(String id) {
		return this.personIndex.get(id);
	}

	@Nullable Integer organization(String id) {
		return this.orgIndex.get(id);
	}

	OrganizationKind kindOf(int person) {
		return this.orgKinds.get(this.personOrg[person]);
	}

	/** Whether relationship {@code e} exists on epoch day {@code t}. */
	boolean exists(int e, int t) {
		return this.since[e] <= t && this.until[e] > t;
	}

	boolean present(int person, int t) {
		return this.leftAt[person] > t;
	}

}

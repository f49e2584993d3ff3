package com.powermap.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import com.powermap.access.AccountAccess;
import com.powermap.access.AccountScope;
import com.powermap.access.NoAccessException;
import com.powermap.base.CypherQueries;
import com.powermap.organization.OrganizationKind;

/**
 * Import and export of the {@code powermap/v1} exchange format, and import of HR org
 * charts. An import is all-or-nothing: it is checked completely, inside the transaction
 * that writes it, and a document with any error writes nothing.
 */
@Service
public class ExchangeService {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final ObjectMapper mapper;

	private final Clock clock;

	private final AccountAccess access;

	private final ApplicationEventPublisher events;

	ExchangeService(Neo4jClient client, CypherQueries queries, ObjectMapper mapper, AccountAccess access,
			ApplicationEventPublisher events) {
		this.client = client;
		this.queries = queries;
		// Decimals are read exactly, so that 1e400 or 1.0000000000000002 is judged (and
		// quoted in the error) as written, not as a rounded double.
		this.mapper = mapper.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		this.access = access;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Imports a {@code powermap/v1} document given as JSON text.
	 * @throws InvalidDocumentException listing every error, when nothing was written
	 */
	@Transactional
	public ImportResult importJson(String json) {
		return importJson(json, true);
	}

	/**
	 * Imports a small document written by an editing service, which has counted up the
	 * version of the person or opportunity it changes (and refused a stale one) already.
	 * Otherwise as {@link #importJson}.
	 * @throws InvalidDocumentException listing every error, when nothing was written
	 */
	@Transactional
	public ImportResult importEdit(String json) {
		return importJson(json, false);
	}

	private ImportResult importJson(String json, boolean countVersions) {
		this.access.checkWrite();
		PowermapDocument document = checked(json);
		checkAccounts(document);
		return written(new DocumentWriter(this.client, this.queries, countVersions).write(document));
	}

	/**
	 * Imports a document that has been read already.
	 * @throws InvalidDocumentException listing every error, when nothing was written
	 */
	@Transactional
	public ImportResult importDocument(PowermapDocument document) {
		this.access.checkWrite();
		checkAccounts(document);
		DocumentValidator.validate(document, new Neo4jStoredGraph(this.client, this.queries));
		return written(new DocumentWriter(this.client, this.queries, true).write(document));
	}

	/**
	 * Announces a write, inside its transaction: what listens after the commit (the
	 * influence cache) hears it once the write is committed, and never when it is rolled
	 * back.
	 */
	private ImportResult written(ImportResult result) {
		this.events.publishEvent(new GraphChanged());
		return result;
	}

	/**
	 * Applies a document for a what-if: what it writes is seen by the rest of the
	 * surrounding transaction, which is then always rolled back, so that a caller who may
	 * only read may do this too. The caller must still see every account the document
	 * touches.
	 * @throws InvalidDocumentException listing every error
	 */
	@Transactional
	public ImportResult applyHypothetically(PowermapDocument document) {
		// Marks the surrounding transaction (or this one, when alone) for rollback.
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		checkAccounts(document);
		DocumentValidator.validate(document, new Neo4jStoredGraph(this.client, this.queries));
		return new DocumentWriter(this.client, this.queries, false).write(document);
	}

	/**
	 * Checks that the caller may see every account a document touches: its customer
	 * organizations, the accounts of its opportunities and people, and the accounts of
	 * the stored people it ties to. A key-account manager cannot add a new account.
	 */
	private void checkAccounts(PowermapDocument document) {
		AccountScope scope = this.access.scope();
		if (scope.all()) {
			return;
		}
		Map<String, OrganizationKind> kinds = new HashMap<>();
		document.organizations().forEach((o) -> kinds.put(o.id(), o.kind()));
		Set<String> referenced = new HashSet<>();
		document.people().forEach((p) -> referenced.add(p.org()));
		document.opportunities().forEach((o) -> referenced.add(o.account()));
		referenced.removeAll(kinds.keySet());
		kinds.putAll(new Neo4jStoredGraph(this.client, this.queries).organizations(referenced));
		kinds.forEach((id, kind) -> {
			if (kind == OrganizationKind.CUSTOMER && !scope.permits(id)) {
				throw new NoAccessException("no access to account \"" + id + "\"");
			}
		});
		Set<String> inDocument = new HashSet<>();
		document.people().forEach((p) -> inDocument.add(p.id()));
		Set<String> stored = new HashSet<>();
		document.relationships().forEach((r) -> {
			stored.add(r.from());
			stored.add(r.to());
		});
		document.opportunities().forEach((o) -> o.involvements().forEach((i) -> stored.add(i.person())));
		stored.removeAll(inDocument);
		this.access.checkPeople(stored);
	}

	/**
	 * Reads and checks a {@code powermap/v1} document without writing anything.
	 * @throws InvalidDocumentException listing every error
	 */
	@Transactional(readOnly = true)
	public PowermapDocument check(String json) {
		return checked(json);
	}

	private PowermapDocument checked(String json) {
		DocumentReader.Reading reading = DocumentReader.read(this.mapper, json);
		List<ImportError> errors = new ArrayList<>(reading.errors());
		errors.addAll(DocumentValidator.check(reading.document(), new Neo4jStoredGraph(this.client, this.queries),
				reading.incompleteIds()));
		if (!errors.isEmpty()) {
			throw new InvalidDocumentException(errors);
		}
		return reading.document();
	}

	/**
	 * Imports an org chart (CSV) into a customer organization: people are created or
	 * updated, and each one's REPORTS_TO follows the file. A manager line the file no
	 * longer names is ended (its {@code until} set to today), not deleted.
	 * @throws InvalidDocumentException listing every error with its line, when nothing
	 * was written
	 */
	@Transactional
	public ImportResult importOrgChart(String org, byte[] csv) {
		this.access.checkWrite();
		Map<String, Object> target = this.client.query(this.queries.get("exchange/organization-exists"))
			.bind(org)
			.to("id")
			.fetch()
			.one()
			.orElse(null);
		if (target == null) {
			throw new InvalidDocumentException(List.of(new ImportError("org", "unknown organization \"" + org + "\"")));
		}
		if (!OrganizationKind.CUSTOMER.name().equals(target.get("kind"))) {
			throw new InvalidDocumentException(
					List.of(new ImportError("org", "an org chart is imported into a CUSTOMER organization; \"" + org
							+ "\" is " + target.get("kind"))));
		}
		this.access.checkAccount(org);
		Set<String> members = new HashSet<>();
		this.client.query(this.queries.get("exchange/people-of-organization"))
			.bind(org)
			.to("org")
			.fetch()
			.all()
			.forEach((row) -> members.add((String) row.get("id")));
		PowermapDocument document = OrgChartReader.read(org, csv, members);
		Neo4jStoredGraph stored = new Neo4jStoredGraph(this.client, this.queries);
		List<ImportError> errors = new ArrayList<>();
		Map<String, StoredGraph.StoredPerson> existing = stored
			.people(document.people().stream().map(PowermapDocument.Person::id).toList());
		for (PowermapDocument.Person person : document.people()) {
			StoredGraph.StoredPerson known = existing.get(person.id());
			if (known != null && !known.org().equals(org)) {
				errors.add(new ImportError(person.source().field("id"),
						"\"" + person.id() + "\" is already a person of organization " + known.org()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidDocumentException(errors);
		}
		Set<String> inFile = new HashSet<>();
		document.people().forEach((p) -> inFile.add(p.id()));
		DocumentValidator.validate(document, new SupersededManagers(stored, inFile));
		ImportResult result = new DocumentWriter(this.client, this.queries, true).write(document);
		Map<String, String> managerOf = new HashMap<>();
		document.relationships().forEach((r) -> managerOf.put(r.from(), r.to()));
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (PowermapDocument.Person person : document.people()) {
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("id", person.id());
			row.put("manager", managerOf.get(person.id()));
			rows.add(row);
		}
		this.client.query(this.queries.get("exchange/close-superseded-managers"))
			.bind(rows)
			.to("rows")
			.bind(LocalDate.now(this.clock))
			.to("today")
			.run();
		return written(result);
	}

	/**
	 * Exports one account (with everyone tied to its people, so that it can be imported
	 * elsewhere) or, with a null account, the whole database (for callers who see every
	 * account).
	 * @throws com.powermap.access.NoAccessException when the caller may not see it
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> export(@Nullable String account) {
		if (account == null && !this.access.scope().all()) {
			throw new NoAccessException("only a user who sees every account may export the whole database");
		}
		if (account != null) {
			this.access.checkAccount(account);
			Map<String, Object> target = this.client.query(this.queries.get("exchange/organization-exists"))
				.bind(account)
				.to("id")
				.fetch()
				.one()
				.orElse(null);
			if (target == null) {
				throw new UnknownAccountException(account);
			}
		}
		return new DocumentExporter(this.client, this.queries).export(account);
	}

	/**
	 * The org chart of an organization as of today, as CSV that
	 * {@link #importOrgChart(String, byte[])} reads back: its people who have not left,
	 * sorted by id, each with their current manager when that manager is one of them too
	 * (so that the file imports on its own, into another database as well).
	 * @throws UnknownAccountException when there is no such organization
	 */
	@Transactional(readOnly = true)
	public byte[] exportOrgChart(String org) {
		if (this.client.query(this.queries.get("exchange/organization-exists"))
			.bind(org)
			.to("id")
			.fetch()
			.one()
			.isEmpty()) {
			throw new UnknownAccountException(org);
		}
		List<OrgChartWriter.Row> rows = new ArrayList<>(this.client.query(this.queries.get("exchange/org-chart"))
			.bindAll(Map.of("org", org, "today", LocalDate.now(this.clock)))
			.fetchAs(OrgChartWriter.Row.class)
			.mappedBy((types, record) -> new OrgChartWriter.Row(record.get("id").asString(),
					record.get("name").asString(), text(record.get("title")), text(record.get("department")),
					text(record.get("manager")), text(record.get("email"))))
			.all());
		return OrgChartWriter.write(rows);
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	/**
	 * The stored graph, less the manager lines of the people an org chart is about to
	 * replace.
	 */
	private record SupersededManagers(StoredGraph stored, Set<String> replaced) implements StoredGraph {

		@Override
		public Map<String, OrganizationKind> organizations(Collection<String> ids) {
			return this.stored.organizations(ids);
		}

		@Override
		public Map<String, StoredPerson> people(Collection<String> ids) {
			return this.stored.people(ids);
		}

		@Override
		public Map<String, String> opportunities(Collection<String> ids) {
			return this.stored.opportunities(ids);
		}

		@Override
		public List<StoredReportsTo> reportsTo(Collection<String> organizationIds) {
			return this.stored.reportsTo(organizationIds)
				.stream()
				.filter((r) -> !this.replaced.contains(r.from()))
				.toList();
		}

		@Override
		public Map<String, String> peopleTiedToOrganization(Collection<String> ids) {
			return this.stored.peopleTiedToOrganization(ids);
		}

	}

}

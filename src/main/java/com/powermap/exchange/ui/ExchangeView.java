package com.powermap.exchange.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

import com.powermap.access.NoAccessException;
import com.powermap.base.DatabaseUnavailable;
import com.powermap.exchange.ExchangeService;
import com.powermap.exchange.ImportError;
import com.powermap.exchange.ImportResult;
import com.powermap.exchange.InvalidDocumentException;
import com.powermap.exchange.UnknownAccountException;
import com.powermap.organization.OrganizationKind;
import com.powermap.organization.OrganizationService;
import com.powermap.organization.OrganizationSummary;

/**
 * Import and export: upload a {@code powermap/v1} document or an org chart (CSV, into a
 * customer organization), see what was imported or every error of a refused file;
 * download an account as a document or as an org chart, or the whole database.
 */
@Route("exchange")
@PermitAll
@PageTitle("Import and export · Powermap")
@Menu(order = 4, title = "Import and export")
class ExchangeView extends VerticalLayout {

	/** The largest file the page accepts, in bytes. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** How often the page asks the server for news while an import runs, in ms. */
	private static final int POLL_MS = 500;

	/** What a file holds. */
	enum Format {

		DOCUMENT, ORG_CHART

	}

	/**
	 * What became of one uploaded file: either the counts of an import or the errors of a
	 * refused one.
	 */
	record Outcome(String fileName, @Nullable ImportResult result, List<ImportError> errors) {
	}

	private final ExchangeService exchange;

	private final OrganizationService organizations;

	private final ObjectMapper mapper;

	/** Where imports run: a virtual thread each, so that the page can show progress. */
	private Executor imports = (task) -> Thread.ofVirtual().name("import").start(task);

	final RadioButtonGroup<Format> format = new RadioButtonGroup<>();

	final Select<OrganizationSummary> target = new Select<>();

	final Upload upload = new Upload();

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final Div outcome = new Div();

	final Select<OrganizationSummary> account = new Select<>();

	final Anchor documentLink = new Anchor();

	final Anchor orgChartLink = new Anchor();

	final Anchor everythingLink = new Anchor();

	ExchangeView(ExchangeService exchange, OrganizationService organizations, ObjectMapper mapper) {
		this.exchange = exchange;
		this.organizations = organizations;
		this.mapper = mapper;
		setWidthFull();
		add(new H2(getTranslation("exchange.title")));
		add(new H3(getTranslation("exchange.import")));

		this.format.setLabel(getTranslation("exchange.format"));
		this.format.setItems(Format.values());
		this.format.setItemLabelGenerator((f) -> getTranslation("exchange.format." + f.name()));
		this.format.setValue(Format.DOCUMENT);
		this.format.addValueChangeListener((event) -> formatChosen(event.getValue()));

		this.target.setLabel(getTranslation("exchange.target"));
		this.target.setItemLabelGenerator((o) -> o.name() + " (" + o.id() + ")");
		this.target.setHelperText(getTranslation("exchange.targetHelp"));
		this.target.setMinWidth("20em");

		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(MAX_BYTES);
		UploadI18N i18n = new UploadI18N();
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("exchange.tooLarge", megabytes()))
			.setIncorrectFileType(getTranslation("exchange.wrongType"))
			.setTooManyFiles(getTranslation("exchange.oneFile")));
		this.upload.setI18n(i18n);
		this.upload.addFileRejectedListener((event) -> showRejected(event.getFileName(), event.getErrorMessage()));
		// The import runs after the upload, away from the request; the page polls for its
		// end from the moment an upload starts.
		this.upload.getElement().addEventListener("upload-start", (event) -> {
			getUI().ifPresent((ui) -> ui.setPollInterval(POLL_MS));
			this.outcome.removeAll();
		});
		this.upload.getElement().addEventListener("upload-error", (event) -> stopPolling());
		this.upload.getElement().addEventListener("upload-abort", (event) -> stopPolling());

		this.progress.setIndeterminate(true);
		this.progress.getElement().setAttribute("aria-label", getTranslation("exchange.importing"));
		HorizontalLayout working = new HorizontalLayout(this.progressText, this.progress);
		working.setWidthFull();
		this.progress.setWidth("15em");
		working.setVisible(false);
		this.progress.getElement().setAttribute("role", "progressbar");
		this.outcome.getElement().setAttribute("aria-live", "polite");
		this.outcome.setWidthFull();
		add(new Paragraph(getTranslation("exchange.importHelp", megabytes())), this.format, this.target, this.upload,
				working, this.outcome);
		formatChosen(Format.DOCUMENT);

		add(new H3(getTranslation("exchange.export")));
		this.account.setLabel(getTranslation("exchange.account"));
		this.account.setItemLabelGenerator((o) -> o.name() + " (" + o.id() + ")");
		this.account.setMinWidth("20em");
		this.account.addValueChangeListener((event) -> accountChosen(event.getValue()));
		this.documentLink.setText(getTranslation("exchange.downloadDocument"));
		this.orgChartLink.setText(getTranslation("exchange.downloadOrgChart"));
		this.everythingLink.setText(getTranslation("exchange.downloadEverything"));
		this.everythingLink.setHref(DownloadHandler.fromInputStream((event) -> download(null)));
		add(new Paragraph(getTranslation("exchange.exportHelp")), this.account,
				new HorizontalLayout(this.documentLink, this.orgChartLink), this.everythingLink);
		refreshOrganizations();
	}

	/** For tests: run imports with another executor (e.g. on the calling thread). */
	void runImportsWith(Executor executor) {
		this.imports = executor;
	}

	private static int megabytes() {
		return MAX_BYTES / (1024 * 1024);
	}

	private void formatChosen(@Nullable Format chosen) {
		boolean orgChart = chosen == Format.ORG_CHART;
		this.target.setVisible(orgChart);
		this.upload.setAcceptedFileTypes(
				orgChart ? new String[] { ".csv", "text/csv" } : new String[] { ".json", "application/json" });
	}

	private void refreshOrganizations() {
		List<OrganizationSummary> all = this.organizations.summaries();
		OrganizationSummary chosenTarget = this.target.getValue();
		this.target.setItems(all.stream().filter((o) -> o.kind() == OrganizationKind.CUSTOMER).toList());
		if (chosenTarget != null) {
			all.stream().filter((o) -> o.id().equals(chosenTarget.id())).findFirst().ifPresent(this.target::setValue);
		}
		OrganizationSummary chosenAccount = this.account.getValue();
		this.account.setItems(all);
		OrganizationSummary pick = all.stream()
			.filter((o) -> chosenAccount != null && o.id().equals(chosenAccount.id()))
			.findFirst()
			.orElse(all.isEmpty() ? null : all.get(0));
		this.account.setValue(pick);
		accountChosen(pick);
	}

	private void accountChosen(@Nullable OrganizationSummary chosen) {
		this.documentLink.setVisible(chosen != null);
		this.orgChartLink.setVisible(chosen != null);
		if (chosen == null) {
			return;
		}
		String id = chosen.id();
		this.documentLink.setHref(DownloadHandler.fromInputStream((event) -> download(id)));
		this.orgChartLink.setHref(DownloadHandler.fromInputStream((event) -> downloadOrgChart(id)));
	}

	private DownloadResponse download(@Nullable String id) {
		try {
			byte[] json = this.mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(this.exchange.export(id));
			return new DownloadResponse(new ByteArrayInputStream(json),
					((id != null) ? id : "powermap") + "-powermap.json", "application/json", json.length);
		}
		catch (UnknownAccountException ex) {
			return DownloadResponse.error(404, ex.getMessage());
		}
		catch (NoAccessException ex) {
			return DownloadResponse.error(403, ex.getMessage());
		}
	}

	private DownloadResponse downloadOrgChart(String id) {
		try {
			byte[] csv = this.exchange.exportOrgChart(id);
			return new DownloadResponse(new ByteArrayInputStream(csv), id + "-org-chart.csv", "text/csv;charset=UTF-8",
					csv.length);
		}
		catch (UnknownAccountException ex) {
			return DownloadResponse.error(404, ex.getMessage());
		}
		catch (NoAccessException ex) {
			return DownloadResponse.error(403, ex.getMessage());
		}
	}

	/**
	 * A file has arrived (this runs with the session locked): the choices are read now,
	 * and the import runs on its own thread while the page shows that it is working.
	 */
	private void received(String fileName, byte[] bytes) {
		Format chosen = this.format.getValue();
		OrganizationSummary org = this.target.getValue();
		this.upload.clearFileList();
		UI ui = UI.getCurrent();
		if (bytes.length > MAX_BYTES) {
			show(new Outcome(fileName, null,
					List.of(new ImportError(fileName, getTranslation("exchange.tooLarge", megabytes())))));
			return;
		}
		if (chosen == Format.ORG_CHART && org == null) {
			this.target.setInvalid(true);
			this.target.setErrorMessage(getTranslation("exchange.pickTarget"));
			show(new Outcome(fileName, null, List
				.of(new ImportError(getTranslation("exchange.target"), getTranslation("exchange.pickTarget")))));
			return;
		}
		this.target.setInvalid(false);
		working(getTranslation("exchange.importingFile", fileName));
		String orgId = (org != null) ? org.id() : null;
		// The import runs as the signed-in user on its own thread.
		this.imports.execute(new DelegatingSecurityContextRunnable(() -> {
			Outcome result = importFile(chosen, orgId, fileName, bytes);
			ui.access(() -> show(result));
		}, SecurityContextHolder.getContext()));
	}

	/** Imports one file; every way it can fail becomes errors of the outcome. */
	Outcome importFile(@Nullable Format chosen, @Nullable String org, String fileName, byte[] bytes) {
		try {
			ImportResult result;
			if (chosen == Format.ORG_CHART) {
				if (org == null) {
					return new Outcome(fileName, null, List.of(new ImportError("org", "no organization chosen")));
				}
				result = this.exchange.importOrgChart(org, bytes);
			}
			else {
				String text = new String(bytes, StandardCharsets.UTF_8);
				result = this.exchange.importJson(text.startsWith("\uFEFF") ? text.substring(1) : text);
			}
			return new Outcome(fileName, result, List.of());
		}
		catch (InvalidDocumentException ex) {
			return new Outcome(fileName, null, ex.errors());
		}
		catch (NoAccessException ex) {
			return new Outcome(fileName, null, List.of(new ImportError(fileName, String.valueOf(ex.getMessage()))));
		}
		catch (RuntimeException ex) {
			// The import runs off the UI thread: the banner appears with the page's next
			// poll.
			String why = DatabaseUnavailable.isCause(ex) ? getTranslation("database.unavailable")
					: ex.getClass().getSimpleName() + ": " + ex.getMessage();
			return new Outcome(fileName, null,
					List.of(new ImportError(fileName, getTranslation("exchange.failed") + " " + why)));
		}
	}

	private void working(String text) {
		this.progressText.setText(text);
		this.progress.getParent().ifPresent((p) -> p.setVisible(true));
		this.outcome.removeAll();
	}

	private void stopPolling() {
		getUI().ifPresent((ui) -> ui.setPollInterval(-1));
	}

	private void showRejected(String fileName, String message) {
		stopPolling();
		this.outcome.removeAll();
		Paragraph text = new Paragraph(getTranslation("exchange.rejected", fileName, message));
		text.getStyle().set("color", "var(--lumo-error-text-color)");
		this.outcome.add(text);
	}

	/** Shows what became of a file: the counts, or every error in a grid. */
	void show(Outcome result) {
		stopPolling();
		this.progress.getParent().ifPresent((p) -> p.setVisible(false));
		this.outcome.removeAll();
		ImportResult counts = result.result();
		if (counts != null) {
			this.outcome.add(new Paragraph(getTranslation("exchange.imported", result.fileName())));
			UnorderedList list = new UnorderedList(
					new ListItem(getTranslation("exchange.counts", counts.organizations(), counts.people(),
							counts.relationships(), counts.opportunities(), counts.involvements(),
							counts.assessments())),
					new ListItem(
							getTranslation("exchange.created", counts.nodesCreated(), counts.relationshipsCreated())));
			this.outcome.add(list);
			refreshOrganizations();
			return;
		}
		Paragraph refused = new Paragraph(
				getTranslation("exchange.refused", result.fileName(), result.errors().size()));
		refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
		Grid<ImportError> errors = new Grid<>();
		errors.addColumn(ImportError::path)
			.setHeader(getTranslation("exchange.where"))
			.setFlexGrow(1)
			.setResizable(true);
		errors.addColumn(ImportError::message).setHeader(getTranslation("exchange.what")).setFlexGrow(3);
		errors.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		errors.setItems(result.errors());
		if (result.errors().size() <= 20) {
			errors.setAllRowsVisible(true);
		}
		else {
			errors.setHeight("30em");
		}
		errors.setWidthFull();
		this.outcome.add(refused, errors);
	}

}

package com.powermap.graphview.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.powermap.graphview.GenericGraph;
import com.powermap.graphview.GraphPayload;

/**
 * The influence graph: the Java side of the {@code <influence-graph>} web component
 * ({@code frontend/influence-graph/influence-graph.ts}). The payload goes to the browser
 * as one JSON property; the browser answers with the id of the person selected, which is
 * accepted only when it names a person of the payload shown. The same component draws any
 * nodes and relationships ({@link #setGraph}, e.g. a console result), and, when the
 * server allows it ({@link #setDrawable}), lets the user draw an influence from one
 * person to another: the browser sends the two ids only, and both must name people shown.
 */
@Tag("influence-graph")
@JsModule("./influence-graph/influence-graph.ts")
@NpmPackage(value = "cytoscape", version = "3.35.0")
@NpmPackage(value = "cytoscape-dagre", version = "4.0.1")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
public class InfluenceGraph extends Component implements HasSize {

	private static final Logger logger = LoggerFactory.getLogger(InfluenceGraph.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Set<String> shown = Set.of();

	private final List<SerializableConsumer<String>> selectionListeners = new CopyOnWriteArrayList<>();

	private final List<SerializableBiConsumer<String, String>> drawListeners = new CopyOnWriteArrayList<>();

	private boolean drawable;

	private boolean generic;

	public InfluenceGraph() {
		setWidthFull();
		getElement().addEventListener("node-select", (event) -> select(event.getEventData().get("event.detail.id")))
			.addEventData("event.detail.id");
		getElement()
			.addEventListener("edge-draw",
					(event) -> draw(event.getEventData().get("event.detail.from"),
							event.getEventData().get("event.detail.to")))
			.addEventData("event.detail.from")
			.addEventData("event.detail.to");
	}

	/**
	 * Shows a payload; {@code labels} are the texts of the UI's language for the buttons,
	 * legend and tooltips (keys as in the web component's defaults).
	 */
	public void setData(GraphPayload payload, Map<String, String> labels) {
		this.shown = payload.personIds();
		this.generic = false;
		getElement().setPropertyJson("data", toJson(payload, labels));
		getElement().setPropertyJson("highlight", JSON.createArrayNode());
	}

	/**
	 * Shows any nodes and relationships instead of an account: captions and labels, the
	 * type on each edge, no attitude legend, the force layout first. Selections then name
	 * a node of this graph; drawing is off.
	 */
	public void setGraph(GenericGraph graph, Map<String, String> labels) {
		this.shown = graph.nodeIds();
		this.generic = true;
		getElement().setPropertyJson("data", toJson(graph, labels));
		getElement().setPropertyJson("highlight", JSON.createArrayNode());
	}

	/**
	 * Whether the user may draw an influence between the people shown; the server decides
	 * (the component only shows the "Draw influence" button when told so).
	 */
	public void setDrawable(boolean drawable) {
		this.drawable = drawable;
		getElement().setProperty("drawable", drawable);
	}

	public boolean isDrawable() {
		return this.drawable;
	}

	/**
	 * Calls the listener with the ids of the source and the target person of each
	 * influence drawn in the graph; only when drawing is allowed, and only with two
	 * different people shown.
	 */
	public Registration addDrawListener(SerializableBiConsumer<String, String> listener) {
		this.drawListeners.add(listener);
		return () -> this.drawListeners.remove(listener);
	}

	/**
	 * Takes an influence drawn in the browser: passes it to the listeners when drawing is
	 * allowed and both ids name two different people shown; otherwise logs and drops it.
	 * @return whether it was passed on
	 */
	boolean draw(@Nullable JsonNode from, @Nullable JsonNode to) {
		if (!this.drawable || this.generic || from == null || to == null || !from.isString() || !to.isString()
				|| !this.shown.contains(from.asString()) || !this.shown.contains(to.asString())
				|| from.asString().equals(to.asString())) {
			logger.warn("The influence graph sent a drawn influence that is not allowed: {} -> {}", from, to);
			return false;
		}
		String source = from.asString();
		String target = to.asString();
		this.drawListeners.forEach((listener) -> listener.accept(source, target));
		return true;
	}

	/**
	 * Highlights a path through the graph, such as a warm path; ids of people not shown
	 * are left out. An empty list clears the highlight.
	 */
	public void highlightPath(List<String> ids) {
		ArrayNode path = JSON.createArrayNode();
		ids.stream().filter(this.shown::contains).forEach(path::add);
		getElement().setPropertyJson("highlight", path);
	}

	/**
	 * Calls the listener with the id of each person selected in the graph; ids the server
	 * did not send are never passed on.
	 */
	public Registration addSelectionListener(SerializableConsumer<String> listener) {
		this.selectionListeners.add(listener);
		return () -> this.selectionListeners.remove(listener);
	}

	/**
	 * Takes an id from the browser: passes it to the listeners when it names a person
	 * shown, and otherwise logs and drops it.
	 * @return the person id accepted, if any
	 */
	Optional<String> select(@Nullable JsonNode id) {
		if (id == null || !id.isString() || !this.shown.contains(id.asString())) {
			logger.warn("The influence graph sent a selection that names no person shown: {}", id);
			return Optional.empty();
		}
		String person = id.asString();
		this.selectionListeners.forEach((listener) -> listener.accept(person));
		return Optional.of(person);
	}

	static ObjectNode toJson(GenericGraph graph, Map<String, String> labels) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("mode", "generic");
		data.put("nodes", graph.nodes());
		data.put("links", graph.links());
		data.put("labels", labels);
		return JSON.valueToTree(data);
	}

	static ObjectNode toJson(GraphPayload payload, Map<String, String> labels) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("organizations", payload.organizations());
		data.put("people", payload.people());
		data.put("edges", payload.edges());
		data.put("labels", labels);
		return JSON.valueToTree(data);
	}

	/** The ids this graph accepts from the browser. */
	Set<String> shown() {
		return this.shown;
	}

	/**
	 * The keys of the texts the web component shows; the translations carry them with the
	 * prefix {@code graph.}.
	 */
	public static final List<String> LABEL_KEYS = List.of("zoomIn", "zoomOut", "fit", "panLeft", "panRight", "panUp",
			"panDown", "exportPng", "layout", "layout.dagre", "layout.fcose", "layout.concentric", "showOurs", "legend",
			"notInvolved", "ours", "edge.REPORTS_TO", "edge.INFLUENCES", "edge.DELEGATES", "edge.KNOWS", "edge.ENGAGED",
			"sizeNote", "influence", "role", "stage", "attitude", "strength", "last", "times", "empty", "graph",
			"drawInfluence", "cancelDrawing", "drawSource", "drawTarget", "emptyResult");

}

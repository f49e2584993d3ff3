/*
 * <influence-graph>: the politics of one account as a graph, drawn with Cytoscape.js.
 *
 * The server sets one JSON property, `data` (people, organizations, relationships and the
 * labels of the UI's language), and optionally `highlight` (a list of person ids along a
 * path). The component answers with a `node-select` DOM event whose detail carries the
 * person id only; the server checks that id against what it sent. Every text shown here
 * (labels, tooltips, legend) is set as text, never as HTML.
 *
 * With `data.mode = 'generic'` it draws any nodes and relationships instead (a Cypher
 * console result): `data.nodes` with their labels and a caption, `data.links` with their
 * type; no attitude legend, the force layout by default.
 *
 * With `drawable` set by the server, a "Draw influence" button lets the user tap a source
 * person and then a target person; the component answers with an `edge-draw` DOM event
 * whose detail carries the two person ids only. Escape cancels.
 */
import { LitElement, html, svg, nothing, type PropertyValues } from 'lit';
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular, LayoutOptions, EventObject } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

cytoscape.use(dagre);
cytoscape.use(fcose);

interface GraphOrganization {
  id: string;
  name: string;
  kind: string;
}

interface GraphPerson {
  id: string;
  name: string;
  title?: string | null;
  department?: string | null;
  organization: string;
  organizationKind: string;
  influence?: number | null;
  attitude?: string | null;
  role?: string | null;
  stage?: string | null;
}

interface GraphEdge {
  type: string;
  from: string;
  to: string;
  strength?: number | null;
  note?: string | null;
  lastAt?: string | null;
  count?: number | null;
}

interface GenericNode {
  id: string;
  labels: string[];
  caption: string;
  tooltip?: string | null;
}

interface GenericLink {
  id: string;
  type: string;
  from: string;
  to: string;
  tooltip?: string | null;
}

interface GraphData {
  mode?: 'influence' | 'generic';
  organizations?: GraphOrganization[];
  people?: GraphPerson[];
  edges?: GraphEdge[];
  nodes?: GenericNode[];
  links?: GenericLink[];
  labels?: Record<string, string>;
}

type LayoutName = 'dagre' | 'fcose' | 'concentric';

/** Attitude → fill colour and a shape, so that colour is never the only cue. */
const ATTITUDES: Record<string, { color: string; shape: string }> = {
  CHAMPION: { color: '#1b7f3b', shape: 'star' },
  SUPPORTER: { color: '#7cc47f', shape: 'round-triangle' },
  NEUTRAL: { color: '#b0b0b0', shape: 'ellipse' },
  SKEPTIC: { color: '#f0a030', shape: 'round-diamond' },
  OPPONENT: { color: '#c62828', shape: 'round-octagon' },
};
const NOT_INVOLVED = { color: '#ffffff', shape: 'round-rectangle' };
const OURS = { color: '#1565c0', shape: 'round-tag' };

const ORGANIZATION_FILL: Record<string, string> = {
  CUSTOMER: '#f4f6fa',
  SELF: '#e3eefc',
  COMPETITOR: '#fde8e8',
  PARTNER: '#e6f4ea',
  OTHER: '#f2f2f2',
};

const EDGE_COLORS: Record<string, string> = {
  REPORTS_TO: '#37474f',
  INFLUENCES: '#7b1fa2',
  DELEGATES: '#e65100',
  KNOWS: '#c62828',
  ENGAGED: '#1565c0',
};

const DEFAULT_LABELS: Record<string, string> = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  panLeft: 'Pan left',
  panRight: 'Pan right',
  panUp: 'Pan up',
  panDown: 'Pan down',
  exportPng: 'Export PNG',
  layout: 'Layout',
  'layout.dagre': 'Org chart',
  'layout.fcose': 'Force',
  'layout.concentric': 'By influence',
  showOurs: 'Show our people and engagements',
  legend: 'Legend',
  'attitude.CHAMPION': 'Champion',
  'attitude.SUPPORTER': 'Supporter',
  'attitude.NEUTRAL': 'Neutral',
  'attitude.SKEPTIC': 'Skeptic',
  'attitude.OPPONENT': 'Opponent',
  notInvolved: 'Not involved / no attitude',
  ours: 'Our people',
  'edge.REPORTS_TO': 'reports to',
  'edge.INFLUENCES': 'influences (width = strength)',
  'edge.DELEGATES': 'delegates to',
  'edge.KNOWS': 'knows (external tie)',
  'edge.ENGAGED': 'our engagement',
  sizeNote: 'Size = influence',
  influence: 'influence',
  role: 'role',
  stage: 'stage',
  attitude: 'attitude',
  strength: 'strength',
  last: 'last',
  times: 'times',
  empty: 'Nobody to show.',
  graph: 'Influence graph',
  drawInfluence: 'Draw influence',
  cancelDrawing: 'Cancel drawing',
  drawSource: 'Drawing an influence: click or tap the person who influences. Escape cancels.',
  drawTarget: 'Drawing an influence from {0}: click or tap the person they influence. Escape cancels.',
  emptyResult: 'No nodes to show.',
};

/** Fill colours for the labels of a generic graph, picked by the node's first label. */
const LABEL_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

function labelColor(label: string | undefined): string {
  if (!label) return '#bab0ac';
  let hash = 0;
  for (let i = 0; i < label.length; i++) hash = (hash * 31 + label.charCodeAt(i)) >>> 0;
  return LABEL_COLORS[hash % LABEL_COLORS.length];
}

const SHAPE_POINTS: Record<string, string> = {
  star: '7,0 8.8,4.9 14,5 9.8,8.2 11.3,13.3 7,10.3 2.7,13.3 4.2,8.2 0,5 5.2,4.9',
  'round-triangle': '7,1 13,13 1,13',
  ellipse: '',
  'round-diamond': '7,0 14,7 7,14 0,7',
  'round-octagon': '4,0 10,0 14,4 14,10 10,14 4,14 0,10 0,4',
  'round-rectangle': '1,2 13,2 13,12 1,12',
  'round-tag': '0,2 10,2 14,7 10,12 0,12',
};

export class InfluenceGraph extends LitElement {
  static properties = {
    data: { type: Object },
    highlight: { type: Array },
    drawable: { type: Boolean },
    layoutName: { state: true },
    showOurs: { state: true },
    drawing: { state: true },
    drawFrom: { state: true },
  };

  data: GraphData | null = null;
  highlight: string[] = [];
  /** Set by the server when the user may add relationships to the people shown. */
  drawable = false;
  layoutName: LayoutName = 'dagre';
  showOurs = true;
  /** Whether the user is drawing an influence, and the source person picked so far. */
  drawing = false;
  drawFrom: string | null = null;
  private shownMode: string | null = null;

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.drawing) {
      event.preventDefault();
      this.stopDrawing();
    }
  };

  private cy: Core | null = null;
  private tooltip: HTMLDivElement | null = null;
  private resizeObserver: ResizeObserver | null = null;

  // Light DOM: Cytoscape measures and listens on its container, which works most simply
  // outside a shadow root. The class names below carry an ig- prefix instead.
  protected createRenderRoot() {
    return this;
  }

  private label(key: string): string {
    return this.data?.labels?.[key] ?? DEFAULT_LABELS[key] ?? key;
  }

  private generic(): boolean {
    return this.data?.mode === 'generic';
  }

  private layouts(): LayoutName[] {
    return this.generic() ? ['fcose', 'dagre'] : ['dagre', 'fcose', 'concentric'];
  }

  private drawHint(): string {
    if (this.drawFrom == null) return this.label('drawSource');
    const name = this.data?.people?.find((p) => p.id === this.drawFrom)?.name ?? this.drawFrom;
    return this.label('drawTarget').replace('{0}', name);
  }

  render() {
    const generic = this.generic();
    const count = generic ? (this.data?.nodes ?? []).length : (this.data?.people ?? []).length;
    return html`
      <style>
        influence-graph { display: block; position: relative; }
        .ig-toolbar { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; padding: 4px 0; }
        .ig-toolbar button, .ig-toolbar select { font: inherit; font-size: 13px; padding: 3px 8px; cursor: pointer; }
        .ig-toolbar button:focus-visible, .ig-toolbar select:focus-visible, .ig-toolbar input:focus-visible {
          outline: 3px solid #1565c0; outline-offset: 1px; }
        .ig-main { display: flex; flex-direction: column; gap: 6px; position: relative; }
        .ig-canvas { height: 520px; border: 1px solid #ccd; border-radius: 6px; background: #fff; position: relative; overflow: hidden; }
        .ig-legend { font-size: 12px; line-height: 1.35; }
        .ig-legend h5 { margin: 0 0 2px; font-size: 13px; }
        .ig-legend ul { list-style: none; margin: 0 0 2px; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 14px; }
        .ig-legend li { display: flex; align-items: center; gap: 5px; }
        .ig-toolbar button[aria-pressed='true'] { background: #7b1fa2; color: #fff; border-color: #7b1fa2; }
        .ig-hint { position: absolute; top: 6px; left: 6px; right: 6px; z-index: 5; pointer-events: none; margin: 0; padding: 4px 8px; border-radius: 4px; background: #f3e5f5; color: #4a148c; font-size: 13px; }
        .ig-tooltip { position: absolute; pointer-events: none; background: rgba(33, 33, 33, 0.92); color: #fff;
          padding: 4px 8px; border-radius: 4px; font-size: 12px; white-space: pre-line; z-index: 10; display: none; max-width: 320px; }
      </style>
      <div class="ig-toolbar" role="toolbar" aria-label=${this.label('graph')}>
        <button type="button" title=${this.label('zoomIn')} aria-label=${this.label('zoomIn')} @click=${() => this.zoomBy(1.25)}>+</button>
        <button type="button" title=${this.label('zoomOut')} aria-label=${this.label('zoomOut')} @click=${() => this.zoomBy(0.8)}>−</button>
        <button type="button" title=${this.label('panLeft')} aria-label=${this.label('panLeft')} @click=${() => this.panBy(80, 0)}>←</button>
        <button type="button" title=${this.label('panRight')} aria-label=${this.label('panRight')} @click=${() => this.panBy(-80, 0)}>→</button>
        <button type="button" title=${this.label('panUp')} aria-label=${this.label('panUp')} @click=${() => this.panBy(0, 80)}>↑</button>
        <button type="button" title=${this.label('panDown')} aria-label=${this.label('panDown')} @click=${() => this.panBy(0, -80)}>↓</button>
        <button type="button" class="ig-fit" @click=${() => this.fit()}>${this.label('fit')}</button>
        <label>${this.label('layout')}
          <select class="ig-layout" @change=${(e: Event) => this.switchLayout((e.target as HTMLSelectElement).value as LayoutName)}>
            ${this.layouts().map(
              (name) => html`<option value=${name} ?selected=${name === this.layoutName}>${this.label('layout.' + name)}</option>`,
            )}
          </select>
        </label>
        ${generic ? nothing : html`<label><input type="checkbox" class="ig-ours" .checked=${this.showOurs}
          @change=${(e: Event) => this.toggleOurs((e.target as HTMLInputElement).checked)} />${this.label('showOurs')}</label>`}
        <button type="button" class="ig-export" @click=${() => this.exportPng()}>${this.label('exportPng')}</button>
        ${this.drawable && !generic
          ? html`<button type="button" class="ig-draw" aria-pressed=${this.drawing ? 'true' : 'false'}
              @click=${() => (this.drawing ? this.stopDrawing() : this.startDrawing())}>
              ${this.drawing ? this.label('cancelDrawing') : this.label('drawInfluence')}</button>`
          : nothing}
      </div>
      <div class="ig-main">
        ${this.drawing ? html`<p class="ig-hint" role="status">${this.drawHint()}</p>` : nothing}
        <div class="ig-canvas" aria-hidden="true">
          <div class="ig-tooltip"></div>
        </div>
        ${generic ? nothing : this.renderLegend()}
      </div>
      ${count === 0 && this.data ? html`<p>${this.label(generic ? 'emptyResult' : 'empty')}</p>` : nothing}
    `;
  }

  private renderLegend() {
    const shape = (name: string, color: string) => html`
      <svg width="16" height="16" viewBox="-1 -1 16 16" aria-hidden="true">
        ${name === 'ellipse'
          ? svg`<circle cx="7" cy="7" r="6.5" fill=${color} stroke="#333" stroke-width="1"></circle>`
          : svg`<polygon points=${SHAPE_POINTS[name]} fill=${color} stroke="#333" stroke-width="1"></polygon>`}
      </svg>`;
    const line = (type: string) => {
      const dash = type === 'KNOWS' ? '4 3' : type === 'DELEGATES' ? '1 3' : type === 'ENGAGED' ? '6 3' : '';
      const width = type === 'INFLUENCES' ? 4 : 2;
      return html`<svg width="30" height="10" aria-hidden="true">
        ${svg`<line x1="1" y1="5" x2="29" y2="5" stroke=${EDGE_COLORS[type]} stroke-width=${width} stroke-dasharray=${dash}></line>`}
      </svg>`;
    };
    return html`
      <div class="ig-legend">
        <h5>${this.label('legend')}</h5>
        <ul>
          ${Object.entries(ATTITUDES).map(
            ([attitude, style]) => html`<li>${shape(style.shape, style.color)}${this.label('attitude.' + attitude)}</li>`,
          )}
          <li>${shape(NOT_INVOLVED.shape, NOT_INVOLVED.color)}${this.label('notInvolved')}</li>
          <li>${shape(OURS.shape, OURS.color)}${this.label('ours')}</li>
          <li>${this.label('sizeNote')}</li>
        </ul>
        <ul>
          ${Object.keys(EDGE_COLORS).map((type) => html`<li>${line(type)}${this.label('edge.' + type)}</li>`)}
        </ul>
      </div>`;
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('data')) {
      const mode = this.data?.mode ?? 'influence';
      if (mode !== this.shownMode) {
        // A console result is best untangled by force; an account by its org chart.
        this.layoutName = mode === 'generic' ? 'fcose' : 'dagre';
        this.shownMode = mode;
      }
      if (this.drawing) this.stopDrawing();
    }
    if (changed.has('drawable') && !this.drawable && this.drawing) {
      this.stopDrawing();
    }
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('data')) {
      this.rebuild();
    }
    else if (changed.has('highlight')) {
      this.applyHighlight();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.cy?.destroy();
    this.cy = null;
  }

  /** The elements for Cytoscape: organizations as compound parents of their people. */
  private elements(): ElementDefinition[] {
    const data = this.data;
    if (!data) {
      return [];
    }
    if (this.generic()) {
      return this.genericElements(data);
    }
    const people = data.people ?? [];
    const maxInfluence = Math.max(1e-9, ...people.map((p) => p.influence ?? 0));
    const elements: ElementDefinition[] = [];
    for (const org of data.organizations ?? []) {
      elements.push({
        group: 'nodes',
        data: { id: 'o:' + org.id, label: org.name, kind: 'organization', orgKind: org.kind, fill: ORGANIZATION_FILL[org.kind] ?? '#f2f2f2' },
        classes: org.kind === 'SELF' ? 'organization ours' : 'organization',
      });
    }
    for (const p of people) {
      const ours = p.organizationKind === 'SELF';
      const style = ours ? OURS : (p.attitude && ATTITUDES[p.attitude]) || NOT_INVOLVED;
      const influence = p.influence ?? 0;
      const size = ours || influence <= 0 ? 26 : 26 + 64 * Math.sqrt(influence / maxInfluence);
      elements.push({
        group: 'nodes',
        data: {
          id: 'p:' + p.id,
          person: p.id,
          parent: 'o:' + p.organization,
          label: p.name,
          kind: 'person',
          influence,
          size,
          color: style.color,
          shape: style.shape,
          tooltip: this.personTooltip(p),
        },
        classes: ours ? 'person ours' : 'person',
      });
    }
    (data.edges ?? []).forEach((e, index) => {
      elements.push({
        group: 'edges',
        data: {
          id: 'e:' + index,
          source: 'p:' + e.from,
          target: 'p:' + e.to,
          type: e.type,
          width: e.type === 'INFLUENCES' ? 1 + 6 * (e.strength ?? 0.5) : 2,
          color: EDGE_COLORS[e.type] ?? '#777',
          tooltip: this.edgeTooltip(e),
        },
        classes: e.type === 'ENGAGED' ? 'ours ' + e.type : e.type,
      });
    });
    return elements;
  }

  /** Any nodes and relationships: a caption, a colour after the first label, the type on each edge. */
  private genericElements(data: GraphData): ElementDefinition[] {
    const elements: ElementDefinition[] = [];
    const ids = new Set<string>();
    for (const n of data.nodes ?? []) {
      ids.add(n.id);
      elements.push({
        group: 'nodes',
        data: {
          id: 'n:' + n.id,
          node: n.id,
          label: n.caption,
          kind: 'node',
          color: labelColor(n.labels[0]),
          tooltip: n.tooltip ?? (n.labels.map((l) => ':' + l).join('') + '\n' + n.caption),
        },
        classes: 'node generic',
      });
    }
    for (const l of data.links ?? []) {
      if (!ids.has(l.from) || !ids.has(l.to)) continue;
      elements.push({
        group: 'edges',
        data: { id: 'l:' + l.id, source: 'n:' + l.from, target: 'n:' + l.to, type: l.type, tooltip: l.tooltip ?? l.type },
        classes: 'link',
      });
    }
    return elements;
  }

  private personTooltip(p: GraphPerson): string {
    const lines = [p.name];
    if (p.title) lines.push(p.title);
    const org = this.data?.organizations?.find((o) => o.id === p.organization);
    if (org) lines.push(org.name + (p.department ? ' · ' + p.department : ''));
    if (p.role) lines.push(this.label('role') + ': ' + this.label('role.' + p.role));
    if (p.attitude) lines.push(this.label('attitude') + ': ' + this.label('attitude.' + p.attitude));
    if (p.stage) lines.push(this.label('stage') + ': ' + this.label('stage.' + p.stage));
    if (p.influence) lines.push(this.label('influence') + ': ' + p.influence.toFixed(3));
    return lines.join('\n');
  }

  private edgeTooltip(e: GraphEdge): string {
    const name = (id: string) => this.data?.people?.find((p) => p.id === id)?.name ?? id;
    const lines = [name(e.from) + ' → ' + name(e.to) + ': ' + this.label('edge.' + e.type)];
    if (e.strength != null) lines.push(this.label('strength') + ' ' + e.strength);
    if (e.type === 'ENGAGED' && e.lastAt) lines.push(this.label('last') + ' ' + e.lastAt + (e.count && e.count > 1 ? ' (' + e.count + ' ' + this.label('times') + ')' : ''));
    if (e.note) lines.push(e.note);
    return lines.join('\n');
  }

  private rebuild() {
    const container = this.querySelector('.ig-canvas') as HTMLDivElement | null;
    if (!container) {
      return;
    }
    this.tooltip = container.querySelector('.ig-tooltip');
    if (!this.resizeObserver) {
      // Cytoscape sizes its canvases once; follow the container when the layout around changes.
      // A graph laid out while hidden (a tab not selected) is fitted once it gets a size.
      this.resizeObserver = new ResizeObserver(() => {
        const cy = this.cy;
        if (!cy) return;
        const hadNoSize = cy.width() === 0 || cy.height() === 0;
        cy.resize();
        if (hadNoSize && cy.width() > 0 && cy.height() > 0) this.fit();
      });
      this.resizeObserver.observe(container);
    }
    this.cy?.destroy();
    this.cy = cytoscape({
      container,
      elements: this.elements(),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      style: [
        {
          selector: 'node.person',
          style: {
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            shape: 'data(shape)' as any,
            'background-color': 'data(color)',
            'border-width': 1.5,
            'border-color': '#333',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'wrap',
            'text-max-width': '110px',
            color: '#212121',
          },
        },
        {
          selector: 'node.organization',
          style: {
            label: 'data(label)',
            'text-valign': 'top',
            'text-halign': 'center',
            'font-size': 13,
            'font-weight': 'bold',
            color: '#37474f',
            'background-color': 'data(fill)',
            'background-opacity': 1,
            'border-width': 1.5,
            'border-color': '#90a4ae',
            shape: 'round-rectangle',
            padding: '18px',
          },
        },
        { selector: 'node.organization[orgKind = "COMPETITOR"]', style: { 'border-color': '#c62828', 'border-style': 'dashed' } },
        { selector: 'node.organization[orgKind = "PARTNER"]', style: { 'border-color': '#2e7d32', 'border-style': 'dashed' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            'arrow-scale': 0.9,
            opacity: 0.85,
          },
        },
        { selector: 'edge.KNOWS', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
        { selector: 'edge.DELEGATES', style: { 'line-style': 'dotted', 'target-arrow-shape': 'tee' } },
        { selector: 'edge.ENGAGED', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3], width: 1.5 } as any },
        { selector: '.hidden', style: { display: 'none' } },
        { selector: '.faded', style: { opacity: 0.2 } },
        { selector: 'node.person.path', style: { 'border-width': 5, 'border-color': '#ffb300' } },
        { selector: 'edge.path', style: { width: 6, 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', opacity: 1, 'z-index': 10 } },
        { selector: 'node.person:selected', style: { 'border-width': 5, 'border-color': '#0d47a1', 'overlay-opacity': 0 } },
        { selector: 'node.person.draw-source', style: { 'border-width': 5, 'border-color': '#7b1fa2', 'border-style': 'double' } },
        {
          selector: 'node.generic',
          style: {
            label: 'data(label)',
            width: 34,
            height: 34,
            'background-color': 'data(color)',
            'border-width': 1.5,
            'border-color': '#333',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '120px',
            color: '#212121',
          },
        },
        { selector: 'node.generic:selected', style: { 'border-width': 5, 'border-color': '#0d47a1', 'overlay-opacity': 0 } },
        {
          selector: 'edge.link',
          style: {
            width: 2,
            'line-color': '#78909c',
            'target-arrow-color': '#78909c',
            label: 'data(type)',
            'font-size': 9,
            color: '#37474f',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
          } as any,
        },
      ],
    });
    this.cy.on('tap', 'node.person', (event: EventObject) => {
      const person = (event.target as NodeSingular).data('person');
      if (this.drawing) {
        this.pickForDrawing(person);
        return;
      }
      this.dispatchEvent(new CustomEvent('node-select', { detail: { id: person }, bubbles: true, composed: true }));
    });
    this.cy.on('tap', 'node.generic', (event: EventObject) => {
      const node = (event.target as NodeSingular).data('node');
      this.dispatchEvent(new CustomEvent('node-select', { detail: { id: node }, bubbles: true, composed: true }));
    });
    this.cy.on('mouseover', 'node.person, node.generic, edge', (event: EventObject) => this.showTooltip(event));
    this.cy.on('mouseout', 'node.person, node.generic, edge', () => this.hideTooltip());
    this.cy.on('viewport', () => this.hideTooltip());
    this.toggleOurs(this.showOurs, false);
    this.runLayout();
    this.applyHighlight();
  }

  private showTooltip(event: EventObject) {
    if (!this.tooltip) return;
    const text = event.target.data('tooltip') as string;
    const position = event.renderedPosition ?? { x: 0, y: 0 };
    this.tooltip.textContent = text;
    this.tooltip.style.left = position.x + 14 + 'px';
    this.tooltip.style.top = position.y + 14 + 'px';
    this.tooltip.style.display = 'block';
  }

  private hideTooltip() {
    if (this.tooltip) this.tooltip.style.display = 'none';
  }

  private layoutOptions(): LayoutOptions {
    switch (this.layoutName) {
      case 'fcose':
        return { name: 'fcose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, idealEdgeLength: 90, nodeSeparation: 90 } as any;
      case 'concentric': {
        const max = Math.max(1e-9, ...(this.data?.people ?? []).map((p) => p.influence ?? 0));
        return {
          name: 'concentric',
          animate: false,
          concentric: (node: NodeSingular) => node.data('influence') ?? 0,
          levelWidth: () => max / 5,
          minNodeSpacing: 25,
        } as any;
      }
      default:
        // Managers on top: REPORTS_TO points from the subordinate up to the manager.
        return { name: 'dagre', rankDir: this.generic() ? 'TB' : 'BT', nodeSep: 30, rankSep: 70, animate: false, nodeDimensionsIncludeLabels: true } as any;
    }
  }

  private runLayout() {
    const cy = this.cy;
    if (!cy) return;
    const visible = cy.elements().not('.hidden');
    let eles = visible;
    if (this.layoutName === 'dagre' && !this.generic()) {
      // The org chart follows the formal lines; the other ties would only tangle it.
      eles = visible.not('edge[type != "REPORTS_TO"]');
    }
    else if (this.layoutName === 'concentric') {
      eles = visible.filter('node.person');
    }
    eles.layout(this.layoutOptions()).run();
    this.fit();
    // The container may only get its final size once the page around it is laid out.
    requestAnimationFrame(() => this.fit());
  }

  private switchLayout(name: LayoutName) {
    this.layoutName = name;
    this.runLayout();
  }

  private toggleOurs(show: boolean, relayout = true) {
    this.showOurs = show;
    const ours = this.cy?.elements('.ours');
    if (!ours) return;
    if (show) ours.removeClass('hidden');
    else ours.addClass('hidden');
    if (relayout) this.runLayout();
  }

  private zoomBy(factor: number) {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  private panBy(x: number, y: number) {
    this.cy?.panBy({ x, y });
  }

  /**
   * Fits what is shown into the canvas. Cytoscape keeps the size it measured last, and the
   * split layout around the canvas may have changed its width since: measuring again first
   * keeps the right edge of the graph from being cut off.
   */
  private fit() {
    const cy = this.cy;
    if (!cy) return;
    cy.resize();
    cy.fit(cy.elements().not('.hidden'), 30);
  }

  private startDrawing() {
    this.drawing = true;
    this.drawFrom = null;
    this.hideTooltip();
    // The hint lies over the canvas, so nothing moves; measuring again keeps taps exact.
    this.cy?.resize();
    window.addEventListener('keydown', this.onKeyDown);
  }

  private stopDrawing() {
    this.drawing = false;
    this.drawFrom = null;
    this.cy?.nodes('.draw-source').removeClass('draw-source');
    window.removeEventListener('keydown', this.onKeyDown);
  }

  /** The first person picked is the source; the second, another one, ends the drawing. */
  private pickForDrawing(person: string) {
    if (this.drawFrom == null) {
      this.drawFrom = person;
      this.cy?.getElementById('p:' + person).addClass('draw-source');
      return;
    }
    if (person === this.drawFrom) {
      return;
    }
    const from = this.drawFrom;
    this.stopDrawing();
    this.dispatchEvent(new CustomEvent('edge-draw', { detail: { from, to: person }, bubbles: true, composed: true }));
  }

  private exportPng() {
    const cy = this.cy;
    if (!cy) return;
    const blob = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'influence-graph.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Marks the people of `highlight` and the relationships between neighbours on it. */
  private applyHighlight() {
    const cy = this.cy;
    if (!cy) return;
    cy.elements().removeClass('path faded');
    const ids = this.highlight ?? [];
    if (ids.length === 0) return;
    let path = cy.collection();
    ids.forEach((id, i) => {
      path = path.union(cy.getElementById('p:' + id));
      if (i > 0) {
        const a = cy.getElementById('p:' + ids[i - 1]);
        const b = cy.getElementById('p:' + id);
        path = path.union(a.edgesWith(b));
      }
    });
    path.addClass('path');
    cy.elements('node.person, edge').not(path).addClass('faded');
  }
}

customElements.define('influence-graph', InfluenceGraph);

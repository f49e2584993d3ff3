// The Cytoscape.js layout extensions ship without type declarations.
declare module 'cytoscape-dagre';
declare module 'cytoscape-fcose';

// The network drawing the report (report.js) and the pages of `annalyst serve` (web/static/views.js)
// share: the colours of the node types, the elements, cytoscape.js's style and layout. One place, so
// the two views of a case draw the same picture. Labels reach the canvas as data, never as HTML.
"use strict";
window.annalystNetwork = (function () {
  const COLOURS = { PERSON: "#1f5fa8", ORG: "#a8461f", GPE: "#2b7a3d" };
  const clip = (s, n) => (s && s.length > n ? s.slice(0, n - 1) + "…" : s || "");
  const STYLE = [
    { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 11, color: "#1d232a", "text-valign": "bottom", "text-margin-y": 3, "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
    { selector: "edge", style: { width: "data(width)", "line-color": "#9aa5b1", "curve-style": "haystack", opacity: 0.8 } },
    { selector: ":selected", style: { "border-width": 3, "border-color": "#111", "line-color": "#111" } },
  ];
  const LAYOUT = { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: 600 };

  // Draw `nodes` ({id, type, degree}) and `edges` ({a, b, weight}) in `box`, each node labelled by
  // `label(node)`; an edge's data carries its index in `edges` as `edge`. Returns the cytoscape instance.
  function draw(box, nodes, edges, label) {
    const max = Math.max(1, ...nodes.map((n) => n.degree));
    const elements = nodes.map((n) => ({ data: { id: n.id, label: clip(label(n), 30), colour: COLOURS[n.type] || "#555", size: 14 + 30 * Math.sqrt(n.degree / max) } }))
      .concat(edges.map((x, i) => ({ data: { id: "e" + i, source: x.a, target: x.b, width: Math.min(8, 1 + x.weight), edge: i } })));
    return cytoscape({ container: box, elements, style: STYLE, layout: LAYOUT });
  }

  return { COLOURS, draw };
})();

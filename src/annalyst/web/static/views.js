// The timeline and network pages of `annalyst serve`: drawn with the libraries bundled in the report
// (vis-timeline, cytoscape.js, and the report's own network drawing, network.js) from the page's
// <script type="application/json" id="view-data"> block.
// Strings from the case are untrusted: they reach the page only as text nodes (or canvas labels).
"use strict";
(function () {
  const block = document.getElementById("view-data");
  if (!block) return;
  const D = JSON.parse(block.textContent);
  const day = 24 * 60 * 60 * 1000;
  const utc = (y, m, d) => { const t = new Date(Date.UTC(2000, m, d)); t.setUTCFullYear(y); return t; };
  const clip = (s, n) => (s && s.length > n ? s.slice(0, n - 1) + "…" : s || "");

  function period(value) {
    let m;
    if (!value) return null;
    if ((m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(value))) return { start: utc(+m[1], +m[2] - 1, +m[3]), end: utc(+m[1], +m[2] - 1, +m[3] + 1), precision: "day" };
    if ((m = /^(-?\d{4})-(\d{2})$/.exec(value))) return { start: utc(+m[1], +m[2] - 1, 1), end: utc(+m[1], +m[2], 1), precision: "month" };
    if ((m = /^(-?\d{4})/.exec(value))) return { start: utc(+m[1], 0, 1), end: utc(+m[1] + 1, 0, 1), precision: "year" };
    if ((m = /^(\d{3})X/.exec(value))) return { start: utc(+m[1] * 10, 0, 1), end: utc(+m[1] * 10 + 10, 0, 1), precision: "decade" };
    if ((m = /^(\d{2})XX/.exec(value))) return { start: utc(+m[1] * 100, 0, 1), end: utc(+m[1] * 100 + 100, 0, 1), precision: "century" };
    return null;
  }
  const open = (kind, id) => { window.location.href = "/" + kind + "/" + encodeURIComponent(id); };

  function drawTimeline() {
    const box = document.getElementById("timeline-box");
    if (!window.vis || !box) return;
    const items = [];
    for (const e of D.events) {
      const p = period(e.date);
      if (!p) continue;
      const q = e.date_end ? period(e.date_end) : null;
      const uncertain = e.date_source === "narrative" || e.date_source === "sentence";
      const content = document.createElement("span");
      content.append((uncertain ? "? " : "") + clip(e.label || e.type, 70));
      if (e.sources > 1) {
        const n = document.createElement("span");
        n.className = "n";
        n.textContent = ` · ${e.sources} sources`;
        content.append(n);
      }
      const item = { id: e.id, content, start: p.start, className: `prec-${p.precision}${uncertain ? " uncertain" : ""}` };
      if (q || p.precision !== "day") { item.end = q && q.end > p.start ? q.end : p.end; item.type = "range"; } else item.type = "point";
      items.push(item);
    }
    if (!items.length) { box.textContent = "No dated event to draw."; return; }
    const options = { stack: true, maxHeight: 520, minHeight: 260, zoomMin: 7 * day, orientation: { axis: "both", item: "top" },
      verticalScroll: true, showCurrentTime: false, selectable: true };
    if (items.length >= 10) { // open on where most events are; far-off dates stay one "Fit all" away
      const starts = items.map((i) => +i.start).sort((a, b) => a - b);
      const q1 = starts[Math.floor(starts.length * 0.25)], q3 = starts[Math.floor(starts.length * 0.75)];
      const pad = Math.max(1.5 * (q3 - q1), 90 * day);
      const lo = Math.max(starts[0], q1 - pad), hi = Math.min(starts[starts.length - 1], q3 + pad);
      const width = Math.max(hi - lo, 30 * day);
      Object.assign(options, { start: new Date(lo - width * 0.05), end: new Date(hi + width * 0.3) });
    }
    const timeline = new vis.Timeline(box, new vis.DataSet(items), options);
    timeline.on("select", (props) => { if (props.items.length) open("events", props.items[0]); });
    const controls = document.getElementById("timeline-controls");
    if (controls) {
      controls.hidden = false;
      controls.addEventListener("click", (ev) => {
        const z = ev.target.getAttribute && ev.target.getAttribute("data-zoom");
        if (z === "in") timeline.zoomIn(0.5); else if (z === "out") timeline.zoomOut(0.5); else if (z === "fit") timeline.fit();
      });
    }
    box.setAttribute("data-drawn", String(items.length));
  }

  function drawNetwork() {
    const box = document.getElementById("network-box");
    if (!window.cytoscape || !window.annalystNetwork || !box) return;
    if (!D.nodes.length) { box.textContent = "No link between people, organisations or places was found."; return; }
    const cy = annalystNetwork.draw(box, D.nodes, D.edges, (n) => n.name);
    cy.on("tap", "node", (evt) => open("entities", evt.target.id()));
    box.setAttribute("data-drawn", String(D.nodes.length));
  }

  if (D.view === "timeline") drawTimeline();
  else if (D.view === "network") drawNetwork();
})();

/* annalyst report: draws every view of report.html from its JSON block (MIT, part of annalyst).
 *
 * Safety: document text, titles and names are untrusted. Strings enter the page only as text
 * nodes (el() below, textContent, or the title property); nothing is assigned to innerHTML;
 * links are built here from encoded ids (hash routes inside this page), never taken from data.
 * Routes: #overview #timeline[/EVENT] #entities #entity/ID #quotes #compare #network
 *         #reader[/DOC[/START/END]]
 */
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("annalyst-data").textContent);
  const view = document.getElementById("view");
  const byId = (list) => new Map(list.map((x) => [x.id, x]));
  const docs = byId(D.documents);
  const ents = byId(D.entities);
  const quotes = byId(D.quotes);
  const claims = byId(D.claims);
  const events = byId(D.events);
  const CONTEXT = 80;
  const fmt = (n) => Number(n).toLocaleString("en");
  let cleanup = null; // destroys the timeline or the network when the view changes
  let reader = null; // {doc, pieces}: the document on screen, to move the target without redrawing

  // ---- building the page from text nodes only
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    add(node, children);
    return node;
  }
  function add(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  const enc = encodeURIComponent;
  const route = (...parts) => "#" + parts.map((p) => enc(String(p))).join("/");
  const plural = (n, word) => `${fmt(n)} ${word}${n === 1 ? "" : "s"}`;
  const clip = (s, n) => (s && s.length > n ? s.slice(0, n - 1) + "…" : s || "");

  function name(id) {
    if (id === "author") return "the author";
    if (!id) return "unknown";
    return D.names[id] || id;
  }
  function who(id) {
    return id && ents.has(id) ? el("a", { href: route("entity", id) }, name(id)) : el("span", {}, name(id));
  }
  function docTitle(id) {
    const d = docs.get(id);
    if (!d) return id;
    return d.title || (d.source || id).split(/[\\/]/).pop();
  }
  function wordsLink(at, label) {
    return el("a", { class: "src", href: route("reader", at[0], at[1], at[2]) }, label || docTitle(at[0]));
  }
  // a span [doc, start, end, [before, after]?] in its context, the words marked, linked to the reader
  function evidence(at, words) {
    const d = docs.get(at[0]);
    let before, after, marked;
    if (d && d.text !== undefined) {
      const left = Math.max(0, at[1] - CONTEXT), right = Math.min(d.text.length, at[2] + CONTEXT);
      before = (left ? "…" : "") + d.text.slice(left, at[1]);
      after = d.text.slice(at[2], right) + (right < d.text.length ? "…" : "");
      marked = d.text.slice(at[1], at[2]);
    } else {
      const ctx = Array.isArray(at[3]) ? at[3] : ["", ""];
      before = "…" + ctx[0];
      after = ctx[1] + "…";
      marked = words || (typeof at[4] === "string" ? at[4] : "");
    }
    return el("span", { class: "ev" }, before, el("mark", {}, marked), after, " ", wordsLink(at));
  }
  function tag(text, cls) {
    return el("span", { class: "tag" + (cls ? " " + cls : "") }, text);
  }
  // what a quote or claim rests on: its reference mark, the note's words, the source named
  function citations(item) {
    if (!Array.isArray(item.citations) || !item.citations.length) return null;
    return el("ul", { class: "citations", "aria-label": "Citations" },
      item.citations.map((c) => el("li", {}, "cited: ",
        c.at ? el("a", { class: "cite-mark", href: route("reader", ...c.at) }, c.mark) : el("span", { class: "cite-mark" }, c.mark),
        c.source ? [" · ", c.source] : null,
        c.text ? [" · ", c.note_at ? el("a", { href: route("reader", ...c.note_at) }, clip(c.text, 300)) : clip(c.text, 300)] : null)));
  }
  function notice(text) {
    return el("p", { class: "notice" }, text);
  }
  function capped(shown, total, what, limit) {
    return shown < total
      ? notice(`This page holds ${fmt(shown)} of ${fmt(total)} ${what} (limit ${fmt(limit)}); dossier.json and annalyst serve have them all.`)
      : null;
  }

  // a list drawn a page at a time: render(slice, container) fills one page
  function pager(list, size, render, label) {
    const box = el("div", { class: "paged" });
    const body = el("div");
    const nav = el("nav", { class: "pager", "aria-label": label || "Pages" });
    let page = 0;
    const pages = Math.max(1, Math.ceil(list.length / size));
    function draw() {
      body.replaceChildren();
      render(list.slice(page * size, (page + 1) * size), body);
      nav.replaceChildren();
      if (pages > 1) {
        add(nav, [
          el("button", { type: "button", disabled: page === 0, onclick: () => { page--; draw(); } }, "Previous"),
          el("span", {}, ` page ${page + 1} of ${pages} (${fmt(list.length)}) `),
          el("button", { type: "button", disabled: page === pages - 1, onclick: () => { page++; draw(); } }, "Next"),
        ]);
      }
    }
    draw();
    return add(box, [body, nav]);
  }

  // ---- dates: precision and uncertainty
  function utc(y, m, d) {
    const t = new Date(Date.UTC(2000, m, d));
    t.setUTCFullYear(y);
    return t;
  }
  const PRECISION = { day: "day", month: "month", year: "year", decade: "decade", century: "century" };
  function period(value) {
    if (!value) return null;
    let m;
    if ((m = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(value))) {
      const y = +m[1], mo = +m[2] - 1, d = +m[3];
      return { start: utc(y, mo, d), end: utc(y, mo, d + 1), precision: PRECISION.day };
    }
    if ((m = /^(-?\d{4})-(\d{2})$/.exec(value))) return { start: utc(+m[1], +m[2] - 1, 1), end: utc(+m[1], +m[2], 1), precision: "month" };
    if ((m = /^(-?\d{4})/.exec(value))) return { start: utc(+m[1], 0, 1), end: utc(+m[1] + 1, 0, 1), precision: "year" };
    if ((m = /^(\d{3})X/.exec(value))) return { start: utc(+m[1] * 10, 0, 1), end: utc(+m[1] * 10 + 10, 0, 1), precision: "decade" };
    if ((m = /^(\d{2})XX/.exec(value))) return { start: utc(+m[1] * 100, 0, 1), end: utc(+m[1] * 100 + 100, 0, 1), precision: "century" };
    return null;
  }
  function eventSpan(e) {
    const p = period(e.date);
    if (!p) return null;
    const q = e.date_end ? period(e.date_end) : null;
    return { start: p.start, end: q && q.end > p.start ? q.end : p.end, precision: p.precision, range: !!q || p.precision !== "day" };
  }
  const uncertain = (e) => e.date_source === "narrative" || e.date_source === "sentence";
  function dateText(e) {
    if (!e.date) return "undated";
    const p = period(e.date);
    let s = e.date + (e.date_end ? " to " + e.date_end : "");
    if (p && p.precision !== "day") s += ` (${p.precision})`;
    else if (!p) s += " (year unknown)";
    return s;
  }
  function dateCell(e) {
    return el("span", {}, dateText(e), uncertain(e)
      ? el("span", { class: "uncertain-mark", title: `date taken from the ${e.date_source}, not stated with the event` }, " ?")
      : null);
  }

  // ---- views
  function viewOverview() {
    const m = D.meta, lim = m.limits, s = m.shown, c = m.counts;
    const rows = [...D.documents].sort((a, b) => (a.published || "9999").localeCompare(b.published || "9999") || docTitle(a.id).localeCompare(docTitle(b.id)));
    const held = el("details", { class: "limits" }, el("summary", {}, "What this page holds, and its limits"),
      el("ul", {},
        el("li", {}, `Document texts: ${fmt(s.texts)} of ${fmt(c.documents)} inlined (at most ${fmt(lim.text_chars)} characters in all, the most cited documents first; none longer than ${fmt(lim.doc_chars)}).`),
        el("li", {}, `Sources listed: ${fmt(s.documents)} of ${fmt(c.documents)} (limit ${fmt(lim.documents)}).`),
        el("li", {}, `Entities: ${fmt(s.entities)} of ${fmt(c.entities)} (limit ${fmt(lim.entities)}, the most mentioned first; up to ${lim.entity_sources} sources side by side each).`),
        el("li", {}, `Events on the timeline: ${fmt(s.events)} of ${fmt(c.events)} (limit ${fmt(lim.events)}, the most reported first).`),
        el("li", {}, `Quotes: ${fmt(s.quotes)} of ${fmt(c.quotes)}; claims: ${fmt(s.claims)} of ${fmt(c.claims)} (limit ${fmt(lim.quotes)} each); comparisons: ${fmt(s.comparisons)} of ${fmt(m.comparisons_total)}.`),
        el("li", {}, `Network: the ${fmt(s.network_nodes)} most connected of ${fmt(D.network.total_nodes)} people, organisations and places (limit ${fmt(lim.network_nodes)}).`),
        el("li", {}, "Everything is in dossier.json beside this file, and in annalyst serve.")));
    if (s.texts < c.documents || s.entities < c.entities || s.events < c.events) held.open = true;
    const table = (slice, box) => box.append(el("table", {},
      el("thead", {}, el("tr", {}, ["Title", "Author or sender", "Date", "Kind", "Length", "Text"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, slice.map((d) => el("tr", {},
        el("td", {}, el("strong", {}, docTitle(d.id)), el("div", { class: "muted small" }, d.source || "")),
        el("td", {}, d.author || "unknown"),
        el("td", {}, d.published || "undated"),
        el("td", {}, d.kind || ""),
        el("td", { class: "num" }, plural(d.length, "character")),
        el("td", {}, d.text !== undefined ? el("a", { href: route("reader", d.id) }, "read") : el("span", { class: "muted" }, "not inlined")))))));
    return [
      el("h2", {}, "Sources"), held,
      capped(s.documents, c.documents, "sources", lim.documents),
      pager(rows, 100, table, "Pages of sources"),
      D.findings.length ? [el("h2", {}, "Findings to check"), el("ul", {}, D.findings.map((f) =>
        el("li", {}, tag(f.kind), " ", f.message || "", f.doc && f.start !== null && f.start !== undefined ? [" ", evidence([f.doc, f.start, f.end])] : null)))] : null,
      D.failures.length ? [el("h2", { id: "failures" }, "Sources that could not be analysed"), el("ul", {}, D.failures.map((f) =>
        el("li", {}, el("code", {}, f.source || ""), ` (${f.stage || "?"}): ${f.error || ""}`)))] : null,
    ];
  }

  function eventDetail(e) {
    if (!e) return el("p", { class: "muted" }, "Select an event on the timeline, or in the list below, to see who reports it.");
    return el("div", {},
      el("h3", {}, e.label || e.type),
      el("p", {}, tag(e.type), " ", dateCell(e), e.place ? [" · at ", who(e.place)] : null),
      e.participants.length ? el("p", {}, "Who: ", e.participants.map(([id, role], i) => [i ? ", " : "", who(id), ` (${role})`])) : null,
      el("p", {}, `Reported by ${plural(e.sources, "source")}, ${plural(e.n, "mention")}:`),
      el("ul", { class: "evidence" }, e.mentions.map((m) => el("li", {}, evidence(m, m[4])))),
      e.n > e.mentions.length ? el("p", { class: "muted" }, `… and ${fmt(e.n - e.mentions.length)} more mentions in dossier.json.`) : null);
  }

  function viewTimeline(selected) {
    const dated = [], undated = [];
    for (const e of D.events) (eventSpan(e) ? dated : undated).push(e);
    dated.sort((a, b) => eventSpan(a).start - eventSpan(b).start || a.label.localeCompare(b.label));
    const detail = el("div", { class: "event-detail", "aria-live": "polite" }, eventDetail(events.get(selected)));
    const box = el("div", { id: "timeline-box", class: "vis-box", role: "img", "aria-label": `Timeline of ${plural(dated.length, "dated event")}; the list below holds the same events` });
    const zoom = (f) => () => cleanup && cleanup.timeline && cleanup.timeline[f](0.5);
    const controls = el("div", { class: "controls" },
      el("button", { type: "button", onclick: zoom("zoomIn") }, "Zoom in"),
      el("button", { type: "button", onclick: zoom("zoomOut") }, "Zoom out"),
      el("button", { type: "button", onclick: () => cleanup && cleanup.timeline && cleanup.timeline.fit() }, "Fit all"),
      el("span", { class: "legend" }, el("span", { class: "key point" }, "●"), " a day  ",
        el("span", { class: "key range" }, "▭"), " a month, year or span (the bar covers it)  ",
        el("span", { class: "key uncertain" }, "?"), " date inferred from the narrative, not stated with the event"));
    const list = (slice, body) => body.append(el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ["Date", "Event", "Who", "Reported by"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, slice.map((e) => el("tr", { id: "ev-" + e.id },
        el("td", { class: "nowrap" }, dateCell(e)),
        el("td", {}, tag(e.type), " ", el("a", { href: route("timeline", e.id) }, e.label || e.type)),
        el("td", {}, e.participants.slice(0, 6).map(([id], i) => [i ? ", " : "", who(id)])),
        el("td", {}, e.mentions.slice(0, 4).map((m, i) => [i ? " · " : "", wordsLink(m)]), e.sources > 1 ? ` (${e.sources} sources)` : ""))))));
    setTimeout(() => drawTimeline(box, dated, detail, selected), 0);
    return [
      el("h2", {}, "Timeline"),
      capped(D.meta.shown.events, D.meta.counts.events, "events", D.meta.limits.events),
      dated.length > TIMELINE_ITEMS ? notice(`The timeline draws the ${fmt(TIMELINE_ITEMS)} most reported of these ${fmt(dated.length)} dated events; the list below holds them all.`) : null,
      controls, box, detail,
      el("h3", {}, `Dated events (${fmt(dated.length)})`),
      pager(dated, 100, list, "Pages of events"),
      undated.length ? [el("h3", {}, `Events without a usable date (${fmt(undated.length)})`), pager(undated, 100, list, "Pages of undated events")] : null,
    ];
  }

  const TIMELINE_ITEMS = 800; // vis-timeline measures every item it draws: beyond this the page slows down
  function drawTimeline(box, dated, detail, selected) {
    if (!window.vis || !box.isConnected || !dated.length) return;
    let drawn = dated;
    if (dated.length > TIMELINE_ITEMS) {
      const keep = new Set([...dated].sort((a, b) => b.sources - a.sources || b.n - a.n).slice(0, TIMELINE_ITEMS).map((e) => e.id));
      if (selected) keep.add(selected);
      drawn = dated.filter((e) => keep.has(e.id));
    }
    const items = drawn.map((e) => {
      const span = eventSpan(e);
      const content = el("span", {}, uncertain(e) ? el("b", { class: "q" }, "? ") : null, clip(e.label || e.type, 70),
        e.sources > 1 ? el("span", { class: "n" }, ` · ${e.sources} sources`) : null);
      const item = { id: e.id, content, start: span.start, className: `prec-${span.precision}${uncertain(e) ? " uncertain" : ""}` };
      if (span.range) { item.end = span.end; item.type = "range"; } else item.type = "point";
      return item;
    });
    const options = {
      stack: true, maxHeight: 520, minHeight: 260, zoomMin: 1000 * 60 * 60 * 24 * 7,
      orientation: { axis: "both", item: "top" }, verticalScroll: true, showCurrentTime: false, selectable: true,
    };
    const day = 1000 * 60 * 60 * 24;
    let start = null, end = null;
    if (items.length >= 10) {
      // open on where the events are: far-off dates (beyond Tukey's fences, 1.5 interquartile ranges
      // out) stay one "Fit all" away; labels run rightwards, so the right margin is wider
      const starts = items.map((i) => +i.start).sort((a, b) => a - b);
      const q1 = starts[Math.floor(starts.length * 0.25)], q3 = starts[Math.floor(starts.length * 0.75)];
      const pad = Math.max(1.5 * (q3 - q1), 90 * day);
      const lo = Math.max(starts[0], q1 - pad), hi = Math.min(starts[starts.length - 1], q3 + pad);
      const width = Math.max(hi - lo, 30 * day);
      start = lo - width * 0.05;
      end = hi + width * 0.3;
    }
    const chosen = selected && events.has(selected) && eventSpan(events.get(selected));
    if (chosen && start !== null) { // at the overview's scale, the chosen event a third of the way in
      const width = end - start;
      start = +chosen.start - width / 3;
      end = start + width;
    }
    // the window is set when the timeline is made: moving it afterwards left stale items drawn
    if (start !== null) Object.assign(options, { start: new Date(start), end: new Date(end) });
    const timeline = new vis.Timeline(box, new vis.DataSet(items), options);
    timeline.on("select", (props) => {
      const e = events.get(props.items[0]);
      detail.replaceChildren(eventDetail(e));
    });
    if (chosen) timeline.setSelection([selected]);
    cleanup = { timeline, destroy: () => timeline.destroy() };
  }

  function viewEntities() {
    const types = [...new Set(D.entities.map((e) => e.type))].sort();
    const input = el("input", { type: "search", id: "entity-filter", placeholder: "Filter by name or alias", "aria-label": "Filter people and organisations by name or alias" });
    const select = el("select", { "aria-label": "Type" }, el("option", { value: "" }, "every type"), types.map((t) => el("option", { value: t }, t)));
    const out = el("div");
    const table = (slice, box) => box.append(el("table", { class: "entities" },
      el("thead", {}, el("tr", {}, ["Name", "Type", "Also called", "Described as", "Mentions", "Sources"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, slice.map((e) => el("tr", {},
        el("td", {}, el("a", { href: route("entity", e.id) }, e.name)),
        el("td", {}, e.type),
        el("td", {}, e.aliases.filter((a) => a !== e.name).slice(0, 6).map((a) => tag(a))),
        el("td", {}, clip(e.descriptors.join("; "), 120)),
        el("td", { class: "num" }, fmt(e.n)),
        el("td", { class: "num" }, fmt(e.n_sources)))))));
    function draw() {
      const q = input.value.trim().toLowerCase(), t = select.value;
      const list = D.entities.filter((e) => (!t || e.type === t) && (!q || e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q))));
      out.replaceChildren(el("p", { class: "muted", "aria-live": "polite" }, plural(list.length, "entity").replace("entitys", "entities")), pager(list, 100, table, "Pages of entities"));
    }
    input.addEventListener("input", draw);
    select.addEventListener("change", draw);
    draw();
    return [el("h2", {}, "People, organisations and places"),
      capped(D.meta.shown.entities, D.meta.counts.entities, "entities", D.meta.limits.entities),
      el("div", { class: "controls" }, input, " ", select), out];
  }

  function quoteItem(q, showSpeaker) {
    return el("li", { class: "quote" },
      el("blockquote", {}, "“", q.text, "”"),
      el("p", { class: "meta" },
        showSpeaker ? [who(q.speaker), " "] : null,
        q.cue ? ["(", q.cue, ") "] : null,
        q.speaker_text ? ["named as “", q.speaker_text, "” "] : null,
        q.addressee ? ["to ", who(q.addressee), " "] : null,
        q.reported_by ? ["reported by ", who(q.reported_by), " "] : null,
        "· ", wordsLink(q.at, "the words in " + docTitle(q.at[0]))),
      citations(q));
  }
  function claimItem(c) {
    return el("li", { class: "claim" },
      el("p", {}, el("span", { class: "stance stance-" + c.stance }, c.stance), " ", who(c.holder), ": ", evidence(c.at, c.text)),
      c.about.length ? el("p", { class: "meta" }, "about ", c.about.map((a, i) => [i ? ", " : "", events.has(a) ? el("a", { href: route("timeline", a) }, clip(events.get(a).label, 70)) : who(a)])) : null,
      citations(c));
  }

  function viewEntity(id) {
    const e = ents.get(id);
    if (!e) return [el("h2", {}, name(id)), notice("This entity is not among those the page holds; see dossier.json.")];
    const said = D.quotes.filter((q) => q.speaker === id);
    const heard = D.quotes.filter((q) => q.addressee === id);
    const held = D.claims.filter((c) => c.holder === id);
    const about = D.claims.filter((c) => c.about.includes(id) && c.holder !== id);
    const inEvents = D.events.filter((v) => v.place === id || v.participants.some(([p]) => p === id));
    const ties = D.network.edges.filter((x) => x.a === id || x.b === id).sort((x, y) => y.weight - x.weight);
    const section = (title, n, body) => n ? [el("h3", {}, `${title} (${fmt(n)})`), body] : null;
    return [
      el("p", {}, el("a", { href: "#entities" }, "← all people and organisations")),
      el("h2", {}, e.name, " ", tag(e.type)),
      el("p", {}, "Also called: ", e.aliases.length ? e.aliases.map((a) => tag(a)) : "—"),
      el("p", {}, "Described as: ", e.descriptors.length ? e.descriptors.join("; ") : "—"),
      el("p", { class: "muted" }, `${plural(e.n, "mention")} in ${plural(e.n_sources, "source")}.`),
      el("h3", {}, "How each source describes it"),
      e.n_sources > e.sources.length ? notice(`The ${e.sources.length} sources that mention it most, of ${fmt(e.n_sources)}.`) : null,
      el("div", { class: "side-by-side" }, e.sources.map((s) => el("section", { class: "source-card", "aria-label": docTitle(s.doc) },
        el("h4", {}, docs.get(s.doc) && docs.get(s.doc).text !== undefined ? el("a", { href: route("reader", s.doc) }, docTitle(s.doc)) : docTitle(s.doc)),
        el("p", { class: "muted small" }, plural(s.n, "mention"), docs.get(s.doc) && docs.get(s.doc).published ? " · " + docs.get(s.doc).published : ""),
        el("p", {}, "Named as: ", s.forms.map((f) => tag(f))),
        el("p", {}, "Described as: ", s.descriptors.length ? s.descriptors.map((x) => tag(x, "descr")) : el("span", { class: "muted" }, "no descriptor near its name")),
        el("ul", { class: "evidence" }, s.mentions.map((m) => el("li", {}, evidence(m))))))),
      section("Quotes", said.length, el("ul", { class: "quotes" }, said.slice(0, 200).map((q) => quoteItem(q, false)))),
      section("Quotes addressed to it", heard.length, el("ul", { class: "quotes" }, heard.slice(0, 200).map((q) => quoteItem(q, true)))),
      section("Claims it holds", held.length, el("ul", { class: "claims" }, held.slice(0, 200).map(claimItem))),
      section("Claims about it", about.length, el("ul", { class: "claims" }, about.slice(0, 200).map(claimItem))),
      section("Events", inEvents.length, el("ul", {}, inEvents.slice(0, 200).map((v) => el("li", {}, dateCell(v), " ", el("a", { href: route("timeline", v.id) }, v.label || v.type), " · ", wordsLink(v.mentions[0]))))),
      section("Linked to (network)", ties.length, el("ul", {}, ties.slice(0, 100).map((x) => el("li", {}, who(x.a === id ? x.b : x.a),
        ` · ${plural(x.n_events, "shared event")}, ${plural(x.n_quotes, "quote")}`)))),
    ];
  }

  function viewQuotes() {
    const input = el("input", { type: "search", placeholder: "Filter by speaker or words", "aria-label": "Filter quotes by speaker or words" });
    const out = el("div");
    const count = new Map();
    for (const q of D.quotes) count.set(q.speaker, (count.get(q.speaker) || 0) + 1);
    // the most quoted speakers first, the unattributed quotes last
    const order = [...D.quotes].sort((a, b) => (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1)
      || count.get(b.speaker) - count.get(a.speaker) || name(a.speaker).localeCompare(name(b.speaker)));
    const render = (slice, box) => {
      let last;
      let ul;
      for (const q of slice) {
        const sp = q.speaker ? name(q.speaker) : "unattributed";
        if (sp !== last) {
          box.append(el("h3", {}, q.speaker && ents.has(q.speaker) ? el("a", { href: route("entity", q.speaker) }, sp) : sp,
            el("span", { class: "muted" }, ` (${count.get(q.speaker)})`)));
          ul = box.appendChild(el("ul", { class: "quotes" }));
          last = sp;
        }
        ul.append(quoteItem(q, false));
      }
    };
    function draw() {
      const f = input.value.trim().toLowerCase();
      const list = f ? order.filter((q) => name(q.speaker).toLowerCase().includes(f) || q.text.toLowerCase().includes(f)) : order;
      out.replaceChildren(el("p", { class: "muted", "aria-live": "polite" }, plural(list.length, "quote")), pager(list, 60, render, "Pages of quotes"));
    }
    input.addEventListener("input", draw);
    draw();
    const same = D.links.filter((l) => l.kind === "same_quote" && quotes.has(l.a) && quotes.has(l.b));
    return [el("h2", {}, "Quotes by speaker"),
      capped(D.meta.shown.quotes, D.meta.counts.quotes, "quotes", D.meta.limits.quotes),
      el("div", { class: "controls" }, input), out,
      same.length ? [el("h2", {}, "The same quotation in several sources"), same.map((l) => el("div", { class: "pair" },
        [quotes.get(l.a), quotes.get(l.b)].map((q) => el("div", {}, el("p", {}, who(q.speaker), " · ", el("em", {}, docTitle(q.at[0]))), evidence(q.at, q.text))),
        el("p", { class: "why" }, l.explanation)))] : null];
  }

  function viewCompare() {
    const pairs = D.links.filter((l) => (l.kind === "contradicts" || l.kind === "agrees") && claims.has(l.a) && claims.has(l.b));
    const side = (c) => el("div", { class: "side" },
      el("p", {}, el("span", { class: "stance stance-" + c.stance }, c.stance), " ", who(c.holder), " · ", el("em", {}, docTitle(c.at[0]))),
      el("blockquote", {}, evidence(c.at, c.text)), citations(c));
    const render = (slice, box) => box.append(...slice.map((l) => el("article", { class: "pair kind-" + l.kind, "aria-label": l.kind },
      el("p", { class: "verdict" }, el("strong", {}, l.kind === "contradicts" ? "Contradiction" : "Agreement"), ` · score ${l.score.toFixed(2)}`),
      el("div", { class: "sides" }, side(claims.get(l.a)), side(claims.get(l.b))),
      el("p", { class: "why" }, el("strong", {}, "Why: "), l.explanation))));
    const stance = el("select", { "aria-label": "Stance" }, el("option", { value: "" }, "every stance"), ["asserts", "denies", "doubts", "reports"].map((s) => el("option", { value: s }, s)));
    const input = el("input", { type: "search", placeholder: "Filter claims by words or holder", "aria-label": "Filter claims by words or holder" });
    const out = el("div");
    function draw() {
      const f = input.value.trim().toLowerCase(), s = stance.value;
      const list = D.claims.filter((c) => (!s || c.stance === s) && (!f || c.text.toLowerCase().includes(f) || name(c.holder).toLowerCase().includes(f)));
      out.replaceChildren(el("p", { class: "muted", "aria-live": "polite" }, plural(list.length, "claim")),
        pager(list, 60, (slice, box) => box.append(el("ul", { class: "claims" }, slice.map(claimItem))), "Pages of claims"));
    }
    input.addEventListener("input", draw);
    stance.addEventListener("change", draw);
    draw();
    const c = pairs.filter((l) => l.kind === "contradicts").length;
    return [
      el("h2", { id: "comparison" }, "Sources compared"),
      el("p", { class: "muted" }, `${plural(c, "contradiction")} and ${plural(pairs.length - c, "agreement")} between sources, each side in its own words, with the reason the two were linked.`),
      capped(D.meta.shown.comparisons, D.meta.comparisons_total, "comparisons", D.meta.limits.comparisons),
      pairs.length ? pager(pairs, 30, render, "Pages of comparisons") : el("p", { class: "muted" }, "No agreement or contradiction between sources was found."),
      el("h2", {}, "All claims"),
      capped(D.meta.shown.claims, D.meta.counts.claims, "claims", D.meta.limits.claims),
      el("div", { class: "controls" }, input, " ", stance), out,
    ];
  }

  const NODE_COLOURS = window.annalystNetwork ? annalystNetwork.COLOURS : {};  // network.js
  function edgeDetail(x) {
    return el("div", {}, el("h3", {}, name(x.a), " — ", name(x.b)),
      el("p", {}, who(x.a), " and ", who(x.b), `: ${plural(x.n_events, "shared event")}, ${plural(x.n_quotes, "quote")}.`),
      el("ul", { class: "evidence" },
        x.events.map((id) => events.get(id)).filter(Boolean).map((v) => el("li", {}, "event: ", el("a", { href: route("timeline", v.id) }, v.label || v.type), " ", wordsLink(v.mentions[0]))),
        x.quotes.map((id) => quotes.get(id)).filter(Boolean).map((q) => el("li", {}, "quote: ", who(q.speaker), " ", evidence(q.at, q.text)))));
  }
  function viewNetwork() {
    const net = D.network;
    const detail = el("div", { class: "event-detail", "aria-live": "polite" }, el("p", { class: "muted" }, "Select a person or a link to see what ties them."));
    const box = el("div", { id: "network-box", class: "vis-box", role: "img", "aria-label": `Network of ${plural(net.nodes.length, "entity")}; the list below holds the same links` });
    const list = [...net.edges].sort((a, b) => b.weight - a.weight);
    const render = (slice, body) => body.append(el("table", {},
      el("thead", {}, el("tr", {}, ["Between", "Shared events", "Quotes", ""].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, slice.map((x) => el("tr", {}, el("td", {}, who(x.a), " — ", who(x.b)), el("td", { class: "num" }, x.n_events), el("td", { class: "num" }, x.n_quotes),
        el("td", {}, el("button", { type: "button", onclick: () => detail.replaceChildren(edgeDetail(x)) }, "show")))))));
    setTimeout(() => drawNetwork(box, detail), 0);
    return [el("h2", {}, "Who is linked to whom"),
      el("p", { class: "muted" }, "People, organisations and places are linked when they take part in the same event or when one is quoted speaking to, reported by, or about the other. Thicker lines: more ties."),
      el("p", { class: "legend" }, Object.entries(NODE_COLOURS).map(([t, c]) => [el("span", { class: "dot", style: "background:" + c }), ` ${t}  `])),
      net.total_nodes > net.nodes.length ? notice(`The ${net.nodes.length} most connected of ${fmt(net.total_nodes)} (limit ${D.meta.limits.network_nodes}).`) : null,
      net.total_edges > net.edges.length ? notice(`The ${fmt(net.edges.length)} strongest of the ${fmt(net.total_edges)} links between them (limit ${fmt(D.meta.limits.network_edges)}).`) : null,
      box, detail, el("h3", {}, `Links (${fmt(list.length)})`), pager(list, 50, render, "Pages of links")];
  }
  function drawNetwork(box, detail) {
    if (!window.cytoscape || !window.annalystNetwork || !box.isConnected) return;
    const net = D.network;
    const cy = annalystNetwork.draw(box, net.nodes, net.edges, (n) => name(n.id));
    cy.on("tap", "node", (evt) => {
      const id = evt.target.id();
      const ties = net.edges.filter((x) => x.a === id || x.b === id).sort((x, y) => y.weight - x.weight);
      detail.replaceChildren(el("div", {}, el("h3", {}, who(id)), el("ul", {}, ties.map((x) => el("li", {},
        el("button", { type: "button", class: "linkish", onclick: () => detail.replaceChildren(edgeDetail(x)) }, name(x.a === id ? x.b : x.a)),
        ` · ${plural(x.n_events, "shared event")}, ${plural(x.n_quotes, "quote")}`)))));
    });
    cy.on("tap", "edge", (evt) => detail.replaceChildren(edgeDetail(net.edges[evt.target.data("edge")])));
    cleanup = { cy, destroy: () => cy.destroy() };
  }

  // ---- the reader: every extracted item highlighted, the words you came for marked
  const KINDS = { m: "name", t: "date", v: "event", q: "quote", c: "claim", n: "citation" };
  function itemLabel(it) {
    const [, , k, ref] = it;
    if (k === "m") return name(ref);
    if (k === "t") return "date " + ref;
    if (k === "q") { const q = quotes.get(ref); return q ? "quote of " + name(q.speaker) : "quote"; }
    if (k === "c") { const c = claims.get(ref); return c ? `claim (${c.stance}) of ${name(c.holder)}` : "claim"; }
    if (k === "v") { const v = events.get(ref); return v ? "event: " + clip(v.label, 80) : "event"; }
    if (k === "n") return ref;
    return "";
  }
  function highlight(text, items) {
    const valid = items.filter((i) => i[0] >= 0 && i[0] < i[1] && i[1] <= text.length);
    const cuts = [...new Set([0, text.length, ...valid.map((i) => i[0]), ...valid.map((i) => i[1])])].sort((a, b) => a - b);
    const starts = new Map();
    for (const i of valid) { if (!starts.has(i[0])) starts.set(i[0], []); starts.get(i[0]).push(i); }
    const frag = document.createDocumentFragment();
    const pieces = [];
    let covering = [];
    for (let n = 0; n + 1 < cuts.length; n++) {
      const left = cuts[n], right = cuts[n + 1];
      covering = covering.filter((i) => i[1] > left).concat(starts.get(left) || []);
      const piece = text.slice(left, right);
      if (!covering.length) { frag.append(piece); continue; }
      const mention = covering.find((i) => i[2] === "m" && ents.has(i[3]));
      const node = mention ? el("a", { href: route("entity", mention[3]) }) : el("mark");
      node.className = "hl " + [...new Set(covering.map((i) => "k-" + i[2]))].sort().join(" ");
      node.title = [...new Set(covering.map(itemLabel))].filter(Boolean).join("; ");
      node.textContent = piece;
      frag.append(node);
      pieces.push([left, right, node]);
    }
    return { frag, pieces };
  }
  function markTarget(start, end, focus) {
    if (!reader) return;
    for (const old of reader.article.querySelectorAll(".target")) { old.classList.remove("target"); old.removeAttribute("tabindex"); old.removeAttribute("id"); }
    let first = null;
    if (start !== null) {
      for (const [l, r, node] of reader.pieces) {
        if (l < end && r > start) {
          node.classList.add("target");
          if (!first) first = node;
        }
      }
    }
    if (first) {
      first.id = "words";
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "center" });
      if (focus) first.focus({ preventScroll: true });
    }
  }
  function viewReader(docId, start, end, focus) {
    const withText = D.documents.filter((d) => d.text !== undefined);
    if (!docId && withText.length) docId = withText[0].id;
    const d = docs.get(docId);
    const picker = el("select", { id: "doc-picker", "aria-label": "Document", onchange: (ev) => { location.hash = route("reader", ev.target.value); } },
      withText.map((x) => el("option", { value: x.id, selected: x.id === docId }, clip(docTitle(x.id), 90))));
    const head = [el("h2", {}, "Reader"), el("div", { class: "controls" }, el("label", { for: "doc-picker" }, "Document: "), picker)];
    if (!d || d.text === undefined) {
      reader = null;
      return [head, d ? el("h3", {}, docTitle(d.id)) : null,
        notice(`The text of ${d ? "this document" : "the document " + (docId || "")} is not in this page: the report inlines at most ${fmt(D.meta.limits.text_chars)} characters of document text (the most cited documents first; none longer than ${fmt(D.meta.limits.doc_chars)}). Its words are shown in context where they are cited; the whole text is in dossier.json and annalyst serve.`)];
    }
    const items = D.reader[d.id] || [];
    const { frag, pieces } = highlight(d.text, start !== null ? items.concat([[start, end, "x", null]]) : items);
    const article = el("article", { class: "text", "aria-label": "Text of " + docTitle(d.id) });
    article.append(frag);
    reader = { doc: d.id, pieces, article };
    const jump = (k, title) => {
      const list = items.filter((i) => i[2] === k);
      return list.length ? el("details", { open: k === "q" }, el("summary", {}, `${title} (${fmt(list.length)})`),
        el("ul", {}, list.slice(0, 500).map((i) => el("li", {}, el("a", { href: route("reader", d.id, i[0], i[1]) }, clip(d.text.slice(i[0], i[1]), 70)), " ", el("span", { class: "muted small" }, itemLabel(i)))))) : null;
    };
    setTimeout(() => markTarget(start, end, focus), 0);
    return [head,
      el("h3", {}, docTitle(d.id)),
      el("p", { class: "muted" }, [d.author || "author unknown", d.published || "undated", d.kind, plural(d.length, "character"), d.source].filter(Boolean).join(" · ")),
      el("p", { class: "legend" }, Object.entries(KINDS).map(([k, label]) => [el("span", { class: "hl k-" + k }, label), " "]), el("span", { class: "hl target" }, "the words you came for")),
      el("div", { class: "reader" }, article,
        el("aside", { "aria-label": "In this document" }, el("h3", {}, "In this document"), jump("q", "Quotes"), jump("c", "Claims"), jump("v", "Events"), jump("t", "Dates"), jump("n", "Citations")))];
  }

  // ---- routing
  function show(first) {
    const parts = location.hash.slice(1).split("/").map((p) => { try { return decodeURIComponent(p); } catch (_) { return p; } });
    const [name0, ...rest] = parts;
    const v = name0 || "overview";
    if (v === "reader" && reader && rest[0] === reader.doc && rest.length >= 3 && view.contains(reader.article)
        && reader.pieces.some((p) => p[0] === +rest[1]) && reader.pieces.some((p) => p[1] === +rest[2])) {
      markTarget(+rest[1], +rest[2], true); // same document: move the mark, keep the page
      return;
    }
    if (cleanup) { cleanup.destroy(); cleanup = null; }
    reader = null;
    let content;
    const tab = { entity: "entities" }[v] || v;
    switch (v) {
      case "timeline": content = viewTimeline(rest[0]); break;
      case "entities": content = viewEntities(); break;
      case "entity": content = viewEntity(rest[0]); break;
      case "quotes": content = viewQuotes(); break;
      case "compare": content = viewCompare(); break;
      case "network": content = viewNetwork(); break;
      case "reader": content = viewReader(rest[0], rest.length >= 3 ? +rest[1] : null, rest.length >= 3 ? +rest[2] : null, !first); break;
      default: content = viewOverview();
    }
    view.replaceChildren();
    add(view, [content]);
    for (const a of document.querySelectorAll("#tabs a")) {
      if (a.dataset.view === tab) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    }
    if (!first && !(v === "reader" && rest.length >= 3)) { view.focus({ preventScroll: true }); window.scrollTo(0, 0); }
  }
  if ("scrollRestoration" in history) history.scrollRestoration = "manual"; // each view places itself
  window.addEventListener("hashchange", () => show(false));
  show(true);
})();

/* alaqat: enhancements over server-rendered pages (map, timeline, graph). Every page reads without this. */
(function () {
  "use strict";
  const rtl = document.documentElement.dir === "rtl";
  const data = (id) => { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };
  const PALETTE = ["#08306b", "#2171b5", "#4292c6", "#6baed6", "#9ecae1"];

  const FACTS_PALETTE = ["#fde9b5", "#f6c56f", "#e69f00", "#b86f00", "#7a4100"];

  // A partner's colour: by the year relations began when most partners have one, else by how many facts it
  // shares with the focus state (real press rarely says when relations began, and one colour says nothing).
  function colourFor(partner, scale) {
    if (scale.by === "facts") {
      const share = Math.log(partner.facts) / Math.log(Math.max(2, scale.range[1]));
      return FACTS_PALETTE[Math.min(FACTS_PALETTE.length - 1, Math.floor(share * FACTS_PALETTE.length))];
    }
    const year = partner.year;
    if (!year) return "#e9c46a";  // a partner whose start of relations is unknown
    const years = scale.range;
    const i = Math.floor(((year - years[0]) / Math.max(1, years[1] - years[0])) * (PALETTE.length - 1));
    return PALETTE[Math.min(PALETTE.length - 1, Math.max(0, i))];
  }

  function project([lon, lat]) { return [(lon + 180) * (960 / 360), (90 - lat) * (480 / 180)]; }

  function ringPath(ring) {
    let d = "", prev = null;
    for (const point of ring) {
      const [x, y] = project(point);
      d += (prev === null || Math.abs(point[0] - prev) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
      prev = point[0];
    }
    return d + "Z";
  }

  function geometryPath(geometry) {
    if (!geometry) return "";
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
  }

  function pixelBounds(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const polygon of polygons) for (const point of polygon[0]) {
      const [x, y] = project(point);
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    return [[x0, y0], [x1, y1]];
  }

  function markPartner(shape, partner, scale) {
    shape.setAttribute("class", "partner");
    shape.setAttribute("data-state", partner.id);
    shape.style.fill = colourFor(partner, scale);
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = partner.name + (partner.date ? " — " + partner.date : "") + " · " + partner.facts;
    shape.appendChild(title);
    shape.addEventListener("click", () => { window.location = "/state/" + partner.id; });
  }

  async function drawMap() {
    const box = document.getElementById("map");
    const partners = data("map-data");
    if (!box || !partners || typeof topojson === "undefined") return;
    const world = await (await fetch("/static/vendor/countries-50m.json")).json();
    const countries = topojson.feature(world, world.objects.countries).features;
    const byNumeric = new Map(partners.filter((p) => p.numeric).map((p) => [String(p.numeric).padStart(3, "0"), p]));
    const years = partners.map((p) => p.year).filter(Boolean);
    const facts = partners.map((p) => p.facts);
    const scale = years.length * 2 >= partners.length && years.length
      ? { by: "years", range: [Math.min(...years), Math.max(...years)] }
      : { by: "facts", range: [Math.min(...facts, 1), Math.max(...facts, 1)] };
    const focus = String(box.dataset.focus || "").padStart(3, "0");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 960 480");
    for (const country of countries) {
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", geometryPath(country.geometry));
      const partner = byNumeric.get(String(country.id).padStart(3, "0"));
      svg.appendChild(path);
      if (String(country.id).padStart(3, "0") === focus) path.setAttribute("class", "focus");
      if (partner && country.geometry) {
        markPartner(path, partner, scale);
        const [[x0, y0], [x1, y1]] = pixelBounds(country.geometry);
        if (x1 - x0 < 6 && y1 - y0 < 6) {  // Bahrain, Singapore …: a dot big enough to see and click
          const dot = document.createElementNS("http://www.w3.org/2000/svg", "circle");
          dot.setAttribute("cx", ((x0 + x1) / 2).toFixed(1));
          dot.setAttribute("cy", ((y0 + y1) / 2).toFixed(1));
          dot.setAttribute("r", "4");
          dot.setAttribute("data-state", partner.id);
          markPartner(dot, partner, scale);
          svg.appendChild(dot);
        }
      }
    }
    box.appendChild(svg);
    const legend = document.getElementById("map-legend");
    if (legend) {
      legend.textContent = (scale.by === "years" ? legend.dataset.years : legend.dataset.facts) + ": " +
        scale.range[0] + " — " + scale.range[1];
      legend.dataset.by = scale.by;
    }
  }

  function textOf(item) {  // item text goes into the page as text, never as markup
    const span = document.createElement("span");
    span.textContent = item.content;
    return span;
  }

  function drawTimeline() {
    const box = document.getElementById("timeline");
    const items = data("timeline-data");
    const groups = data("timeline-groups") || [];
    if (!box || !items || !items.length || typeof vis === "undefined") return;
    const byId = new Map(items.map((item) => [item.id, item]));
    const times = items.flatMap((item) => [Date.parse(item.start), Date.parse(item.end || item.start)]);
    const first = Math.min(...times), last = Math.max(...times);
    // The whole span in view, with room at each end for the labels of the first and last facts (a bar per
    // period needs less).
    const pad = Math.max((last - first) * (items[0].url ? 0.06 : 0.3), 3 * 86400000);
    // No maximum height: a page holds at most a few dozen facts or one bar per period and type, all in view.
    const options = { rtl: rtl, zoomable: true, stack: true, orientation: "top",
      start: new Date(first - pad), end: new Date(last + pad),
      tooltip: { followMouse: true }, template: textOf, margin: { item: 4 },
      groupOrder: (a, b) => groups.findIndex((g) => g.id === a.id) - groups.findIndex((g) => g.id === b.id) };
    const timeline = groups.length
      ? new vis.Timeline(box, new vis.DataSet(items), new vis.DataSet(groups), options)
      : new vis.Timeline(box, new vis.DataSet(items), options);
    timeline.on("click", (props) => {  // a period's bar opens that period
      const item = props.item !== null && byId.get(props.item);
      if (item && item.url) window.location = item.url;
    });
    // Items are measured as they are first drawn, before the page has settled (web font, scroll bar): once it
    // has, lay them out again, and say the timeline is drawn when no redraw has followed for a moment.
    let settling = null, fontsIn = false, laidOut = false;
    const settle = () => {
      clearTimeout(settling);
      settling = setTimeout(() => {
        if (!fontsIn) return;
        if (!laidOut) { laidOut = true; timeline.setOptions({ stack: true }); settle(); return; }
        box.dataset.ready = "1";
      }, 200);
    };
    timeline.on("changed", settle);
    document.fonts.ready.then(() => { fontsIn = true; settle(); });
    box.alaqatTimeline = timeline;
  }

  // Labels that would cover one another: the stronger node (the centre first) keeps its name, the weaker one is
  // named on hover only. Returns the ids still labelled.
  function unclutter(network, nodeSet, graph) {
    const ranked = graph.nodes.filter((n) => n.labelled)
      .sort((a, b) => (b.id === graph.state) - (a.id === graph.state) || b.events - a.events);
    const kept = [], boxes = [];
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const node of ranked) {
      const box = network.getBoundingBox(node.id);
      if (boxes.some((other) => overlap(box, other))) {
        nodeSet.update({ id: node.id, label: "" });
      } else {
        boxes.push(box);
        kept.push(node.id);
      }
    }
    return kept;
  }

  function drawGraph() {
    const box = document.getElementById("graph");
    const graph = data("graph-data");
    if (!box || !graph || !graph.nodes.length || typeof vis === "undefined") return;
    const lang = document.body.dataset.lang;
    const nodes = graph.nodes.map((n) => {
      const name = lang === "en" ? n.name_en : n.name_ar;
      const centre = n.id === graph.state;
      return { id: n.id, label: n.labelled ? name : undefined, title: name + " · " + n.events, value: n.events,
        shape: n.kind === "org" ? "square" : "dot",
        color: centre ? { background: "#0d5c63", border: "#08363a" }
          : n.kind === "org" ? { background: "#c9b8e8", border: "#6f5a99" } : { background: "#9ecae1", border: "#2171b5" },
        font: n.labelled ? { size: centre ? 20 : 16 } : undefined };
    });
    const edges = graph.edges.map((e) => ({ from: e.source, to: e.target, value: e.weight,
      title: String(e.weight), color: { color: e.colour, highlight: e.colour, opacity: 0.8 } }));
    const nodeSet = new vis.DataSet(nodes);
    const network = new vis.Network(box, { nodes: nodeSet, edges: new vis.DataSet(edges) }, {
      layout: { improvedLayout: nodes.length <= 100, randomSeed: 7 },  // the same picture at every visit
      physics: { solver: "forceAtlas2Based",  // central gravity keeps small separate groups near the rest
        forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, centralGravity: 0.03, avoidOverlap: 0.8 },
        stabilization: { iterations: 300, fit: true } },
      interaction: { hover: true, tooltipDelay: 150, zoomView: true, dragView: true },
      nodes: { scaling: { min: 6, max: 36, label: { enabled: false } },
        font: { face: "Noto Naskh Arabic", color: "#1d2433", strokeWidth: 4, strokeColor: "#ffffff" } },
      edges: { scaling: { min: 1, max: 8 }, smooth: false } });
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: false });  // a still picture: nothing drifts while one reads it
      network.fit({ animation: false });
      document.fonts.ready.then(() => {
        network.redraw();
        box.dataset.labelled = unclutter(network, nodeSet, graph).join(" ");
        box.dataset.ready = "1";
      });
    });
    network.on("doubleClick", (params) => { if (params.nodes.length && params.nodes[0].length === 2) {
      window.location = "/state/" + params.nodes[0]; } });
    const zoom = (factor) => network.moveTo({ scale: network.getScale() * factor, animation: false });
    const button = (id, action) => { const el = document.getElementById(id); if (el) el.addEventListener("click", action); };
    button("graph-zoom-in", () => zoom(1.4));
    button("graph-zoom-out", () => zoom(1 / 1.4));
    button("graph-fit", () => network.fit({ animation: false }));
    box.alaqatNetwork = network;  // for the browser tests and the console
  }

  document.addEventListener("DOMContentLoaded", () => { drawMap(); drawTimeline(); drawGraph(); });
})();

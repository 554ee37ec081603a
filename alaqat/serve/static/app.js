/* alaqat: enhancements over server-rendered pages (map, timeline, graph). Every page reads without this. */
(function () {
  "use strict";
  const rtl = document.documentElement.dir === "rtl";
  const data = (id) => { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };
  const PALETTE = ["#08306b", "#2171b5", "#4292c6", "#6baed6", "#9ecae1"];

  function colourFor(year, years) {
    if (!year) return "#e9c46a";  // a partner whose start of relations is unknown
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

  function markPartner(shape, partner, range) {
    shape.setAttribute("class", "partner");
    shape.style.fill = colourFor(partner.year, range);
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = partner.name + (partner.date ? " — " + partner.date : "");
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
    const range = years.length ? [Math.min(...years), Math.max(...years)] : [1991, 2025];
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 960 480");
    for (const country of countries) {
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", geometryPath(country.geometry));
      const partner = byNumeric.get(String(country.id).padStart(3, "0"));
      svg.appendChild(path);
      if (partner && country.geometry) {
        markPartner(path, partner, range);
        const [[x0, y0], [x1, y1]] = pixelBounds(country.geometry);
        if (x1 - x0 < 6 && y1 - y0 < 6) {  // Bahrain, Singapore …: a dot big enough to see and click
          const dot = document.createElementNS("http://www.w3.org/2000/svg", "circle");
          dot.setAttribute("cx", ((x0 + x1) / 2).toFixed(1));
          dot.setAttribute("cy", ((y0 + y1) / 2).toFixed(1));
          dot.setAttribute("r", "4");
          dot.setAttribute("data-state", partner.id);
          markPartner(dot, partner, range);
          svg.appendChild(dot);
        }
      }
    }
    box.appendChild(svg);
    const legend = document.getElementById("map-legend");
    if (legend && years.length) legend.textContent += ": " + range[0] + " — " + range[1];
  }

  function drawTimeline() {
    const box = document.getElementById("timeline");
    const items = data("timeline-data");
    if (!box || !items || !items.length || typeof vis === "undefined") return;
    new vis.Timeline(box, new vis.DataSet(items), { rtl: rtl, zoomable: true, stack: true, maxHeight: 440,
      tooltip: { followMouse: true } });
  }

  function drawGraph() {
    const box = document.getElementById("graph");
    const graph = data("graph-data");
    if (!box || !graph || !graph.nodes.length || typeof vis === "undefined") return;
    const lang = document.body.dataset.lang;
    const nodes = graph.nodes.map((n) => ({ id: n.id, label: lang === "en" ? n.name_en : n.name_ar,
      value: n.events, shape: n.kind === "org" ? "box" : "dot", color: n.kind === "org" ? "#c9b8e8" : "#9ecae1" }));
    const edges = graph.edges.map((e) => ({ from: e.source, to: e.target, value: e.weight, title: String(e.weight) }));
    const network = new vis.Network(box, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) },
      { physics: { stabilization: { iterations: 150 } }, nodes: { font: { face: "Noto Naskh Arabic" } } });
    network.on("doubleClick", (params) => { if (params.nodes.length && params.nodes[0].length === 2) {
      window.location = "/state/" + params.nodes[0]; } });
  }

  document.addEventListener("DOMContentLoaded", () => { drawMap(); drawTimeline(); drawGraph(); });
})();

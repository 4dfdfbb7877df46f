/* kg render: draws the network from the JSON block with vis-network.
 * Every piece of data reaches the page through textContent or DOM nodes,
 * never through innerHTML; links are only made for http(s) URLs. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var SAFE_URL = /^https?:\/\/[^\s<>"]+$/i;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function link(info) {
    if (!info.link || !SAFE_URL.test(info.link.url)) { return null; }
    var a = el("a", null, info.link.text || info.link.url);
    a.href = info.link.url;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function card(info) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-kind", info.kind));
    box.appendChild(el("strong", null, info.heading));
    (info.quotes || []).forEach(function (q) { box.appendChild(el("blockquote", null, q)); });
    if (info.rows && info.rows.length) {
      var dl = el("dl");
      info.rows.forEach(function (row) {
        dl.appendChild(el("dt", null, row[0]));
        dl.appendChild(el("dd", null, row[1]));
      });
      box.appendChild(dl);
    }
    var a = link(info);
    if (a) { var p = el("p"); p.appendChild(a); box.appendChild(p); }
    return box;
  }

  var info = { node: {}, edge: {} };
  function dataset(items, infos) {
    return new vis.DataSet(items.map(function (x) {
      infos[x.id] = x.info;
      var item = Object.assign({}, x, { title: card(x.info) });
      delete item.info;
      return item;
    }));
  }
  var nodes = dataset(data.nodes, info.node);
  var edges = dataset(data.edges, info.edge);

  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  function ready() {
    window.kgReady = true;
    document.body.setAttribute("data-kg-ready", "1");
  }
  if (data.meta.physics && data.nodes.length > 0) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
    if (data.nodes.length === 0) { ready(); }
  }

  /* Hover highlighting changes the opacity of the drawn items directly: going through
   * DataSet.update would re-run vis' option processing for every item (seconds at
   * 2,000 nodes), this costs one redraw. */
  var body = network.body;
  function fade(keepNodes, keepEdges) {
    body.nodeIndices.forEach(function (id) {
      body.nodes[id].options.opacity = !keepNodes || keepNodes.has(id) ? 1 : 0.15;
    });
    body.edgeIndices.forEach(function (id) {
      var edge = body.edges[id];
      edge.options.color = Object.assign({}, edge.options.color,
        { opacity: !keepEdges || keepEdges.has(id) ? 1 : 0.08 });
    });
    network.redraw();
  }
  function restore() { fade(null, null); }
  function highlight(id) {
    var keep = new Set(network.getConnectedNodes(id));
    keep.add(id);
    fade(keep, new Set(network.getConnectedEdges(id)));
  }
  network.on("hoverNode", function (p) { highlight(p.node); });
  network.on("blurNode", restore);
  container.addEventListener("mouseleave", restore);

  var details = document.getElementById("kg-details");
  function show(card_) {
    while (details.childNodes.length > 1) { details.removeChild(details.lastChild); }
    details.appendChild(card_);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { show(card(info.node[p.nodes[0]])); }
    else if (p.edges.length) { show(card(info.edge[p.edges[0]])); }
  });

  var legendBox = document.getElementById("kg-legend");
  var hiddenValues = new Set();
  function legendList(items, withBox) {
    var ul = el("ul");
    items.forEach(function (item) {
      var li = el("li");
      if (withBox) {
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.setAttribute("aria-label", "show " + item.name);
        box.addEventListener("change", function () {
          if (box.checked) { hiddenValues.delete(item.name); } else { hiddenValues.add(item.name); }
          edges.update(edges.get().map(function (e) {
            return { id: e.id, hidden: hiddenValues.has(e.stance) };
          }));
        });
        li.appendChild(box);
        li.appendChild(lineSample(item));
      } else {
        var swatch = el("span", "swatch swatch-" + item.shape);
        swatch.style.background = item.color;
        li.appendChild(swatch);
      }
      li.appendChild(el("span", null, withBox ? item.name + " (" + item.line + ")" : item.name));
      ul.appendChild(li);
    });
    return ul;
  }
  function lineSample(item) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "36");
    svg.setAttribute("height", "10");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "5");
    line.setAttribute("x2", "36"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", item.color);
    line.setAttribute("stroke-width", "3");
    if (item.dashes) { line.setAttribute("stroke-dasharray", item.dashes.join(" ")); }
    svg.appendChild(line);
    return svg;
  }
  legendBox.appendChild(el("h2", null, "Nodes"));
  legendBox.appendChild(legendList(data.legend.nodes, false));
  legendBox.appendChild(el("h2", null, "Edges"));
  legendBox.appendChild(legendList(data.legend.edges, true));

  var search = document.getElementById("kg-search");
  var count = document.getElementById("kg-search-count");
  var matches = [];
  var timer = null;
  function applySearch() {
    var q = search.value.trim().toLowerCase();
    if (!q) {
      matches = [];
      count.textContent = "";
      nodes.update(nodes.getIds().map(function (id) { return { id: id, hidden: false }; }));
      return;
    }
    matches = data.nodes.filter(function (n) {
      return n.info.heading.toLowerCase().indexOf(q) >= 0;
    }).map(function (n) { return n.id; });
    var visible = new Set(matches);
    matches.forEach(function (id) {
      network.getConnectedNodes(id).forEach(function (x) { visible.add(x); });
    });
    nodes.update(nodes.getIds().map(function (id) { return { id: id, hidden: !visible.has(id) }; }));
    count.textContent = matches.length + (matches.length === 1 ? " match" : " matches") +
      (matches.length ? " (Enter to zoom)" : "");
  }
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applySearch, 120);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      clearTimeout(timer);
      applySearch();
      if (matches.length) {
        network.selectNodes(matches);
        network.fit({ nodes: matches, animation: false });
      }
    }
  });
})();

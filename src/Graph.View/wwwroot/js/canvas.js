// The graph canvas (cytoscape): draws a scene, keeps positions, lays out deterministically from a
// seed (seeded starting positions, fcose without randomizing, and the seed as its random source),
// fades what the legend filters out and spotlights a path.
(function (GV) {
  'use strict';

  var registered = false;

  function Canvas(container, handlers) {
    if (!registered && globalThis.cytoscapeFcose) { globalThis.cytoscape.use(globalThis.cytoscapeFcose); registered = true; }
    this.cy = globalThis.cytoscape({
      container: container, style: GV.style.stylesheet(), elements: [],
      minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single'
    });
    var cy = this.cy;
    cy.on('tap', 'node', function (evt) { handlers.node(evt.target.id()); });
    cy.on('tap', 'edge', function (evt) { handlers.edge(evt.target.id()); });
    cy.on('dbltap', 'node', function (evt) { handlers.expand(evt.target.id()); });
    cy.on('tap', function (evt) { if (evt.target === cy) handlers.background(); });
    cy.on('dragfree', 'node', function () { handlers.moved(); });
  }

  /** Mulberry32: a small seeded generator, so the same seed gives the same layout. */
  function random(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return h >>> 0;
  }

  /**
   * Makes the canvas show exactly `scene`'s elements. New nodes start next to a neighbour already
   * placed (or on a seeded spot); `positions` (id -> [x, y]) pins the ones it names.
   * Returns true when new nodes need a layout.
   */
  Canvas.prototype.show = function (scene, positions, seed) {
    var cy = this.cy, wanted = {}, added = [];
    scene.nodes.forEach(function (n) { wanted[n.id] = true; });
    scene.edges.forEach(function (e) { wanted[e.id] = true; });
    cy.batch(function () {
      cy.elements().forEach(function (ele) { if (!wanted[ele.id()]) ele.remove(); });
      scene.nodes.forEach(function (n) {
        var existing = cy.getElementById(n.id);
        if (existing.nonempty()) { existing.data(n); return; }
        added.push(cy.add({ group: 'nodes', data: n }));
      });
      scene.edges.forEach(function (e) {
        var existing = cy.getElementById(e.id);
        if (existing.nonempty()) { existing.data(e); return; }
        cy.add({ group: 'edges', data: e });
      });
    });
    // New nodes gather around a neighbour already placed (or the origin), spread over an area that grows
    // with their number, so the layout starts untangled and settles in few iterations.
    var fresh = {}, groups = {}, order = [];
    added.forEach(function (node) {
      var pinned = positions[node.id()];
      if (pinned) node.position({ x: pinned[0], y: pinned[1] });
      else fresh[node.id()] = true;
    });
    added.forEach(function (node) {
      if (!fresh[node.id()]) return;
      var anchor = node.neighborhood('node').filter(function (m) { return !fresh[m.id()]; })[0];
      var key = anchor ? anchor.id() : '';
      if (!groups[key]) { groups[key] = { anchor: anchor, nodes: [] }; order.push(key); }
      groups[key].nodes.push(node);
    });
    order.forEach(function (key) {
      var group = groups[key], base = group.anchor ? group.anchor.position() : { x: 0, y: 0 };
      var spread = 80 * Math.sqrt(group.nodes.length) + (group.anchor ? 60 : 200);
      group.nodes.forEach(function (node) {
        var rnd = random(seed ^ hash(node.id()));
        node.position({ x: base.x + (rnd() - 0.5) * spread, y: base.y + (rnd() - 0.5) * spread });
      });
    });
    var unplaced = Object.keys(fresh).length;
    return unplaced > 0;
  };

  /** Runs fcose from the current positions with `seed` as its only source of randomness. */
  Canvas.prototype.layout = function (seed) {
    var cy = this.cy;
    if (cy.nodes().length === 0) return;
    // Large views trade some polish for time: fewer iterations, labels left out of the node sizes.
    var n = cy.nodes().length, large = n > 150;
    var saved = Math.random;
    Math.random = random(seed);
    try {
      cy.layout({ name: globalThis.cytoscapeFcose ? 'fcose' : 'grid', randomize: false, animate: false, fit: false,
        quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 90, nodeSeparation: 90,
        numIter: large ? Math.max(500, Math.round(2500 * 150 / n)) : 2500,
        nodeDimensionsIncludeLabels: !large, packComponents: true }).run();
    } finally {
      Math.random = saved;
    }
    cy.nodes().positions(function (n) { var p = n.position(); return { x: Math.round(p.x), y: Math.round(p.y) }; });
  };

  /** Places every node on a seeded spot and lays out from there. */
  Canvas.prototype.relayout = function (seed) {
    this.cy.nodes().forEach(function (n) {
      var rnd = random(seed ^ hash(n.id()));
      n.position({ x: (rnd() - 0.5) * 600, y: (rnd() - 0.5) * 600 });
    });
    this.layout(seed);
    this.fit();
  };

  /** id -> [x, y] for every node, rounded. */
  Canvas.prototype.positions = function () {
    var out = {};
    this.cy.nodes().forEach(function (n) { var p = n.position(); out[n.id()] = [Math.round(p.x), Math.round(p.y)]; });
    return out;
  };

  /** Fades nodes of hidden types and edges of hidden predicates (or touching a faded node). */
  Canvas.prototype.fade = function (hiddenTypes, hiddenPredicates) {
    var cy = this.cy;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('faded', hiddenTypes.indexOf(n.data('type')) >= 0); });
      cy.edges().forEach(function (e) {
        e.toggleClass('faded', hiddenPredicates.indexOf(e.data('predicate')) >= 0 ||
          e.source().hasClass('faded') || e.target().hasClass('faded'));
      });
    });
  };

  Canvas.prototype.spotlight = function (path) {
    var cy = this.cy;
    cy.batch(function () {
      cy.elements().removeClass('on-path');
      if (!path) return;
      path.nodes.concat(path.edges).forEach(function (id) { cy.getElementById(id).addClass('on-path'); });
    });
  };

  Canvas.prototype.select = function (selected) {
    var cy = this.cy;
    cy.elements().unselect();
    if (selected) cy.getElementById(selected.id).select();
  };

  /** Fits the graph in view, without magnifying a small graph beyond 1.5x. */
  Canvas.prototype.fit = function () {
    var cy = this.cy;
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }
  };
  Canvas.prototype.zoom = function (factor) {
    var cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  GV.Canvas = Canvas;
  GV.Canvas.random = random;
})(globalThis.GraphView = globalThis.GraphView || {});

// Turns a state into the elements to draw: the landing graph, entities picked from search, each
// expanded neighbourhood (capped, paged) and the asked-for path, under a budget of visible nodes.
// Answers are cached per request, so undo, reload and the timeline's play ask nothing twice.
(function (GV) {
  'use strict';

  var LANDING_ENTITIES = 25, LANDING_RELATIONS = 50;
  /** Neighbours added per expansion step ("N more" adds as many again). */
  var PAGE = 25;
  /** At most this many nodes on the canvas; the rest is named in a note. */
  var BUDGET = 500;

  function Scene(api) {
    this.api = api;
    this.cache = {};
  }

  Scene.prototype.ask = function (key, call) {
    if (!this.cache[key]) {
      var self = this;
      this.cache[key] = call().catch(function (error) { delete self.cache[key]; throw error; });
    }
    return this.cache[key];
  };

  /** The API filters a state implies (the legend only fades, so it is not among them). */
  Scene.prototype.filters = function (state) {
    var f = { status: state.status };
    if (state.since) f.since = state.since;
    if (state.until) f.until = state.until;
    return f;
  };

  /** The entity's panel data; its relation counts follow the state's status and date filters. */
  Scene.prototype.node = function (id, state) {
    var api = this.api, f = this.filters(state);
    return this.ask('node ' + id + ' ' + JSON.stringify(f), function () { return api.node(id, f); });
  };

  /**
   * Resolves to {nodes, edges, expansions, path, omitted}: nodes and edges in a stable order,
   * expansions[id] = {shown, total, more}, omitted = nodes left out by the budget.
   */
  Scene.prototype.build = function (state) {
    var self = this, api = this.api, f = this.filters(state), fk = JSON.stringify(f);
    var requests = [];
    if (state.landing) {
      requests.push(this.ask('top ' + fk, function () { return api.top(LANDING_ENTITIES, LANDING_RELATIONS, f); })
        .then(function (r) { return { kind: 'landing', nodes: r.nodes, edges: r.edges }; }));
    }
    state.added.forEach(function (id) {
      requests.push(self.node(id, state).then(function (r) { return { kind: 'added', nodes: [r.node], edges: [] }; }));
    });
    state.expanded.forEach(function (entry) {
      var id = entry[0], limit = Math.min(BUDGET, Math.max(1, entry[1]) * PAGE);
      var params = Object.assign({ offset: 0, limit: limit }, f);
      requests.push(Promise.all([
        self.node(id, state),
        self.ask('nb ' + id + ' ' + limit + ' ' + fk, function () { return api.neighbours(id, params); })
      ]).then(function (r) {
        return { kind: 'expansion', id: id, nodes: [r[0].node].concat(r[1].nodes), edges: r[1].edges,
          total: r[1].total, shown: r[1].nodes.length, more: r[1].more };
      }));
    });
    if (state.path) {
      var from = state.path[0], to = state.path[1];
      requests.push(this.ask('path ' + from + ' ' + to + ' ' + fk, function () { return api.path(from, to, f); })
        .then(function (r) { return { kind: 'path', nodes: r.nodes, edges: r.edges }; }));
    }
    return Promise.all(requests).then(function (parts) { return merge(parts); });
  };

  function merge(parts) {
    var nodes = [], edges = [], seenNodes = {}, seenEdges = {}, expansions = {}, omitted = 0, path = null;
    parts.forEach(function (part) {
      part.nodes.forEach(function (n) {
        if (seenNodes[n.id]) return;
        if (nodes.length >= BUDGET) { omitted++; seenNodes[n.id] = 'omitted'; return; }
        seenNodes[n.id] = true;
        nodes.push(strip(n));
      });
      part.edges.forEach(function (e) {
        if (seenEdges[e.id] || seenNodes[e.source] !== true || seenNodes[e.target] !== true) return;
        seenEdges[e.id] = true;
        edges.push(e);
      });
      if (part.kind === 'expansion') expansions[part.id] = { shown: part.shown, total: part.total, more: part.more };
      if (part.kind === 'path') {
        path = { nodes: part.nodes.map(function (n) { return n.id; }), edges: part.edges.map(function (e) { return e.id; }),
          found: part.nodes.length > 0 };
      }
    });
    return { nodes: nodes, edges: edges, expansions: expansions, path: path, omitted: omitted, budget: BUDGET };
  }

  function strip(n) {
    return { id: n.id, type: n.type, name: n.name, mentions: n.mentions, articles: n.articles };
  }

  GV.Scene = Scene;
  GV.Scene.PAGE = PAGE;
  GV.Scene.BUDGET = BUDGET;
})(globalThis.GraphView = globalThis.GraphView || {});

// The explorer: wires the API, the state and its URL, the canvas, the panels and the controls.
// Every change of view goes through `change`, which keeps an undo history and rewrites the URL.
// `GraphView.app` exposes the state (read-only use) and `idle()` for scripts and tests.
(function (GV) {
  'use strict';
  var el = GV.dom.el;

  function App(doc) {
    var self = this;
    this.doc = doc;
    this.api = GV.createApi(doc);
    this.scene = new GV.Scene(this.api);
    this.state = GV.state.fromHash(location.hash);
    this.history = [];
    this.names = {};
    this.edges = {};
    this.current = null;
    this.pending = Promise.resolve();
    this.busy = 0;
    this.lastExport = null;
    this.canvas = new GV.Canvas(doc.getElementById('cy'), {
      node: function (id) { self.select('node', id); },
      edge: function (id) { self.select('edge', id); },
      expand: function (id) { self.expand(id); },
      background: function () { self.select(null); },
      moved: function () { self.state.positions = self.canvas.positions(); self.writeUrl(); }
    });
    this.search = new GV.Search(this.api, doc, function (id) { self.pick(id); });
    this.timeline = new GV.Timeline(doc.getElementById('timeline'), function (since, until) {
      self.change(function (s) { s.since = since; s.until = until; }, { keepHistory: self.timeline.timer !== null });
    });
    this.bindControls();
  }

  App.prototype.bindControls = function () {
    var self = this, doc = this.doc;
    var on = function (id, fn) { doc.getElementById(id).addEventListener('click', fn); };
    on('btn-fit', function () { self.canvas.fit(); });
    on('btn-zoom-in', function () { self.canvas.zoom(1.25); });
    on('btn-zoom-out', function () { self.canvas.zoom(0.8); });
    on('btn-relayout', function () { self.relayout(); });
    on('btn-undo', function () { self.undo(); });
    on('btn-reset', function () { self.change(function (s) { var fresh = GV.state.initial(); Object.keys(fresh).forEach(function (k) { s[k] = fresh[k]; }); }); });
    on('btn-png', function () { self.exportPng(); });
    on('btn-svg', function () { self.exportSvg(); });
    var status = doc.getElementById('show-all-statuses');
    status.checked = this.state.status === 'all';
    status.addEventListener('change', function () {
      self.change(function (s) { s.status = status.checked ? 'all' : 'asserted'; });
      self.loadTimeline();
    });
    doc.addEventListener('keydown', function (evt) {
      var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(evt.target.tagName);
      if (evt.key === '/' && !typing) { evt.preventDefault(); doc.getElementById('search-input').focus(); }
      if (evt.key === 'Escape' && !typing) self.select(null);
      if ((evt.ctrlKey || evt.metaKey) && evt.key === 'z' && !typing) { evt.preventDefault(); self.undo(); }
    });
  };

  /** Loads the metadata, the legend and the timeline, then draws the view the URL describes. */
  App.prototype.start = function () {
    var self = this;
    return this.track(this.api.meta().then(function (meta) {
      self.meta = meta;
      GV.dom.fill(self.doc.getElementById('meta'), meta.entities + ' entities · ' + meta.relations + ' relations · ' +
        meta.articles + ' articles' + (self.api.mode === 'local' ? ' · offline copy' : ''));
      self.search.setTypes(meta.entityTypes);
      self.renderLegend();
      return self.loadTimeline();
    }).then(function () {
      return self.refresh({ fit: true });
    }).then(function () {
      // Milliseconds from navigation to the first view drawn, for measurements.
      self.firstView = Math.round(performance.now());
      self.doc.body.setAttribute('data-first-view-ms', String(self.firstView));
      self.doc.body.setAttribute('data-ready', 'true');
    }));
  };

  App.prototype.track = function (promise) {
    var self = this;
    this.busy++;
    var done = promise.then(function (v) { self.busy--; return v; }, function (error) { self.busy--; self.fail(error); });
    this.pending = Promise.all([this.pending, done]).then(function () {});
    return done;
  };

  /** Resolves once every load started so far has finished. */
  App.prototype.idle = function () {
    var self = this, seen = this.pending;
    return seen.then(function () { return self.pending === seen ? undefined : self.idle(); });
  };

  App.prototype.fail = function (error) {
    GV.dom.fill(this.doc.getElementById('error'), String((error && error.message) || error));
  };

  App.prototype.loadTimeline = function () {
    var self = this;
    return this.track(this.api.timeline({ status: this.state.status }).then(function (t) {
      self.timeline.render(t.bins, self.state.since, self.state.until);
    }));
  };

  /** Applies `fn` to the state, remembering the previous state for undo, and redraws. */
  App.prototype.change = function (fn, options) {
    if (!(options && options.keepHistory)) this.history.push(GV.state.copy(this.state));
    fn(this.state);
    this.doc.getElementById('btn-undo').disabled = this.history.length === 0;
    return this.refresh(options);
  };

  App.prototype.undo = function () {
    if (!this.history.length) return Promise.resolve();
    this.state = this.history.pop();
    this.doc.getElementById('btn-undo').disabled = this.history.length === 0;
    this.doc.getElementById('show-all-statuses').checked = this.state.status === 'all';
    GV.dom.announce('Undone.');
    this.loadTimeline();
    return this.refresh();
  };

  /** Draws the state: fetches (or reuses) the scene, places new nodes, updates every list. */
  App.prototype.refresh = function (options) {
    var self = this, state = this.state;
    return this.track(this.scene.build(state).then(function (scene) {
      if (state !== self.state) return;
      self.current = scene;
      scene.nodes.forEach(function (n) { self.names[n.id] = n.name; });
      scene.edges.forEach(function (e) { self.edges[e.id] = e; });
      var placeNew = self.canvas.show(scene, state.positions, state.seed);
      if (placeNew) self.canvas.layout(state.seed);
      if (placeNew || (options && options.fit)) self.canvas.fit();
      state.positions = self.canvas.positions();
      self.canvas.fade(state.hiddenTypes, state.hiddenPredicates);
      self.canvas.spotlight(scene.path);
      if (state.selected && !self.canvas.cy.getElementById(state.selected.id).nonempty() && state.selected.kind === 'edge') state.selected = null;
      self.canvas.select(state.selected);
      self.renderLists();
      self.renderPath();
      self.renderLegend();
      GV.dom.fill(self.doc.getElementById('note'), scene.omitted
        ? scene.omitted + ' more entities left out: at most ' + scene.budget + ' are drawn. Collapse a neighbourhood or narrow the filters.' : '');
      self.writeUrl();
      return self.renderPanel();
    }));
  };

  App.prototype.writeUrl = function () {
    var hash = GV.state.toHash(this.state);
    var url = location.pathname + location.search + hash;
    try { history.replaceState(null, '', url || location.pathname); } catch (e) { location.hash = hash; }
  };

  App.prototype.actions = function () {
    var self = this;
    return {
      node: function (id) { self.select('node', id); },
      edge: function (id) { self.select('edge', id); },
      predicateOf: function (id) { return self.edges[id] && self.edges[id].predicate; },
      find: function () { self.change(function (s) { s.path = s.pathEnds.slice(); }); },
      clear: function () { self.change(function (s) { s.path = null; }); }
    };
  };

  App.prototype.renderLists = function () {
    GV.lists.render(this.doc.getElementById('lists'), this.current, this.names, this.state, this.actions());
  };

  App.prototype.renderPath = function () {
    GV.pathView.render(this.doc.getElementById('path'), this.state, this.names, this.current && this.current.path, this.actions());
  };

  App.prototype.renderLegend = function () {
    var self = this;
    if (!this.meta) return;
    GV.legend.render(this.doc.getElementById('legend'), this.meta, this.state, function (kind, value) {
      self.change(function (s) {
        var list = kind === 'type' ? s.hiddenTypes : s.hiddenPredicates, at = list.indexOf(value);
        if (at >= 0) list.splice(at, 1); else list.push(value);
        list.sort();
      });
    });
  };

  /** Selects an entity or a fact (or nothing) and shows its panel. */
  App.prototype.select = function (kind, id) {
    this.state.selected = kind ? { kind: kind, id: id } : null;
    this.canvas.select(this.state.selected);
    this.renderLists();
    this.writeUrl();
    return this.track(this.renderPanel(true));
  };

  App.prototype.renderPanel = function (focus) {
    var self = this, panel = this.doc.getElementById('panel'), selected = this.state.selected;
    if (!selected) {
      GV.dom.fill(panel, el('p', { class: 'muted' }, 'Click an entity or a relation (or pick one from the lists) to see it here. Double-click an entity to expand it.'));
      return Promise.resolve();
    }
    var shown = function (content) {
      if (self.state.selected !== selected) return;
      GV.dom.fill(panel, content);
      if (focus) { var title = panel.querySelector('#panel-title'); if (title) title.focus(); }
    };
    if (selected.kind === 'node') {
      return this.scene.node(selected.id, this.state).then(function (info) {
        self.names[info.node.id] = info.node.name;
        var expansion = self.current && self.current.expansions[selected.id];
        shown(GV.panels.nodePanel(info, expansion, {
          expand: function () { self.expand(selected.id); },
          collapse: function () { self.collapse(selected.id); },
          pathFrom: function () { self.change(function (s) { s.pathEnds = [selected.id, s.pathEnds[1]]; }); },
          pathTo: function () { self.change(function (s) { s.pathEnds = [s.pathEnds[0], selected.id]; }); }
        }));
      });
    }
    return this.api.fact(selected.id).then(function (fact) {
      shown(GV.panels.factPanel(fact, self.actions()));
    });
  };

  /** Adds an entity found by search and selects it. */
  App.prototype.pick = function (id) {
    var self = this;
    return this.change(function (s) {
      if (s.added.indexOf(id) < 0) s.added.push(id);
      s.selected = { kind: 'node', id: id };
    }).then(function () { self.renderPanel(true); });
  };

  /** Expands an entity's neighbourhood, or shows the next page of it. */
  App.prototype.expand = function (id) {
    var self = this;
    return this.change(function (s) {
      var entry = s.expanded.filter(function (e) { return e[0] === id; })[0];
      if (entry) entry[1]++; else s.expanded.push([id, 1]);
      s.selected = { kind: 'node', id: id };
    }).then(function () {
      var x = self.current && self.current.expansions[id];
      if (x) GV.dom.announce((self.names[id] || id) + ': ' + x.shown + ' of ' + x.total + ' neighbours shown.');
    });
  };

  App.prototype.collapse = function (id) {
    return this.change(function (s) {
      s.expanded = s.expanded.filter(function (e) { return e[0] !== id; });
    });
  };

  App.prototype.relayout = function () {
    var self = this;
    this.history.push(GV.state.copy(this.state));
    this.canvas.relayout(this.state.seed);
    self.state.positions = self.canvas.positions();
    this.writeUrl();
  };

  App.prototype.exportPng = function () {
    var href = GV.exporter.png(this.canvas.cy);
    this.lastExport = { format: 'png', href: href };
    GV.exporter.download(href, 'graph.png');
    return href;
  };

  App.prototype.exportSvg = function () {
    var text = GV.exporter.svg(this.canvas.cy);
    this.lastExport = { format: 'svg', text: text };
    GV.exporter.download(URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' })), 'graph.svg');
    return text;
  };

  GV.App = App;
  document.addEventListener('DOMContentLoaded', function () {
    GV.app = new App(document);
    GV.app.start();
  });
})(globalThis.GraphView = globalThis.GraphView || {});

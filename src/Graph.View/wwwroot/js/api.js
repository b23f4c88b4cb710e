// The explorer's only data source. ServerApi calls the JSON endpoints; LocalApi answers the same
// calls from the dump inlined in a static page, with the same JSON (same fields, same order), so
// the rest of the page never knows which one it talks to. Loads in a browser or in a bare
// JavaScript context (no DOM needed), so the two can be compared outside a page.
(function (GV) {
  'use strict';

  var FILTER_KEYS = ['types', 'predicates', 'status', 'since', 'until'];

  // Turns a filter value given as an array or a comma list into a trimmed, non-empty array.
  function list(value) {
    if (value === undefined || value === null || value === '') return [];
    var items = Array.isArray(value) ? value : String(value).split(',');
    return items.map(function (s) { return String(s).trim(); }).filter(function (s) { return s.length > 0; });
  }

  // Ordinal string comparison, as the server sorts (UTF-16 code units).
  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // The form search compares names in, as the server folds them: canonical decomposition, marks
  // dropped, lower case, apostrophes dropped, every other run of characters that are not letters
  // or digits one space, no space at either end.
  function fold(text) {
    var out = '', pendingSpace = false;
    var chars = Array.from(String(text === undefined || text === null ? '' : text).replace(/['\u2019\u02BC]/g, '').normalize('NFD'));
    chars.forEach(function (ch) {
      if (/\p{M}/u.test(ch)) return;
      if (/[\p{L}\p{N}]/u.test(ch)) {
        if (pendingSpace && out.length > 0) out += ' ';
        pendingSpace = false;
        out += Array.from(ch.toLowerCase())[0];
        return;
      }
      pendingSpace = true;
    });
    return out;
  }

  function query(params) {
    var parts = [];
    Object.keys(params).forEach(function (key) {
      var value = params[key];
      if (Array.isArray(value)) value = value.join(',');
      if (value === undefined || value === null || value === '') return;
      parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(String(value)));
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function pick(params, keys) {
    var out = {};
    keys.forEach(function (k) { if (params && params[k] !== undefined) out[k] = params[k]; });
    return out;
  }

  /** An error carrying the HTTP-like status the server would answer. */
  function ApiError(status, message) {
    this.name = 'ApiError';
    this.status = status;
    this.message = message;
  }
  ApiError.prototype = Object.create(Error.prototype);

  // ---------------------------------------------------------------- server mode

  /** Calls /api/... on the page's own origin. */
  function ServerApi(base, fetchImpl) {
    this.base = base || '';
    this.fetch = fetchImpl || (typeof fetch === 'function' ? fetch.bind(globalThis) : null);
    this.mode = 'server';
  }

  ServerApi.prototype.get = function (path, params) {
    return this.fetch(this.base + path + query(params || {})).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new ApiError(response.status, (body && body.error) || ('HTTP ' + response.status));
        return body;
      });
    });
  };
  ServerApi.prototype.meta = function () { return this.get('/api/meta'); };
  ServerApi.prototype.search = function (q, type, limit) {
    return this.get('/api/search', { q: q, type: type, limit: limit });
  };
  ServerApi.prototype.top = function (entities, relations, filters) {
    var params = pick(filters, FILTER_KEYS);
    params.entities = entities;
    params.relations = relations;
    return this.get('/api/top', params);
  };
  ServerApi.prototype.node = function (id) { return this.get('/api/node/' + encodeURIComponent(id)); };
  ServerApi.prototype.neighbours = function (id, params) {
    return this.get('/api/node/' + encodeURIComponent(id) + '/neighbours', pick(params, FILTER_KEYS.concat(['offset', 'limit'])));
  };
  ServerApi.prototype.path = function (from, to, filters) {
    var params = pick(filters, FILTER_KEYS);
    params.from = from;
    params.to = to;
    return this.get('/api/path', params);
  };
  ServerApi.prototype.fact = function (id) { return this.get('/api/fact/' + encodeURIComponent(id)); };
  ServerApi.prototype.timeline = function (params) { return this.get('/api/timeline', pick(params, FILTER_KEYS)); };
  ServerApi.prototype.article = function (id) { return this.get('/api/article/' + encodeURIComponent(id)); };

  // ---------------------------------------------------------------- static mode

  /** Answers every call from the dump (see docs/view-api.md), as the server would. */
  function LocalApi(dump) {
    this.dump = dump;
    this.mode = 'local';
    var nodes = {}, edgesOf = {}, articles = {}, folded = {};
    dump.nodes.forEach(function (n) {
      nodes[n.id] = n;
      edgesOf[n.id] = [];
      folded[n.id] = [n.name].concat(n.aliases || []).map(function (name) { return { name: name, key: fold(name) }; })
        .filter(function (c) { return c.key.length > 0; });
    });
    dump.edges.forEach(function (e) {
      if (edgesOf[e.source]) edgesOf[e.source].push(e);
      if (e.target !== e.source && edgesOf[e.target]) edgesOf[e.target].push(e);
    });
    dump.articles.forEach(function (a) { articles[a.id] = a; });
    var mentionsByEntity = {}, mentionsByArticle = {};
    (dump.mentions || []).forEach(function (m) {
      (mentionsByEntity[m[0]] = mentionsByEntity[m[0]] || []).push(m);
      (mentionsByArticle[m[1]] = mentionsByArticle[m[1]] || []).push(m);
    });
    var edgesByArticle = {};
    dump.edges.forEach(function (e) {
      var seen = {};
      (dump.evidence[e.id] || []).forEach(function (ev) {
        var id = ev.article.id;
        if (seen[id]) return;
        seen[id] = true;
        (edgesByArticle[id] = edgesByArticle[id] || []).push(e);
      });
    });
    this.nodes = nodes;
    this.edgesOf = edgesOf;
    this.articles = articles;
    this.folded = folded;
    this.mentionsByEntity = mentionsByEntity;
    this.mentionsByArticle = mentionsByArticle;
    this.edgesByArticle = edgesByArticle;
    this.edgeById = {};
    var self = this;
    dump.edges.forEach(function (e) { self.edgeById[e.id] = e; });
  }

  function resolve(fn) {
    try { return Promise.resolve(fn()); } catch (e) { return Promise.reject(e); }
  }

  function plainNode(n) {
    return { id: n.id, type: n.type, name: n.name, mentions: n.mentions, articles: n.articles };
  }

  function articleRef(a) {
    var ref = { id: a.id, title: a.title };
    if (a.published !== undefined) ref.published = a.published;
    if (a.source !== undefined) ref.source = a.source;
    if (a.url !== undefined) ref.url = a.url;
    return ref;
  }

  function intParam(value, fallback, min, max, name) {
    if (value === undefined || value === null || value === '') return fallback;
    var text = String(value);
    if (!/^-?\d+$/.test(text)) throw new ApiError(400, name + ' must be an integer');
    var n = parseInt(text, 10);
    if (n < min || n > max) throw new ApiError(400, name + ' must be between ' + min + ' and ' + max);
    return n;
  }

  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  LocalApi.prototype.filters = function (params) {
    params = params || {};
    var status = params.status === undefined || params.status === '' ? 'asserted' : String(params.status);
    if (status !== 'asserted' && status !== 'all') throw new ApiError(400, 'status must be asserted or all');
    ['since', 'until'].forEach(function (k) {
      if (params[k] && !DATE.test(String(params[k]))) throw new ApiError(400, k + ' must be a date (yyyy-MM-dd)');
    });
    return {
      types: list(params.types),
      predicates: list(params.predicates),
      all: status === 'all',
      since: params.since || null,
      until: params.until || null
    };
  };

  LocalApi.prototype.typeOk = function (f, node) {
    return f.types.length === 0 || f.types.indexOf(node.type) >= 0;
  };

  // An edge passes on its own fields; entity types are checked on the nodes by each caller.
  LocalApi.prototype.edgeOk = function (f, e) {
    if (!f.all && e.status !== 'asserted') return false;
    if (f.predicates.length && f.predicates.indexOf(e.predicate) < 0) return false;
    if (!f.since && !f.until) return true;
    return this.datesOf(e).some(function (d) {
      return (!f.since || d >= f.since) && (!f.until || d <= f.until);
    });
  };

  LocalApi.prototype.datesOf = function (e) {
    return (this.dump.evidence[e.id] || []).map(function (ev) { return ev.date; }).filter(Boolean);
  };

  LocalApi.prototype.fullEdgeOk = function (f, e) {
    return this.edgeOk(f, e) && this.typeOk(f, this.nodes[e.source]) && this.typeOk(f, this.nodes[e.target]);
  };

  LocalApi.prototype.node404 = function (id) {
    var n = this.nodes[id];
    if (!n) throw new ApiError(404, 'no entity with id ' + id);
    return n;
  };

  LocalApi.prototype.meta = function () {
    var dump = this.dump;
    return resolve(function () { return dump.meta; });
  };

  LocalApi.prototype.search = function (q, type, limit) {
    var self = this;
    return resolve(function () {
      var max = intParam(limit, 20, 1, 100, 'limit');
      var text = q === undefined || q === null ? '' : String(q);
      var key = fold(text);
      var wanted = type === undefined || type === null ? '' : String(type);
      var hits = [];
      if (key.length > 0) {
        self.dump.nodes.forEach(function (n) {
          if (wanted && n.type !== wanted) return;
          var best = null;
          self.folded[n.id].forEach(function (c) {
            var rank = matchRank(c.key, key);
            if (rank >= 0 && (best === null || rank < best.rank)) best = { rank: rank, matched: c.name };
          });
          if (best) hits.push({ node: n, rank: best.rank, matched: best.matched });
        });
      }
      hits.sort(function (a, b) {
        return a.rank - b.rank || b.node.mentions - a.node.mentions || ordinal(a.node.name, b.node.name) || ordinal(a.node.id, b.node.id);
      });
      return {
        query: text,
        total: hits.length,
        items: hits.slice(0, max).map(function (h) {
          var item = plainNode(h.node);
          item.matched = h.matched;
          return item;
        })
      };
    });
  };

  // 0: the folded spelling starts with the key; 1: one of its words does; 2: it holds the key; -1: no match.
  function matchRank(spelling, key) {
    var at = spelling.indexOf(key), rank = -1;
    while (at >= 0) {
      var here = at === 0 ? 0 : spelling.charAt(at - 1) === ' ' ? 1 : 2;
      if (rank < 0 || here < rank) rank = here;
      at = spelling.indexOf(key, at + 1);
    }
    return rank;
  }

  LocalApi.prototype.top = function (entities, relations, filters) {
    var self = this;
    return resolve(function () {
      var maxNodes = intParam(entities, 25, 0, 500, 'entities');
      var maxEdges = intParam(relations, 50, 0, 5000, 'relations');
      var f = self.filters(filters);
      var ranked = self.dump.nodes.filter(function (n) { return self.typeOk(f, n); }).slice().sort(function (a, b) {
        return b.mentions - a.mentions || ordinal(a.id, b.id);
      });
      var chosen = ranked.slice(0, maxNodes);
      var inSet = {};
      chosen.forEach(function (n) { inSet[n.id] = true; });
      var among = self.dump.edges.filter(function (e) {
        return inSet[e.source] && inSet[e.target] && self.edgeOk(f, e);
      }).sort(function (a, b) { return b.evidence - a.evidence || ordinal(a.id, b.id); });
      var edges = among.slice(0, maxEdges);
      return {
        nodes: chosen.map(plainNode),
        edges: edges,
        omitted: { nodes: ranked.length - chosen.length, edges: among.length - edges.length }
      };
    });
  };

  LocalApi.prototype.node = function (id) {
    var self = this;
    return resolve(function () {
      var n = self.node404(id);
      var node = plainNode(n);
      node.aliases = (n.aliases || []).slice();
      var refs = (self.mentionsByEntity[id] || []).map(function (m) { return self.articles[m[1]]; }).filter(Boolean);
      refs.sort(function (a, b) { return ordinal(b.published || '', a.published || '') || ordinal(a.id, b.id); });
      var counts = {};
      self.edgesOf[id].forEach(function (e) {
        if (e.source === id) bump(counts, e.predicate, 'out');
        if (e.target === id) bump(counts, e.predicate, 'in');
      });
      var relations = Object.keys(counts).map(function (k) { return counts[k]; }).sort(function (a, b) {
        return b.count - a.count || ordinal(a.predicate, b.predicate) || ordinal(a.direction, b.direction);
      });
      return { node: node, articles: refs.slice(0, 50).map(articleRef), articlesTotal: refs.length, relations: relations };
    });
  };

  function bump(counts, predicate, direction) {
    var key = predicate + '\u0000' + direction;
    if (!counts[key]) counts[key] = { predicate: predicate, direction: direction, count: 0 };
    counts[key].count++;
  }

  LocalApi.prototype.neighbours = function (id, params) {
    var self = this;
    return resolve(function () {
      self.node404(id);
      params = params || {};
      var offset = intParam(params.offset, 0, 0, 2147483647, 'offset');
      var limit = intParam(params.limit, 50, 1, 500, 'limit');
      var f = self.filters(params);
      var strongest = {}, byNeighbour = {};
      self.edgesOf[id].forEach(function (e) {
        var other = e.source === id ? e.target : e.source;
        if (other === id || !self.edgeOk(f, e) || !self.typeOk(f, self.nodes[other])) return;
        strongest[other] = Math.max(strongest[other] || 0, e.evidence);
        (byNeighbour[other] = byNeighbour[other] || []).push(e);
      });
      var order = Object.keys(strongest).sort(function (a, b) { return strongest[b] - strongest[a] || ordinal(a, b); });
      var page = order.slice(offset, offset + limit);
      var edges = [];
      page.forEach(function (other) { edges = edges.concat(byNeighbour[other]); });
      edges.sort(function (a, b) { return ordinal(a.id, b.id); });
      return {
        nodes: page.map(function (other) { return plainNode(self.nodes[other]); }),
        edges: edges,
        total: order.length,
        offset: offset,
        limit: limit,
        more: offset + page.length < order.length
      };
    });
  };

  LocalApi.prototype.path = function (from, to, filters) {
    var self = this;
    return resolve(function () {
      self.node404(from);
      self.node404(to);
      var f = self.filters(filters);
      var previous = {}, via = {};
      previous[from] = null;
      var frontier = [from];
      while (frontier.length && !(to in previous)) {
        var next = [];
        frontier.forEach(function (current) {
          var steps = {};
          self.edgesOf[current].forEach(function (e) {
            var other = e.source === current ? e.target : e.source;
            if (other in previous || !self.edgeOk(f, e) || !self.typeOk(f, self.nodes[other])) return;
            if (!steps[other] || ordinal(e.id, steps[other].id) < 0) steps[other] = e;
          });
          Object.keys(steps).sort(ordinal).forEach(function (other) {
            if (other in previous) return;
            previous[other] = current;
            via[other] = steps[other];
            next.push(other);
          });
        });
        frontier = next;
      }
      if (!(to in previous)) return { nodes: [], edges: [] };
      var nodes = [], edges = [];
      for (var at = to; at !== null; at = previous[at]) {
        nodes.unshift(plainNode(self.nodes[at]));
        if (via[at]) edges.unshift(via[at]);
      }
      return { nodes: nodes, edges: edges };
    });
  };

  LocalApi.prototype.fact = function (id) {
    var self = this;
    return resolve(function () {
      var e = self.edgeById[id];
      if (!e) throw new ApiError(404, 'no fact with id ' + id);
      return {
        edge: e,
        subject: plainNode(self.nodes[e.source]),
        object: plainNode(self.nodes[e.target]),
        evidence: self.dump.evidence[id] || []
      };
    });
  };

  LocalApi.prototype.timeline = function (params) {
    var self = this;
    return resolve(function () {
      var f = self.filters(params);
      var months = {};
      self.dump.edges.forEach(function (e) {
        if (!self.fullEdgeOk(f, e)) return;
        self.datesOf(e).forEach(function (d) {
          if ((f.since && d < f.since) || (f.until && d > f.until)) return;
          var m = d.substring(0, 7);
          months[m] = (months[m] || 0) + 1;
        });
      });
      return { bins: Object.keys(months).sort().map(function (m) { return { month: m, count: months[m] }; }) };
    });
  };

  LocalApi.prototype.article = function (id) {
    var self = this;
    return resolve(function () {
      var a = self.articles[id];
      if (!a) throw new ApiError(404, 'no article with id ' + id);
      var out = articleRef(a);
      out.fileName = a.fileName;
      out.entities = (self.mentionsByArticle[id] || []).map(function (m) { return self.nodes[m[0]]; }).filter(Boolean)
        .sort(function (x, y) { return y.mentions - x.mentions || ordinal(x.id, y.id); }).map(plainNode);
      out.facts = (self.edgesByArticle[id] || []).slice().sort(function (x, y) { return ordinal(x.id, y.id); });
      return out;
    });
  };

  /** The page's API: LocalApi over the inlined dump when the page carries one, else ServerApi. */
  function create(doc) {
    var holder = doc && doc.getElementById('graph-data');
    var text = holder ? holder.textContent.trim() : '';
    return text ? new LocalApi(JSON.parse(text)) : new ServerApi('');
  }

  GV.ApiError = ApiError;
  GV.ServerApi = ServerApi;
  GV.LocalApi = LocalApi;
  GV.createApi = create;
  GV.fold = fold;
})(globalThis.GraphView = globalThis.GraphView || {});

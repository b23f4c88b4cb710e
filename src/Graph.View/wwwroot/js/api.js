// The explorer's only data source. ServerApi calls the JSON endpoints; LocalApi answers the same
// calls from the dump inlined in a static page, with the same JSON (same fields, same order), so
// the rest of the page never knows which one it talks to. Loads in a browser or in a bare
// JavaScript context (no DOM needed), so the two can be compared outside a page.
(function (GV) {
  'use strict';

  var FILTER_KEYS = ['types', 'predicates', 'status', 'since', 'until'];
  /** The entity types the store knows (its EntityType names). */
  var ENTITY_TYPES = ['Person', 'Organization', 'Country', 'City', 'Region', 'Group', 'Event'];
  var MAX_TEXT = 200;
  var MAX_HOPS = 12;

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
  ServerApi.prototype.node = function (id, filters) {
    return this.get('/api/node/' + encodeURIComponent(id), pick(filters, FILTER_KEYS));
  };
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
    this.byMentions = dump.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions || ordinal(a.id, b.id); });
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
    var digits = String(value);
    var n = /^\d{1,10}$/.test(digits) ? parseInt(digits, 10) : NaN;
    if (isNaN(n) || n < min || n > max) throw new ApiError(400, name + ': expected a whole number from ' + min + ' to ' + max);
    return n;
  }

  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  // The filter parameters, read as strictly as the server reads them.
  LocalApi.prototype.filters = function (params) {
    params = params || {};
    var status = text(params, 'status');
    if (status !== null && status !== 'asserted' && status !== 'all') throw new ApiError(400, 'status: expected asserted or all');
    var since = date(params, 'since'), until = date(params, 'until');
    if (since && until && since > until) throw new ApiError(400, 'since: after until');
    var types = text(params, 'types'), predicates = text(params, 'predicates');
    return {
      types: types === null ? null : list(types).map(function (t) { return entityType('types', t); }),
      predicates: predicates === null ? null : list(predicates).map(function (p) { return p.toUpperCase(); }),
      all: status === 'all',
      since: since,
      until: until
    };
  };

  // A parameter's text, null when absent or empty; too long a value is refused.
  function text(params, name) {
    var value = params[name];
    if (value === undefined || value === null) return null;
    if (Array.isArray(value)) value = value.join(',');
    value = String(value);
    if (value.length > MAX_TEXT) throw new ApiError(400, name + ': longer than ' + MAX_TEXT + ' characters');
    return value === '' ? null : value;
  }

  function date(params, name) {
    var value = text(params, name);
    if (value === null) return null;
    if (!DATE.test(value) || !validDate(value)) throw new ApiError(400, name + ': expected a date as yyyy-MM-dd');
    return value;
  }

  function validDate(value) {
    var d = new Date(value + 'T00:00:00Z');
    return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }

  function entityType(parameter, name) {
    var lower = String(name).toLowerCase();
    for (var i = 0; i < ENTITY_TYPES.length; i++) if (ENTITY_TYPES[i].toLowerCase() === lower) return ENTITY_TYPES[i];
    throw new ApiError(400, parameter + ": unknown entity type '" + name + "' (expected " + ENTITY_TYPES.join(', ') + ')');
  }

  LocalApi.prototype.typeOk = function (f, node) {
    return f.types === null || f.types.indexOf(node.type) >= 0;
  };

  // An edge passes on its own fields; entity types are checked on the nodes by each caller.
  LocalApi.prototype.edgeOk = function (f, e) {
    if (!f.all && e.status !== 'asserted') return false;
    if (f.predicates !== null && f.predicates.indexOf(e.predicate) < 0) return false;
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
    if (!n) throw new ApiError(404, "no entity with id '" + id + "'");
    return n;
  };

  LocalApi.prototype.meta = function () {
    var dump = this.dump;
    return resolve(function () { return dump.meta; });
  };

  LocalApi.prototype.search = function (q, type, limit) {
    var self = this;
    return resolve(function () {
      var query = text({ q: q }, 'q') || '';
      var named = text({ type: type }, 'type');
      var wanted = named === null ? '' : entityType('type', named);
      var max = intParam(limit, 20, 1, 100, 'limit');
      var key = fold(query);
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
        query: query,
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
      var maxNodes = intParam(entities, 25, 1, 500, 'entities');
      var maxEdges = intParam(relations, 50, 0, 2000, 'relations');
      var f = self.filters(filters);
      // With a predicate or date filter, an entity shown must take part in some relation that passes it.
      var needsRelation = f.predicates !== null || f.since !== null || f.until !== null;
      var candidates = self.byMentions.filter(function (n) {
        return self.typeOk(f, n) && (!needsRelation || self.edgesOf[n.id].some(function (e) { return self.fullEdgeOk(f, e); }));
      });
      var chosen = candidates.slice(0, maxNodes);
      var inSet = {};
      chosen.forEach(function (n) { inSet[n.id] = true; });
      var among = self.dump.edges.filter(function (e) {
        return inSet[e.source] && inSet[e.target] && self.fullEdgeOk(f, e);
      }).sort(function (a, b) { return b.evidence - a.evidence || ordinal(a.id, b.id); });
      return {
        nodes: chosen.map(plainNode),
        edges: among.slice(0, maxEdges),
        omitted: { nodes: candidates.length - chosen.length, edges: Math.max(0, among.length - maxEdges) }
      };
    });
  };

  LocalApi.prototype.node = function (id, filters) {
    var self = this;
    return resolve(function () {
      var f = self.filters(filters);
      var n = self.node404(id);
      var node = plainNode(n);
      node.aliases = (n.aliases || []).slice();
      var refs = (self.mentionsByEntity[id] || []).map(function (m) { return self.articles[m[1]]; }).filter(Boolean);
      refs.sort(function (a, b) { return ordinal(b.published || '', a.published || '') || ordinal(a.id, b.id); });
      var counts = {};
      self.edgesOf[id].forEach(function (e) {
        if (!self.fullEdgeOk(f, e)) return;
        if (e.source === id) bump(counts, e.predicate, 'out');
        if (e.target === id) bump(counts, e.predicate, 'in');
      });
      var relations = Object.keys(counts).map(function (k) { return counts[k]; }).sort(function (a, b) {
        return ordinal(a.predicate, b.predicate) || ordinal(b.direction, a.direction);
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
      params = params || {};
      var offset = intParam(params.offset, 0, 0, 2147483647, 'offset');
      var limit = intParam(params.limit, 50, 1, 500, 'limit');
      var f = self.filters(params);
      self.node404(id);
      var strongest = {}, byNeighbour = {};
      self.edgesOf[id].forEach(function (e) {
        var other = e.source === id ? e.target : e.source;
        if (other === id || !self.fullEdgeOk(f, e) || !self.typeOk(f, self.nodes[other])) return;
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
        more: Math.max(0, order.length - offset - page.length)
      };
    });
  };

  LocalApi.prototype.path = function (from, to, filters) {
    var self = this;
    return resolve(function () {
      var fromId = text({ from: from }, 'from'), toId = text({ to: to }, 'to');
      if (fromId === null) throw new ApiError(400, 'from: required');
      if (toId === null) throw new ApiError(400, 'to: required');
      var f = self.filters(filters);
      var start = self.node404(fromId), goal = self.node404(toId);
      if (!self.typeOk(f, start) || !self.typeOk(f, goal)) return { nodes: [], edges: [] };
      // Breadth first, neighbours in id order, the first parent found kept: the server's tie-break.
      var parent = {};
      parent[fromId] = fromId;
      var frontier = [fromId];
      for (var hop = 0; hop < MAX_HOPS && frontier.length && !(toId in parent); hop++) {
        var next = [];
        frontier.forEach(function (current) {
          var others = {};
          self.edgesOf[current].forEach(function (e) {
            if (e.source !== e.target && self.fullEdgeOk(f, e)) others[e.source === current ? e.target : e.source] = true;
          });
          Object.keys(others).sort(ordinal).forEach(function (other) {
            if (other in parent) return;
            parent[other] = current;
            next.push(other);
          });
        });
        frontier = next;
      }
      if (!(toId in parent)) return { nodes: [], edges: [] };
      var ids = [toId];
      while (ids[ids.length - 1] !== fromId) ids.push(parent[ids[ids.length - 1]]);
      ids.reverse();
      var edges = [];
      for (var i = 0; i + 1 < ids.length; i++) {
        var a = ids[i], b = ids[i + 1];
        edges.push(self.edgesOf[a].filter(function (e) {
          return (e.source === a ? e.target : e.source) === b && self.fullEdgeOk(f, e);
        }).sort(function (x, y) { return y.evidence - x.evidence || ordinal(x.id, y.id); })[0]);
      }
      return { nodes: ids.map(function (id) { return plainNode(self.nodes[id]); }), edges: edges };
    });
  };

  LocalApi.prototype.fact = function (id) {
    var self = this;
    return resolve(function () {
      var e = self.edgeById[id];
      if (!e) throw new ApiError(404, "no fact with id '" + id + "'");
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
      if (!a) throw new ApiError(404, "no article with id '" + id + "'");
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

// What the explorer shows, as plain data, and its round trip through the URL's fragment, so a
// view can be bookmarked, mailed and reloaded exactly (it works for a file:// page as well).
(function (GV) {
  'use strict';

  /** A fresh view: the landing graph, asserted facts only, nothing selected. */
  function initial() {
    return {
      landing: true,       // the most mentioned entities and their relations
      added: [],           // entity ids picked from search
      expanded: [],        // [entity id, pages shown] in the order they were expanded
      path: null,          // [from id, to id] once a path was asked for
      pathEnds: [null, null],
      selected: null,      // {kind: 'node'|'edge', id}
      hiddenTypes: [],     // legend: faded entity types
      hiddenPredicates: [],// legend: faded predicates
      status: 'asserted',  // 'asserted' | 'all'
      since: null,         // yyyy-MM-dd
      until: null,
      seed: 1,
      positions: {}        // entity id -> [x, y]
    };
  }

  var KEYS = Object.keys(initial());

  /** The state as a URL fragment ("#view=..."). Only what differs from the initial state is written. */
  function toHash(state) {
    var base = initial(), out = {};
    KEYS.forEach(function (key) {
      if (JSON.stringify(state[key]) !== JSON.stringify(base[key])) out[key] = state[key];
    });
    return Object.keys(out).length ? '#view=' + encodeURIComponent(JSON.stringify(out)) : '';
  }

  /** The state a fragment describes; anything unreadable falls back to the initial value. */
  function fromHash(hash) {
    var state = initial();
    var match = /[#&]view=([^&]*)/.exec(hash || '');
    if (!match) return state;
    var parsed;
    try { parsed = JSON.parse(decodeURIComponent(match[1])); } catch (e) { return state; }
    if (!parsed || typeof parsed !== 'object') return state;
    KEYS.forEach(function (key) {
      if (key in parsed && sameShape(state[key], parsed[key])) state[key] = parsed[key];
    });
    return state;
  }

  function sameShape(expected, value) {
    if (expected === null) return value === null || typeof value === 'object' || typeof value === 'string';
    if (Array.isArray(expected)) return Array.isArray(value);
    return typeof expected === typeof value;
  }

  /** A deep copy (states are plain JSON). */
  function copy(state) { return JSON.parse(JSON.stringify(state)); }

  GV.state = { initial: initial, toHash: toHash, fromHash: fromHash, copy: copy };
})(globalThis.GraphView = globalThis.GraphView || {});

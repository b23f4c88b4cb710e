// What the canvas shows, as lists in the page: every entity and every relation is a button, so
// the graph can be read and navigated with a keyboard or a screen reader.
(function (GV) {
  'use strict';
  var el = GV.dom.el;

  function render(container, scene, names, state, actions) {
    var hiddenTypes = state.hiddenTypes, hiddenPredicates = state.hiddenPredicates;
    var nodes = scene.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
    var faded = function (n) { return hiddenTypes.indexOf(n.type) >= 0; };
    GV.dom.fill(container,
      el('h2', {}, 'On the canvas'),
      el('p', { class: 'summary' }, scene.nodes.length + ' entities, ' + scene.edges.length + ' relations' +
        (scene.omitted ? '; ' + scene.omitted + ' more entities left out (at most ' + scene.budget + ' are drawn)' : '')),
      el('h3', { id: 'list-entities' }, 'Entities'),
      el('ul', { class: 'element-list', 'aria-labelledby': 'list-entities' }, nodes.map(function (n) {
        var s = GV.style.typeStyle(n.type);
        return el('li', { class: faded(n) ? 'faded' : null },
          el('button', { type: 'button', 'data-id': n.id, 'aria-current': isSelected(state, 'node', n.id) ? 'true' : null,
            onclick: function () { actions.node(n.id); } },
            el('span', { class: 'swatch shape-' + s.shape, style: 'background:' + s.color, 'aria-hidden': 'true' }),
            n.name, el('span', { class: 'muted' }, ' ' + n.type + (faded(n) ? ', filtered out' : ''))));
      })),
      el('h3', { id: 'list-relations' }, 'Relations'),
      el('ul', { class: 'element-list', 'aria-labelledby': 'list-relations' }, scene.edges.map(function (e) {
        var out = hiddenPredicates.indexOf(e.predicate) >= 0;
        return el('li', { class: out ? 'faded' : null },
          el('button', { type: 'button', 'data-id': e.id, 'aria-current': isSelected(state, 'edge', e.id) ? 'true' : null,
            onclick: function () { actions.edge(e.id); } },
            (names[e.source] || e.source) + ' ', el('span', { class: 'predicate' }, e.predicate), ' ' + (names[e.target] || e.target),
            el('span', { class: 'muted' }, ' ' + e.evidence + (e.status !== 'asserted' ? ', ' + e.status : '') + (out ? ', filtered out' : ''))));
      })));
  }

  function isSelected(state, kind, id) { return !!state.selected && state.selected.kind === kind && state.selected.id === id; }

  GV.lists = { render: render };
})(globalThis.GraphView = globalThis.GraphView || {});

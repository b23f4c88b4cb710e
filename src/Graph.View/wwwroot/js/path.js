// Shortest path: the two ends chosen from entity panels, the search for a path between them, and
// its steps listed in the page (the canvas spotlights the same nodes and edges).
(function (GV) {
  'use strict';
  var el = GV.dom.el;

  function render(container, state, names, scenePath, actions) {
    var from = state.pathEnds[0], to = state.pathEnds[1];
    var end = function (id, label) {
      return el('li', {}, label + ': ', id ? el('button', { type: 'button', class: 'link', onclick: function () { actions.node(id); } }, names[id] || id)
        : el('span', { class: 'muted' }, 'choose an entity, then “Path ' + (label === 'From' ? 'from' : 'to') + ' here”'));
    };
    var steps = null;
    if (state.path && scenePath) {
      steps = scenePath.found
        ? el('ol', { class: 'path-steps' }, scenePath.nodes.map(function (id, i) {
          return el('li', {}, el('button', { type: 'button', class: 'link', onclick: function () { actions.node(id); } }, names[id] || id),
            i < scenePath.edges.length ? el('button', { type: 'button', class: 'link predicate', onclick: function () { actions.edge(scenePath.edges[i]); } },
              ' — ' + (actions.predicateOf(scenePath.edges[i]) || 'relation') + ' —') : null);
        }))
        : el('p', { class: 'muted', role: 'status' }, 'No path between them with the current filters.');
    }
    GV.dom.fill(container, el('h2', {}, 'Shortest path'),
      el('ul', { class: 'plain' }, end(from, 'From'), end(to, 'To')),
      el('div', { class: 'actions' },
        el('button', { type: 'button', id: 'path-find', disabled: !(from && to && from !== to), onclick: actions.find }, 'Find path'),
        state.path ? el('button', { type: 'button', id: 'path-clear', onclick: actions.clear }, 'Clear path') : null),
      steps);
  }

  GV.pathView = { render: render };
})(globalThis.GraphView = globalThis.GraphView || {});

// The legend is the filter: one toggle button per entity type and per predicate; a type or
// predicate switched off fades on the canvas (it stays in place, so the picture keeps its shape).
(function (GV) {
  'use strict';
  var el = GV.dom.el;

  function render(container, meta, state, onToggle) {
    // Redrawn after every change: the toggle that had the focus keeps it.
    var focused = container.contains(document.activeElement) ? document.activeElement : null;
    var focusKind = focused && focused.getAttribute('data-kind'), focusValue = focused && focused.getAttribute('data-value');
    var toggle = function (kind, value, label, count, decoration) {
      var off = (kind === 'type' ? state.hiddenTypes : state.hiddenPredicates).indexOf(value) >= 0;
      return el('li', {}, el('button', { type: 'button', class: 'toggle', 'aria-pressed': off ? 'false' : 'true',
        'data-kind': kind, 'data-value': value, onclick: function () { onToggle(kind, value); } },
        decoration, label, el('span', { class: 'muted' }, ' ' + count)));
    };
    GV.dom.fill(container,
      el('h2', { id: 'legend-types' }, 'Entity types'),
      el('ul', { class: 'legend', 'aria-labelledby': 'legend-types' }, meta.entityTypes.map(function (t) {
        var s = GV.style.typeStyle(t.type);
        return toggle('type', t.type, t.type, t.count,
          el('span', { class: 'swatch shape-' + s.shape, style: 'background:' + s.color, 'aria-hidden': 'true' }));
      })),
      el('h2', { id: 'legend-predicates' }, 'Relations'),
      el('ul', { class: 'legend', 'aria-labelledby': 'legend-predicates' }, meta.predicates.map(function (p) {
        return toggle('predicate', p.predicate, p.predicate, p.count, el('span', { class: 'kind kind-' + p.kind, 'aria-hidden': 'true' }));
      })));
    if (focusKind) {
      var again = Array.prototype.filter.call(container.querySelectorAll('button[data-kind]'), function (b) {
        return b.getAttribute('data-kind') === focusKind && b.getAttribute('data-value') === focusValue;
      })[0];
      if (again) again.focus();
    }
  }

  GV.legend = { render: render };
})(globalThis.GraphView = globalThis.GraphView || {});

// Search as you type: names and aliases (the API folds case and accents), an optional type,
// results as a list of buttons reachable with the arrow keys.
(function (GV) {
  'use strict';
  var el = GV.dom.el;

  function Search(api, root, onPick) {
    this.api = api;
    this.input = root.querySelector('#search-input');
    this.type = root.querySelector('#search-type');
    this.results = root.querySelector('#search-results');
    this.onPick = onPick;
    this.generation = 0;
    var self = this, timer = null;
    var schedule = function () { clearTimeout(timer); timer = setTimeout(function () { self.run(); }, 120); };
    this.input.addEventListener('input', schedule);
    this.type.addEventListener('change', function () { self.run(); });
    this.input.addEventListener('keydown', function (evt) {
      if (evt.key === 'ArrowDown') { var first = self.results.querySelector('button'); if (first) { first.focus(); evt.preventDefault(); } }
      if (evt.key === 'Enter') { var top = self.results.querySelector('button'); if (top) { top.click(); evt.preventDefault(); } }
      if (evt.key === 'Escape') { self.clear(); }
    });
    this.results.addEventListener('keydown', function (evt) {
      var buttons = Array.prototype.slice.call(self.results.querySelectorAll('button'));
      var at = buttons.indexOf(document.activeElement);
      if (evt.key === 'ArrowDown' && at < buttons.length - 1) { buttons[at + 1].focus(); evt.preventDefault(); }
      if (evt.key === 'ArrowUp') { (at > 0 ? buttons[at - 1] : self.input).focus(); evt.preventDefault(); }
      if (evt.key === 'Escape') { self.input.focus(); self.clear(); }
    });
  }

  /** Fills the type filter from /api/meta's entity types. */
  Search.prototype.setTypes = function (entityTypes) {
    var select = this.type;
    entityTypes.forEach(function (t) { select.appendChild(el('option', { value: t.type }, t.type + ' (' + t.count + ')')); });
  };

  Search.prototype.clear = function () {
    this.results.removeAttribute('data-query');
    GV.dom.fill(this.results);
    this.results.hidden = true;
  };

  Search.prototype.run = function () {
    var self = this, q = this.input.value.trim(), generation = ++this.generation;
    if (!q) { this.clear(); return Promise.resolve(); }
    return this.api.search(q, this.type.value || undefined, 20).then(function (answer) {
      if (generation !== self.generation) return;
      self.results.hidden = false;
      self.results.setAttribute('data-query', q);
      GV.dom.fill(self.results,
        el('li', { class: 'muted', role: 'status' }, answer.total === 0 ? 'No match.' :
          answer.total + (answer.total === 1 ? ' match' : ' matches') + (answer.total > answer.items.length ? ', first ' + answer.items.length : '')),
        answer.items.map(function (item) {
          var s = GV.style.typeStyle(item.type);
          return el('li', {}, el('button', { type: 'button', 'data-id': item.id, onclick: function () { self.clear(); self.onPick(item.id); } },
            el('span', { class: 'swatch shape-' + s.shape, style: 'background:' + s.color, 'aria-hidden': 'true' }),
            item.name, el('span', { class: 'muted' }, ' ' + item.type + (item.matched !== item.name ? ', as “' + item.matched + '”' : '') + ' · ' + item.mentions)));
        }));
    }).catch(function (error) {
      GV.dom.fill(self.results, el('li', { class: 'error' }, String(error.message || error)));
      self.results.hidden = false;
    });
  };

  GV.Search = Search;
})(globalThis.GraphView = globalThis.GraphView || {});

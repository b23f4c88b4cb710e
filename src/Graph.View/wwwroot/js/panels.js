// The side panel: an entity (type, names, articles, relation counts, expand/more/collapse and
// path ends) or a fact with its evidence (every sentence, where and when it was published, the
// names highlighted, its status and the source the sentence credits).
(function (GV) {
  'use strict';
  var el = GV.dom.el;

  function typeBadge(type) {
    var s = GV.style.typeStyle(type);
    return el('span', { class: 'type-badge' }, el('span', { class: 'swatch shape-' + s.shape, style: 'background:' + s.color, 'aria-hidden': 'true' }), type);
  }

  function date(text) { return text ? el('time', { datetime: text }, text) : null; }

  /** The entity panel. `info` is /api/node's answer; `expansion` what the canvas shows of its neighbourhood. */
  function nodePanel(info, expansion, actions) {
    var n = info.node;
    var expandLabel = expansion
      ? (expansion.more ? (Math.min(GV.Scene.PAGE, expansion.total - expansion.shown) + ' more (' + expansion.shown + ' of ' + expansion.total + ' shown)') : 'All ' + expansion.total + ' neighbours shown')
      : 'Expand neighbours';
    var relations = el('table', { class: 'counts' },
      el('caption', {}, 'Relations by type and direction'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Relation'), el('th', { scope: 'col' }, 'Direction'), el('th', { scope: 'col' }, 'Facts'))),
      el('tbody', {}, info.relations.map(function (r) {
        return el('tr', {}, el('td', {}, r.predicate), el('td', {}, r.direction === 'out' ? 'outgoing' : 'incoming'), el('td', {}, String(r.count)));
      })));
    return el('section', { class: 'panel node-panel', 'aria-labelledby': 'panel-title', 'data-id': n.id },
      el('h2', { id: 'panel-title', tabindex: '-1' }, n.name),
      el('p', {}, typeBadge(n.type), ' · ', n.mentions + ' mentions in ' + n.articles + (n.articles === 1 ? ' article' : ' articles')),
      n.aliases && n.aliases.length ? el('p', { class: 'aliases' }, 'Also: ', n.aliases.join(' · ')) : null,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'expand', disabled: expansion && !expansion.more, onclick: actions.expand }, expandLabel),
        expansion ? el('button', { type: 'button', class: 'collapse', onclick: actions.collapse }, 'Collapse') : null,
        el('button', { type: 'button', class: 'path-from', onclick: actions.pathFrom }, 'Path from here'),
        el('button', { type: 'button', class: 'path-to', onclick: actions.pathTo }, 'Path to here')),
      info.relations.length ? relations : el('p', {}, 'No relations.'),
      el('h3', {}, 'Articles (' + info.articlesTotal + ')'),
      el('ul', { class: 'articles' }, info.articles.map(function (a) {
        return el('li', {}, GV.dom.safeLink(a.url, a.title), ' ', date(a.published), a.source ? ' · ' + a.source : '');
      })),
      info.articlesTotal > info.articles.length ? el('p', {}, (info.articlesTotal - info.articles.length) + ' more articles not listed.') : null);
  }

  /** A sentence as text with <mark> around each highlighted span (offsets are UTF-16, as in JavaScript). */
  function highlighted(sentence, highlights) {
    var spans = (highlights || []).slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var out = el('q', { class: 'sentence' }), at = 0;
    spans.forEach(function (h) {
      if (h.start < at || h.end > sentence.length || h.end <= h.start) return;
      out.appendChild(document.createTextNode(sentence.slice(at, h.start)));
      out.appendChild(el('mark', { class: 'role-' + h.role, title: h.role }, sentence.slice(h.start, h.end)));
      at = h.end;
    });
    out.appendChild(document.createTextNode(sentence.slice(at)));
    return out;
  }

  /** The evidence panel for a fact (/api/fact's answer). */
  function factPanel(fact, actions) {
    var e = fact.edge;
    return el('section', { class: 'panel fact-panel', 'aria-labelledby': 'panel-title', 'data-id': e.id },
      el('h2', { id: 'panel-title', tabindex: '-1' },
        el('button', { type: 'button', class: 'link', onclick: function () { actions.node(fact.subject.id); } }, fact.subject.name),
        ' ', el('span', { class: 'predicate' }, e.predicate), ' ',
        el('button', { type: 'button', class: 'link', onclick: function () { actions.node(fact.object.id); } }, fact.object.name)),
      el('p', {}, el('span', { class: 'status status-' + e.status }, e.status), ' · ', e.kind,
        e.title ? ' · title: ' + e.title : '',
        ' · ' + e.evidence + (e.evidence === 1 ? ' sentence' : ' sentences'),
        e.firstDate ? ' · ' + e.firstDate + (e.lastDate && e.lastDate !== e.firstDate ? ' to ' + e.lastDate : '') : ''),
      el('ol', { class: 'evidence' }, fact.evidence.map(function (ev) {
        return el('li', {},
          el('blockquote', {}, highlighted(ev.sentence, ev.highlights)),
          el('p', { class: 'source' },
            GV.dom.safeLink(ev.article.url, ev.article.title),
            ev.article.published ? [' · published ', date(ev.article.published)] : null,
            ev.article.source ? ' · ' + ev.article.source : null,
            ev.date ? [' · event date ', date(ev.date)] : null,
            ev.place ? ' · place: ' + ev.place.name : null,
            ev.sourceOf ? ' · according to ' + ev.sourceOf.name : null,
            ev.confidence !== undefined ? ' · confidence ' + ev.confidence : null,
            ' · sentence ' + (ev.sentenceIndex + 1)));
      })));
  }

  GV.panels = { nodePanel: nodePanel, factPanel: factPanel, typeBadge: typeBadge, highlighted: highlighted };
})(globalThis.GraphView = globalThis.GraphView || {});

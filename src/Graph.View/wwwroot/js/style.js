// How each entity type and fact status looks: a colour and a shape per type, so types read
// without the legend (and captions carry the names); dashed lines for facts not asserted.
(function (GV) {
  'use strict';

  var TYPES = {
    Person: { color: '#4e79a7', shape: 'ellipse' },
    Organization: { color: '#f28e2b', shape: 'round-rectangle' },
    Country: { color: '#59a14f', shape: 'hexagon' },
    City: { color: '#76b7b2', shape: 'diamond' },
    Region: { color: '#b6992d', shape: 'triangle' },
    Group: { color: '#e15759', shape: 'octagon' },
    Event: { color: '#b07aa1', shape: 'star' }
  };
  var OTHER = { color: '#79706e', shape: 'ellipse' };

  function typeStyle(type) { return TYPES[type] || OTHER; }

  /** The cytoscape stylesheet. */
  function stylesheet() {
    var rules = [
      { selector: 'node', style: {
        'label': 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'ellipsis', 'text-max-width': 120, 'color': '#222',
        'text-background-color': '#fff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        'width': 'mapData(mentions, 1, 60, 22, 54)', 'height': 'mapData(mentions, 1, 60, 22, 54)',
        'background-color': OTHER.color, 'shape': OTHER.shape, 'border-width': 1, 'border-color': '#fff' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'width': 'mapData(evidence, 1, 10, 1.5, 6)', 'line-color': '#9aa3ad', 'target-arrow-color': '#9aa3ad',
        'label': 'data(predicate)', 'font-size': 8, 'color': '#555', 'text-rotation': 'autorotate',
        // Predicates show once zoomed in (or on the selected fact), so an overview stays readable.
        'min-zoomed-font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
      { selector: 'edge:selected', style: { 'min-zoomed-font-size': 0, 'font-size': 10 } },
      { selector: 'edge[status != "asserted"]', style: { 'line-style': 'dashed' } },
      { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0 } },
      { selector: '.on-path', style: { 'border-width': 4, 'border-color': '#d62728', 'line-color': '#d62728',
        'target-arrow-color': '#d62728', 'z-index': 9 } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#111', 'line-color': '#111',
        'target-arrow-color': '#111', 'overlay-opacity': 0 } }
    ];
    Object.keys(TYPES).forEach(function (type) {
      rules.splice(1, 0, { selector: 'node[type = "' + type + '"]', style: {
        'background-color': TYPES[type].color, 'shape': TYPES[type].shape } });
    });
    return rules;
  }

  GV.style = { typeStyle: typeStyle, stylesheet: stylesheet, types: Object.keys(TYPES) };
})(globalThis.GraphView = globalThis.GraphView || {});

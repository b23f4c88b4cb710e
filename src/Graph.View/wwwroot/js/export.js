// Export of what the canvas shows: PNG through cytoscape, SVG written here from the node
// positions (shapes and colours per type, captions by name, faded elements kept faded).
(function (GV) {
  'use strict';

  function escapeXml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  }

  function polygon(sides, r, rotation) {
    var points = [];
    for (var i = 0; i < sides; i++) {
      var a = rotation + 2 * Math.PI * i / sides;
      points.push((r * Math.cos(a)).toFixed(1) + ',' + (r * Math.sin(a)).toFixed(1));
    }
    return points.join(' ');
  }

  function star(r) {
    var points = [];
    for (var i = 0; i < 10; i++) {
      var a = -Math.PI / 2 + Math.PI * i / 5, rr = i % 2 ? r * 0.45 : r;
      points.push((rr * Math.cos(a)).toFixed(1) + ',' + (rr * Math.sin(a)).toFixed(1));
    }
    return points.join(' ');
  }

  function shape(kind, r, fill) {
    var paint = ' fill="' + fill + '" stroke="#fff" stroke-width="1"/>';
    switch (kind) {
      case 'round-rectangle': return '<rect x="' + -r + '" y="' + -r + '" width="' + 2 * r + '" height="' + 2 * r + '" rx="' + r / 3 + '"' + paint;
      case 'hexagon': return '<polygon points="' + polygon(6, r, 0) + '"' + paint;
      case 'octagon': return '<polygon points="' + polygon(8, r, Math.PI / 8) + '"' + paint;
      case 'diamond': return '<polygon points="' + polygon(4, r, -Math.PI / 2) + '"' + paint;
      case 'triangle': return '<polygon points="' + polygon(3, r, -Math.PI / 2) + '"' + paint;
      case 'star': return '<polygon points="' + star(r) + '"' + paint;
      default: return '<circle r="' + r + '"' + paint;
    }
  }

  /** The canvas as an SVG document (a string). */
  function svg(cy) {
    var box = cy.elements().boundingBox({}), pad = 30;
    var x0 = Math.floor(box.x1 - pad), y0 = Math.floor(box.y1 - pad);
    var w = Math.ceil(box.w + 2 * pad) || 100, h = Math.ceil(box.h + 2 * pad) || 100;
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + x0 + ' ' + y0 + ' ' + w + ' ' + h + '" width="' + w + '" height="' + h + '" font-family="sans-serif">',
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9aa3ad"/></marker></defs>',
      '<rect x="' + x0 + '" y="' + y0 + '" width="' + w + '" height="' + h + '" fill="#fff"/>'];
    cy.edges().forEach(function (e) {
      var s = e.source().position(), t = e.target().position(), r = e.target().width() / 2;
      var dx = t.x - s.x, dy = t.y - s.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var tx = t.x - dx / len * r, ty = t.y - dy / len * r;
      var opacity = e.hasClass('faded') ? ' opacity="0.12"' : '';
      var dash = e.data('status') !== 'asserted' ? ' stroke-dasharray="5,3"' : '';
      var colour = e.hasClass('on-path') ? '#d62728' : '#9aa3ad';
      out.push('<g class="edge"' + opacity + '><title>' + escapeXml(e.source().data('name') + ' ' + e.data('predicate') + ' ' + e.target().data('name')) + '</title>' +
        '<line x1="' + s.x.toFixed(1) + '" y1="' + s.y.toFixed(1) + '" x2="' + tx.toFixed(1) + '" y2="' + ty.toFixed(1) + '" stroke="' + colour + '" stroke-width="1.5"' + dash + ' marker-end="url(#arrow)"/>' +
        '<text x="' + ((s.x + t.x) / 2).toFixed(1) + '" y="' + ((s.y + t.y) / 2).toFixed(1) + '" font-size="8" fill="#555" text-anchor="middle">' + escapeXml(e.data('predicate')) + '</text></g>');
    });
    cy.nodes().forEach(function (n) {
      var p = n.position(), style = GV.style.typeStyle(n.data('type')), r = n.width() / 2;
      var opacity = n.hasClass('faded') ? ' opacity="0.12"' : '';
      out.push('<g class="node" transform="translate(' + p.x.toFixed(1) + ',' + p.y.toFixed(1) + ')"' + opacity + '><title>' + escapeXml(n.data('name') + ' (' + n.data('type') + ')') + '</title>' +
        shape(style.shape, r, style.color) +
        '<text y="' + (r + 12).toFixed(1) + '" font-size="11" fill="#222" text-anchor="middle">' + escapeXml(n.data('name')) + '</text></g>');
    });
    out.push('</svg>');
    return out.join('\n');
  }

  /** The canvas as a PNG data URL. */
  function png(cy) { return cy.png({ full: true, scale: 2, bg: '#ffffff' }); }

  /** Offers `href` as a download named `name`. */
  function download(href, name) {
    var a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  GV.exporter = { svg: svg, png: png, download: download, escapeXml: escapeXml };
})(globalThis.GraphView = globalThis.GraphView || {});

// Small DOM helpers. Text from the data only ever enters the page as text nodes (textContent),
// never as markup, so a name or sentence holding "<script>" shows as those characters.
(function (GV) {
  'use strict';

  /** Creates an element: el('button', {class: 'x', onclick: fn, 'aria-pressed': 'true'}, 'text', child). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === undefined || value === null || value === false) return;
      if (key.slice(0, 2) === 'on' && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (key === 'text') node.textContent = String(value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(parent, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(parent, c); }); return; }
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  /** Replaces every child of `node` with the given children. */
  function fill(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    for (var i = 1; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  /** A link that only opens http(s) addresses; anything else shows as plain text. */
  function safeLink(url, text) {
    if (url && /^https?:\/\//i.test(url)) return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
    return el('span', {}, text);
  }

  /** Says `message` to screen readers through the page's live region. */
  function announce(message) {
    var region = document.getElementById('announce');
    if (region) region.textContent = message;
  }

  GV.dom = { el: el, fill: fill, append: append, safeLink: safeLink, announce: announce };
})(globalThis.GraphView = globalThis.GraphView || {});

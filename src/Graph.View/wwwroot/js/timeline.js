// The date range: a histogram of event dates per month, two sliders for the first and last month,
// a play button that slides the chosen window forward a month at a time, and "Any date", which
// drops the range (facts without a date show again only then).
(function (GV) {
  'use strict';
  var el = GV.dom.el, SVG = 'http://www.w3.org/2000/svg';

  function Timeline(root, onChange) {
    this.root = root;
    this.onChange = onChange;
    this.months = [];
    this.timer = null;
  }

  function monthsBetween(first, last) {
    var out = [], y = +first.slice(0, 4), m = +first.slice(5, 7);
    while (true) {
      var key = y + '-' + (m < 10 ? '0' : '') + m;
      out.push(key);
      if (key >= last || out.length > 1200) return out;
      if (++m > 12) { m = 1; y++; }
    }
  }

  function lastDay(month) {
    var y = +month.slice(0, 4), m = +month.slice(5, 7);
    var d = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return month + '-' + d;
  }

  /** Draws the histogram of `bins` and sets the sliders from `since`/`until`. */
  Timeline.prototype.render = function (bins, since, until) {
    this.stop();
    var root = this.root;
    if (!bins.length) { GV.dom.fill(root, el('h2', {}, 'Dates'), el('p', { class: 'muted' }, 'No dated facts.')); this.months = []; return; }
    var months = this.months = monthsBetween(bins[0].month, bins[bins.length - 1].month);
    var counts = {}, max = 1;
    bins.forEach(function (b) { counts[b.month] = b.count; max = Math.max(max, b.count); });
    var lo = since ? Math.max(0, months.indexOf(since.slice(0, 7))) : 0;
    var hi = until ? months.indexOf(until.slice(0, 7)) : months.length - 1;
    if (hi < 0) hi = months.length - 1;
    this.active = !!(since || until);
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + months.length + ' 40');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('class', 'histogram');
    svg.setAttribute('aria-hidden', 'true');
    months.forEach(function (m, i) {
      var h = 40 * (counts[m] || 0) / max;
      var rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', i + 0.1); rect.setAttribute('width', 0.8);
      rect.setAttribute('y', 40 - h); rect.setAttribute('height', h);
      rect.setAttribute('class', i >= lo && i <= hi ? 'in' : 'out');
      svg.appendChild(rect);
    });
    var self = this;
    this.from = el('input', { type: 'range', id: 'date-from', min: 0, max: months.length - 1, value: lo, 'aria-label': 'First month' });
    this.to = el('input', { type: 'range', id: 'date-to', min: 0, max: months.length - 1, value: hi, 'aria-label': 'Last month' });
    this.label = el('output', { id: 'date-label', 'aria-live': 'polite' });
    this.playButton = el('button', { type: 'button', id: 'date-play', onclick: function () { self.toggle(); } }, 'Play');
    this.clearButton = el('button', { type: 'button', id: 'date-clear', onclick: function () { self.clear(); } }, 'Any date');
    var changed = function (which) {
      var a = +self.from.value, b = +self.to.value;
      if (a > b) { if (which === 'from') self.to.value = a; else self.from.value = b; }
      self.active = true;
      self.update(svg);
      self.emit();
    };
    this.from.addEventListener('change', function () { changed('from'); });
    this.to.addEventListener('change', function () { changed('to'); });
    this.from.addEventListener('input', function () { self.update(svg); });
    this.to.addEventListener('input', function () { self.update(svg); });
    this.svg = svg;
    GV.dom.fill(root, el('h2', {}, 'Dates'),
      el('p', { class: 'muted' }, 'Facts by event month (' + months[0] + ' to ' + months[months.length - 1] + ')'),
      svg, el('div', { class: 'sliders' }, this.from, this.to), el('div', { class: 'row' }, this.label, this.playButton, this.clearButton));
    this.update(svg);
  };

  Timeline.prototype.update = function (svg) {
    var a = +this.from.value, b = +this.to.value, months = this.months;
    var active = this.active;
    Array.prototype.forEach.call(svg.childNodes, function (rect, i) { rect.setAttribute('class', !active || (i >= Math.min(a, b) && i <= Math.max(a, b)) ? 'in' : 'out'); });
    this.label.textContent = active ? months[Math.min(a, b)] + ' to ' + months[Math.max(a, b)] : 'Any date';
    this.clearButton.disabled = !active;
  };

  /** The range as {since, until}; both null for any date (then facts without a date show too). */
  Timeline.prototype.range = function () {
    if (!this.months.length || !this.active) return { since: null, until: null };
    var a = Math.min(+this.from.value, +this.to.value), b = Math.max(+this.from.value, +this.to.value);
    return { since: this.months[a] + '-01', until: lastDay(this.months[b]) };
  };

  /** Drops the range. */
  Timeline.prototype.clear = function () {
    this.stop();
    this.active = false;
    this.from.value = 0;
    this.to.value = this.months.length - 1;
    this.update(this.svg);
    this.emit();
  };

  Timeline.prototype.emit = function () { var r = this.range(); this.onChange(r.since, r.until); };

  /** Sets the range to [first, last] month indexes and applies it. */
  Timeline.prototype.set = function (first, last) {
    this.active = true;
    this.from.value = first;
    this.to.value = last;
    this.update(this.svg);
    this.emit();
  };

  Timeline.prototype.toggle = function () { if (this.timer) this.stop(); else this.play(); };

  Timeline.prototype.play = function () {
    if (!this.months.length) return;
    var self = this, width = Math.max(0, +this.to.value - +this.from.value);
    if (width >= this.months.length - 1) width = Math.max(0, Math.floor(this.months.length / 6));
    var start = +this.to.value >= this.months.length - 1 ? 0 : +this.from.value;
    this.playButton.textContent = 'Pause';
    this.set(start, start + width);
    this.timer = setInterval(function () {
      var a = +self.from.value + 1;
      if (a + width > self.months.length - 1) { self.stop(); return; }
      self.set(a, a + width);
    }, 900);
  };

  Timeline.prototype.stop = function () {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.playButton) this.playButton.textContent = 'Play';
  };

  GV.Timeline = Timeline;
})(globalThis.GraphView = globalThis.GraphView || {});

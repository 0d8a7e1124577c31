// The layout check of ReportHtmlBrowserTest, run in the page once it is laid out: every text box
// (a line of an HTML text, an SVG text) that overlaps another, a word or number of ASCII broken
// over lines, text under 10 px as drawn, SVG text cut by its chart's edge, and a page wider than
// its window. It writes what it finds into the page, and to the frame around it.
(function () {
  var issues = [];
  var boxes = [];
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var node;
  while ((node = walker.nextNode())) {
    var text = node.textContent.trim();
    var parent = node.parentElement;
    if (!text || parent.closest('script,style,title,#layout-check')) continue;
    var style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    var rects;
    var size;
    var svg = parent.closest('svg');
    if (svg) {
      var el = parent.closest('text') || parent;
      rects = [el.getBoundingClientRect()];
      var m = el.getScreenCTM();
      size = parseFloat(style.fontSize) * (m ? Math.abs(m.a) : 1);
      var box = svg.getBoundingClientRect();
      var r0 = rects[0];
      if (r0.left < box.left - 1 || r0.right > box.right + 1 || r0.top < box.top - 1
          || r0.bottom > box.bottom + 1) {
        issues.push('cut: ' + text.slice(0, 30));
      }
    } else {
      var range = document.createRange();
      range.selectNodeContents(node);
      rects = Array.prototype.slice.call(range.getClientRects());
      size = parseFloat(style.fontSize);
      if (/^[\x21-\x7e]+$/.test(text) && rects.filter(function (r) { return r.width > 0; }).length > 1) {
        issues.push('broken: ' + text);
      }
    }
    if (size < 9.95) issues.push('small: ' + size.toFixed(1) + 'px ' + text.slice(0, 30));
    rects.forEach(function (r) {
      if (r.width > 0.5 && r.height > 0.5) boxes.push({r: r, n: node, t: text});
    });
  }
  for (var i = 0; i < boxes.length; i++) {
    for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i], b = boxes[j];
      if (a.n === b.n) continue;
      var w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      var h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 2) issues.push('overlap: ' + a.t.slice(0, 30) + ' | ' + b.t.slice(0, 30));
    }
  }
  var sw = document.documentElement.scrollWidth;
  if (sw > window.innerWidth) issues.push('page ' + sw + ' px wide in ' + window.innerWidth);
  var pre = document.createElement('pre');
  pre.id = 'layout-check';
  pre.textContent = 'width ' + window.innerWidth + '\n' + issues.join('\n') + '\nEND';
  document.body.appendChild(pre);
  if (window.parent !== window) window.parent.postMessage(pre.textContent, '*');
})();

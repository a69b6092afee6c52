// Inlined at the end of every page by src/middleware.ts, right after the page's own text in the
// other script (#script-map): a reader who chose that script gets the page converted before it is
// first painted, with no script or dictionary to download. The same walk as convert-page.ts.
(function () {
  var root = document.documentElement;
  var pref;
  try {
    pref = localStorage.getItem('zh-script');
  } catch (e) {
    pref = null;
  }
  var el = document.getElementById('script-map');
  if (!pref || pref === root.getAttribute('data-script') || !el) return;
  var data;
  try {
    data = JSON.parse(el.textContent);
  } catch (e) {
    return;
  }
  if (data.to !== pref) return;
  var map = data.map;
  var has = Object.prototype.hasOwnProperty;
  var conv = function (s) {
    return has.call(map, s) ? map[s] : s;
  };
  var SKIP = { SCRIPT: 1, STYLE: 1, CODE: 1, PRE: 1, TEXTAREA: 1 };
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: function (n) {
      for (var p = n.parentElement; p; p = p.parentElement) if (SKIP[p.tagName] || p.hasAttribute('data-no-convert')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (var i = 0; i < nodes.length; i++) nodes[i].nodeValue = conv(nodes[i].nodeValue);
  var ATTRS = ['title', 'aria-label', 'placeholder', 'alt', 'data-copy-label', 'data-copied-label'];
  var els = document.body.querySelectorAll('[title],[aria-label],[placeholder],[alt],[data-copy-label],[data-copied-label]');
  for (var j = 0; j < els.length; j++) {
    for (var k = 0; k < ATTRS.length; k++) {
      var v = els[j].getAttribute(ATTRS[k]);
      if (v) els[j].setAttribute(ATTRS[k], conv(v));
    }
  }
  var tas = document.querySelectorAll('textarea[data-convert]');
  for (var t = 0; t < tas.length; t++) tas[t].value = conv(tas[t].value);
  document.title = conv(document.title);
  root.lang = pref === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  root.setAttribute('data-shown', pref);
  root.classList.remove('script-pending');
})();

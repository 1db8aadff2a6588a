/* newsdiff report: highlight a sentence's counterparts everywhere, and pick the side-by-side pair.
   It only sets classes and attributes: it never writes markup. */
(function () {
  "use strict";
  var page = document;

  function copies(key) {
    return page.querySelectorAll('[data-s="' + key + '"]');
  }

  // A sentence's counterparts are listed once, on its copy in its article.
  function counterpartsOf(key) {
    var listed = page.querySelector('.s[data-s="' + key + '"][data-m]');
    var keys = listed ? listed.getAttribute("data-m").split(" ") : [];
    return keys.filter(function (k) { return /^[0-9]+-[0-9]+$/.test(k); });
  }

  function clear(name) {
    page.querySelectorAll("." + name).forEach(function (el) { el.classList.remove(name); });
  }

  // Counts are written as the page writes its own ("1,234", render.py's grouped and counted), whatever the
  // browser's language.
  function grouped(count) {
    return String(count).replace(/\B(?=([0-9]{3})+$)/g, ",");
  }
  function counted(count, noun) {
    return grouped(count) + " " + noun + (count === 1 ? "" : "s");
  }

  function mark(key, name, sourceName) {
    clear(name);
    if (sourceName) { clear(sourceName); }
    if (!key) { return 0; }
    var others = counterpartsOf(key);
    copies(key).forEach(function (el) {
      el.classList.add(name);
      if (sourceName) { el.classList.add(sourceName); }
    });
    others.forEach(function (k) { copies(k).forEach(function (el) { el.classList.add(name); }); });
    return others.length;
  }

  // Sentences become buttons only here, where pressing them does something. Each list of sentences (and
  // each strip of marks) is one tab stop, its items reached with the arrow keys, so a large page does not
  // take thousands of presses of Tab to cross.
  var LISTS = ".claims, .uniques, section.pair, .article .text, .strip";
  var MOVES = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity };

  // The page never changes its markup, so each list's items are looked up once. Moving the tab stop
  // retabs only the old and the new stop: a list of thousands costs a key press no more than one of ten.
  var itemsOf = new Map();
  function items(list) {
    if (!itemsOf.has(list)) {
      var selector = list.classList.contains("strip") ? ".tick" : ".s[data-s]";
      itemsOf.set(list, Array.prototype.slice.call(list.querySelectorAll(selector)));
    }
    return itemsOf.get(list);
  }
  var stops = new Map();

  // The arrow keys skip what the label filter hides (a sentence's line, claim or row; a list is never hidden while
  // it is moved in).
  function shown(item) { return !item.closest("[hidden]"); }
  function step(all, item, move) {
    var ends = Math.abs(move) === Infinity;
    var by = ends ? -Math.sign(move) : move;
    for (var n = ends ? (move < 0 ? 0 : all.length - 1) : all.indexOf(item) + by; n >= 0 && n < all.length; n += by) {
      if (shown(all[n])) { return all[n]; }
    }
    return item;
  }

  function makeStop(item) {
    var list = item.closest(LISTS);
    if (!list || stops.get(list) === item) { return; }
    if (stops.has(list)) { stops.get(list).tabIndex = -1; }
    item.tabIndex = 0;
    stops.set(list, item);
  }

  page.querySelectorAll(LISTS).forEach(function (list) {
    items(list).forEach(function (item, n) {
      if (!item.classList.contains("tick")) {
        item.setAttribute("role", "button");
        item.setAttribute("aria-pressed", "false");
      }
      item.tabIndex = n === 0 ? 0 : -1;
      if (n === 0) { stops.set(list, item); }
    });
  });

  // Sentences far from the window are laid out only as they come near it (content-visibility in the
  // style), so a jump to one lands while those around it still have their estimated heights, and once
  // they are drawn the target has moved off. It is put back in place until it stays there, unless the
  // reader scrolls or types meanwhile: a newer settling, or none, takes over.
  var settling = 0;
  function settle(target, block) {
    var mine = ++settling;
    var frames = 0;
    var still = 0;
    var placed = null;
    function check() {
      if (mine !== settling) { return; }
      var top = target.getBoundingClientRect().top;
      if (placed !== null && Math.abs(top - placed) >= 1) {
        target.scrollIntoView({ block: block });
        top = target.getBoundingClientRect().top;
        still = 0;
      } else {
        still += 1;
      }
      placed = top;
      frames += 1;
      if (still < 5 && frames < 60) { requestAnimationFrame(check); }
    }
    requestAnimationFrame(check);
  }
  ["wheel", "touchstart", "keydown", "mousedown"].forEach(function (type) {
    window.addEventListener(type, function () { settling += 1; }, { capture: true, passive: true });
  });

  function linkTarget(link) {
    var id = decodeURIComponent(link.getAttribute("href").slice(1));
    return id ? page.getElementById(id) : null;
  }

  var pinned = null;
  // One status tells why no pair is shown and what the lit sentence has: the newer note is shown, and once it is
  // gone the other comes back, so that letting a sentence go does not leave an empty side by side unexplained.
  // A page with no pair drawn has no pickers, and a status of its own for the lit sentence.
  var status = page.getElementById("pair-status") || page.getElementById("pin-status");
  var pairNote = "";
  var pinNote = "";
  function tell(newer, older) {
    if (status) { status.textContent = newer || older; }
  }

  function pin(key) {
    pinned = key;
    reveal(key);
    var found = mark(pinned, "hl", "hl-src");
    page.body.setAttribute("data-pinned", pinned || "");
    page.querySelectorAll('.s[aria-pressed="true"]').forEach(function (el) { el.setAttribute("aria-pressed", "false"); });
    if (pinned) {
      copies(pinned).forEach(function (el) { if (el.hasAttribute("aria-pressed")) { el.setAttribute("aria-pressed", "true"); } });
    }
    pinNote = describePinned(found);
    tell(pinNote, pairNote);
  }
  // What the lit sentence has. Counterparts whose label the filter hides are lit but out of sight: they are told
  // apart, not counted as highlighted.
  function describePinned(found) {
    if (!pinned) { return ""; }
    if (found === 0) { return "No counterpart: no other article says this"; }
    var hidden = counterpartsOf(pinned).filter(function (k) {
      var copy = page.querySelector('#articles .s[data-s="' + k + '"]');
      return copy && !shown(copy);
    }).length;
    if (!hidden) { return counted(found, "counterpart") + " highlighted"; }
    if (hidden === found) {
      return (found === 1 ? "Its counterpart is" : "Its " + counted(found, "counterpart") + " are") + " hidden by the label filter";
    }
    return counted(found - hidden, "counterpart") + " highlighted and " + grouped(hidden) + " hidden by the label filter";
  }

  var selectedBefore = false;
  page.addEventListener("mousedown", function (event) {
    selectedBefore = event.detail <= 1 && !page.getSelection().isCollapsed;
  });
  // A tick is a link to its sentence, which it names only by that link: it always pins the sentence; a sentence
  // clicked again lets go.
  page.addEventListener("click", function (event) {
    var tick = event.target.closest(".tick");
    var target = tick ? linkTarget(tick) : event.target.closest(".s[data-s]");
    if (!target || !target.hasAttribute("data-s")) { return; }
    // Words dragged across or clicked thrice to be selected (to quote them) are being copied, not pressed; a click
    // on words selected before presses as any click does. A double click, which selects a word, presses twice, and
    // a triple click does no more: the sentence ends as it was.
    if (!tick && !selectedBefore && !page.getSelection().isCollapsed && event.detail !== 2) { return; }
    var key = target.getAttribute("data-s");
    pin(pinned === key && !tick ? null : key);
  });
  page.addEventListener("keydown", function (event) {
    var target = event.target.closest && event.target.closest(".s[data-s]");
    // Escape lets go of the lit sentence, but not in a picker: there it closes the picker's list, which a browser
    // may tell the page of (Firefox does), and the sentence lit stays lit.
    if (event.key === "Escape") {
      if (!event.defaultPrevented && !(event.target.closest && event.target.closest("select"))) { pin(null); }
      return;
    }
    // A key held with Alt, Control or Command is the browser's or the system's (Alt+Left goes back): it is let be.
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var item = event.target.closest && event.target.closest(".s[data-s], .tick");
    var list = item && item.closest(LISTS);
    if (list && Object.prototype.hasOwnProperty.call(MOVES, event.key)) {
      event.preventDefault();
      var next = step(items(list), item, MOVES[event.key]);
      makeStop(next);
      next.focus();
      settle(next, "nearest");
      return;
    }
    if (target && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      var key = target.getAttribute("data-s");
      pin(pinned === key ? null : key);
    }
  });
  // The pointer enters every word, glyph and mark of a sentence in turn; only a new sentence (or leaving
  // one) changes what is lit, so the page is searched once per sentence, not once per element crossed.
  var hovered = null;
  function hover(target) {
    var key = target ? target.getAttribute("data-s") : null;
    if (key === hovered) { return; }
    hovered = key;
    mark(key, "hv");
  }
  // A name cut to a few lines (.clamp) gives the whole of it as its tooltip; one that shows whole would only say
  // itself again. Whether it is cut depends on the window, so it is decided as the pointer reaches it: the tooltip
  // is set aside (data-whole) while the name shows whole, and given back once the name is cut again.
  function tooltip(name) {
    var whole = name.hasAttribute("title") ? name.getAttribute("title") : name.getAttribute("data-whole");
    if (whole === null) { return; }
    var cut = name.textContent !== whole || name.scrollHeight > name.clientHeight + 1 || name.scrollWidth > name.clientWidth + 1;
    if (cut) {
      name.setAttribute("title", whole);
      name.removeAttribute("data-whole");
    } else {
      name.setAttribute("data-whole", whole);
      name.removeAttribute("title");
    }
  }
  page.addEventListener("mouseover", function (event) {
    hover(event.target.closest(".s[data-s]"));
    var name = event.target.closest(".clamp");
    if (name) { tooltip(name); }
  });
  page.addEventListener("focusin", function (event) {
    var item = event.target.closest(".s[data-s], .tick");
    if (item) { makeStop(item); }
    hover(event.target.closest(".s[data-s]"));
  });

  // In a notebook the page is an iframe's srcdoc, whose links resolve against the notebook's address, so
  // "#claims" would load the notebook inside the frame. There, in-page links scroll within the page. The
  // frame's sandbox opens no window, so a source's address stays as text to copy rather than a link that
  // would replace the report in its small frame.
  var framed = location.href.indexOf("about:srcdoc") === 0;
  if (framed) {
    page.querySelectorAll('a[href]:not([href^="#"])').forEach(function (link) { link.removeAttribute("href"); });
  }
  page.addEventListener("click", function (event) {
    var link = event.target.closest('a[href^="#"]');
    var target = link && linkTarget(link);
    if (!target) { return; }
    if (framed) {
      event.preventDefault();
      target.scrollIntoView();
      if (!target.matches("a[href], [tabindex]")) { target.setAttribute("tabindex", "-1"); }
      target.focus({ preventScroll: true });
    }
    settle(target, "start");
  });

  // An address naming a sentence lights it, as following its mark does: a link shared or bookmarked, a
  // reload, back and forward. Going back or forward away from the sentence the address lit lets it go; a
  // link followed in the page (a section of the bar) keeps what is lit, to be seen there.
  function sentenceAt(hash) {
    var element = null;
    try { element = hash.length > 1 ? page.getElementById(decodeURIComponent(hash.slice(1))) : null; } catch (e) { /* a stray % names no sentence */ }
    return element && element.matches(".s[data-s]") ? element.getAttribute("data-s") : null;
  }
  var following = false;
  page.addEventListener("click", function (event) {
    var link = event.target.closest('a[href^="#"]');
    following = !framed && !!link && link.getAttribute("href") !== location.hash;
  });
  window.addEventListener("hashchange", function (event) {
    var key = sentenceAt(location.hash);
    var left = sentenceAt(event.oldURL.indexOf("#") < 0 ? "" : event.oldURL.slice(event.oldURL.indexOf("#")));
    if (key) {
      pin(key);
    } else if (!following && left !== null && left === pinned) {
      pin(null);
    }
    following = false;
  });
  // A printed page cannot be unfolded: what is collapsed prints opened, and closes again afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    tellShown(true);
    page.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    tellShown();
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });

  // A pair picked the other way round shows its second article on the left. Its cells change places in
  // the page itself, not only on screen, so that a screen reader and the arrow keys meet them in the order
  // they are shown. The nodes are moved, never rewritten.
  function swap(section, swapped) {
    if (section.classList.contains("swapped") === swapped) { return; }
    section.querySelectorAll(".row").forEach(function (row) {
      row.appendChild(row.querySelector(swapped ? ".cell.left" : ".cell.right"));
    });
    section.classList.toggle("swapped", swapped);
    itemsOf.delete(section);
    // Its name gives the two articles in the order they now stand, as its heading does.
    var heads = Array.prototype.map.call(section.querySelectorAll(".row.head .cell"), function (cell) {
      return cell.getAttribute("data-who");
    });
    if (heads.length === 2) { section.setAttribute("aria-label", heads[0] + " and " + heads[1]); }
  }

  // Where the two columns stack (a phone), each sentence is headed by its outlet's name. The page names each
  // column once, on its heading; the name is lent to the column's cells here, as a style property the style
  // sheet draws, so it is not written out again in each of thousands of rows. The page stays as it is.
  function quoted(text) {
    return '"' + text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/["\\]/g, "\\$&") + '"';
  }
  page.querySelectorAll("section.pair").forEach(function (section) {
    ["left", "right"].forEach(function (side) {
      var head = section.querySelector(".row.head .cell." + side);
      if (head) { section.style.setProperty("--who-" + side, quoted(head.getAttribute("data-who") || "")); }
    });
  });
  page.body.classList.add("named");

  // The label filter: each part shows what bears a ticked label, the articles by each sentence's, the claims by
  // each claim's and the side by side by each row's (a sentence lit from elsewhere ticks its label again). A list's
  // tab stop stays on a shown sentence, and the status counts what each part shows of all it holds.
  var filter = page.getElementById("label-filter");
  var told = page.getElementById("filter-status");
  function all(selector) { return Array.prototype.slice.call(page.querySelectorAll(selector)); }
  var sentences = all("#articles .text .s");
  var claims = all(".claims .claim");
  var rows = all("section.pair .row:not(.head)");
  var uniqueLists = page.getElementById("unique-lists");
  // A claim keeps its number while those before it are hidden.
  claims.forEach(function (claim, n) { claim.value = n + 1; });
  var kept = {};
  function keep(unit, label) {
    unit.hidden = !kept[label];
    return unit.hidden ? 0 : 1;
  }
  // "2 of 5 claims", "1 of 1 claim": the noun goes with the total.
  function ofAll(count, total, noun) { return grouped(count) + " of " + counted(total, noun); }
  // Paper prints every pair drawn (report.css), not only the one on show: there the rows of them all are counted.
  function tellShown(onPaper) {
    if (!filter) { return; }
    var narrowed = Object.keys(kept).some(function (label) { return !kept[label]; });
    filter.classList.toggle("narrowed", narrowed);
    if (!narrowed) {
      told.textContent = sentences.length === 1 ? "Showing the one sentence"
        : "Showing all " + counted(sentences.length, "sentence");
      return;
    }
    var count = function (units) { return units.filter(function (unit) { return !unit.hidden; }).length; };
    var ticked = Object.keys(kept).filter(function (label) { return kept[label]; });
    // Where nothing is left to show, "Showing 0 of 12 sentences, 0 of 3 claims and 0 of 5 rows" is said plainly.
    if (!ticked.length) {
      told.textContent = "No label ticked: nothing shown";
      return;
    }
    var shownSentences = count(sentences.map(function (s) { return s.parentElement; }));
    if (!shownSentences) {
      told.textContent = "No sentence is " + ticked.join(" or ") + ": nothing shown";
      return;
    }
    var parts = [ofAll(shownSentences, sentences.length, "sentence")];
    if (claims.length) { parts.push(ofAll(count(claims), claims.length, "claim")); }
    var pairs = all(onPaper ? "section.pair" : "section.pair:not([hidden])");
    if (pairs.length) {
      var pairRows = rows.filter(function (row) { return pairs.indexOf(row.closest("section.pair")) >= 0; });
      parts.push(ofAll(count(pairRows), pairRows.length, "row") + " side by side"
        + (pairs.length > 1 ? " in " + counted(pairs.length, "pair") : ""));
    }
    told.textContent = "Showing " + parts.slice(0, -1).join(", ") + (parts.length > 1 ? " and " : "") + parts[parts.length - 1];
  }
  function applyFilter() {
    filter.querySelectorAll("input").forEach(function (box) { kept[box.value] = box.checked; });
    sentences.forEach(function (s) { keep(s.parentElement, s.classList[1]); });
    claims.forEach(function (claim) { keep(claim, claim.classList[1]); });
    rows.forEach(function (row) { keep(row, row.classList[2]); });
    if (uniqueLists) { keep(uniqueLists, "unique"); }
    tellShown();
    if (pinned) {
      pinNote = describePinned(counterpartsOf(pinned).length);
      tell(pinNote, pairNote);
    }
    stops.forEach(function (stop, list) {
      var first = shown(stop) ? null : items(list).filter(shown)[0];
      if (first) { makeStop(first); }
    });
  }
  function reveal(key) {
    var copy = key && filter && page.querySelector('#articles .s[data-s="' + key + '"]');
    if (copy && !shown(copy)) {
      filter.querySelector('[value="' + copy.classList[1] + '"]').checked = true;
      applyFilter();
    }
  }
  if (filter) {
    filter.hidden = false;
    filter.addEventListener("change", applyFilter);
    applyFilter();
  }

  var left = page.getElementById("pair-left");
  var right = page.getElementById("pair-right");
  var controls = page.getElementById("pair-controls");
  function showPair() {
    var a = parseInt(left.value, 10);
    var b = parseInt(right.value, 10);
    var key = Math.min(a, b) + "-" + Math.max(a, b);
    var drawn = false;
    page.querySelectorAll("section.pair").forEach(function (section) {
      var shown = a !== b && section.getAttribute("data-pair") === key;
      drawn = drawn || shown;
      section.hidden = !shown;
      swap(section, shown && a > b);
    });
    pairNote = a === b ? "Choose two different articles."
      : drawn ? "" : "This pair is not drawn in this report: compare the two articles on their own.";
    tell(pairNote, pinNote);
    tellShown();
  }
  // A large report draws only some pairs: the pickers offer only those, and a left article whose pair with
  // the right one is not drawn takes its first drawn partner on the right.
  var drawnPairs = {};
  page.querySelectorAll("section.pair").forEach(function (section) { drawnPairs[section.getAttribute("data-pair")] = true; });
  function isDrawn(a, b) {
    return drawnPairs[Math.min(a, b) + "-" + Math.max(a, b)] === true;
  }
  function offerDrawnPairs() {
    var a = parseInt(left.value, 10);
    Array.prototype.forEach.call(left.options, function (option) {
      var n = parseInt(option.value, 10);
      option.disabled = !Array.prototype.some.call(left.options, function (o) { return isDrawn(n, parseInt(o.value, 10)); });
    });
    var first = null;
    Array.prototype.forEach.call(right.options, function (option) {
      var n = parseInt(option.value, 10);
      option.disabled = n !== a && !isDrawn(a, n);
      if (first === null && isDrawn(a, n)) { first = option.value; }
    });
    var b = parseInt(right.value, 10);
    if (a !== b && !isDrawn(a, b) && first !== null) { right.value = first; }
  }
  if (left && right && controls) {
    controls.hidden = false;
    left.addEventListener("change", function () { offerDrawnPairs(); showPair(); });
    right.addEventListener("change", showPair);
    offerDrawnPairs();
    showPair();
  }
  // Once the page is ready: the sentence the address names when the page opens.
  if (!framed && sentenceAt(location.hash)) { pin(sentenceAt(location.hash)); }
})();

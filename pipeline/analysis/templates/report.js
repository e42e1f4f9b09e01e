// spaceclaims report: filters, lazy (paged) sentence list, chart links and label review.
// Data comes from the JSON element; every piece of document text is inserted with
// textContent / createTextNode, never as HTML.
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("report-data").textContent);
  var COLS = DATA.columns;
  var COL = {};
  COLS.forEach(function (c, i) { COL[c] = i; });
  var ROWS = DATA.rows;
  var SENT = DATA.sentences;
  var ACTORS = DATA.actors;
  var DOCS = DATA.documents;
  var LABELS = DATA.labels;
  var MISSING = DATA.missing;
  var STORE = "spaceclaims-review:" + DATA.run.key;
  // Keys that the page's own controls own; every other filter is shown as a chip.
  var CONTROL_KEYS = ["label", "actor", "doc", "q", "review"];
  var ACTOR_KEYS = { actor: "name", country: "country", bloc: "bloc", actor_type: "type" };
  var DOC_KEYS = ["document", "title", "source", "journal", "year", "format", "authors", "doi"];

  var state = { filters: {}, page: 0, size: 50, matches: [] };
  var reviews = loadReviews();

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") node.textContent = attrs[k];
        else if (k === "className") node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function cell(i, column) {
    var k = COL[column];
    return k === undefined ? "" : ROWS[i][k];
  }

  function link(filters) {
    var params = new URLSearchParams();
    Object.keys(filters).forEach(function (k) { params.set(k, filters[k]); });
    return "#filter?" + params.toString();
  }

  // --- reviews -------------------------------------------------------------------------
  function loadReviews() {
    var out = {};
    ROWS.forEach(function (row, i) {
      var value = cell(i, "review");
      if (LABELS.indexOf(value) >= 0) out[i] = value;
    });
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE) || "{}");
      Object.keys(saved).forEach(function (i) {
        if (LABELS.indexOf(saved[i]) >= 0 && ROWS[i]) out[i] = saved[i];
        else if (saved[i] === "" && ROWS[i]) delete out[i];
      });
    } catch (e) { /* storage unavailable (private window): reviews last for the visit */ }
    return out;
  }

  function saveReview(i, value) {
    if (value) reviews[i] = value; else delete reviews[i];
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE) || "{}");
      saved[i] = value;
      window.localStorage.setItem(STORE, JSON.stringify(saved));
    } catch (e) { /* see loadReviews */ }
    updateReviewCount();
  }

  function updateReviewCount() {
    var n = Object.keys(reviews).length;
    document.getElementById("review-count").textContent =
      n + " of " + ROWS.length + " sentences reviewed";
  }

  function csvCell(value) {
    var v = value === null || value === undefined ? "" : String(value);
    // Neutralise formulas as sentences.csv does; spaceclaims train undoes it.
    if (/^'*[=+\-@\t\r]/.test(v)) v = "'" + v;
    if (/[",\r\n]/.test(v)) v = '"' + v.replace(/"/g, '""') + '"';
    return v;
  }

  function exportCsv() {
    var lines = [COLS.map(csvCell).join(",")];
    ROWS.forEach(function (row, i) {
      var out = row.slice();
      out[COL.review] = reviews[i] || "";
      lines.push(out.map(csvCell).join(","));
    });
    var blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var a = el("a", { href: URL.createObjectURL(blob), download: "sentences.reviewed.csv" });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // --- filtering -------------------------------------------------------------------------
  function same(value, wanted) {
    if (wanted === MISSING) return value === "" || value === null || value === undefined;
    return String(value) === wanted;
  }

  function actorValues(i, field) {
    var out = [];
    (SENT[i].a || []).forEach(function (span) {
      var value = ACTORS[span[2]][field] || "";
      String(value).split("; ").forEach(function (v) { if (v) out.push(v); });
    });
    return out;
  }

  function sentenceKey(i) { return cell(i, "doc_id") + ":" + cell(i, "sentence_id"); }

  function matches(i, f) {
    var keys = Object.keys(f);
    for (var k = 0; k < keys.length; k++) {
      var key = keys[k];
      var want = f[key];
      if (want === "" || want === undefined) continue;
      var doc = DOCS[SENT[i].d];
      if (key === "q") {
        if (cell(i, "text").toLowerCase().indexOf(want.toLowerCase()) < 0) return false;
      } else if (key === "doc") {
        if (doc.doc_id !== want) return false;
      } else if (key === "review") {
        var r = reviews[i];
        if (want === "reviewed" && !r) return false;
        if (want === "unreviewed" && r) return false;
        if (want === "changed" && (!r || r === cell(i, "label"))) return false;
      } else if (ACTOR_KEYS[key]) {
        if (actorValues(i, ACTOR_KEYS[key]).indexOf(want) < 0) return false;
      } else if (key === "run") {
        if (want !== DATA.run.label) return false;
      } else if (key === "sent") {
        if (sentenceKey(i) !== want) return false;
      } else if (key === "a" || key === "b" || key === "tie" || key === "party") {
        if (!pairMatch(i, f)) return false;
      } else if (DOC_KEYS.indexOf(key) >= 0 && COL[key] === undefined) {
        if (!same(doc[key] === undefined ? "" : doc[key], want)) return false;
      } else if (COL[key] !== undefined) {
        if (!same(cell(i, key), want)) return false;
      }
      // Unknown keys are ignored (and flagged as such in the chips).
    }
    return true;
  }

  function pairMatch(i, f) {
    return (SENT[i].p || []).some(function (p) {
      if (f.party && p[0] !== f.party && p[1] !== f.party) return false;
      if (f.tie && p[2] !== f.tie) return false;
      if (f.a && f.b) return (p[0] === f.a && p[1] === f.b) || (p[0] === f.b && p[1] === f.a);
      if (f.a) return p[0] === f.a || p[1] === f.a;
      if (f.b) return p[0] === f.b || p[1] === f.b;
      return true;
    });
  }

  function known(key) {
    return CONTROL_KEYS.indexOf(key) >= 0 || ACTOR_KEYS[key] || DOC_KEYS.indexOf(key) >= 0 ||
      COL[key] !== undefined || ["run", "sent", "a", "b", "tie", "party"].indexOf(key) >= 0;
  }

  function applyFilters(filters, scroll) {
    state.filters = {};
    Object.keys(filters).forEach(function (k) {
      if (filters[k] !== "" && filters[k] !== undefined) state.filters[k] = filters[k];
    });
    state.page = 0;
    syncControls();
    refresh();
    if (scroll) document.getElementById("sentences").scrollIntoView();
  }

  function setFilter(key, value) {
    var next = Object.assign({}, state.filters);
    if (value) next[key] = value; else delete next[key];
    applyFilters(next, false);
  }

  function refresh() {
    var f = state.filters;
    var out = [];
    for (var i = 0; i < ROWS.length; i++) if (matches(i, f)) out.push(i);
    state.matches = out;
    renderChips();
    renderPage();
  }

  // --- controls ---------------------------------------------------------------------------
  function fillSelect(select, options, allText) {
    select.replaceChildren(el("option", { value: "", text: allText }));
    options.forEach(function (o) { select.appendChild(el("option", { value: o[0], text: o[1] })); });
  }

  function ensureOption(select, value) {
    if (!value) return;
    for (var k = 0; k < select.options.length; k++) if (select.options[k].value === value) return;
    select.appendChild(el("option", { value: value, text: value }));
  }

  function syncControls() {
    var pairs = [["f-label", "label"], ["f-actor", "actor"], ["f-doc", "doc"], ["f-review", "review"]];
    pairs.forEach(function (p) {
      var select = document.getElementById(p[0]);
      ensureOption(select, state.filters[p[1]]);
      select.value = state.filters[p[1]] || "";
    });
    document.getElementById("f-q").value = state.filters.q || "";
  }

  function renderChips() {
    var box = document.getElementById("chips");
    box.replaceChildren();
    Object.keys(state.filters).forEach(function (key) {
      if (CONTROL_KEYS.indexOf(key) >= 0) return;
      var label = key + " = " + state.filters[key] + (known(key) ? "" : " (ignored)");
      var remove = el("button", { type: "button", title: "remove this filter", "aria-label": "remove " + key, text: "✕" });
      remove.addEventListener("click", function () { setFilter(key, ""); });
      box.appendChild(el("span", { className: "chip filter-chip", "data-key": key }, [label, remove]));
    });
  }

  function initControls() {
    var counts = {};
    LABELS.forEach(function (l) { counts[l] = 0; });
    ROWS.forEach(function (row, i) { var l = cell(i, "label"); counts[l] = (counts[l] || 0) + 1; });
    fillSelect(document.getElementById("f-label"),
      LABELS.map(function (l) { return [l, l + " (" + counts[l] + ")"]; }), "all labels");
    var actors = ACTORS.slice().sort(function (x, y) { return y.n - x.n || (x.name < y.name ? -1 : 1); });
    fillSelect(document.getElementById("f-actor"),
      actors.map(function (a) { return [a.name, a.name + " (" + a.n + ")"]; }), "all actors");
    var perDoc = {};
    SENT.forEach(function (s) { perDoc[s.d] = (perDoc[s.d] || 0) + 1; });
    fillSelect(document.getElementById("f-doc"),
      DOCS.filter(function (d, k) { return perDoc[k]; }).map(function (d) {
        return [d.doc_id, d.document + " (" + perDoc[DOCS.indexOf(d)] + ")"];
      }), "all documents");
    [["f-label", "label"], ["f-actor", "actor"], ["f-doc", "doc"], ["f-review", "review"]].forEach(function (p) {
      document.getElementById(p[0]).addEventListener("change", function (e) { setFilter(p[1], e.target.value); });
    });
    var timer = null;
    document.getElementById("f-q").addEventListener("input", function (e) {
      clearTimeout(timer);
      timer = setTimeout(function () { setFilter("q", e.target.value.trim()); }, 150);
    });
    document.getElementById("f-clear").addEventListener("click", function () {
      history.replaceState(null, "", "#sentences");
      applyFilters({}, false);
    });
    document.getElementById("prev").addEventListener("click", function () { turn(-1); });
    document.getElementById("next").addEventListener("click", function () { turn(1); });
    document.getElementById("page-size").addEventListener("change", function (e) {
      state.size = parseInt(e.target.value, 10) || 50;
      state.page = 0;
      renderPage();
    });
    document.getElementById("export").addEventListener("click", exportCsv);
    document.getElementById("review-reset").addEventListener("click", function () {
      try { window.localStorage.removeItem(STORE); } catch (e) { /* see loadReviews */ }
      reviews = {};
      ROWS.forEach(function (row, i) {
        if (LABELS.indexOf(cell(i, "review")) >= 0) reviews[i] = cell(i, "review");
      });
      updateReviewCount();
      renderPage();
    });
  }

  function turn(step) {
    var pages = Math.max(1, Math.ceil(state.matches.length / state.size));
    state.page = Math.min(pages - 1, Math.max(0, state.page + step));
    renderPage();
    document.getElementById("sentences").scrollIntoView();
  }

  // --- sentences -------------------------------------------------------------------------
  function highlighted(i) {
    // Offsets count Unicode code points (Python's str); JS strings count UTF-16 units.
    var chars = Array.from(cell(i, "text"));
    var spans = [];
    (SENT[i].a || []).forEach(function (s) {
      if (s[0] >= 0) spans.push({ s: s[0], e: s[1], kind: "actor", tip: ACTORS[s[2]].name + " (" + ACTORS[s[2]].type + ")" });
    });
    (SENT[i].t || []).forEach(function (s) { spans.push({ s: s[0], e: s[1], kind: "date", tip: s[2] }); });
    spans.sort(function (x, y) { return x.s - y.s || y.e - x.e; });
    var p = el("p", { className: "text" });
    var pos = 0;
    spans.forEach(function (span) {
      if (span.s < pos || span.e > chars.length || span.e <= span.s) return;  // overlap or stale
      if (span.s > pos) p.appendChild(document.createTextNode(chars.slice(pos, span.s).join("")));
      p.appendChild(el("mark", { className: span.kind, title: span.tip, text: chars.slice(span.s, span.e).join("") }));
      pos = span.e;
    });
    if (pos < chars.length) p.appendChild(document.createTextNode(chars.slice(pos).join("")));
    return p;
  }

  function sentenceCard(i) {
    var label = cell(i, "label");
    var doc = DOCS[SENT[i].d];
    var card = el("article", { className: "sent lab-" + label + (reviews[i] ? " reviewed" : ""), "data-i": String(i) });
    var meta = el("div", { className: "meta" }, [
      el("span", { className: "badge lab-" + label, text: label || "(no label)" }),
      el("a", { href: link({ doc: doc.doc_id }), text: doc.document }),
    ]);
    if (cell(i, "section")) meta.appendChild(el("span", { text: "§ " + cell(i, "section") }));
    if (cell(i, "page")) meta.appendChild(el("span", { text: "p. " + cell(i, "page") }));
    meta.appendChild(el("span", { text: "#" + cell(i, "sentence_id") }));
    var pc = cell(i, "p_cooperation"), pk = cell(i, "p_competition");
    if (pc || pk) meta.appendChild(el("span", { title: "p_cooperation / p_competition", text: "p " + pc + " / " + pk }));
    if (cell(i, "modality")) meta.appendChild(el("span", { text: cell(i, "modality") }));
    card.appendChild(meta);
    card.appendChild(highlighted(i));
    var tags = el("div", { className: "tags" });
    var names = [];
    (SENT[i].a || []).forEach(function (s) { var n = ACTORS[s[2]].name; if (names.indexOf(n) < 0) names.push(n); });
    if (names.length) {
      tags.appendChild(document.createTextNode("actors: "));
      names.forEach(function (n, k) {
        if (k) tags.appendChild(document.createTextNode(" · "));
        tags.appendChild(el("a", { href: link({ actor: n }), text: n }));
      });
    }
    if (cell(i, "dates")) tags.appendChild(document.createTextNode((names.length ? "   " : "") + "dates: " + cell(i, "dates")));
    (SENT[i].p || []).forEach(function (p) {
      tags.appendChild(document.createTextNode("   " + p[2] + ": " + p[0] + " – " + p[1]));
    });
    card.appendChild(tags);
    var select = el("select", { className: "review", "aria-label": "correct label for sentence " + cell(i, "sentence_id") });
    select.appendChild(el("option", { value: "", text: "— review —" }));
    LABELS.forEach(function (l) { select.appendChild(el("option", { value: l, text: l })); });
    select.value = reviews[i] || "";
    select.addEventListener("change", function (e) {
      saveReview(i, e.target.value);
      card.classList.toggle("reviewed", !!e.target.value);
    });
    card.appendChild(el("label", { className: "note" }, ["Correct label: ", select]));
    return card;
  }

  function renderPage() {
    var list = document.getElementById("list");
    var total = state.matches.length;
    var pages = Math.max(1, Math.ceil(total / state.size));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * state.size;
    var shown = state.matches.slice(start, start + state.size);
    list.replaceChildren.apply(list, shown.map(sentenceCard));
    if (!total) list.appendChild(el("p", { className: "empty", text: "No sentence matches these filters." }));
    document.getElementById("count").textContent = total
      ? "Showing " + (start + 1) + "–" + (start + shown.length) + " of " + total + " sentences" +
        (total < ROWS.length ? " (" + ROWS.length + " in the run)" : "")
      : "0 of " + ROWS.length + " sentences";
    document.getElementById("page").textContent = "page " + (state.page + 1) + " of " + pages;
    document.getElementById("prev").disabled = state.page === 0;
    document.getElementById("next").disabled = state.page >= pages - 1;
  }

  // --- summary and documents -----------------------------------------------------------------
  function renderSummary() {
    var run = DATA.run;
    var box = document.getElementById("summary-cards");
    function card(value, text, href, cls) {
      var node = el(href ? "a" : "div", { className: "card" + (cls ? " " + cls : "") }, [el("b", { text: String(value) }), text]);
      if (href) node.setAttribute("href", href);
      return node;
    }
    box.appendChild(card(run.label, "run", null));
    box.appendChild(card(run.documents, "documents (" + run.failed + " failed)", "#documents"));
    box.appendChild(card(run.sentences, "sentences", "#sentences"));
    var counts = {};
    ROWS.forEach(function (row, i) { var l = cell(i, "label"); counts[l] = (counts[l] || 0) + 1; });
    LABELS.forEach(function (l) {
      var n = counts[l] || 0;
      var pct = ROWS.length ? " (" + Math.round(100 * n / ROWS.length) + "%)" : "";
      var node = card(n, l + pct, link({ label: l }), "lab");
      node.style.borderLeftColor = DATA.colors[l];
      box.appendChild(node);
    });
    box.appendChild(card(run.actorMentions, "actor mentions", null));
    box.appendChild(card(run.dateMentions, "date mentions", null));
    if (run.claims !== null) box.appendChild(card(run.claims, "party claims", null));
    document.getElementById("summary-models").textContent =
      "Folder: " + run.path + (run.models.length ? "  ·  model: " + run.models.join(", ") : "");
  }

  function renderDocuments() {
    var body = document.querySelector("#documents-table tbody");
    var perDoc = {};
    SENT.forEach(function (s) { perDoc[s.d] = (perDoc[s.d] || 0) + 1; });
    DOCS.forEach(function (d, k) {
      var error = d.status === "error";
      var name = el("td", null, [perDoc[k] ? el("a", { href: link({ doc: d.doc_id }), text: d.document }) : el("span", { text: d.document })]);
      if (d.title && d.source) name.appendChild(el("div", { className: "note", text: d.source }));
      var status = el("td", null, [el("span", { text: d.status || "" })]);
      if (d.error) status.appendChild(el("div", { className: "err", text: d.error }));
      body.appendChild(el("tr", { className: error ? "error" : "" }, [
        name,
        el("td", { text: d.authors || "" }),
        el("td", { text: d.journal || "" }),
        el("td", { text: d.year || "" }),
        el("td", { text: d.doi || "" }),
        el("td", { text: d.format || "" }),
        el("td", { text: d.pages || "" }),
        el("td", { text: String(perDoc[k] || 0) }),
        status,
      ]));
    });
  }

  // --- chart links and the address bar ----------------------------------------------------------
  function filtersFromHash(hash) {
    var at = hash.indexOf("#filter?");
    if (at !== 0) return null;
    var params = new URLSearchParams(hash.slice("#filter?".length));
    var out = {};
    params.forEach(function (value, key) { out[key] = value; });
    return out;
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a") : null;
    if (!a) return;
    var href = a.getAttribute("href") || a.getAttributeNS("http://www.w3.org/1999/xlink", "href") || "";
    var filters = filtersFromHash(href);
    if (!filters) return;
    e.preventDefault();
    history.pushState(null, "", href);
    applyFilters(filters, true);
  });

  window.addEventListener("hashchange", function () {
    var filters = filtersFromHash(location.hash);
    if (filters) applyFilters(filters, true);
  });

  renderSummary();
  renderDocuments();
  initControls();
  updateReviewCount();
  applyFilters(filtersFromHash(location.hash) || {}, !!filtersFromHash(location.hash));
})();

"""The style and the script of the exported web page (see :mod:`cxdesigner.export.web_page`).

Plain CSS and JavaScript without any library: the page must run from a file, offline.
The script shows the map of the chosen journey and persona, zooms (wheel, buttons, + and
- keys) and pans (drag) by changing the map's view box, and fills the side panel with the
details of a clicked card from the data the page carries.
"""

STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; font-family: 'CX Map', sans-serif; color: #1f2933; background: #f4f6f8; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 18px;
         padding: 10px 16px; background: #ffffff; border-bottom: 1px solid #d9dee3; }
h1 { font-size: 20px; margin: 0; }
.client { margin: 0; color: #52606d; }
label { font-size: 14px; }
select, button { font: inherit; font-size: 14px; }
.tools { margin-left: auto; display: flex; gap: 4px; }
.tools button { min-width: 34px; }
main { position: relative; display: flex; height: calc(100vh - 170px); min-height: 320px; }
#viewport { flex: 1; overflow: hidden; background: #ffffff; cursor: grab; touch-action: none; }
#viewport.dragging { cursor: grabbing; }
svg.map { width: 100%; height: 100%; display: none; }
svg.map.shown { display: block; }
.hit { fill: transparent; cursor: pointer; }
.hit:hover { fill: rgba(58, 110, 165, 0.10); stroke: #3a6ea5; stroke-width: 1.5; }
.hit.selected { fill: rgba(58, 110, 165, 0.16); stroke: #1f4e79; stroke-width: 2.5; }
aside { width: 360px; overflow-y: auto; padding: 12px 16px; background: #ffffff;
        border-left: 1px solid #d9dee3; font-size: 14px; }
aside h2 { font-size: 18px; margin: 4px 28px 8px 0; }
aside dt { font-weight: bold; margin-top: 8px; }
aside dd { margin: 2px 0 0 0; white-space: pre-wrap; }
aside ul { margin: 2px 0 0 0; padding-left: 18px; }
#close { position: absolute; right: 12px; top: 10px; }
.hint { margin: 6px 16px; color: #52606d; font-size: 13px; }
#legend { padding: 4px 16px 8px; }
svg.legend { width: 100%; max-width: 1100px; height: auto; background: #ffffff; }
svg.symbols { position: absolute; }
footer { padding: 6px 16px 14px; color: #7b8794; font-size: 12px; }
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cx-data").textContent);
  var words = data.words;
  var viewport = document.getElementById("viewport");
  var journeyChoice = document.getElementById("journey");
  var personaChoice = document.getElementById("persona");
  var details = document.getElementById("details");
  var body = document.getElementById("details-body");
  var shown = null, whole = null, view = null, selected = null;

  function maps() { return Array.prototype.slice.call(viewport.querySelectorAll("svg.map")); }

  function setView(box) {
    view = box;
    shown.setAttribute("viewBox", [box.x, box.y, box.w, box.h].join(" "));
  }

  function fit() {
    if (!shown) { return; }
    var rect = viewport.getBoundingClientRect();
    var scale = Math.max(whole.w / rect.width, whole.h / rect.height);
    var w = rect.width * scale, h = rect.height * scale;
    setView({x: whole.x - (w - whole.w) / 2, y: whole.y - (h - whole.h) / 2, w: w, h: h});
  }

  function zoom(factor, cx, cy) {
    var rect = viewport.getBoundingClientRect();
    if (cx === undefined) { cx = rect.width / 2; cy = rect.height / 2; }
    var px = view.x + cx / rect.width * view.w, py = view.y + cy / rect.height * view.h;
    var w = Math.min(Math.max(view.w / factor, whole.w / 200), whole.w * 20);
    var h = w * view.h / view.w;
    setView({x: px - (px - view.x) * w / view.w, y: py - (py - view.y) * h / view.h, w: w, h: h});
  }

  function fillPersonas() {
    var journey = data.journeys[journeyChoice.value];
    personaChoice.innerHTML = "";
    var all = document.createElement("option");
    all.value = ""; all.textContent = words.all;
    personaChoice.appendChild(all);
    journey.personas.forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0]; option.textContent = pair[1];
      personaChoice.appendChild(option);
    });
    personaChoice.disabled = journey.personas.length === 0;
  }

  function show() {
    var keep = view && shown;
    maps().forEach(function (svg) {
      var on = svg.dataset.journey === journeyChoice.value &&
               svg.dataset.persona === personaChoice.value;
      svg.classList.toggle("shown", on);
      if (on) {
        var same = shown && shown.dataset.journey === svg.dataset.journey;
        shown = svg;
        var box = svg.viewBox.baseVal;
        if (!svg.dataset.whole) {
          svg.dataset.whole = [box.x, box.y, box.width, box.height].join(" ");
        }
        var parts = svg.dataset.whole.split(" ").map(Number);
        whole = {x: parts[0], y: parts[1], w: parts[2], h: parts[3]};
        if (keep && same) { setView(view); } else { fit(); }
      }
    });
    if (selected) { describe(selected); }
  }

  function item(term, value) {
    if (!value || (Array.isArray(value) && value.length === 0)) { return ""; }
    var dt = document.createElement("dt"); dt.textContent = term;
    var dd = document.createElement("dd");
    if (Array.isArray(value)) {
      var list = document.createElement("ul");
      value.forEach(function (text) {
        var li = document.createElement("li"); li.textContent = text; list.appendChild(li);
      });
      dd.appendChild(list);
    } else { dd.textContent = value; }
    return [dt, dd];
  }

  function describe(id) {
    var tp = data.journeys[journeyChoice.value].touchpoints[id];
    if (!tp) { details.hidden = true; return; }
    selected = id;
    maps().forEach(function (svg) {
      svg.querySelectorAll(".hit").forEach(function (hit) {
        hit.classList.toggle("selected", hit.dataset.tp === id);
      });
    });
    var persona = personaChoice.value;
    body.innerHTML = "";
    var title = document.createElement("h2"); title.textContent = tp.title;
    body.appendChild(title);
    var list = document.createElement("dl");
    [["stage", tp.stage], ["description", tp.description], ["channel", tp.channel],
     ["interlocutor", tp.interlocutor], ["action", tp.action], ["thinking", tp.thinking],
     ["feeling", tp.feeling], ["emotion", tp.emotion[persona]], ["moment", tp.moment],
     ["criticality", tp.criticality[persona]], ["verbatims", tp.verbatims],
     ["irritants", tp.irritants], ["opportunities", tp.opportunities], ["kpis", tp.kpis],
     ["tags", tp.tags], ["notes", tp.notes]].forEach(function (pair) {
      var parts = item(words[pair[0]], pair[1]);
      if (parts) { list.appendChild(parts[0]); list.appendChild(parts[1]); }
    });
    body.appendChild(list);
    details.hidden = false;
  }

  var drag = null;
  viewport.addEventListener("pointerdown", function (event) {
    drag = {x: event.clientX, y: event.clientY, view: view, moved: false,
            target: event.target};
    viewport.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var rect = viewport.getBoundingClientRect();
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
    if (drag.moved) {
      setView({x: drag.view.x - dx / rect.width * drag.view.w,
               y: drag.view.y - dy / rect.height * drag.view.h, w: drag.view.w, h: drag.view.h});
    }
  });
  window.addEventListener("pointerup", function () {
    if (drag && !drag.moved && drag.target.classList.contains("hit")) {
      describe(drag.target.dataset.tp);
    }
    drag = null;
    viewport.classList.remove("dragging");
  });
  viewport.addEventListener("wheel", function (event) {
    event.preventDefault();
    var rect = viewport.getBoundingClientRect();
    zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX - rect.left, event.clientY - rect.top);
  }, {passive: false});
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(0.8); });
  document.getElementById("fit").addEventListener("click", fit);
  document.getElementById("close").addEventListener("click", function () {
    details.hidden = true; selected = null;
    maps().forEach(function (svg) {
      svg.querySelectorAll(".hit.selected").forEach(function (hit) {
        hit.classList.remove("selected");
      });
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "SELECT") { return; }
    if (event.key === "+" || event.key === "=") { zoom(1.25); }
    if (event.key === "-") { zoom(0.8); }
    if (event.key === "0") { fit(); }
    if (event.key === "Escape") { document.getElementById("close").click(); }
  });
  journeyChoice.addEventListener("change", function () {
    selected = null; details.hidden = true; fillPersonas(); show();
  });
  personaChoice.addEventListener("change", show);
  window.addEventListener("resize", fit);
  fillPersonas();
  show();
})();
"""

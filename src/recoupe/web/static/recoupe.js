/* recoupe: the click panel of the document and claim pages. Our own few lines, no library.
 * It only reads attributes the server wrote (escaped) and writes with textContent, so no
 * document text is ever parsed as HTML here. */
(function () {
  "use strict";

  function refLink(ref) {
    var m;
    if ((m = /^e(\d+)$/.exec(ref))) return ["/entities/" + m[1], "entity page"];
    if (/^[cq]\d+$/.test(ref)) return ["/claims/" + ref, "claim page"];
    return null;
  }

  function show(mark) {
    var panel = document.getElementById("info");
    if (!panel) return;
    panel.textContent = "";
    var h = document.createElement("h3");
    h.textContent = mark.getAttribute("data-kind") || "";
    panel.appendChild(h);
    (mark.getAttribute("title") || "").split("\n").forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      panel.appendChild(p);
    });
    var ref = mark.getAttribute("data-ref") || "";
    var fact = ref && document.getElementById("fact-" + ref);
    if (fact) {
      var a = document.createElement("a");
      a.href = "#fact-" + ref;
      a.textContent = "Review it ↓";
      a.addEventListener("click", function () { if (fact.tagName === "DETAILS") fact.open = true; });
      var p1 = document.createElement("p");
      p1.appendChild(a);
      panel.appendChild(p1);
    }
    var link = refLink(ref);
    if (link) {
      var b = document.createElement("a");
      b.href = link[0];
      b.textContent = "Open the " + link[1] + " →";
      var p2 = document.createElement("p");
      p2.appendChild(b);
      panel.appendChild(p2);
    }
    var old = document.querySelectorAll("mark.hl.selected");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("selected");
    mark.classList.add("selected");
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var mark = t && t.closest ? t.closest("mark.hl[data-kind]") : null;
    if (mark) show(mark);
  });
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if ((ev.key === "Enter" || ev.key === " ") && t && t.matches && t.matches("mark.hl[data-kind]")) {
      ev.preventDefault();
      show(t);
    }
  });
  // Opening a fact from a link (#fact-q12) unfolds it. A fragment that is not valid
  // percent-encoding (#%E0%A4%A) is taken as written, never an error.
  function openTarget() {
    var id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch (e) {
      if (!(e instanceof URIError)) throw e;
    }
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") el.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", openTarget);
})();

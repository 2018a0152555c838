// podrun ui's page: one HTML document with its CSS and JavaScript inline, no other asset (it
// works offline, and the server's Content-Security-Policy allows nothing else). The script
// reads /api/pods every 2 s, and the chosen pod's and container's JSON; every text from the
// machine goes into the page as text (textContent), only the two SVG pictures as markup.
#include "cli/ui.h"

namespace podrun::cli {

const char* const kUiPage = R"PAGE(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>podrun ui</title>
<style>
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { background: #2d4d7c; color: #fff; padding: 10px 18px; display: flex; align-items: baseline; gap: 16px; }
header h1 { font-size: 20px; margin: 0; }
header .note { font-size: 12px; opacity: 0.85; }
header #updated { margin-left: auto; font-size: 12px; }
main { padding: 12px 18px; }
h2 { font-size: 16px; margin: 18px 0 8px; }
h3 { font-size: 14px; margin: 14px 0 6px; color: #444; }
table { border-collapse: collapse; background: #fff; font-size: 13px; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
tr.pod { cursor: pointer; }
tr.pod:hover { background: #eef4fc; }
tr.pod.selected { background: #dce9fa; }
td.mono, pre, .mono { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
.panels { display: flex; flex-wrap: wrap; gap: 18px; }
.panel { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 12px; overflow: auto; max-width: 100%; }
.panel svg { max-width: 100%; height: auto; }
button.container { font: inherit; font-size: 13px; margin: 0 6px 6px 0; padding: 4px 10px; border: 1px solid #999; border-radius: 4px; background: #fff; cursor: pointer; }
button.container.selected { background: #fff2cc; border-color: #c9a227; }
.muted { color: #777; font-size: 12px; }
.error { color: #b00020; }
.diff-bad { color: #b00020; font-weight: 600; }
.diff-ok { color: #2b7a2b; }
</style>
</head>
<body>
<header><h1>podrun ui</h1><span class="note">read-only: what runs on this machine, as podrun's state and the kernel report it</span>
<span id="updated">loading…</span></header>
<main>
<h2>Pods</h2>
<div id="pods"><span class="muted">loading…</span></div>
<section id="pod" hidden>
<h2 id="pod-title"></h2>
<div class="panels">
<div class="panel"><h3>Namespace graph (the plan the pod runs)</h3><div id="graph"></div></div>
<div class="panel"><h3>Isolation the kernel shows (/proc/PID/ns, inode numbers in small type)</h3><div id="matrix"></div>
<div id="matrix-diff"></div></div>
</div>
<h3>Containers <span class="muted">(click one: its processes and mounts)</span></h3>
<div id="containers"></div>
</section>
<section id="container" hidden>
<h2 id="container-title"></h2>
<h3>Processes in its PID namespace</h3>
<div id="processes"></div>
<h3>Mounts (/proc/PID/mountinfo)</h3>
<div id="mounts"></div>
</section>
</main>
<script>
"use strict";
// The choice lives in the address's fragment (#NS/POD or #NS/POD/CONTAINER), so a reload or a
// link keeps it.
let chosen = { ns: "", pod: "", container: "" };
const last = { graph: null, matrix: null };
function readHash() {
  const parts = decodeURIComponent(location.hash.slice(1)).split("/");
  chosen = { ns: parts[0] || "", pod: parts[1] || "", container: parts[2] || "" };
}
function setHash() {
  const h = chosen.pod ? [chosen.ns, chosen.pod].concat(chosen.container ? [chosen.container] : []).join("/") : "";
  history.replaceState(null, "", h ? "#" + h : location.pathname);
}
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function table(head, rows, monoColumns) {
  const t = el("table"), tr = el("tr");
  head.forEach(h => tr.appendChild(el("th", h)));
  t.appendChild(tr);
  rows.forEach(r => {
    const row = el("tr");
    r.forEach((v, i) => row.appendChild(el("td", v, (monoColumns || []).includes(i) ? "mono" : "")));
    t.appendChild(row);
  });
  return t;
}
async function getJson(url) {
  const r = await fetch(url, { cache: "no-store" });
  if (!r.ok) throw new Error(url + ": HTTP " + r.status);
  return r.json();
}
function renderPods(list) {
  const box = document.getElementById("pods");
  if (!list.length) { box.replaceChildren(el("span", "No pods.", "muted")); return; }
  if (!chosen.pod || !list.some(p => p.namespace === chosen.ns && p.name === chosen.pod)) {
    chosen = { ns: list[0].namespace, pod: list[0].name, container: "" };
    setHash();
  }
  const t = table(["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP"], []);
  list.forEach(p => {
    const row = el("tr", null, "pod" + (p.namespace === chosen.ns && p.name === chosen.pod ? " selected" : ""));
    [p.namespace, p.name, p.ready, p.status, p.restarts, p.age, p.ip || "<none>"].forEach(v => row.appendChild(el("td", v)));
    row.addEventListener("click", () => {
      chosen = { ns: p.namespace, pod: p.name, container: "" };
      setHash();
      refresh();
    });
    t.appendChild(row);
  });
  box.replaceChildren(t);
}
function renderPod(p) {
  document.getElementById("pod").hidden = false;
  document.getElementById("pod-title").textContent = "pod " + p.namespace + "/" + p.name + " — " + p.status;
  const graph = p.graph || "";
  if (graph !== last.graph) {
    last.graph = graph;
    const g = document.getElementById("graph");
    if (p.graph) g.innerHTML = p.graph; else g.replaceChildren(el("span", p.graphError || "no graph", "error"));
  }
  if (p.matrixSvg !== last.matrix) {
    last.matrix = p.matrixSvg;
    document.getElementById("matrix").innerHTML = p.matrixSvg;
  }
  const d = p.matrix.differences;
  const diff = document.getElementById("matrix-diff");
  diff.textContent = p.matrix.rows.length === 0 ? "no running container to read" :
    d ? d + " cell(s) differ from the plan (outlined)" : "the kernel matches the plan";
  diff.className = d ? "diff-bad" : "diff-ok";
  const box = document.getElementById("containers");
  const buttons = p.containers.map(c => {
    const b = el("button", c.name + " (" + c.type + ", " + c.state + (c.pid ? ", pid " + c.pid : "") + ")",
                 "container" + (c.name === chosen.container ? " selected" : ""));
    b.dataset.container = c.name;
    b.addEventListener("click", () => {
      chosen.container = c.name;
      setHash();
      refresh();
    });
    return b;
  });
  box.replaceChildren(...buttons);
}
function renderContainer(c) {
  document.getElementById("container").hidden = false;
  document.getElementById("container-title").textContent =
    "container " + c.container + " of pod " + c.namespace + "/" + c.pod + (c.pid ? " (pid " + c.pid + " on the host)" : " — not running");
  const uid = (u) => u < 0 ? "(unmapped)" : u;
  document.getElementById("processes").replaceChildren(c.processes.length ?
    table(["PID", "HOST PID", "UID", "HOST UID", "COMMAND"],
          c.processes.map(p => [p.pid, p.hostPid, uid(p.uid), uid(p.hostUid), p.command]), [4]) :
    el("span", "no process", "muted"));
  document.getElementById("mounts").replaceChildren(c.mounts.length ?
    table(["MOUNT POINT", "TYPE", "SOURCE", "ROOT", "OPTIONS"],
          c.mounts.map(m => [m.mountPoint, m.fsType, m.source, m.root, m.options]), [0, 2, 3, 4]) :
    el("span", "no mount table", "muted"));
}
let timer = null;
async function refresh() {
  clearTimeout(timer);
  try {
    const list = (await getJson("/api/pods")).pods;
    renderPods(list);
    if (chosen.pod) {
      const base = "/api/pods/" + encodeURIComponent(chosen.ns) + "/" + encodeURIComponent(chosen.pod);
      renderPod(await getJson(base));
      if (chosen.container) renderContainer(await getJson(base + "/containers/" + encodeURIComponent(chosen.container)));
      else document.getElementById("container").hidden = true;
    } else {
      document.getElementById("pod").hidden = true;
      document.getElementById("container").hidden = true;
    }
    document.getElementById("updated").textContent = "updated " + new Date().toLocaleTimeString();
  } catch (e) {
    document.getElementById("updated").textContent = "cannot reach podrun ui: " + e.message;
  }
  timer = setTimeout(refresh, 2000);
}
readHash();
window.addEventListener("hashchange", () => { readHash(); refresh(); });
refresh();
</script>
</body>
</html>
)PAGE";

}  // namespace podrun::cli

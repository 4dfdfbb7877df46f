"""The query page of ``kg serve``: HTML with inline style and a same-origin script.

No external resources. Every result cell is put into the page with ``textContent``,
never as HTML, so values from articles cannot inject markup.
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; max-width: 80rem; color: #222; }
textarea { width: 100%; height: 16rem; font-family: ui-monospace, monospace; font-size: 0.9rem; }
table { border-collapse: collapse; margin-top: 1rem; font-size: 0.85rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
#status { margin-left: 1rem; color: #555; }
pre { background: #f6f6f6; padding: 0.5rem; white-space: pre-wrap; }
.example { font-family: ui-monospace, monospace; }
li { margin: 0.2rem 0; }
</style>
</head>
<body>
<h1>{{title}}</h1>
<p>SPARQL 1.1 endpoint at <code>/sparql</code> (GET <code>?query=</code>, POST form or
<code>application/sparql-query</code>). Queries see the union of all named graphs.</p>
<form id="form">
<label for="query">Query</label>
<textarea id="query" name="query" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20</textarea>
<p><button type="submit" id="run">Run</button>
<a id="csv" href="#">CSV</a> · <a id="tsv" href="#">TSV</a> · <a id="json" href="#">JSON</a>
<span id="status" role="status"></span></p>
</form>
<div id="result"></div>
<h2>Named queries</h2>
<p>Click one to load it (parameters are left unbound: every row).</p>
<ul>
{{examples}}
</ul>
<script src="/kg-serve.js"></script>
</body>
</html>
"""

SCRIPT = r"""
"use strict";
(function () {
  const query = document.getElementById("query");
  const result = document.getElementById("result");
  const status = document.getElementById("status");
  function link(id, fmt) {
    document.getElementById(id).addEventListener("click", function (ev) {
      ev.preventDefault();
      window.location.href = "/sparql?" + new URLSearchParams({query: query.value, format: fmt});
    });
  }
  link("csv", "csv"); link("tsv", "tsv"); link("json", "json");
  function cell(term) {
    if (!term) return "";
    if (term.type === "literal" && term["xml:lang"]) return term.value + " @" + term["xml:lang"];
    return term.value;
  }
  function table(doc) {
    if (typeof doc.boolean === "boolean") {
      const p = document.createElement("p");
      p.textContent = doc.boolean ? "yes" : "no";
      return p;
    }
    const t = document.createElement("table");
    const head = t.insertRow();
    for (const v of doc.head.vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    for (const b of doc.results.bindings) {
      const row = t.insertRow();
      for (const v of doc.head.vars) row.insertCell().textContent = cell(b[v]);
    }
    return t;
  }
  document.getElementById("form").addEventListener("submit", async function (ev) {
    ev.preventDefault();
    status.textContent = "running...";
    result.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: {"Content-Type": "application/sparql-query",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
        body: query.value,
      });
      const type = response.headers.get("Content-Type") || "";
      const ms = Math.round(performance.now() - started);
      if (response.ok && type.startsWith("application/sparql-results+json")) {
        const doc = await response.json();
        result.appendChild(table(doc));
        const n = doc.results ? doc.results.bindings.length : 1;
        status.textContent = n + " result" + (n === 1 ? "" : "s") + " in " + ms + " ms";
      } else {
        const pre = document.createElement("pre");
        pre.textContent = await response.text();
        result.appendChild(pre);
        status.textContent = (response.ok ? "" : "HTTP " + response.status + " ") + "in " + ms + " ms";
      }
    } catch (err) {
      status.textContent = "the server did not answer: " + err;
    }
  });
  for (const button of document.querySelectorAll("button.example")) {
    button.addEventListener("click", function () {
      const tpl = document.getElementById("q-" + button.dataset.name);
      query.value = tpl.content.textContent;
      query.focus();
    });
  }
})();
"""

/**
 * The single web page served at `/`: paste an ad, press one button, see the band, a plain-language
 * summary and the ad with every piece of evidence highlighted. No external resources: everything is
 * inline, so it works offline and on locked-down networks.
 */
import { HIGH_WITHHELD_UI_KEY, UI_ENGLISH } from "../explain/ui-texts.js";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

/**
 * Texts only the page uses, in English. A `ui` section of `rules/messages/<lang>.yaml` may translate
 * them under the same keys; until one does, every language shows them in English.
 */
export const PAGE_ENGLISH: Record<string, string> = {
  apiKeyLabel: "API key",
  apiKeyNote: "This service asks for an API key. Ask the people who run it for the key. The page keeps it only while this tab is open and sends it with each check to this server, nowhere else.",
  errorApiKeyMissing: "This service requires an API key: enter it in the API key field and check again.",
  errorApiKeyWrong: "The API key was not accepted: check it with the people who run this service.",
  errorRefused: "The ad could not be checked:",
};

/** Renders the page with the explanation languages and their interface texts embedded. */
export function renderPage(
  languages: { code: string; name: string }[],
  uiByLanguage: Record<string, Record<string, string>> = {},
  partialDamping: readonly string[] = [],
  settings: { apiKeyRequired?: boolean } = {},
): string {
  const english = { ...PAGE_ENGLISH, ...UI_ENGLISH, ...uiByLanguage.eng };
  const ui = { ...uiByLanguage, eng: english };
  const t = (key: string): string => escapeHtml(english[key] ?? key);
  const options = languages.map((l) => `<option value="${escapeHtml(l.code)}">${escapeHtml(l.name)}</option>`).join("");
  // JSON inside a script element: escape "<" so no text can close the element.
  const uiJson = JSON.stringify({ texts: ui, highWithheldKey: HIGH_WITHHELD_UI_KEY, partialDamping }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>lurescreen – check a job ad</title>
<style>
:root{--high:#b42318;--review:#b54708;--low:#067647;--ink:#1d2939;--muted:#475467;--line:#d0d5dd;--focus:#1570ef}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#f9fafb}
main{max-width:820px;margin:0 auto;padding:1rem}h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.privacy{background:#ecfdf3;border:1px solid #abefc6;border-radius:8px;padding:.5rem .75rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input,textarea,select{width:100%;font:inherit;padding:.5rem;border:1px solid var(--line);border-radius:6px;background:#fff}
textarea{min-height:11rem;resize:vertical}button{margin-top:1rem;font:inherit;font-weight:700;padding:.7rem 1.4rem;border:0;border-radius:8px;background:var(--focus);color:#fff;cursor:pointer;width:100%}
button:disabled{opacity:.6}:focus-visible{outline:3px solid var(--focus);outline-offset:2px}details{margin-top:.75rem}summary{cursor:pointer;font-weight:600}
.row{display:grid;grid-template-columns:1fr;gap:0 1rem}@media(min-width:640px){.row{grid-template-columns:1fr 1fr}button{width:auto}}
.band{display:inline-block;font-weight:700;padding:.35rem .8rem;border-radius:999px;color:#fff}.band-high{background:var(--high)}.band-review{background:var(--review)}.band-low{background:var(--low)}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem;margin-top:1rem}
.ad{white-space:pre-wrap;overflow-wrap:anywhere}.field-name{font-size:.8rem;text-transform:uppercase;color:var(--muted);margin-top:.75rem}
mark{background:#fee4e2;border-bottom:2px solid var(--high);padding:0 .1rem;position:relative;cursor:help;color:inherit}mark.good{background:#dcfae6;border-color:var(--low)}mark.noticed{background:none;border-bottom:2px dotted #98a2b3}
mark.mixed{background:linear-gradient(#fee4e2 50%,#dcfae6 50%);border-bottom:2px dashed var(--review)}
.key{display:inline-block;min-width:1.6em;text-align:center;margin-right:.25rem;background:#fee4e2;border-bottom:2px solid var(--high)}.key.good{background:#dcfae6;border-color:var(--low)}.key.noticed{background:none;border-bottom:2px dotted #98a2b3}.key.mixed{background:linear-gradient(#fee4e2 50%,#dcfae6 50%);border-bottom:2px dashed var(--review)}
.legend>span{display:inline-block;margin-right:1rem}.tip .dir{display:block;font-size:.8rem;opacity:.85}
mark .tip{display:none;position:absolute;left:0;top:1.6em;z-index:5;width:min(22rem,80vw);background:#101828;color:#fff;padding:.6rem .75rem;border-radius:8px;font-size:.9rem;line-height:1.4;white-space:normal}
mark:hover .tip,mark:focus .tip,mark:focus-within .tip{display:block}
@media(max-width:640px){mark .tip{position:fixed;left:4vw;right:4vw;top:auto;bottom:1rem;width:auto}}
.signal{border-top:1px solid var(--line);padding:.6rem 0}.signal:first-child{border-top:0}.signal b{display:block}.advice{color:var(--muted)}.quote{font-style:italic}
.error{color:var(--high);font-weight:600}.muted{color:var(--muted);font-size:.9rem}
</style></head>
<body><main>
<h1 data-ui="heading">${t("heading")}</h1>
<p data-ui="intro">${t("intro")}</p>
<p class="privacy" data-ui="privacy">${t("privacy")}</p>
<form id="form" novalidate>
<label for="lang" data-ui="languageLabel">${t("languageLabel")}</label>
<select id="lang" name="lang">${options}</select>
<label for="title" data-ui="titleLabel">${t("titleLabel")}</label>
<input id="title" name="title" autocomplete="off">
<label for="text" data-ui="textLabel">${t("textLabel")}</label>
<textarea id="text" name="text" required></textarea>
<details><summary data-ui="moreFields">${t("moreFields")}</summary>
<div class="row">
<div><label for="company" data-ui="companyLabel">${t("companyLabel")}</label><input id="company" name="company" autocomplete="off"></div>
<div><label for="location" data-ui="locationLabel">${t("locationLabel")}</label><input id="location" name="location" autocomplete="off"></div>
<div><label for="salary" data-ui="salaryLabel">${t("salaryLabel")}</label><input id="salary" name="salary" autocomplete="off"></div>
<div><label for="contact" data-ui="contactLabel">${t("contactLabel")}</label><input id="contact" name="contact" autocomplete="off"></div>
</div></details>
<div id="keybox"${settings.apiKeyRequired ? "" : " hidden"}>
<label for="apikey" data-ui="apiKeyLabel">${t("apiKeyLabel")}</label>
<input id="apikey" name="apikey" type="password" autocomplete="off" spellcheck="false">
<p class="muted" data-ui="apiKeyNote">${t("apiKeyNote")}</p>
</div>
<button id="check" type="submit" data-ui="check">${t("check")}</button>
<p id="error" class="error" role="alert"></p>
</form>
<section id="result" aria-live="polite" hidden>
<div class="card"><span id="band" class="band"></span> <span id="score" class="muted"></span><p id="summary"></p></div>
<h2 data-ui="highlightedHeading">${t("highlightedHeading")}</h2>
<p class="legend muted"><span><span class="key" aria-hidden="true">↑</span><span data-ui="raisesHeading">${t("raisesHeading")}</span></span> <span><span class="key good" aria-hidden="true">↓</span><span data-ui="lowersHeading">${t("lowersHeading")}</span></span> <span><span class="key mixed" aria-hidden="true">↑↓</span><span data-ui="raisesHeading">${t("raisesHeading")}</span> + <span data-ui="lowersHeading">${t("lowersHeading")}</span></span> <span><span class="key noticed" aria-hidden="true">·</span><span data-ui="noticedHeading">${t("noticedHeading")}</span></span></p>
<div id="ad" class="card"></div>
<h2 data-ui="signalsHeading">${t("signalsHeading")}</h2><div id="signals" class="card"></div>
<p class="muted" data-ui="disclaimer">${t("disclaimer")}</p>
</section>
</main>
<script id="ui-texts" type="application/json">${uiJson}</script>
<script>
(function () {
  "use strict";
  var EMBEDDED = JSON.parse(document.getElementById("ui-texts").textContent);
  var UI = EMBEDDED.texts;
  var FIELDS = ["title", "text", "company", "location", "salary", "contact"];
  var $ = function (id) { return document.getElementById(id); };
  var lang = function () { return $("lang").value || "eng"; };
  var t = function (key) { var own = UI[lang()] || {}; return own[key] || UI.eng[key] || key; };
  function applyLanguage() {
    document.querySelectorAll("[data-ui]").forEach(function (el) { el.textContent = t(el.getAttribute("data-ui")); });
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // Split a field into segments at every evidence boundary; each segment knows the signals covering it.
  function segments(text, spans) {
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i, all) { return c >= 0 && c <= text.length && all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var out = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      out.push({ text: text.slice(a, b), signals: spans.filter(function (s) { return s.start <= a && s.end >= b; }).map(function (s) { return s.signal; }) });
    }
    return out;
  }
  function direction(signal) { return signal.contribution > 0 ? "raises" : signal.contribution < 0 ? "lowers" : "noticed"; }
  // A segment is red only where a signal covering it raises the score, as explain marks it; one that
  // a reassuring signal covers too is shown as both, since a licensed recruiter's "employment visa"
  // painted as a lure word misleads the caseworker who reads it. Signals that add nothing alone
  // (housing provided) never make a segment red: they are underlined.
  function markClass(signals) {
    var raises = signals.some(function (s) { return direction(s) === "raises"; });
    var lowers = signals.some(function (s) { return direction(s) === "lowers"; });
    return raises && lowers ? "mixed" : raises ? "" : lowers ? "good" : "noticed";
  }
  function renderAd(posting, result) {
    var ad = $("ad");
    ad.textContent = "";
    var tipCount = 0;
    FIELDS.forEach(function (field) {
      var text = posting[field];
      if (!text) return;
      var spans = [];
      result.signals.forEach(function (signal) {
        signal.evidence.forEach(function (e) { if (e.field === field) spans.push({ start: e.start, end: e.end, signal: signal }); });
      });
      ad.appendChild(el("div", { class: "field-name" }, t(field === "text" ? "textLabel" : field + "Label")));
      var block = el("div", { class: "ad" });
      segments(text, spans).forEach(function (segment) {
        if (segment.signals.length === 0) { block.appendChild(document.createTextNode(segment.text)); return; }
        var tipId = "tip-" + (tipCount++);
        var mark = el("mark", { tabindex: "0", "aria-describedby": tipId, class: markClass(segment.signals) }, segment.text);
        var tip = el("span", { class: "tip", role: "tooltip", id: tipId });
        // What moves the score first, so the first line explains the colour.
        segment.signals.slice().sort(function (x, y) { return Math.abs(y.contribution) - Math.abs(x.contribution); }).forEach(function (s, i) {
          if (i > 0) tip.appendChild(el("br"));
          var dir = direction(s);
          tip.appendChild(el("span", { class: "dir" }, (dir === "raises" ? "\\u2191 " : dir === "lowers" ? "\\u2193 " : "") + t(dir + "Heading")));
          tip.appendChild(el("b", {}, s.title));
          tip.appendChild(document.createTextNode(" " + s.explanation + (s.advice ? " " + t("whatToCheck") + ": " + s.advice : "")));
        });
        mark.appendChild(tip);
        block.appendChild(mark);
      });
      ad.appendChild(block);
    });
  }
  function renderSignals(result) {
    var list = $("signals");
    list.textContent = "";
    var shown = result.signals.filter(function (s) { return s.contribution !== 0; });
    if (shown.length === 0) { list.appendChild(el("p", { class: "muted" }, t("summaryLow"))); return; }
    shown.forEach(function (s) {
      var item = el("div", { class: "signal" });
      item.appendChild(el("b", {}, (s.contribution < 0 ? t("reassuring") + ": " : "") + s.title));
      item.appendChild(el("span", {}, s.explanation));
      if (s.advice) item.appendChild(el("div", { class: "advice" }, t("whatToCheck") + ": " + s.advice));
      var quotes = s.evidence.slice(0, 3).map(function (e) { return "\\u201c" + e.text + "\\u201d"; }).join(", ");
      if (quotes) item.appendChild(el("div", { class: "quote" }, quotes));
      list.appendChild(item);
    });
  }
  function render(posting, result) {
    var band = $("band");
    band.className = "band band-" + result.band;
    band.textContent = t(result.band === "high" ? "bandHigh" : result.band === "review" ? "bandReview" : "bandLow");
    $("score").textContent = t("score") + " " + result.score.toFixed(2);
    $("summary").textContent = t(result.band === "high" ? "summaryHigh" : result.band === "review" ? "summaryReview" : "summaryLow") + (result.highWithheld ? " " + t(EMBEDDED.highWithheldKey[result.highWithheld]) : "") + (result.markersDamped ? " " + t(result.markersDamped.by.every(function (id) { return EMBEDDED.partialDamping.indexOf(id) >= 0; }) ? "markersPartlyDamped" : "markersDamped") : "");
    renderSignals(result);
    renderAd(posting, result);
    $("result").hidden = false;
  }
  var last = null;
  $("lang").addEventListener("change", function () { applyLanguage(); if (last) submit(); });
  function submit() {
    var posting = {};
    FIELDS.forEach(function (f) { var v = $(f).value; if (v && v.trim()) posting[f] = v; });
    $("error").textContent = "";
    if (!posting.text && !posting.title) { $("error").textContent = t("errorEmpty"); $("text").focus(); return; }
    var button = $("check");
    button.disabled = true;
    button.textContent = t("checking");
    var headers = { "content-type": "application/json" };
    // The key lives in the field only: never in storage, never in the URL.
    var key = $("apikey").value.trim();
    if (key) headers["x-api-key"] = key;
    fetch("/v1/screen?explainIn=" + encodeURIComponent(lang()), { method: "POST", headers: headers, body: JSON.stringify(posting) })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; }); })
      .then(function (r) {
        if (!r.ok) { refused(r.status, r.body, key); return; }
        last = posting;
        render(posting, r.body);
        $("band").focus && $("result").scrollIntoView({ behavior: "smooth", block: "start" });
      })
      // Only a failure with no answer from the service (network, a proxy's HTML page) is worth retrying.
      .catch(function () { $("error").textContent = t("errorServer"); })
      .then(function () { button.disabled = false; button.textContent = t("check"); });
  }
  // The service's own message says what to change (too long, rate-limited and when to retry); its
  // error messages name fields and limits, never the posting's text.
  function refused(status, body, key) {
    if (status === 401) {
      $("keybox").hidden = false;
      $("error").textContent = t(key ? "errorApiKeyWrong" : "errorApiKeyMissing");
      $("apikey").focus();
      return;
    }
    var message = body && body.error && typeof body.error.message === "string" ? body.error.message : "";
    $("error").textContent = message ? t("errorRefused") + " " + message : t("errorServer");
  }
  $("form").addEventListener("submit", function (event) { event.preventDefault(); submit(); });
  applyLanguage();
})();
</script>
</body></html>
`;
}

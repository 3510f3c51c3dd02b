// Keeps what a person typed into a form (in this tab only) until the form
// goes through, so that switching the page's language or signing in again
// after a session expired does not lose it. Passwords, files, hidden and
// CSRF fields are never kept. Without this script the forms work the same.
(function () {
  "use strict";
  var store;
  try { store = window.sessionStorage; } catch (e) { return; }
  if (!store) { return; }
  var PREFIX = "birlik-draft:";
  var PENDING = "birlik-draft-pending";
  // The same form in every language: the path without its language prefix.
  function formKey(form) {
    var action = new URL(form.getAttribute("action") || location.pathname, location.href).pathname;
    return PREFIX + action.replace(/^\/(az|en|tr|uz|kk|ky|ru|hu|tk)(?=\/)/, "");
  }
  function kept(el) {
    var t = (el.type || "").toLowerCase();
    return el.name && el.name !== "csrf" && t !== "password" && t !== "file" &&
      t !== "hidden" && t !== "submit" && !el.disabled;
  }
  function save(form) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!kept(el)) { return; }
      var t = (el.type || "").toLowerCase();
      if (t === "checkbox" || t === "radio") {
        if (el.checked) { values.push([el.name, el.value, true]); }
      } else if (el.tagName === "SELECT" && el.multiple) {
        Array.prototype.forEach.call(el.selectedOptions, function (o) { values.push([el.name, o.value]); });
      } else {
        values.push([el.name, el.value]);
      }
    });
    try { store.setItem(formKey(form), JSON.stringify({ at: Date.now(), values: values })); } catch (e) { /* full */ }
  }
  // Fresh from the server: no text typed yet (selects come with defaults).
  function isBlank(form) {
    return Array.prototype.every.call(form.elements, function (el) {
      if (!kept(el) || el.tagName === "SELECT") { return true; }
      var t = (el.type || "").toLowerCase();
      if (t === "checkbox" || t === "radio") { return true; }
      return el.value === "";
    });
  }
  function restore(form) {
    var raw = store.getItem(formKey(form));
    if (!raw || !isBlank(form)) { return; }
    var draft;
    try { draft = JSON.parse(raw); } catch (e) { return; }
    if (!draft || Date.now() - draft.at > 24 * 3600 * 1000) { store.removeItem(formKey(form)); return; }
    draft.values.forEach(function (v) {
      var els = form.querySelectorAll("[name=\"" + v[0].replace(/"/g, "") + "\"]");
      Array.prototype.forEach.call(els, function (el) {
        if (!kept(el)) { return; }
        var t = (el.type || "").toLowerCase();
        if (t === "checkbox" || t === "radio") {
          if (el.value === v[1]) { el.checked = true; }
        } else if (el.tagName === "SELECT" && el.multiple) {
          Array.prototype.forEach.call(el.options, function (o) { if (o.value === v[1]) { o.selected = true; } });
        } else {
          el.value = v[1];
        }
      });
    });
    form.setAttribute("data-draft-restored", "");
    var note = form.querySelector("[data-draft-note]");
    if (note) { note.hidden = false; }
  }
  var forms = document.querySelectorAll("form[data-draft]");
  // A form sent on the last page that is not here again went through: its
  // draft is done with (the sign-in page keeps it: the session had expired).
  var pending = store.getItem(PENDING);
  if (pending && !document.querySelector("form[data-keeps-drafts]")) {
    var again = Array.prototype.some.call(forms, function (f) { return formKey(f) === pending; });
    if (!again) { store.removeItem(pending); }
    store.removeItem(PENDING);
  }
  Array.prototype.forEach.call(forms, function (form) {
    restore(form);
    form.addEventListener("input", function () { save(form); });
    form.addEventListener("change", function () { save(form); });
    form.addEventListener("submit", function () { save(form); store.setItem(PENDING, formKey(form)); });
  });
})();

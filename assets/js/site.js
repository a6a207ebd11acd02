/* Small enhancements on every page; the site works without them.
   "/" focuses the search box; a "Copy" button for the citation on article pages. */
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var box = document.querySelector("main input[type=search]") || document.querySelector("input[type=search]");
    if (box) { e.preventDefault(); box.focus(); box.select(); }
  });

  var cite = document.getElementById("citation");
  if (cite && navigator.clipboard && window.isSecureContext !== false) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy citation";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(cite.textContent.replace(/\s+/g, " ").trim()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy citation"; }, 2000);
      }, function () {
        button.textContent = "Select the text to copy it";
      });
    });
    cite.parentNode.insertBefore(button, cite.nextSibling);
  }
})();

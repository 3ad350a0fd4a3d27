// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the error summary so screen-reader users hear what went wrong.
  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }
});

// Drafts save themselves: forms marked data-autosave post in the background a few seconds
// after typing stops. The Save buttons keep working without this script.
(function () {
  var forms = document.querySelectorAll("form[data-autosave]");
  Array.prototype.forEach.call(forms, function (form) {
    var timer = null;
    var status = form.querySelector(".autosave-status");
    var save = function () {
      var body = new URLSearchParams(new FormData(form));
      fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { "x-autosave": "1" } })
        .then(function (r) {
          if (!status) { return; }
          var t = new Date();
          var hhmm = ("0" + t.getHours()).slice(-2) + ":" + ("0" + t.getMinutes()).slice(-2);
          status.textContent = (r.status === 204 ? status.getAttribute("data-saved") || "Draft saved at " : status.getAttribute("data-check") || "Draft saved; some answers need attention — ") + hhmm;
        })
        .catch(function () { if (status) { status.textContent = status.getAttribute("data-failed") || "Not saved: use the Save button."; } });
    };
    form.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 3000);
    });
  });
})();

// A corrective action plan is asked for only when the answer is "partially" or "does not
// meet". Without script every plan field stays visible, with its hint saying when it applies.
(function () {
  var needs = { partially: true, does_not_meet: true };
  document.querySelectorAll("[data-plan-for]").forEach(function (plan) {
    var name = plan.getAttribute("data-plan-for");
    var radios = document.querySelectorAll('input[type="radio"][name="' + name + '"]');
    function update() {
      var chosen = "";
      radios.forEach(function (r) { if (r.checked) { chosen = r.value; } });
      var hasText = Array.prototype.some.call(plan.querySelectorAll("textarea, input"), function (f) { return f.value !== ""; });
      plan.hidden = !needs[chosen] && !hasText;
    }
    radios.forEach(function (r) { r.addEventListener("change", update); });
    update();
  });
})();

// Toàn Cảnh dashboard: draws the charts whose ECharts options the server put, as JSON,
// in <div data-chart='{...}'>. No inline script anywhere (the Content-Security-Policy
// forbids it); data is JSON, never code. An attribute, not a <script type=
// "application/json">, because htmx (allowScriptTags: false) drops every <script> of the
// content it swaps in, and the home page's charts arrive that way.
(function () {
  "use strict";

  function drawCharts(root) {
    if (typeof echarts === "undefined") return;
    root.querySelectorAll("[data-chart]").forEach(function (element) {
      var option;
      try {
        option = JSON.parse(element.getAttribute("data-chart"));
      } catch (error) {
        element.textContent = "chart data unreadable";
        return;
      }
      var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: "svg" });
      chart.setOption(option, true);
      element.setAttribute("data-drawn", "true");
    });
  }

  function resizeCharts() {
    if (typeof echarts === "undefined") return;
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) chart.resize();
    });
  }

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { drawCharts(event.target); });
  window.addEventListener("resize", resizeCharts);

  // Buttons that ask for confirmation: <button data-confirm="...">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();

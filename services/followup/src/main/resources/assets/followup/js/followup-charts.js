// Draws each report chart from its canvas's data-* attributes (the CSP forbids inline scripts): data-labels and
// data-series are the translated names, "|"-separated; data-values is one JSON array of numbers per series, with
// null where the table shows "<5", so a suppressed cell stays a gap in the chart. The table beside each chart
// holds the same figures for screen readers and keyboards.
(function () {
  var colours = ['#3d7bd9', '#2e7d4f', '#b35c00', '#842029'];
  function draw(canvas) {
    var labels = canvas.getAttribute('data-labels').split('|');
    var series = canvas.getAttribute('data-series').split('|');
    var values = JSON.parse(canvas.getAttribute('data-values'));
    var datasets = series.map(function (name, i) {
      return { label: name, data: values[i], backgroundColor: colours[i % colours.length] };
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, animation: false, plugins: { legend: { display: series.length > 1 } },
        scales: { y: { beginAtZero: true } } }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas.followup-chart').forEach(draw);
  });
})();

// Draws each KPI's weekly trend from the JSON in its canvas's data-series attribute (the CSP forbids inline
// scripts). The numbers are also in the table beside it, so the chart adds nothing a screen reader misses.
(function () {
  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-series'));
    var datasets = [{ label: canvas.getAttribute('aria-label'), data: data.values, borderColor: '#3d7bd9',
      backgroundColor: '#3d7bd9', spanGaps: false, pointRadius: 2, borderWidth: 2 }];
    if (data.target !== null && data.target !== undefined) {
      datasets.push({ label: 'target', data: data.values.map(function () { return data.target; }),
        borderColor: '#2e7d4f', borderDash: [4, 3], pointRadius: 0, borderWidth: 1 });
    }
    if (data.reference !== null && data.reference !== undefined) {
      datasets.push({ label: 'reference', data: data.values.map(function () { return data.reference; }),
        borderColor: '#842029', borderDash: [2, 2], pointRadius: 0, borderWidth: 1 });
    }
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: { responsive: false, animation: false, plugins: { legend: { display: false } },
        scales: { x: { display: false }, y: { display: true, ticks: { maxTicksLimit: 3 } } } }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) { return; }
    document.querySelectorAll('canvas.kpi-chart').forEach(draw);
  });
})();

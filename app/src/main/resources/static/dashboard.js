// Dashboard charts: the same figures as the tables, from /api/dashboard, drawn by ECharts served with the app.
(function () {
  var unitsBox = document.getElementById('chart-units');
  if (!unitsBox || typeof echarts === 'undefined') { return; }
  var ds = unitsBox.dataset;
  var order = [['DONE_ON_TIME', ds.doneOnTime, '#16a34a'], ['DONE_LATE', ds.doneLate, '#ca8a04'],
               ['OPEN_IN_TIME', ds.openInTime, '#0284c7'], ['OPEN_OVERDUE', ds.openOverdue, '#dc2626']];

  function stacked(box, rows, noName) {
    if (!rows.length) { box.style.display = 'none'; return; }
    var names = rows.map(function (r) { return r.name || noName; });
    var narrow = box.clientWidth < 600;
    var chart = echarts.init(box);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: narrow ? 90 : 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true,
               axisLabel: { width: narrow ? 110 : 220, overflow: 'truncate' } },
      series: order.map(function (o) {
        return { name: o[1], type: 'bar', stack: 'all', color: o[2],
                 data: rows.map(function (r) { return r.buckets[o[0]] || 0; }) };
      })
    });
    box.style.height = Math.max(160, (narrow ? 110 : 60) + rows.length * 28) + 'px';
    chart.resize();
    window.addEventListener('resize', function () { chart.resize(); });
  }

  fetch(ds.api, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      stacked(unitsBox, d.units.slice(0, 30), ds.noUnit);
      stacked(document.getElementById('chart-programs'), d.programs.slice(0, 15), ds.noProgram);
      unitsBox.setAttribute('data-drawn', 'true');
    });
})();

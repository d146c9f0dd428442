// Draws every element with a data-chart attribute: its value is an ECharts option written by the
// server (no inline script under the content security policy). Named formatters are the only
// functions an option needs; they are looked up here.
(function () {
  'use strict';
  var formatters = {
    yuan: function (value) {
      return value == null ? '—' : Number(value).toLocaleString('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 2}) + ' 元';
    },
    percent: function (value) {
      return value == null ? '—' : value + '%';
    }
  };

  function resolve(option) {
    if (option.tooltip && typeof option.tooltip.valueFormatter === 'string') {
      option.tooltip.valueFormatter = formatters[option.tooltip.valueFormatter];
    }
    return option;
  }

  function draw() {
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.init(element, null, {renderer: 'svg'});
      var option = resolve(JSON.parse(element.getAttribute('data-chart')));
      option.aria = {enabled: true};
      option.color = ['#c8102e', '#e9a23b', '#3b7dd8', '#5a9e6f', '#8c6bb1', '#6c757d'];
      chart.setOption(option);
      element.setAttribute('data-chart-ready', 'true');
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();

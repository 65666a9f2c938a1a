(function () {
  'use strict';

  const runs = JSON.parse(document.getElementById('report-data').textContent);

  // The same symptom keeps its color in every chart and run (Okabe–Ito, readable with colour blindness).
  const SYMPTOM_COLORS = {
    'upload-failed': '#cc79a7',
    'zero-views': '#0072b2',
    'dishonest-read': '#56b4e9',
    'video-unplayable': '#009e73',
    'timeout': '#e69f00',
    'server-error': '#d55e00',
    'shed': '#a0a7af'
  };
  const DC_COLORS = { east: '#0072b2', west: '#009e73' };
  const EXTRA_COLORS = ['#cc79a7', '#56b4e9', '#e69f00', '#6e7781'];
  const NO_ANSWER_COLOR = '#d55e00';
  const LATENCY = [
    ['baseline', 'p50', '#c6dbef'], ['baseline', 'p95', '#6baed6'], ['baseline', 'p99', '#2171b5'],
    ['after', 'p50', '#fdd0a2'], ['after', 'p95', '#fd8d3c'], ['after', 'p99', '#c4470a']
  ];
  const LABEL_FONT = '600 11px ' + getComputedStyle(document.body).fontFamily;
  const LABEL_ROW = 15;

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#59636e';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  const seconds = Math.max(...runs.map(r => Math.max(r.loadSeconds, r.noAnswer.length)), 1);

  function clock(s) {
    const whole = Math.round(s);
    return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
  }

  // A value for second s describes [s, s+1): plot it in the middle so it lines up with the fault shading.
  function points(values, skipZero) {
    const out = [];
    values.forEach((y, s) => {
      if (!(skipZero && !y)) out.push({ x: s + 0.5, y: y });
    });
    return out;
  }

  // Ticks on round times (every 10 s, 30 s, 1 min …), about eight across.
  const tickStep = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600].find(step => seconds / step <= 8) || 3600;

  function timeAxis() {
    return {
      type: 'linear', min: 0, max: seconds, offset: false,
      title: { display: true, text: 'time since the load started (m:ss)' },
      ticks: { callback: clock, maxRotation: 0, stepSize: tickStep, includeBounds: false },
      grid: { color: '#eef1f4' }
    };
  }

  function endOf(step, run) {
    return step.endSeconds == null ? run.loadSeconds : step.endSeconds;
  }

  // Fault windows and operator steps get labels in rows above the plot; a label takes the first row where
  // it overlaps nothing, so steps a few seconds apart stay readable.
  function layoutLabels(run, xOf, measure, right) {
    const rows = [];
    const labels = run.timeline.map(step => {
      const width = measure(step.label) + 8;
      const left = Math.max(0, Math.min(xOf(step.atSeconds) + 3, right - width));
      let row = rows.findIndex(taken => taken.every(([a, b]) => left + width < a || left > b + 4));
      if (row < 0) {
        rows.push([]);
        row = rows.length - 1;
      }
      rows[row].push([left, left + width]);
      return { step: step, left: left, width: width, row: row };
    });
    return { labels: labels, rows: rows.length };
  }

  function reservedRows(run, canvas) {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = LABEL_FONT;
    const width = canvas.parentElement.clientWidth - 60;
    return layoutLabels(run, s => 50 + (s / seconds) * width, t => ctx.measureText(t).width, width + 50).rows;
  }

  /** Faults and load surges span a window; other steps (failover, heal, fix) are moments. */
  function isWindow(step) {
    return step.kind === 'fault' || step.kind === 'surge';
  }

  function timelinePlugin(run) {
    return {
      id: 'timeline',
      beforeDatasetsDraw(chart) {
        const { ctx, chartArea: area, scales: { x } } = chart;
        ctx.save();
        ctx.beginPath();
        ctx.rect(area.left, area.top, area.width, area.height);
        ctx.clip();
        for (const step of run.timeline.filter(isWindow)) {
          const from = x.getPixelForValue(step.atSeconds);
          const to = x.getPixelForValue(endOf(step, run));
          const surge = step.kind === 'surge';
          ctx.fillStyle = surge ? 'rgba(0, 114, 178, 0.12)' : 'rgba(213, 94, 0, 0.13)';
          ctx.fillRect(from, area.top, to - from, area.height);
          ctx.strokeStyle = surge ? 'rgba(0, 114, 178, 0.55)' : 'rgba(213, 94, 0, 0.55)';
          ctx.lineWidth = 1;
          ctx.beginPath();
          ctx.moveTo(from, area.top);
          ctx.lineTo(from, area.bottom);
          if (step.endSeconds != null) {
            ctx.moveTo(to, area.top);
            ctx.lineTo(to, area.bottom);
          }
          ctx.stroke();
        }
        if (run.baselineSeconds > 0) {
          const at = x.getPixelForValue(run.baselineSeconds);
          ctx.strokeStyle = '#8c959f';
          ctx.setLineDash([2, 3]);
          ctx.beginPath();
          ctx.moveTo(at, area.top);
          ctx.lineTo(at, area.bottom);
          ctx.stroke();
        }
        ctx.restore();
      },
      afterDatasetsDraw(chart) {
        const { ctx, chartArea: area, scales: { x } } = chart;
        ctx.save();
        ctx.font = LABEL_FONT;
        ctx.textBaseline = 'middle';
        const { labels } = layoutLabels(run, s => x.getPixelForValue(s), t => ctx.measureText(t).width,
          chart.width - 2);
        for (const label of labels) {
          const fault = isWindow(label.step);
          const y = 2 + label.row * LABEL_ROW + LABEL_ROW / 2;
          if (!fault) {
            const at = x.getPixelForValue(label.step.atSeconds);
            ctx.strokeStyle = '#24292f';
            ctx.lineWidth = 1.5;
            ctx.beginPath();
            ctx.moveTo(at, y - LABEL_ROW / 2 + 1);
            ctx.lineTo(at, area.bottom);
            ctx.stroke();
          }
          ctx.fillStyle = fault ? '#fbe3d3' : '#eaeef2';
          ctx.fillRect(label.left, y - LABEL_ROW / 2 + 1, label.width, LABEL_ROW - 2);
          ctx.fillStyle = fault ? '#8a3300' : '#24292f';
          ctx.fillText(label.step.label, label.left + 4, y);
        }
        ctx.restore();
      }
    };
  }

  function successChart(canvas, run) {
    // All calls as a broad pale line underneath, so the data centers' lines stay visible where they agree with it.
    const datasets = Object.entries(run.success).map(([dc, values], i) => dc === 'all calls'
      ? {
        label: 'all calls, % ok', data: points(values), order: 1, pointRadius: 0, clip: 4,
        borderColor: 'rgba(31, 35, 40, 0.28)', borderWidth: 6, borderJoinStyle: 'round'
      }
      : {
        label: dc + ', % ok', data: points(values), order: 0, pointRadius: 0, clip: 2, borderWidth: 1.5,
        borderColor: DC_COLORS[dc] || EXTRA_COLORS[i % EXTRA_COLORS.length]
      });
    datasets.push({
      label: 'no answer, % of admitted calls',
      data: points(run.noAnswer),
      borderColor: NO_ANSWER_COLOR,
      borderDash: [5, 3],
      borderWidth: 1.5,
      pointRadius: 0,
      clip: 2
    });
    return new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        layout: { padding: { top: reservedRows(run, canvas) * LABEL_ROW + 4 } },
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: timeAxis(),
          y: { min: 0, max: 100, title: { display: true, text: '%' }, ticks: { stepSize: 25 } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 18, boxHeight: 2 } },
          tooltip: { callbacks: { title: items => 'sent at ' + clock(items[0].parsed.x - 0.5) } }
        }
      },
      plugins: [timelinePlugin(run)]
    });
  }

  function symptomTotals(run) {
    const totals = new Array(run.noAnswer.length).fill(0);
    Object.values(run.symptoms).forEach(values => values.forEach((n, s) => { totals[s] += n; }));
    return totals;
  }

  const symptomMax = Math.max(1, ...runs.flatMap(symptomTotals));

  function symptomChart(canvas, run) {
    const datasets = Object.entries(run.symptoms).map(([symptom, values]) => ({
      label: symptom === 'shed' ? 'shed (counted apart)' : symptom,
      data: points(values, true),
      backgroundColor: SYMPTOM_COLORS[symptom] || '#6e7781',
      barPercentage: 1,
      categoryPercentage: 0.85
    }));
    return new Chart(canvas, {
      type: 'bar',
      data: { datasets: datasets },
      options: {
        layout: { padding: { top: reservedRows(run, canvas) * LABEL_ROW + 4 } },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: Object.assign(timeAxis(), { stacked: true }),
          y: {
            stacked: true, beginAtZero: true, suggestedMax: symptomMax,
            title: { display: true, text: 'calls' }, ticks: { precision: 0 }
          }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            filter: item => item.parsed.y > 0,
            callbacks: { title: items => 'sent at ' + clock(items[0].parsed.x - 0.5) }
          }
        }
      },
      plugins: [timelinePlugin(run)]
    });
  }

  const latencies = runs.flatMap(run => LATENCY.flatMap(([phase, p]) =>
    Object.values(run[phase]).map(stats => stats[p]))).filter(v => v > 0);
  const latencyMin = Math.pow(10, Math.floor(Math.log10(Math.min(...latencies, 10))));
  const latencyMax = Math.pow(10, Math.ceil(Math.log10(Math.max(...latencies, 100))));

  function latencyChart(canvas, run) {
    const datasets = LATENCY.map(([phase, p, color]) => ({
      label: phase + ' ' + p,
      data: run.routes.map(route => (run[phase][route] ? run[phase][route][p] : null)),
      counts: run.routes.map(route => (run[phase][route] ? run[phase][route].count : 0)),
      backgroundColor: color,
      barPercentage: 0.9,
      categoryPercentage: 0.8
    }));
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: run.routes, datasets: datasets },
      options: {
        scales: {
          x: { grid: { display: false } },
          y: {
            type: 'logarithmic', min: latencyMin, max: latencyMax,
            title: { display: true, text: 'ms (log scale)' },
            ticks: { callback: v => (Math.log10(v) % 1 === 0 ? v.toLocaleString('en') : null) }
          }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: item => item.dataset.label + ': ' + item.parsed.y.toLocaleString('en') + ' ms ('
                + item.dataset.counts[item.dataIndex].toLocaleString('en') + ' samples)'
            }
          }
        }
      }
    });
  }

  const builders = { success: successChart, symptoms: symptomChart, latency: latencyChart };
  try {
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
      builders[canvas.dataset.chart](canvas, runs[Number(canvas.dataset.run)]);
    });
    document.body.dataset.rendered = 'true';
  } catch (e) {
    document.body.dataset.rendered = 'error: ' + e.message;
    throw e;
  }
})();

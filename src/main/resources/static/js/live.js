// Rancang projector: keeps the bars of a live question current from its server-sent events.
// The page is complete without this script; the script only listens and redraws.
(function () {
  var section = document.getElementById("projector");
  if (!section || !window.EventSource) {
    return;
  }
  var bars = document.getElementById("bars");
  var status = document.getElementById("projector-status");
  var total = document.getElementById("projector-total");

  function rowFor(ideaId, title) {
    var row = bars.querySelector('li[data-idea="' + ideaId + '"]');
    if (!row && title !== undefined) {
      row = document.createElement("li");
      row.dataset.idea = ideaId;
      row.dataset.votes = "0";
      var label = document.createElement("span");
      label.className = "bar-label";
      label.textContent = title; // text, never HTML
      var bar = document.createElement("span");
      bar.className = "bar";
      var fill = document.createElement("span");
      fill.className = "bar-fill";
      bar.appendChild(fill);
      var count = document.createElement("span");
      count.className = "bar-count";
      count.textContent = "0";
      row.appendChild(label);
      row.appendChild(bar);
      row.appendChild(count);
      bars.appendChild(row);
    }
    return row;
  }

  function redraw() {
    var rows = Array.prototype.slice.call(bars.children);
    var max = rows.reduce(function (m, r) { return Math.max(m, Number(r.dataset.votes)); }, 0);
    total.textContent = rows.reduce(function (s, r) { return s + Number(r.dataset.votes); }, 0);
    rows.sort(function (a, b) { return Number(b.dataset.votes) - Number(a.dataset.votes); });
    rows.forEach(function (r) {
      var votes = Number(r.dataset.votes);
      r.querySelector(".bar-count").textContent = votes;
      r.querySelector(".bar-fill").style.width = (max === 0 ? 0 : (votes * 100) / max) + "%";
      bars.appendChild(r);
    });
  }

  function setVotes(ideaId, votes, title) {
    var row = rowFor(ideaId, title);
    if (row) {
      row.dataset.votes = String(votes);
    }
  }

  function setStatus(name) {
    status.textContent = section.dataset[name + "Label"] || status.textContent;
    section.dataset.status = name;
  }

  // the bars as rendered carry their votes; their widths are drawn here (the content security
  // policy allows no inline style attributes)
  redraw();

  var source = new EventSource(section.dataset.events);
  source.addEventListener("snapshot", function (event) {
    var question = JSON.parse(event.data);
    question.results.forEach(function (r) { setVotes(r.ideaId, r.votes, r.title); });
    setStatus(question.status.toLowerCase());
    redraw();
  });
  source.addEventListener("votes", function (event) {
    var signal = JSON.parse(event.data);
    setVotes(signal.ideaId, signal.votes);
    redraw();
  });
  source.addEventListener("idea", function (event) {
    var signal = JSON.parse(event.data);
    setVotes(signal.ideaId, signal.votes || 0, signal.title);
    redraw();
  });
  source.addEventListener("open", function () { setStatus("open"); });
  source.addEventListener("closed", function () {
    setStatus("closed");
    source.close();
    // the frozen result: read the question once more
    window.location.reload();
  });
})();

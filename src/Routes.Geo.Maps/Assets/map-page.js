// Offline map page of Routes.Geo.Maps: draws the data embedded in the page with the inlined
// Leaflet, and reports in #status how many features it drew and any error it met.
(function () {
  "use strict";
  var errors = [];
  var drawn = 0;
  var status = document.getElementById("status");
  var labelsShown = 0;
  // A machine-readable report for tests; the reader sees it only when something went wrong.
  function report() {
    status.setAttribute("data-features", String(drawn));
    status.setAttribute("data-errors", String(errors.length));
    status.setAttribute("data-labels", String(labelsShown));
    status.textContent = errors.length ? "The map met an error: " + errors.join(" | ") : "";
    status.className = errors.length ? "failed" : "ok";
    status.hidden = errors.length === 0;
  }
  window.addEventListener("error", function (e) { errors.push(String(e.message)); report(); });
  function data(id) { return JSON.parse(document.getElementById(id).textContent); }
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function source(s) { return /^https?:\/\//.test(s) ? '<a href="' + esc(s) + '">' + esc(s) + "</a>" : esc(s); }
  function list(joined) { return joined ? joined.split(" ; ") : []; }

  try {
    var land = data("data-land"), sites = data("data-sites"), positions = data("data-positions");
    var events = data("data-events"), ports = data("data-ports"), routes = data("data-routes"), meta = data("data-meta");
    var map = L.map("map", { zoomSnap: 0.25, minZoom: 6, maxZoom: 17 });
    map.attributionControl.setPrefix(false);
    meta.attribution.forEach(function (a) { map.attributionControl.addAttribution(esc(a)); });
    // Where no site of the model lies near what the page shows (a walk in Monaco), the 1944 panel does not apply.
    if (!meta.history) { document.getElementById("panel").hidden = true; }
    var panelBox = document.getElementById("panel").getBoundingClientRect();
    addLegend();
    // What the page shows (its routes, else the ports) stays clear of the panel (top left) and the legend (bottom right).
    var legendBox = document.getElementById("legend").getBoundingClientRect();
    map.fitBounds([[meta.bounds[1], meta.bounds[0]], [meta.bounds[3], meta.bounds[2]]],
      { paddingTopLeft: [8, panelBox.bottom + 8], paddingBottomRight: [legendBox.width + 16, 24] });
    L.control.scale({ imperial: false, maxWidth: 160, position: "bottomleft" }).addTo(map);
    // As on the static maps, no sea is painted where the embedded land does not reach (likely inland).
    var cover = meta.landCoverage;
    var b = meta.bounds;
    if (b[2] < cover[0] || b[0] > cover[2] || b[3] < cover[1] || b[1] > cover[3]) {
      document.getElementById("map").style.background = "#f4efe1";
    }

    L.geoJSON(land, { interactive: false, style: { color: "#a9a28c", weight: 1, fillColor: "#f4efe1", fillOpacity: 1 } }).addTo(map);
    drawn += land.features.length;
    // The extract's own ground where the page has it: land and sea from its coastline, water and green areas on top.
    var ground = data("data-ground"), colours = meta.groundColours;
    L.geoJSON(ground, {
      interactive: false,
      style: function (f) {
        var k = f.properties.kind;
        return { stroke: k === "land" || k === "water", color: k === "land" ? colours.coast : "#a9c7da", weight: 0.8, fillColor: colours[k], fillOpacity: 1 };
      }
    }).addTo(map);

    // Roads under the routes, by class as on the static maps: casings first, then fills, minor to major.
    var roads = data("data-roads"), roadStyles = meta.roadStyles, order = Object.keys(roadStyles);
    roads.features.sort(function (a, b) { return order.indexOf(a.properties["class"]) - order.indexOf(b.properties["class"]); });
    [true, false].forEach(function (casing) {
      L.geoJSON(roads, {
        interactive: !casing,
        filter: function (f) { return !casing || roadStyles[f.properties["class"]].casing; },
        style: function (f) {
          var st = roadStyles[f.properties["class"]];
          return casing ? { color: st.casing, weight: (st.width * 1.4) + 2, opacity: 1 }
            : { color: st.fill, weight: st.width * 1.4, opacity: 1, dashArray: st.dash };
        },
        onEachFeature: function (f, layer) { if (!casing && f.properties.name) { layer.bindTooltip(esc(f.properties.name), { sticky: true }); } }
      }).addTo(map);
    });

    L.geoJSON(routes, {
      style: { color: "#6a1b9a", weight: 4, opacity: 1 },
      onEachFeature: function (f, layer) {
        var p = f.properties;
        layer.bindPopup('<div class="popup"><h3>' + esc(p.from) + " → " + esc(p.to) + "</h3>" +
          esc(p.profile) + ", " + (p.length_m / 1000).toFixed(2) + " km, " + Math.round(p.duration_s / 60) + " min</div>");
      }
    }).addTo(map);
    drawn += routes.features.length;
    // Each route's start (1) and end (2), numbered as on the static maps.
    routes.features.forEach(function (f) {
      var line = f.geometry.coordinates, p = f.properties;
      [[line[0], "1", "Start: " + p.from], [line[line.length - 1], "2", "End: " + p.to]].forEach(function (end) {
        L.marker([end[0][1], end[0][0]], {
          icon: L.divIcon({ className: "route-end", html: end[1], iconSize: [20, 20], iconAnchor: [10, 10] }),
          title: end[2], keyboard: false
        }).bindTooltip(esc(end[2])).addTo(map);
      });
    });

    var eventsBySite = {};
    events.features.forEach(function (e) {
      (e.properties.site_ids || "").split(", ").forEach(function (id) {
        if (id) { (eventsBySite[id] = eventsBySite[id] || []).push(e.properties); }
      });
    });
    var kindColours = meta.kindColours;
    function sitePopup(p, id) {
      var html = '<div class="popup"><h3>' + esc(p.name) + '</h3><div class="kinds">' + esc(p.kinds) + "</div>";
      if (p.what_happened) { html += "<p>" + esc(p.what_happened) + "</p>"; }
      var evs = eventsBySite[id] || [];
      if (evs.length) {
        html += "<b>Events</b><ul>" + evs.map(function (e) {
          return "<li>" + esc(e.start) + (e.end !== e.start ? "–" + esc(e.end) : "") + ": " + esc(e.description) + "</li>";
        }).join("") + "</ul>";
      }
      html += '<div class="sources"><b>Sources</b><ul>' + list(p.sources).map(function (s) { return "<li>" + source(s) + "</li>"; }).join("") + "</ul></div>";
      html += '<div class="status">Coordinate: ' + esc(p.status) + (p.coordinate_source ? " (" + esc(p.coordinate_source) + ")" : "") + "</div>";
      if (p.attribution) { html += '<div class="status">' + esc(p.attribution) + "</div>"; }
      return html + "</div>";
    }
    var siteById = {};
    var siteLabels = [], portLabels = [];
    // The static maps' priority: ports, then batteries and forts, museums, memorials and cemeteries, then the rest.
    var ranks = { battery: 0, fort: 0, museum: 1, memorial: 1, cemetery: 1, bunker: 2, battlefield: 2, landmark: 2 };
    function rankOf(kind) { return ranks[kind] == null ? 3 : ranks[kind]; }
    // A label that would overlap one of higher priority (or the panel, legend or scale) is hidden until the reader zooms in.
    function declutter() {
      var kept = [], shown = 0;
      ["panel", "legend"].forEach(function (id) { var e = document.getElementById(id); if (e) { kept.push(e.getBoundingClientRect()); } });
      document.querySelectorAll(".leaflet-control-scale, .leaflet-control-zoom, .leaflet-control-attribution").forEach(function (e) { kept.push(e.getBoundingClientRect()); });
      var all = portLabels.concat(siteLabels);
      // Symbols are obstacles too: a label never covers another place's dot.
      all.forEach(function (l) { var e = l.layer.getElement && l.layer.getElement(); if (e) { kept.push(e.getBoundingClientRect()); } });
      var inside = document.getElementById("map").getBoundingClientRect();
      function free(r) {
        return r.width > 0 && r.left >= inside.left && r.right <= inside.right && r.top >= inside.top && r.bottom <= inside.bottom && !kept.some(function (k) { return r.left < k.right && k.left < r.right && r.top < k.bottom && k.top < r.bottom; });
      }
      all.sort(function (a, b) { return a.rank - b.rank || (a.name < b.name ? -1 : 1); }).forEach(function (l) {
        var tip = l.layer.getTooltip(), el = tip && tip.getElement();
        if (!el) { return; }
        el.style.visibility = "";
        // Right of the symbol first, then left, below, above, else hidden until the reader zooms in.
        var placed = false;
        [["right", [l.offset, 0]], ["left", [-l.offset, 0]], ["bottom", [0, l.offset]], ["top", [0, -l.offset]]].forEach(function (d) {
          if (placed) { return; }
          tip.options.direction = d[0];
          tip.options.offset = d[1];
          tip.update();
          var r = el.getBoundingClientRect();
          if (free(r)) { kept.push(r); placed = true; }
        });
        if (placed) { shown++; } else { el.style.visibility = "hidden"; }
      });
      labelsShown = shown;
      var c = map.getCenter();
      status.setAttribute("data-view", c.lat.toFixed(5) + "," + c.lng.toFixed(5) + "," + map.getZoom());
      status.setAttribute("data-panel", Math.round(panelBox.right) + "," + Math.round(panelBox.bottom));
      report();
    }
    var siteLayer = L.geoJSON(sites, {
      filter: function (f) { return f.geometry !== null; },
      pointToLayer: function (f, ll) {
        var kind = f.properties.kinds.split(", ")[0];
        return L.circleMarker(ll, { radius: 6, color: "#ffffff", weight: 1.5, fillColor: kindColours[kind] || "#333333", fillOpacity: 1 });
      },
      onEachFeature: function (f, layer) {
        // The GeoJSON writer moves the "id" property to the feature's own id member.
        var id = f.id != null ? String(f.id) : f.properties.id;
        layer.bindPopup(sitePopup(f.properties, id));
        if (!ports.some(function (p) { return p.site === id; })) {
          layer.bindTooltip(esc(f.properties.name), { permanent: true, direction: "right", offset: [5, 0], className: "label site-label" });
          siteLabels.push({ layer: layer, rank: 1 + rankOf(f.properties.kinds.split(", ")[0]), name: f.properties.name, offset: 5 });
        }
        siteById[id] = layer;
      }
    }).addTo(map);
    var siteCount = siteLayer.getLayers().length;

    var dynamic = L.layerGroup().addTo(map);
    // Declared here, called before the first view is set: its size is kept clear when the map is fitted.
    function addLegend() {

      var legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        var div = L.DomUtil.create("details", "legend");
        div.id = "legend";
        div.open = true;
        var rows = ["<summary><b>Legend</b></summary>"];
        function row(swatch, text) { rows.push('<div class="row">' + swatch + esc(text) + "</div>"); }
        var kinds = {};
        sites.features.forEach(function (f) { if (f.geometry) { kinds[f.properties.kinds.split(", ")[0]] = true; } });
        if (meta.history) {
          Object.keys(meta.kindNames).forEach(function (k) {
            if (kinds[k]) { row('<i class="dot" style="background:' + meta.kindColours[k] + '"></i>', meta.kindNames[k]); }
          });
          Object.keys(meta.portWords).forEach(function (s) { row('<i class="dot big" style="background:' + meta.portColours[s] + '"></i>', "Port " + meta.portWords[s]); });
          row('<i class="area" style="border-color:#b03a2e;background:rgba(176,58,46,.3)"></i>', "German-held fortress or pocket");
          row('<i class="line" style="border-color:#1f5fbf"></i>', "Allied contact line");
          row('<i class="line dashed" style="border-color:#b03a2e"></i>', "Dashed: position approximate");
        }
        if (routes.features.length) {
          row('<i class="line thick" style="border-color:#6a1b9a"></i>', "Route");
          row('<i class="route-end">1</i><i class="route-end">2</i>', "Its start and end");
        }
        if (meta.ground) { row('<i class="area" style="border-color:#a9c7da;background:' + meta.groundColours.sea + '"></i>', "Sea and water (OpenStreetMap)"); }
        div.innerHTML = rows.join("");
        L.DomEvent.disableClickPropagation(div);
        return div;
      };
      legend.addTo(map);
    }
    var slider = document.getElementById("date");
    var first = new Date(meta.first + "T00:00:00Z");
    function dayAt(i) { return new Date(first.getTime() + i * 86400000).toISOString().slice(0, 10); }
    function stateOn(port, day) {
      var s = "german_held";
      port.phases.forEach(function (ph) { if (ph.from <= day) { s = ph.state; } });
      return s;
    }
    // On the day of a phase whose event has a time, the earlier state held until then: "besieged until 07:00, then liberated".
    function wordsOn(port, day) {
      var before = "german_held", change = null;
      port.phases.forEach(function (ph) { if (ph.from < day) { before = ph.state; } else if (ph.from === day && ph.time) { change = ph; } });
      var s = stateOn(port, day);
      return change && change.state === s ? meta.portWords[before] + " until " + change.time + ", then " + meta.portWords[s] : meta.portWords[s];
    }
    function render() {
      var day = dayAt(Number(slider.value));
      document.getElementById("day").textContent = day;
      dynamic.clearLayers();
      var count = 0;
      positions.features.forEach(function (f) {
        var p = f.properties;
        if (p.start > day || p.end < day) { return; }
        var colour = p.side === "allied" ? "#1f5fbf" : "#b03a2e";
        var style = { color: colour, weight: p.shape === "line" ? 3 : 2, dashArray: p.approximate ? "8 5" : null, fillColor: colour, fillOpacity: p.approximate ? 0.22 : 0.3 };
        L.geoJSON(f, {
          style: style,
          pointToLayer: function (_, ll) { return L.circleMarker(ll, Object.assign({ radius: 16 }, style)); },
          onEachFeature: function (_, layer) {
            layer.bindPopup('<div class="popup"><h3>' + esc(p.name) + "</h3>" + esc(p.start) + " – " + esc(p.end) +
              "<p>" + esc(p.precision) + '</p><div class="sources"><b>Sources</b><ul>' +
              list(p.sources).map(function (s) { return "<li>" + source(s) + "</li>"; }).join("") + "</ul></div></div>");
          }
        }).addTo(dynamic);
        count++;
      });
      var legend = [];
      portLabels = [];
      ports.forEach(function (port) {
        var s = stateOn(port, day);
        var marker = L.circleMarker([port.lat, port.lon], { radius: 11, color: "#ffffff", weight: 2.5, fillColor: meta.portColours[s], fillOpacity: 1 })
          .bindPopup('<div class="popup"><h3>' + esc(port.name) + "</h3>" + esc(wordsOn(port, day)) + " on " + day + "</div>")
          .bindTooltip(esc(port.name) + " — " + esc(wordsOn(port, day)), { permanent: true, direction: "right", offset: [9, 0], className: "label port-label" })
          .addTo(dynamic);
        portLabels.push({ layer: marker, rank: 0, name: port.name, offset: 9 });
        legend.push('<span class="port" data-port="' + esc(port.site) + '" data-state="' + esc(s) + '"><i class="swatch" style="background:' +
          meta.portColours[s] + '"></i>' + esc(port.name) + " " + esc(wordsOn(port, day)) + "</span>");
        count++;
      });
      document.getElementById("ports").innerHTML = legend.join("");
      drawn = land.features.length + routes.features.length + siteCount + count;
      declutter();
    }
    var hash = /date=(\d{4}-\d{2}-\d{2})/.exec(location.hash);
    var start = hash ? hash[1] : meta.openOn;
    slider.max = String(Math.round((new Date(meta.last + "T00:00:00Z") - first) / 86400000));
    slider.value = String(Math.max(0, Math.min(Number(slider.max), Math.round((new Date(start + "T00:00:00Z") - first) / 86400000))));
    slider.addEventListener("input", render);
    map.on("zoomend moveend", declutter);
    render();
    // A link can open a site's story: #date=1944-09-25&site=batterie-todt
    var siteHash = /site=([\w-]+)/.exec(location.hash);
    if (siteHash && siteById[siteHash[1]]) { siteById[siteHash[1]].openPopup(); }
  } catch (e) {
    errors.push(String(e && e.message || e));
  }
  report();
})();

// Offline map page of Routes.Geo.Maps: draws the data embedded in the page with the inlined
// Leaflet, and reports in #status how many features it drew and any error it met.
(function () {
  "use strict";
  var errors = [];
  var drawn = 0;
  var status = document.getElementById("status");
  function report() {
    status.setAttribute("data-features", String(drawn));
    status.setAttribute("data-errors", String(errors.length));
    status.textContent = "features: " + drawn + " · errors: " + (errors.length ? errors.join(" | ") : "none");
    status.className = errors.length ? "failed" : "ok";
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
    map.fitBounds([[meta.bounds[1], meta.bounds[0]], [meta.bounds[3], meta.bounds[2]]]);

    L.geoJSON(land, { interactive: false, style: { color: "#a9a28c", weight: 1, fillColor: "#f4efe1", fillOpacity: 1 } }).addTo(map);
    drawn += land.features.length;

    L.geoJSON(routes, {
      style: { color: "#6a1b9a", weight: 4, opacity: 0.9 },
      onEachFeature: function (f, layer) {
        var p = f.properties;
        layer.bindPopup('<div class="popup"><h3>' + esc(p.from) + " → " + esc(p.to) + "</h3>" +
          esc(p.profile) + ", " + (p.length_m / 1000).toFixed(2) + " km, " + Math.round(p.duration_s / 60) + " min</div>");
      }
    }).addTo(map);
    drawn += routes.features.length;

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
        layer.bindTooltip(esc(f.properties.name));
        siteById[id] = layer;
      }
    }).addTo(map);
    var siteCount = siteLayer.getLayers().length;

    var dynamic = L.layerGroup().addTo(map);
    var slider = document.getElementById("date");
    var first = new Date(meta.first + "T00:00:00Z");
    function dayAt(i) { return new Date(first.getTime() + i * 86400000).toISOString().slice(0, 10); }
    function stateOn(port, day) {
      var s = "GermanHeld";
      port.phases.forEach(function (ph) { if (ph.from <= day) { s = ph.state; } });
      return s;
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
      ports.forEach(function (port) {
        var s = stateOn(port, day);
        L.circleMarker([port.lat, port.lon], { radius: 11, color: "#ffffff", weight: 2.5, fillColor: meta.portColours[s], fillOpacity: 1 })
          .bindPopup('<div class="popup"><h3>' + esc(port.name) + "</h3>" + esc(meta.portWords[s]) + " on " + day + "</div>")
          .bindTooltip(esc(port.name) + ": " + esc(meta.portWords[s]))
          .addTo(dynamic);
        legend.push('<span class="port" data-port="' + esc(port.site) + '" data-state="' + esc(s) + '"><i class="swatch" style="background:' +
          meta.portColours[s] + '"></i>' + esc(port.name) + " " + esc(meta.portWords[s]) + "</span>");
        count++;
      });
      document.getElementById("ports").innerHTML = legend.join("");
      drawn = land.features.length + routes.features.length + siteCount + count;
      report();
    }
    var hash = /date=(\d{4}-\d{2}-\d{2})/.exec(location.hash);
    var start = hash ? hash[1] : meta.openOn;
    slider.max = String(Math.round((new Date(meta.last + "T00:00:00Z") - first) / 86400000));
    slider.value = String(Math.max(0, Math.min(Number(slider.max), Math.round((new Date(start + "T00:00:00Z") - first) / 86400000))));
    slider.addEventListener("input", render);
    render();
    // A link can open a site's story: #date=1944-09-25&site=batterie-todt
    var siteHash = /site=([\w-]+)/.exec(location.hash);
    if (siteHash && siteById[siteHash[1]]) { siteById[siteHash[1]].openPopup(); }
  } catch (e) {
    errors.push(String(e && e.message || e));
  }
  report();
})();

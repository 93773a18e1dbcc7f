// The story page: a base map drawn from the server's own network, the 1944 encirclement by date, a panel per site,
// bookmarks turned into a tour, a share link that reopens the same selection, and routes with turn-by-turn.
(function () {
  'use strict';
  var STORE = 'routes-geo.bookmarks';
  var PROFILES = { foot: 'walking', bike: 'cycling', car: 'driving' };
  var ROAD_STYLE = {
    motorway: ['#e892a2', 4], trunk: ['#f9b29c', 3.6], primary: ['#fcd6a4', 3.2], secondary: ['#f7fabf', 2.8], tertiary: ['#ffffff', 2.5],
    motorway_link: ['#e892a2', 2], trunk_link: ['#f9b29c', 2], primary_link: ['#fcd6a4', 2], secondary_link: ['#f7fabf', 2], tertiary_link: ['#ffffff', 2],
    residential: ['#ffffff', 2], unclassified: ['#ffffff', 2], living_street: ['#ededed', 2], road: ['#ffffff', 2], pedestrian: ['#dddde8', 2],
    service: ['#ffffff', 1.2], footway: ['#fa8072', 0.9], path: ['#fa8072', 0.9], cycleway: ['#6b6bff', 0.9], steps: ['#fa8072', 1.2], track: ['#a0782c', 1]
  };
  var MAJOR = { motorway: 9, trunk: 8, primary: 7, secondary: 6, tertiary: 5, motorway_link: 4, trunk_link: 4, primary_link: 4, secondary_link: 4, tertiary_link: 4, residential: 3, unclassified: 3, living_street: 3, road: 3, pedestrian: 2 };
  var PORT_COLOURS = { german_held: '#555555', encircled: '#d9822b', besieged: '#c0392b', liberated: '#2e8b57' };
  var DAY_COLOURS = ['#7b2d8b', '#1f77b4', '#2ca02c', '#d62728', '#ff7f0e', '#17becf'];

  var $ = function (id) { return document.getElementById(id); };
  var state = { sites: [], byId: {}, bookmarks: [], selected: null, from: null, to: null, tour: null, tourQuery: null, date: '1944-09-17', network: null };
  var map = L.map('map', { minZoom: 8, maxZoom: 19, zoomSnap: 0.5 });
  window.storyMap = map;
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Roads © OpenStreetMap contributors');
  L.control.scale({ imperial: false, maxWidth: 160 }).addTo(map);

  // The base map: each tile's roads from /api/v1/roads/z/x/y drawn on a canvas, casing first, then fill, then names.
  var RoadLayer = L.GridLayer.extend({
    createTile: function (coords, done) {
      var tile = document.createElement('canvas');
      var size = this.getTileSize();
      tile.width = size.x; tile.height = size.y;
      var origin = coords.scaleBy(size);
      fetch('/api/v1/roads/' + coords.z + '/' + coords.x + '/' + coords.y)
        .then(function (r) { return r.ok ? r.json() : { features: [] }; })
        .then(function (data) { drawRoads(tile, data.features, coords.z, origin); done(null, tile); })
        .catch(function () { done(null, tile); });
      return tile;
    }
  });

  function drawRoads(canvas, features, zoom, origin) {
    var ctx = canvas.getContext('2d');
    var scale = Math.max(0.6, Math.min(3, Math.pow(1.45, zoom - 14)));
    features.sort(function (a, b) { return (MAJOR[a.properties.class] || 0) - (MAJOR[b.properties.class] || 0); });
    var paths = features.map(function (f) {
      return f.geometry.coordinates.map(function (c) { var p = map.project([c[1], c[0]], zoom); return [p.x - origin.x, p.y - origin.y]; });
    });
    ctx.lineCap = 'round'; ctx.lineJoin = 'round';
    [true, false].forEach(function (casing) {
      features.forEach(function (f, i) {
        var style = ROAD_STYLE[f.properties.class] || ['#ffffff', 1];
        var minor = style[1] < 1.5;
        if (casing && minor) { return; }
        ctx.beginPath();
        paths[i].forEach(function (p, k) { if (k === 0) { ctx.moveTo(p[0], p[1]); } else { ctx.lineTo(p[0], p[1]); } });
        ctx.strokeStyle = casing ? '#b9b2a7' : style[0];
        ctx.lineWidth = style[1] * scale + (casing ? 1.6 : 0);
        ctx.setLineDash(minor && !casing && f.properties.class !== 'service' ? [3, 2] : []);
        ctx.stroke();
      });
    });
    ctx.setLineDash([]);
    labelRoads(ctx, features, paths, zoom, canvas.width);
  }

  // A name is written once per tile along its longest straight piece, only where it fits inside the tile.
  function labelRoads(ctx, features, paths, zoom, size) {
    if (zoom < 14) { return; }
    var done = {};
    ctx.font = (zoom >= 17 ? 12 : 11) + 'px system-ui, "DejaVu Sans", sans-serif';
    ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
    for (var i = features.length - 1; i >= 0; i--) {
      var name = features[i].properties.name;
      if (!name || done[name] || (!MAJOR[features[i].properties.class] && zoom < 17)) { continue; }
      var best = null, p = paths[i];
      for (var k = 1; k < p.length; k++) {
        var dx = p[k][0] - p[k - 1][0], dy = p[k][1] - p[k - 1][1], len = Math.sqrt(dx * dx + dy * dy);
        if (!best || len > best.len) { best = { len: len, x: (p[k][0] + p[k - 1][0]) / 2, y: (p[k][1] + p[k - 1][1]) / 2, a: Math.atan2(dy, dx) }; }
      }
      var width = ctx.measureText(name).width;
      if (!best || best.len < width + 8) { continue; }
      var half = width / 2 + 4;
      if (best.x - half < 0 || best.x + half > size || best.y - half < 0 || best.y + half > size) { continue; }
      var angle = best.a; if (angle > Math.PI / 2) { angle -= Math.PI; } if (angle < -Math.PI / 2) { angle += Math.PI; }
      ctx.save(); ctx.translate(best.x, best.y); ctx.rotate(angle);
      ctx.lineWidth = 3; ctx.strokeStyle = 'rgba(255,255,255,0.9)'; ctx.strokeText(name, 0, 0);
      ctx.fillStyle = '#3a3a3a'; ctx.fillText(name, 0, 0);
      ctx.restore();
      done[name] = true;
    }
  }

  // Under the roads, the Channel coast's land (Natural Earth 1:10m, −1…4.5°E, 49.5…52°N) on a sea-blue map, so that the
  // region around the ports reads at low zoom; only where the network lies inside that cover (elsewhere no sea is guessed).
  var LAND_COVER = L.latLngBounds([49.5, -1], [52, 4.5]);
  map.createPane('land').style.zIndex = 150;
  // Better still, the served extract's own ground (/api/v1/ground: its coastline's land and sea, water and green areas), which
  // is drawn instead where the server has it; around it the map stays land-coloured (nothing is known of what lies there).
  var GROUND_COLOURS = { land: '#f2efe9', sea: '#aad3df', water: '#aad3df', green: '#d8e8c8' };
  function addLand(bbox) {
    return getJson('/api/v1/ground').then(function (ground) {
      if (ground.features.length > 0) {
        L.geoJSON(ground, { pane: 'land', interactive: false, style: function (f) {
          var k = f.properties.kind;
          // Land is not outlined: its outline would also trace the edge of the ground's box.
          return { stroke: k === 'water', color: '#8fb6c9', weight: 0.8, fillColor: GROUND_COLOURS[k], fillOpacity: 1 };
        } }).addTo(map);
        document.body.setAttribute('data-ground', 'extract');
        map.attributionControl.addAttribution('Coast, water and parks © OpenStreetMap contributors');
        return null;
      }
      if (!LAND_COVER.contains(L.latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]))) { return null; }
      return getJson('/page/land-channel.geojson').then(function (land) {
        document.getElementById('map').style.background = '#aad3df';
        L.geoJSON(land, { pane: 'land', interactive: false, style: { stroke: false, fillColor: '#f2efe9', fillOpacity: 1 } }).addTo(map);
        document.body.setAttribute('data-ground', 'channel');
      });
    });
  }

  new RoadLayer({ minZoom: 8, maxZoom: 19, updateWhenZooming: false }).addTo(map);
  var encirclementLayer = L.layerGroup().addTo(map);
  var tourLayer = L.layerGroup().addTo(map);
  var routeLayer = L.layerGroup().addTo(map);
  var siteLayer = L.layerGroup().addTo(map);

  function getJson(url) {
    return fetch(url).then(function (r) {
      return r.json().then(function (body) { if (!r.ok) { throw new Error(body.message || ('HTTP ' + r.status)); } return body; });
    });
  }

  // ---- Encirclement and its date slider ----
  var DAY = 86400000;
  var dateControl = L.control({ position: 'bottomleft' });
  dateControl.onAdd = function () {
    var div = L.DomUtil.create('div', 'date-control');
    div.innerHTML = '<label>Encirclement on <b id="date-label"></b><br><input id="date-slider" type="range" min="0" max="0" step="1"></label>' +
      '<div id="date-note" class="note" hidden>The ports are outside this view. <a href="#" id="show-ports">Show them</a></div>';
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  dateControl.addTo(map);

  function dayIndex(text) { return Math.round((Date.parse(text + 'T00:00:00Z') - Date.parse('1944-09-01T00:00:00Z')) / DAY); }
  function dayText(index) { return new Date(Date.parse('1944-09-01T00:00:00Z') + index * DAY).toISOString().slice(0, 10); }

  function loadEncirclement() {
    $('date-label').textContent = new Date(state.date + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return getJson('/api/v1/encirclement?date=' + state.date).then(function (fc) {
      encirclementLayer.clearLayers();
      L.geoJSON(fc, {
        style: function (f) {
          // Points keep what pointToLayer gave them (Leaflet applies this style to every layer of the collection).
          if (/Point$/.test(f.geometry.type)) { return {}; }
          var allied = f.properties.side === 'allied';
          return { color: allied ? '#1f5fa8' : '#444', weight: 2, dashArray: f.properties.approximate ? '6 4' : null, fillOpacity: 0.08 };
        },
        pointToLayer: function (f, latlng) {
          if (f.properties.kind !== 'port') {
            // A position given as named places: a small dot in its side's colour, under the sites.
            return L.circleMarker(latlng, { radius: 3, weight: 0, fillColor: f.properties.side === 'allied' ? '#1f5fa8' : '#444', fillOpacity: 0.9 });
          }
          return L.circleMarker(latlng, { radius: 11, color: PORT_COLOURS[f.properties.port_state] || '#888', weight: 4, fillColor: '#fff', fillOpacity: 0.4 });
        },
        onEachFeature: function (f, layer) {
          var p = f.properties;
          layer.bindTooltip(p.kind === 'port' ? p.name + ': ' + p.port_state.replace('_', ' ') : (p.name || p.id));
        }
      }).addTo(encirclementLayer);
      // Where the network is far from the Channel ports (Lille, Monaco) say so, and offer to look at them.
      var bounds = L.geoJSON(fc).getBounds();
      $('date-note').hidden = !bounds.isValid() || map.getBounds().intersects(bounds);
      $('show-ports').onclick = function (e) { e.preventDefault(); map.fitBounds(bounds, { padding: [30, 30] }); };
    });
  }

  // ---- Sites ----
  function bookmarked(id) { return state.bookmarks.indexOf(id) >= 0; }

  function drawSites() {
    siteLayer.clearLayers();
    state.sites.forEach(function (s) {
      if (s.lat === null) { return; }
      var marker = L.circleMarker([s.lat, s.lon], {
        radius: bookmarked(s.id) ? 8 : 6, weight: 2, color: '#333',
        fillColor: bookmarked(s.id) ? '#f2c029' : (s.on_network ? '#c0392b' : '#bbb'), fillOpacity: 0.95, className: 'site-marker site-' + s.id
      });
      marker.bindTooltip(s.name, { permanent: true, direction: 'right', offset: [8, 0], className: 'site-label' });
      marker.labelRank = s.id === state.selected ? 4 : bookmarked(s.id) ? 3 : s.on_network ? 2 : s.kinds.indexOf('town') >= 0 ? 1 : 0;
      marker.on('click', function (e) { L.DomEvent.stopPropagation(e); select(s.id); });
      marker.on('mouseover', function () { var el = marker.getTooltip().getElement(); if (el) { el.style.visibility = ''; el.style.zIndex = 1000; } });
      marker.on('mouseout', function () { var el = marker.getTooltip().getElement(); if (el) { el.style.zIndex = ''; } declutter(); });
      marker.addTo(siteLayer);
    });
    declutter();
  }

  // Where two names would overlap (sites a few hundred metres apart seen at coast scale) only the more important one is
  // written: the selected site, then bookmarked ones, sites on the network, towns (the ports among them); a hidden name
  // shows while hovered.
  function declutter() {
    if (!map._loaded) { return; }
    var labels = [];
    siteLayer.eachLayer(function (m) { var el = m.getTooltip() && m.getTooltip().getElement(); if (el) { labels.push({ el: el, rank: m.labelRank || 0 }); } });
    labels.sort(function (a, b) { return b.rank - a.rank; });
    var placed = [];
    labels.forEach(function (l) {
      l.el.style.visibility = '';
      var r = l.el.getBoundingClientRect();
      var clash = placed.some(function (p) { return r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top; });
      if (clash) { l.el.style.visibility = 'hidden'; l.el.classList.add('label-hidden'); } else { l.el.classList.remove('label-hidden'); placed.push(r); }
    });
  }
  map.on('zoomend moveend', function () { setTimeout(declutter, 0); });

  function select(id) {
    var s = state.byId[id];
    if (!s) { return; }
    state.selected = id;
    $('site-section').hidden = false;
    $('site-name').textContent = s.name;
    $('site-kinds').textContent = s.kinds.join(', ') + (s.lat === null ? ' · no verified coordinate (' + s.status + ')' : s.on_network ? '' : ' · outside the loaded network');
    $('site-story').textContent = s.what_happened || (s.tied_to_1944 ? 'No story is recorded for this site.' : 'What this memorial commemorates is not in the sources, so no 1944 story is attached to it.');
    var events = $('site-events'); events.innerHTML = '';
    s.events.forEach(function (e) {
      var li = document.createElement('li');
      var date = document.createElement('span'); date.className = 'date';
      date.textContent = e.start === e.end ? e.start : e.start + ' – ' + e.end;
      li.appendChild(date); li.appendChild(document.createTextNode(' ' + e.description + (e.allied_units.length ? ' (Allied: ' + e.allied_units.join(', ') + ')' : '')));
      events.appendChild(li);
    });
    var context = $('site-context');
    context.hidden = !s.context || s.events.some(function (e) { return e.id === s.context.event.id; });
    if (!context.hidden) {
      var c = s.context.event;
      context.textContent = 'Where it stands in 1944 — ' + s.context.place + ', ' + (c.start === c.end ? c.start : c.start + ' – ' + c.end) + ': ' + c.description;
    }
    var sources = $('site-sources'); sources.innerHTML = '';
    var all = s.sources.slice(); s.events.concat(context.hidden ? [] : [s.context.event]).forEach(function (e) { e.sources.forEach(function (x) { if (all.indexOf(x) < 0) { all.push(x); } }); });
    all.forEach(function (x) {
      var li = document.createElement('li');
      if (/^https?:\/\//.test(x)) { var a = document.createElement('a'); a.href = x; a.textContent = x; a.rel = 'noopener'; a.target = '_blank'; li.appendChild(a); } else { li.textContent = x; }
      sources.appendChild(li);
    });
    $('bookmark-button').textContent = bookmarked(id) ? '★ Bookmarked' : '☆ Bookmark';
    $('bookmark-button').classList.toggle('on', bookmarked(id));
    $('bookmark-button').disabled = s.lat === null;
    $('route-here-button').disabled = s.lat === null;
    if (s.lat !== null && !map.getBounds().contains([s.lat, s.lon])) { map.panTo([s.lat, s.lon]); }
  }

  function listSites() {
    var list = $('site-list'); list.innerHTML = '';
    var on = state.sites.filter(function (s) { return s.on_network; }).length;
    $('site-count').textContent = '(' + state.sites.length + ', ' + on + ' on this network)';
    state.sites.slice().sort(function (a, b) { return (b.on_network ? 1 : 0) - (a.on_network ? 1 : 0) || a.name.localeCompare(b.name); }).forEach(function (s) {
      var li = document.createElement('li');
      li.className = 'site-item' + (s.on_network ? '' : ' off');
      li.dataset.id = s.id;
      var name = document.createElement('span'); name.textContent = (bookmarked(s.id) ? '★ ' : '') + s.name;
      var where = document.createElement('span'); where.className = 'where';
      where.textContent = s.lat === null ? 'no coordinate' : s.on_network ? '' : 'off network';
      li.appendChild(name); li.appendChild(where);
      li.addEventListener('click', function () { select(s.id); });
      list.appendChild(li);
    });
  }

  // ---- Bookmarks and the tour ----
  function saveBookmarks() { localStorage.setItem(STORE, JSON.stringify(state.bookmarks)); }

  function showBookmarks() {
    var list = $('bookmarks'); list.innerHTML = '';
    $('bookmark-count').textContent = state.bookmarks.length ? '(' + state.bookmarks.length + ')' : '';
    if (!state.bookmarks.length) { var li = document.createElement('li'); li.className = 'note'; li.textContent = 'None yet: open a site and press Bookmark.'; list.appendChild(li); }
    state.bookmarks.forEach(function (id) {
      var s = state.byId[id]; if (!s) { return; }
      var li = document.createElement('li'); li.textContent = s.name;
      var remove = document.createElement('button'); remove.type = 'button'; remove.textContent = 'remove'; remove.title = 'Remove ' + s.name;
      remove.addEventListener('click', function () { toggleBookmark(id); });
      li.appendChild(remove); list.appendChild(li);
    });
    $('tour-button').disabled = state.bookmarks.length < 2;
    drawSites(); listSites();
    if (state.selected) { select(state.selected); }
  }

  function toggleBookmark(id) {
    var i = state.bookmarks.indexOf(id);
    if (i >= 0) { state.bookmarks.splice(i, 1); } else { state.bookmarks.push(id); }
    saveBookmarks(); showBookmarks();
  }

  function tourQuery() {
    var q = 'sites=' + state.bookmarks.map(encodeURIComponent).join(',') + '&order=' + $('tour-order').value + '&mode=' + $('tour-mode').value;
    if ($('tour-day-hours').value) { q += '&day_hours=' + encodeURIComponent($('tour-day-hours').value); }
    return q;
  }

  function km(m) { return (m / 1000).toFixed(m < 10000 ? 2 : 1) + ' km'; }
  function duration(s) { var m = Math.round(s / 60); return m < 60 ? m + ' min' : Math.floor(m / 60) + ' h ' + ('0' + (m % 60)).slice(-2); }

  function buildTour(fit) {
    var query = tourQuery();
    var summary = $('tour-summary'); summary.hidden = false; summary.textContent = 'Planning the tour…'; summary.removeAttribute('data-ready');
    return getJson('/api/v1/tour?' + query).then(function (tour) {
      state.tour = tour; state.tourQuery = query;
      tourLayer.clearLayers();
      L.geoJSON(tour.geojson, {
        filter: function (f) { return f.geometry && f.geometry.type === 'LineString'; },
        style: function (f) { return { color: DAY_COLOURS[(f.properties.day - 1) % DAY_COLOURS.length], weight: 5, opacity: 0.85 }; }
      }).addTo(tourLayer);
      tour.stops.forEach(function (s, i) {
        if (i === tour.stops.length - 1 && i > 0 && s.id === tour.stops[0].id) { return; }
        L.marker([s.lat, s.lon], { icon: L.divIcon({ className: '', html: '<div class="stop-number">' + (i + 1) + '</div>', iconSize: [24, 24], iconAnchor: [12, 12] }), interactive: false }).addTo(tourLayer);
      });
      var days = tour.days.length ? ' in ' + tour.days.length + ' day' + (tour.days.length > 1 ? 's' : '') : '';
      var html = '<b>' + (tour.order === 'chronological' ? 'Chronological' : 'Best') + ' tour by ' + tour.mode + '</b>: ' + km(tour.length_m) + ', ' + duration(tour.duration_s) + days + '<ol class="tour-stops">';
      tour.stops.forEach(function (s) { html += '<li>' + escapeHtml(s.name) + '</li>'; });
      html += '</ol>';
      if (tour.history_extra_percent !== undefined) { html += '<span class="note">History\'s order costs ' + tour.history_extra_percent + '% more than the best order.</span>'; }
      summary.innerHTML = html;
      summary.dataset.ready = 'true';
      summary.dataset.order = tour.stops.map(function (s) { return s.id; }).join(',');
      summary.dataset.length = String(tour.length_m);
      $('tour-geojson').href = '/api/v1/tour.geojson?' + query;
      $('tour-gpx').href = '/api/v1/tour.gpx?' + query;
      if (fit !== false) { map.fitBounds(L.geoJSON(tour.geojson).getBounds(), { padding: [40, 40] }); }
      updateShare();
    }).catch(function (e) { summary.innerHTML = '<span class="error">' + escapeHtml(e.message) + '</span>'; summary.dataset.ready = 'error'; });
  }

  // ---- Share: the selection and the view in the URL's fragment ----
  function shareLink() {
    var c = map.getCenter();
    var parts = ['b=' + state.bookmarks.map(encodeURIComponent).join(','), 'order=' + $('tour-order').value, 'mode=' + $('tour-mode').value,
      'date=' + state.date, 'v=' + c.lat.toFixed(5) + ',' + c.lng.toFixed(5) + ',' + map.getZoom()];
    if ($('tour-day-hours').value) { parts.push('day=' + $('tour-day-hours').value); }
    if (state.tour) { parts.push('tour=1'); }
    if (state.selected) { parts.push('s=' + encodeURIComponent(state.selected)); }
    return location.origin + location.pathname + '#' + parts.join('&');
  }

  function updateShare() {
    $('share').hidden = false;
    $('share-link').value = shareLink();
    var hasTour = !!state.tour;
    $('tour-geojson').style.display = hasTour ? '' : 'none';
    $('tour-gpx').style.display = hasTour ? '' : 'none';
  }

  function readFragment() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) { var i = kv.indexOf('='); if (i > 0) { out[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); } });
    return out;
  }

  // ---- Route from a clicked point (or the browser's position) to a site ----
  function setFrom(latlng) {
    state.from = latlng; state.to = null;
    routeLayer.clearLayers();
    L.circleMarker(latlng, { radius: 7, color: '#fff', weight: 2, fillColor: '#0a7', fillOpacity: 1 }).bindTooltip('Start').addTo(routeLayer);
    $('route-hint').textContent = state.selected && state.byId[state.selected].lat !== null
      ? 'Start set. Routing to ' + state.byId[state.selected].name + '…' : 'Start set: now choose a site (Route here) or click a second point.';
  }

  function routeTo(latlng, name) {
    if (!state.from) { $('route-hint').textContent = 'First click on the map where you start (or use your position).'; return Promise.resolve(); }
    state.to = { latlng: latlng, name: name };
    var mode = $('route-mode').value, language = $('route-language').value;
    var coords = state.from.lng.toFixed(6) + ',' + state.from.lat.toFixed(6) + ';' + latlng.lng.toFixed(6) + ',' + latlng.lat.toFixed(6);
    var summary = $('route-summary'); summary.hidden = false; summary.textContent = 'Routing…'; summary.removeAttribute('data-ready');
    return getJson('/route/v1/' + PROFILES[mode] + '/' + coords + '?steps=true&overview=full&geometries=geojson&language=' + language).then(function (answer) {
      var route = answer.routes[0];
      routeLayer.eachLayer(function (l) { if (l instanceof L.Polyline) { routeLayer.removeLayer(l); } });
      var line = L.geoJSON(route.geometry, { style: { color: '#0a7', weight: 6, opacity: 0.8 } }).addTo(routeLayer);
      L.circleMarker(latlng, { radius: 7, color: '#fff', weight: 2, fillColor: '#c0392b', fillOpacity: 1 }).bindTooltip(name).addTo(routeLayer);
      summary.innerHTML = '<b>To ' + escapeHtml(name) + ' by ' + mode + '</b>: ' + km(route.distance) + ', ' + duration(route.duration);
      summary.dataset.ready = 'true'; summary.dataset.distance = String(route.distance);
      var steps = $('route-steps'); steps.innerHTML = '';
      route.legs.forEach(function (leg) {
        leg.steps.forEach(function (step) {
          var li = document.createElement('li'); li.className = 'step';
          li.textContent = step.routes_geo_instruction + ' ';
          if (step.distance > 0) { var d = document.createElement('span'); d.className = 'dist'; d.textContent = step.distance < 1000 ? Math.round(step.distance) + ' m' : km(step.distance); li.appendChild(d); }
          steps.appendChild(li);
        });
      });
      var q = 'from=' + state.from.lng.toFixed(6) + ',' + state.from.lat.toFixed(6) + '&to=' + latlng.lng.toFixed(6) + ',' + latlng.lat.toFixed(6) + '&mode=' + mode + '&language=' + language;
      $('route-geojson').href = '/api/v1/route.geojson?' + q; $('route-gpx').href = '/api/v1/route.gpx?' + q; $('route-downloads').hidden = false;
      map.fitBounds(line.getBounds(), { padding: [50, 50], maxZoom: 17 });
      $('route-hint').textContent = 'Click on the map to start elsewhere.';
    }).catch(function (e) { summary.innerHTML = '<span class="error">' + escapeHtml(e.message) + '</span>'; summary.dataset.ready = 'error'; $('route-steps').innerHTML = ''; });
  }

  map.on('click', function (e) {
    if (state.from && !state.to && !state.selected) { routeTo(e.latlng, 'the clicked point'); return; }
    setFrom(e.latlng);
    var s = state.selected && state.byId[state.selected];
    if (s && s.lat !== null) { routeTo(L.latLng(s.lat, s.lon), s.name); }
  });

  function escapeHtml(t) { return String(t).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }

  // ---- Legend ----
  var legend = L.control({ position: 'bottomright' });
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'legend');
    div.innerHTML = '<b>Legend</b><br>' +
      '<i class="dot" style="background:#c0392b"></i>memorial site<br>' +
      '<i class="dot" style="background:#f2c029"></i>bookmarked site<br>' +
      '<i class="dot" style="background:#bbb"></i>site off this network<br>' +
      '<i style="background:#7b2d8b"></i>tour (colour per day)<br>' +
      '<i style="background:#0a7"></i>route<br>' +
      '<span class="history">port: <i class="dot" style="border:3px solid #d9822b;width:6px;height:6px"></i>encircled · ' +
      '<i class="dot" style="border:3px solid #c0392b;width:6px;height:6px"></i>besieged · ' +
      '<i class="dot" style="border:3px solid #2e8b57;width:6px;height:6px"></i>liberated<br>' +
      '<i style="border-top:2px solid #1f5fa8;height:0"></i>Allied position · <i style="border-top:2px solid #444;height:0"></i>German<br></span>' +
      '<i style="background:#fcd6a4;border:1px solid #b9b2a7"></i>main road · <i style="background:#fff;border:1px solid #b9b2a7"></i>street';
    return div;
  };
  legend.addTo(map);

  // ---- Start ----
  $('bookmark-button').addEventListener('click', function () { if (state.selected) { toggleBookmark(state.selected); } });
  $('route-here-button').addEventListener('click', function () {
    var s = state.byId[state.selected]; if (s && s.lat !== null) { routeTo(L.latLng(s.lat, s.lon), s.name); }
  });
  $('tour-button').addEventListener('click', function () { buildTour(true); });
  $('share-button').addEventListener('click', function () {
    updateShare(); $('share-link').select();
    if (navigator.clipboard) { navigator.clipboard.writeText($('share-link').value).catch(function () { }); }
  });
  ['route-mode', 'route-language'].forEach(function (id) { $(id).addEventListener('change', function () { if (state.from && state.to) { routeTo(state.to.latlng, state.to.name); } }); });
  $('position-button').addEventListener('click', function () {
    if (!navigator.geolocation) { $('route-hint').textContent = 'This browser gives no position.'; return; }
    navigator.geolocation.getCurrentPosition(function (p) { setFrom(L.latLng(p.coords.latitude, p.coords.longitude)); map.panTo(state.from); },
      function (e) { $('route-hint').textContent = 'No position: ' + e.message; });
  });
  map.on('moveend', function () {
    if (!$('share').hidden) { $('share-link').value = shareLink(); }
    var ports = L.featureGroup(encirclementLayer.getLayers()).getBounds();
    if (ports.isValid()) { $('date-note').hidden = map.getBounds().intersects(ports); }
  });

  var fragment = readFragment();
  if (fragment.date) { state.date = fragment.date; }
  try { state.bookmarks = JSON.parse(localStorage.getItem(STORE) || '[]'); } catch (e) { state.bookmarks = []; }

  window.storyPage = Promise.all([getJson('/api/v1/network'), getJson('/api/v1/sites')]).then(function (answers) {
    state.network = answers[0];
    state.sites = answers[1].sites;
    state.sites.forEach(function (s) { state.byId[s.id] = s; });
    var slider = $('date-slider');
    slider.max = String(dayIndex(answers[1].last_date)); slider.value = String(dayIndex(state.date));
    slider.addEventListener('input', function () { state.date = dayText(+slider.value); loadEncirclement(); if (!$('share').hidden) { $('share-link').value = shareLink(); } });
    if (fragment.b !== undefined) { state.bookmarks = fragment.b.split(',').filter(function (id) { return state.byId[id]; }); saveBookmarks(); }
    if (fragment.order) { $('tour-order').value = fragment.order; }
    if (fragment.mode) { $('tour-mode').value = fragment.mode; }
    if (fragment.day) { $('tour-day-hours').value = fragment.day; }
    var on = state.sites.filter(function (s) { return s.on_network; });
    var b = state.network.bbox;
    $('network-note').textContent = 'Network: ' + state.network.source + '. ' + (on.length
      ? on.length + ' of the model\'s ' + state.sites.length + ' sites lie on it.'
      : 'None of the model\'s sites lies on this network: the map shows the network, the sites can still be read, and routes run between two clicked points.');
    showBookmarks();
    // No site of the model on this network (Monaco): the 1944 slider and the ports' legend do not apply here.
    dateControl.getContainer().hidden = !on.length;
    legend.getContainer().querySelectorAll('.history').forEach(function (e) { e.hidden = !on.length; });
    var view = fragment.v && fragment.v.split(',').map(Number);
    if (view && view.length === 3 && view.every(isFinite)) { map.setView([view[0], view[1]], view[2]); }
    else if (on.length) { map.fitBounds(L.latLngBounds(on.map(function (s) { return [s.lat, s.lon]; })).pad(0.25), { maxZoom: 16 }); }
    else { map.fitBounds([[b[1], b[0]], [b[3], b[2]]]); }
    if (fragment.s && state.byId[fragment.s]) { select(fragment.s); }
    var work = [loadEncirclement(), addLand(b)];
    if (fragment.tour === '1' && state.bookmarks.length >= 2) { work.push(buildTour(!view)); }
    return Promise.all(work);
  }).then(function () { document.body.dataset.ready = 'true'; }, function (e) {
    $('network-note').innerHTML = '<span class="error">' + escapeHtml(e.message) + '</span>';
    document.body.dataset.ready = 'error';
  });
}());

// sitreps map: provinces and neighbours drawn from the boundaries shipped in the package,
// events placed at town or county level as dots, province-level events as shading.
// Works offline; a tile layer is added only when the operator configured one.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var status = document.getElementById("map-status");
  var map = L.map(el, { zoomSnap: 0.5, minZoom: 5, maxZoom: 13 }).setView([40.2, 127.3], 6.5);
  map.attributionControl.addAttribution(
    "Boundaries: geoBoundaries CGAZ (CC BY 4.0), Natural Earth (public domain)");
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { attribution: el.dataset.tilesAttribution || "", maxZoom: 18 }).addTo(map);
  }
  var colour = {};
  function typeColour(type) {
    if (!colour[type]) {
      var probe = document.createElement("span");
      probe.className = "tag t-" + type;
      document.body.appendChild(probe);
      colour[type] = getComputedStyle(probe).backgroundColor;
      probe.remove();
    }
    return colour[type];
  }
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }
  function text(s) { var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }
  function popup(p) {
    return "<strong>" + text(p.type) + "</strong> " + text(p.date || "undated") + "<br>" +
      text([p.place, p.admin2, p.admin1].filter(Boolean).join(", ")) + "<br>" +
      text(p.reports) + " report(s)<br><a href=\"/events/" + encodeURIComponent(p.id) + "\">open the event</a>";
  }
  Promise.all([getJSON(el.dataset.neighbours), getJSON(el.dataset.provinces), getJSON(el.dataset.events)])
    .then(function (loaded) {
      var neighbours = loaded[0], provinces = loaded[1], events = loaded[2];
      L.geoJSON(neighbours, { style: { color: "#8a8f98", weight: 1, fillColor: "#eeeae2", fillOpacity: 1 },
        interactive: false }).addTo(map);
      var perProvince = {};
      var points = [];
      events.features.forEach(function (f) {
        var p = f.properties;
        if (p.geo_precision === "admin1" && p.country === "KP") {
          (perProvince[p.admin1] = perProvince[p.admin1] || []).push(p);
        } else if (p.geo_precision === "place" || p.geo_precision === "admin2" || p.geo_precision === "admin1") {
          points.push(f);
        }
      });
      var most = Math.max(1, Math.max.apply(null, Object.keys(perProvince).map(function (k) { return perProvince[k].length; }).concat([0])));
      var layer = L.geoJSON(provinces, {
        style: function (f) {
          var n = (perProvince[f.properties.name] || []).length;
          return { color: "#55606e", weight: 1.2, fillColor: "#b03a2e", fillOpacity: n ? 0.12 + 0.5 * n / most : 0.02,
            className: "province" };
        },
        onEachFeature: function (f, lyr) {
          var n = (perProvince[f.properties.name] || []).length;
          var link = el.dataset.list.replace(/([?&])admin1=[^&]*&?/, "$1") + "&admin1=" + encodeURIComponent(f.properties.name);
          lyr.bindPopup("<strong>" + text(f.properties.name) + "</strong><br>" + n +
            " event(s) placed at province level<br><a href=\"" + text(link) + "\">list its events</a>");
        }
      }).addTo(map);
      points.forEach(function (f) {
        var p = f.properties, ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        L.circleMarker(ll, { radius: 4 + Math.min(6, 2 * Math.log2(p.reports || 1)), color: "#fff", weight: 1,
          fillColor: typeColour(p.type), fillOpacity: 0.9, className: "event-marker" })
          .bindPopup(popup(p)).addTo(map);
      });
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      if (status) {
        status.textContent = points.length + " event(s) as dots, " +
          Object.keys(perProvince).reduce(function (s, k) { return s + perProvince[k].length; }, 0) +
          " shading provinces" + (events.truncated ? " (the first " + events.features.length + " only: narrow the filters)" : "") + ".";
      }
      el.dataset.ready = "true";
    })
    .catch(function (err) {
      if (status) { status.textContent = "The map could not load: " + err.message; }
      el.dataset.ready = "error";
    });
}());

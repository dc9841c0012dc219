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
  // text as HTML, safe in element content and in double-quoted attributes
  function text(s) {
    var d = document.createElement("div");
    d.textContent = s == null ? "" : String(s);
    return d.innerHTML.replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  function counts(types) {
    return Object.keys(types).sort().map(function (t) {
      return "<span class=\"tag t-" + text(t) + "\">" + text(t.toLowerCase()) + "</span> " + types[t];
    }).join(" ");
  }
  function listLink(extra) {
    var base = el.dataset.list.replace(/([?&])(admin1|place)=[^&]*/g, "$1");
    return base + (base.indexOf("?") < 0 ? "?" : "&") + extra;
  }
  function biggest(types) {
    return Object.keys(types).reduce(function (a, b) { return types[a] >= types[b] ? a : b; });
  }
  Promise.all([getJSON(el.dataset.neighbours), getJSON(el.dataset.provinces), getJSON(el.dataset.summary)])
    .then(function (loaded) {
      var neighbours = loaded[0], provinces = loaded[1], summary = loaded[2];
      L.geoJSON(neighbours, { style: { color: "#8a8f98", weight: 1, fillColor: "#eeeae2", fillOpacity: 1 },
        interactive: false }).addTo(map);
      var perProvince = {};
      summary.provinces.forEach(function (p) { if (p.country === "KP") { perProvince[p.admin1] = p; } });
      var most = 1;
      Object.keys(perProvince).forEach(function (k) { most = Math.max(most, perProvince[k].count); });
      var layer = L.geoJSON(provinces, {
        style: function (f) {
          var p = perProvince[f.properties.name];
          return { color: "#55606e", weight: 1.2, fillColor: "#b03a2e", fillOpacity: p ? 0.12 + 0.5 * p.count / most : 0.02,
            className: "province" };
        },
        onEachFeature: function (f, lyr) {
          var p = perProvince[f.properties.name];
          lyr.bindPopup("<strong>" + text(f.properties.name) + "</strong><br>" + (p ? p.count : 0) +
            " event(s) placed at province level<br>" + (p ? counts(p.types) + "<br>" : "") +
            "<a href=\"" + text(listLink("admin1=" + encodeURIComponent(f.properties.name))) + "\">list its events</a>");
        }
      }).addTo(map);
      var mostAtOne = 1;
      summary.points.forEach(function (p) { mostAtOne = Math.max(mostAtOne, p.count); });
      summary.points.forEach(function (p) {
        L.circleMarker([p.lat, p.lon], { radius: 4 + 8 * Math.sqrt(p.count / mostAtOne), color: "#fff", weight: 1,
          fillColor: typeColour(biggest(p.types)), fillOpacity: 0.9, className: "event-marker" })
          .bindPopup("<strong>" + text(p.name || "") + "</strong>, " + text(p.admin1 || p.country || "") + "<br>" +
            p.count + " event(s): " + counts(p.types) + "<br><a href=\"" +
            text(listLink("place=" + encodeURIComponent(p.name || ""))) + "\">list them</a>")
          .addTo(map);
      });
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      if (status) {
        var shaded = Object.keys(perProvince).reduce(function (s, k) { return s + perProvince[k].count; }, 0);
        var dotted = summary.points.reduce(function (s, p) { return s + p.count; }, 0);
        status.textContent = dotted + " event(s) at " + summary.points.length + " places, " + shaded +
          " placed at province level, " + summary.unplaced + " with no finer place than a country.";
      }
      el.dataset.ready = "true";
    })
    .catch(function (err) {
      if (status) { status.textContent = "The map could not load: " + err.message; }
      el.dataset.ready = "error";
    });
}());

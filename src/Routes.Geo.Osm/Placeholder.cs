namespace Routes.Geo.Osm;

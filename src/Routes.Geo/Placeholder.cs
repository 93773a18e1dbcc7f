namespace Routes.Geo;

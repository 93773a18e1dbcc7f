using NetTopologySuite.Geometries;

namespace Routes.Geo.Maps.Base;

/// <summary>What an area of the base map is drawn as.</summary>
internal enum BaseAreaKind
{
    Water,
    Green,
}

/// <summary>A closed ring of the base map (lon/lat degrees) and what it is.</summary>
internal sealed record BaseArea(BaseAreaKind Kind, Coordinate[] Ring);

namespace Routes.Geo.Instructions;

/// <summary>Which side of the route the destination lies on, when the point was off the road.</summary>
internal enum DestinationSide
{
    Unknown,
    Left,
    Right,
}

namespace Routes.Geo.Routing.Customizable;

/// <summary>A road class to exclude that is not one of <see cref="RoadClass"/>'s; the message names it and lists the known ones.</summary>
public sealed class UnknownRoadClassException : RoutesGeoException
{
    /// <summary>Creates the error for the class named <paramref name="name"/>.</summary>
    public UnknownRoadClassException(string name)
        : base($"Unknown road class '{name}'; known classes: {string.Join(", ", RoadClassSet.Names)}.")
    {
        Name = name;
    }

    /// <summary>The name that was not understood.</summary>
    public string Name { get; }
}

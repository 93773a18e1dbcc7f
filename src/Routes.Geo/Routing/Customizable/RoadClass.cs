namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A class of roads a request may exclude (<see cref="RouteRequest.Excluding(RoadClass[])"/>); the tags that put a way in
/// each class are listed per member and read by <see cref="RoadClassRules.Matches"/>. Names on the command line and in
/// services are the lower-case member names (<c>motorway</c>, <c>toll</c>, ...).
/// </summary>
public enum RoadClass
{
    /// <summary><c>highway=motorway</c> or <c>highway=motorway_link</c> (OSRM's car class "motorway").</summary>
    Motorway,

    /// <summary><c>toll=yes</c> (OSRM's class "toll").</summary>
    Toll,

    /// <summary><c>route=ferry</c> (OSRM's class "ferry").</summary>
    Ferry,

    /// <summary>
    /// <c>surface</c> unpaved, compacted, gravel, fine_gravel, pebblestone, rock, dirt, earth, ground, grass, grass_paver,
    /// gravel_turf, mud, sand, woodchips, salt, snow or ice; without a <c>surface</c> tag, <c>highway=track</c> unless
    /// <c>tracktype=grade1</c>.
    /// </summary>
    Unpaved,

    /// <summary><c>highway=steps</c>.</summary>
    Steps,

    /// <summary>A <c>tunnel</c> tag other than <c>no</c> (<c>yes</c>, <c>building_passage</c>, <c>culvert</c>, ...).</summary>
    Tunnel,

    /// <summary>A <c>bridge</c> tag other than <c>no</c> (<c>yes</c>, <c>viaduct</c>, <c>boardwalk</c>, ...).</summary>
    Bridge,
}

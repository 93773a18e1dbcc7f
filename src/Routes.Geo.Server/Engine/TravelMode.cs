namespace Routes.Geo.Server.Engine;

/// <summary>The three ways of travelling the server answers for (OSRM's profile names map onto them).</summary>
public enum TravelMode
{
    /// <summary>By car (OSRM profiles <c>driving</c>, <c>car</c>).</summary>
    Driving,

    /// <summary>On foot (OSRM profiles <c>walking</c>, <c>foot</c>).</summary>
    Walking,

    /// <summary>By bicycle (OSRM profiles <c>cycling</c>, <c>bike</c>, <c>bicycle</c>).</summary>
    Cycling,
}

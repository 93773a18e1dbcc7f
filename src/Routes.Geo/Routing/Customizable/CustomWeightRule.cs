namespace Routes.Geo.Routing.Customizable;

/// <summary>What a <see cref="CustomWeightRule"/> multiplies (as GraphHopper's custom models).</summary>
public enum CustomWeightTarget
{
    /// <summary>The speed: travel time is divided by the factor (fastest metric only; length does not change).</summary>
    Speed,

    /// <summary>The priority: the weight of either metric is divided by the factor (below 1 avoids, above 1 prefers).</summary>
    Priority,
}

/// <summary>
/// One rule of <see cref="CustomWeights"/>: where <see cref="Condition"/> holds for a way, multiply <see cref="Target"/> by
/// <see cref="Factor"/>. A condition is <c>class == NAME</c> (a <see cref="RoadClass"/> name, e.g. <c>class == motorway</c>),
/// <c>KEY == VALUE</c> or <c>KEY != VALUE</c> on the way's OSM tags (a missing tag is unequal to every value), or <c>true</c>.
/// </summary>
/// <param name="Target">Speed or priority.</param>
/// <param name="Condition">The condition text, as above.</param>
/// <param name="Factor">0 (the way is not used) up to <see cref="CustomWeights.MaxFactor"/>.</param>
public sealed record CustomWeightRule(CustomWeightTarget Target, string Condition, double Factor);

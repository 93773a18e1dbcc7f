namespace Routes.Geo.Routing.Customizable;

/// <summary>What a <see cref="CustomWeightRule"/> multiplies (as GraphHopper's custom models).</summary>
public enum CustomWeightTarget
{
    /// <summary>The speed: travel time is divided by the factor (fastest metric only; length does not change).</summary>
    Speed,

    /// <summary>The priority: the weight of either metric is divided by the factor (below 1 avoids, above 1 prefers).</summary>
    Priority,
}

/// <summary>How a <see cref="CustomWeightRule"/> joins the rules before it (GraphHopper's <c>if</c>, <c>else_if</c>, <c>else</c>).</summary>
public enum CustomWeightBranch
{
    /// <summary>Starts a block: applies wherever its condition holds, whatever the rules before did.</summary>
    If,

    /// <summary>Applies where its condition holds and no earlier rule of its block applied; follows an <c>if</c> or <c>else_if</c> of the same target.</summary>
    ElseIf,

    /// <summary>Applies where no earlier rule of its block applied; has no condition (empty) and ends the block.</summary>
    Else,
}

/// <summary>
/// One rule of <see cref="CustomWeights"/>: where <see cref="Condition"/> holds for a way, multiply <see cref="Target"/> by
/// <see cref="Factor"/>. A condition is <c>class == NAME</c> (a <see cref="RoadClass"/> name, e.g. <c>class == motorway</c>),
/// <c>KEY == VALUE</c> or <c>KEY != VALUE</c> on the way's OSM tags (a missing tag is unequal to every value),
/// <c>in_AREA</c> (the edge's geometry touches or enters the named area given with the weights; also <c>in_AREA == false</c>),
/// or <c>true</c>. <see cref="Branch"/> makes it an <c>else_if</c> or <c>else</c> of the rules before it.
/// </summary>
/// <param name="Target">Speed or priority.</param>
/// <param name="Condition">The condition text, as above (empty for an <see cref="CustomWeightBranch.Else"/>).</param>
/// <param name="Factor">0 (the way is not used) up to <see cref="CustomWeights.MaxFactor"/>.</param>
public sealed record CustomWeightRule(CustomWeightTarget Target, string Condition, double Factor)
{
    /// <summary>If (the default), else-if or else: how the rule joins the block of rules before it.</summary>
    public CustomWeightBranch Branch { get; init; } = CustomWeightBranch.If;
}

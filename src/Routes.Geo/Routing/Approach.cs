namespace Routes.Geo;

/// <summary>
/// From which side of the road a point is reached and left (OSRM's <c>approaches</c>): the side is where the given
/// coordinate lies beside the road it snaps to. On a one-way road it changes nothing (there is one direction only).
/// </summary>
public enum Approach
{
    /// <summary>Either direction of the road may arrive at, or leave, the point.</summary>
    Unrestricted,

    /// <summary>Arrive and leave with the point on the kerb side: on the right in right-hand traffic, the left in left-hand traffic.</summary>
    Curb,

    /// <summary>Arrive and leave with the point across the road: on the left in right-hand traffic, the right in left-hand traffic.</summary>
    Opposite,
}

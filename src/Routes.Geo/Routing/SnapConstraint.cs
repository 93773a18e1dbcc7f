namespace Routes.Geo;

/// <summary>
/// A condition on how one point meets the network (OSRM's <c>bearings</c> and <c>approaches</c>): a heading keeps only
/// road segments whose direction of travel lies within a tolerance of it, and the point is then left or arrived at in
/// that direction only; an <see cref="Routes.Geo.Approach"/> keeps the direction that has the point on the chosen side.
/// Give one to <see cref="RouteRequest.From(GeoPoint, SnapConstraint)"/>, <c>Via</c>, <c>To</c> or
/// <see cref="Routing.RoutingGraph.Snap(GeoPoint, double, string, SnapConstraint?)"/>. Immutable.
/// </summary>
public sealed class SnapConstraint
{
    private SnapConstraint(double? bearingDegrees, double toleranceDegrees, Approach approach, bool leftHandTraffic)
    {
        BearingDegrees = bearingDegrees;
        BearingToleranceDegrees = toleranceDegrees;
        Approach = approach;
        LeftHandTraffic = leftHandTraffic;
    }

    /// <summary>No condition: the nearest usable road, either direction.</summary>
    public static SnapConstraint None { get; } = new(null, 180, Approach.Unrestricted, false);

    /// <summary>The heading travel must have at the point, degrees clockwise from true north (0–360), or null for any.</summary>
    public double? BearingDegrees { get; }

    /// <summary>How far the direction of travel may differ from <see cref="BearingDegrees"/>, degrees (0–180).</summary>
    public double BearingToleranceDegrees { get; }

    /// <summary>From which side the point is reached and left.</summary>
    public Approach Approach { get; }

    /// <summary>Whether traffic keeps left (the kerb is then on the left); false for right-hand traffic such as France's.</summary>
    public bool LeftHandTraffic { get; }

    /// <summary>Whether this constraint restricts nothing.</summary>
    public bool IsNone => BearingDegrees is null && Approach == Approach.Unrestricted;

    /// <summary>Travel at the point heads <paramref name="degrees"/> (clockwise from north), give or take <paramref name="toleranceDegrees"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degrees"/> is not within 0–360 or <paramref name="toleranceDegrees"/> not within 0–180.</exception>
    public static SnapConstraint Heading(double degrees, double toleranceDegrees) => None.WithHeading(degrees, toleranceDegrees);

    /// <summary>The point is reached and left from the side <paramref name="approach"/> names.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approach"/> is not a defined value.</exception>
    public static SnapConstraint Approaching(Approach approach, bool leftHandTraffic = false) => None.WithApproach(approach, leftHandTraffic);

    /// <summary>This constraint with the heading <paramref name="degrees"/> ± <paramref name="toleranceDegrees"/> instead of its own.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degrees"/> is not within 0–360 or <paramref name="toleranceDegrees"/> not within 0–180.</exception>
    public SnapConstraint WithHeading(double degrees, double toleranceDegrees)
    {
        if (!(degrees >= 0 && degrees <= 360))
        {
            throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "A heading is a number of degrees from 0 to 360, clockwise from north.");
        }

        if (!(toleranceDegrees >= 0 && toleranceDegrees <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(toleranceDegrees), toleranceDegrees, "A heading's tolerance is a number of degrees from 0 to 180.");
        }

        return new SnapConstraint(degrees % 360, toleranceDegrees, Approach, LeftHandTraffic);
    }

    /// <summary>This constraint with <paramref name="approach"/> instead of its own.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approach"/> is not a defined value.</exception>
    public SnapConstraint WithApproach(Approach approach, bool leftHandTraffic = false)
    {
        if (!Enum.IsDefined(approach))
        {
            throw new ArgumentOutOfRangeException(nameof(approach), approach, "An approach is Unrestricted, Curb or Opposite.");
        }

        return new SnapConstraint(BearingDegrees, BearingToleranceDegrees, approach, leftHandTraffic);
    }

    /// <summary>Whether a direction of travel heading <paramref name="degrees"/> meets the heading condition.</summary>
    internal bool HeadingAllows(double degrees)
    {
        if (BearingDegrees is not { } wanted)
        {
            return true;
        }

        double difference = Math.Abs(((degrees - wanted) % 360 + 540) % 360 - 180);
        return difference <= BearingToleranceDegrees + 1e-9;
    }
}

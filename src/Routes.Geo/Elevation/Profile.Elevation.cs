namespace Routes.Geo;

public abstract partial class Profile
{
    /// <summary>
    /// Whether this profile's speeds or access depend on the grade, on a network with elevation
    /// (<see cref="RoadNetwork.HasElevation"/>). False by default (a car's time is taken as flat); without
    /// elevation data every profile routes flat whatever this says.
    /// </summary>
    public virtual bool ReadsGrade => false;

    /// <summary>
    /// The speed on a stretch of a way rising by <paramref name="grade"/> (rise over horizontal run: 0.05 is 5% uphill,
    /// negative downhill; clamped to ±<see cref="GradeLimit"/> first, beyond which a DEM on a road is taken to be wrong), given
    /// the way's flat speed <paramref name="flatSpeedKmh"/> from <see cref="Evaluate"/>. Must return the flat speed at grade 0
    /// and a positive speed everywhere. By default the flat speed.
    /// </summary>
    public virtual double SpeedOnGradeKmh(IReadOnlyDictionary<string, string> wayTags, double flatSpeedKmh, double grade) => flatSpeedKmh;

    /// <summary>
    /// The steepest grade (as a fraction, either way) this profile accepts when sustained over
    /// <see cref="SustainedGradeWindowMetres"/>; a way steeper than that is not used. Null (the default): any grade.
    /// </summary>
    public virtual double? MaxSustainedGrade => null;

    /// <summary>The length over which <see cref="MaxSustainedGrade"/> is measured, metres (a shorter edge: its whole length).</summary>
    public virtual double SustainedGradeWindowMetres => 50;

    /// <summary>
    /// For a profile that walks fewer ways than walking does (wheelchair): the walking profile to compare with when no route
    /// is found, so the answer can say "only inaccessible ways connect" (<see cref="NoRouteReason.OnlyInaccessibleWaysConnect"/>). Null by default.
    /// </summary>
    public virtual Profile? WalkingComparison => null;

    /// <summary>Grades beyond ±30% on a road or path are DEM artefacts (a cliff beside the road, a bridge's valley) more often than real.</summary>
    public const double GradeLimit = 0.30;
}

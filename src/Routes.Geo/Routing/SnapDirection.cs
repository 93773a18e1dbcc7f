namespace Routes.Geo;

/// <summary>Which directions of its edge a snapped point may be left by or arrived at (<see cref="SnapResult.Direction"/>).</summary>
public enum SnapDirection
{
    /// <summary>Every direction the profile may travel the edge in.</summary>
    Both,

    /// <summary>Only along the edge's geometry, from its first vertex towards its last.</summary>
    Forward,

    /// <summary>Only against the edge's geometry, from its last vertex towards its first.</summary>
    Backward,
}

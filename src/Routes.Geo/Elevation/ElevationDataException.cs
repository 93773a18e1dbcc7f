namespace Routes.Geo.Elevation;

/// <summary>
/// An elevation file that cannot be used: not a DEM we read, truncated or corrupt, in a projection other than
/// geographic WGS84, or of a layout we do not decode. The message names the file and the problem; no height is
/// ever guessed from such a file.
/// </summary>
public sealed class ElevationDataException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ElevationDataException(string path, ElevationDataProblem problem, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException ?? new InvalidDataException(reason))
    {
        Path = path;
        Problem = problem;
        Reason = reason;
    }

    /// <summary>The file that was refused.</summary>
    public string Path { get; }

    /// <summary>What kind of problem it has.</summary>
    public ElevationDataProblem Problem { get; }

    /// <summary>Why it was refused, in words.</summary>
    public string Reason { get; }
}

/// <summary>Why an elevation file was refused (<see cref="ElevationDataException.Problem"/>).</summary>
public enum ElevationDataProblem
{
    /// <summary>The file is missing, unreadable, or not a DEM of a kind we read (by size or content).</summary>
    Unreadable,

    /// <summary>The file ends before its samples do, or its compressed data is damaged.</summary>
    Truncated,

    /// <summary>A GeoTIFF whose coordinates are not geographic WGS84 (a projected CRS, another datum, or no georeference).</summary>
    UnsupportedProjection,

    /// <summary>A GeoTIFF whose pixel layout we do not decode (several bands, a sample type other than Int16/Int32/Float32/Float64, a rotation).</summary>
    UnsupportedLayout,
}

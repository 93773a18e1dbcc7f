namespace Routes.Geo;

/// <summary>A source gave no way with two located nodes: there is no network to route on.</summary>
public sealed class EmptyNetworkException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    public EmptyNetworkException(string source)
        : base($"{source}: no routable way with two located nodes was found; the source is empty or holds no roads.")
        => SourceName = source;

    /// <summary>The source that held no network.</summary>
    public string SourceName { get; }
}

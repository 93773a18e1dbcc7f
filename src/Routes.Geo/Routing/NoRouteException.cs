namespace Routes.Geo;

/// <summary>Thrown by <see cref="RouteResult.Route"/> when the result holds no route; carries the <see cref="NoRoute"/>.</summary>
public sealed class NoRouteException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="failure"/>.</summary>
    public NoRouteException(NoRoute failure)
        : base((failure ?? throw new ArgumentNullException(nameof(failure))).Message) => Failure = failure;

    /// <summary>Why there is no route.</summary>
    public NoRoute Failure { get; }
}

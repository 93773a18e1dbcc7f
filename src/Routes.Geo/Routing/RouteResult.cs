using System.Diagnostics.CodeAnalysis;

namespace Routes.Geo;

/// <summary>
/// The answer to a route query: either a <see cref="Geo.Route"/> or a <see cref="NoRoute"/> saying why not.
/// An unreachable target is an ordinary result, not an exception.
/// </summary>
public sealed class RouteResult
{
    private readonly Route? _route;

    private RouteResult(Route? route, NoRoute? failure)
    {
        _route = route;
        Failure = failure;
    }

    /// <summary>True when a route was found.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsFound => _route is not null;

    /// <summary>The route.</summary>
    /// <exception cref="NoRouteException">There is no route; the exception carries <see cref="Failure"/>.</exception>
    public Route Route => _route ?? throw new NoRouteException(Failure!);

    /// <summary>Why there is no route; null when a route was found.</summary>
    public NoRoute? Failure { get; }

    internal static RouteResult Found(Route route) => new(route, null);

    internal static RouteResult NotFound(NoRoute failure) => new(null, failure);
}

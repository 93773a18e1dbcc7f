using System.Diagnostics.CodeAnalysis;

namespace Routes.Geo;

/// <summary>
/// The answer to a route query: either a <see cref="Geo.Route"/> or a <see cref="NoRoute"/> saying why not.
/// An unreachable target is an ordinary result, not an exception.
/// </summary>
public sealed class RouteResult
{
    private readonly Route? _route;

    private RouteResult(Route? route, NoRoute? failure, IReadOnlyList<Route>? alternatives = null)
    {
        _route = route;
        Failure = failure;
        Alternatives = alternatives ?? [];
    }

    /// <summary>True when a route was found.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsFound => _route is not null;

    /// <summary>The route.</summary>
    /// <exception cref="NoRouteException">There is no route; the exception carries <see cref="Failure"/>.</exception>
    public Route Route => _route ?? throw new NoRouteException(Failure!);

    /// <summary>Why there is no route; null when a route was found.</summary>
    public NoRoute? Failure { get; }

    /// <summary>
    /// Alternatives to <see cref="Route"/>, best first, when asked for with <see cref="RouteRequest.Alternatives"/>
    /// (see <see cref="Routing.Customizable.AlternativeRoutes"/> for what makes one admissible); empty otherwise or when none is.
    /// </summary>
    public IReadOnlyList<Route> Alternatives { get; }

    internal static RouteResult Found(Route route, IReadOnlyList<Route>? alternatives = null) => new(route, null, alternatives);

    internal static RouteResult NotFound(NoRoute failure) => new(null, failure);
}

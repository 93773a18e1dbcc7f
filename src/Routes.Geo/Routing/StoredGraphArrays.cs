using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing;

/// <summary>
/// What a <see cref="RoutingGraph"/> derives from its profile and network in time linear in the network, as a saved network
/// stores it (format 9), so that an open views it in place instead of deriving it again. Each column has the graph's meaning.
/// </summary>
internal sealed record StoredGraphArrays(
    Column<bool> CanForward,
    Column<bool> CanBackward,
    Column<double> DirectedDurationSeconds,
    Column<double> EdgeLength,
    double MaxSpeedMetresPerSecond,
    Column<bool> VertexBlocked,
    Column<int> OutStart,
    Column<int> OutDirected,
    Column<int> InStart,
    Column<int> InDirected,
    Column<bool> DestinationOnly,
    bool HasTurnCosts,
    Column<int> TurnStart,
    Column<double> TurnSeconds,
    Column<int> EdgeComponent,
    Column<bool> InLargeComponent);

namespace Routes.Geo.Network;

/// <summary>
/// A turn restriction resolved to the network: arriving at <see cref="ViaVertex"/> along
/// <see cref="FromEdge"/>, the turn onto <see cref="ToEdge"/> is restricted. Each profile reads
/// <see cref="Tags"/> to decide whether and how it binds.
/// </summary>
internal sealed record TurnRestriction(int FromEdge, int ViaVertex, int ToEdge, long RelationId, IReadOnlyDictionary<string, string> Tags);

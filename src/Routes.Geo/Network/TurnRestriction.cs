namespace Routes.Geo.Network;

/// <summary>
/// A turn restriction resolved to the network: arriving at <see cref="ViaVertex"/> along
/// <see cref="FromEdge"/>, the turn onto <see cref="ToEdge"/> is restricted. Each profile reads
/// <see cref="Tags"/> to decide whether and how it binds. A via-way restriction (<see cref="ViaEdges"/> not empty)
/// restricts the whole sequence instead: from <see cref="FromEdge"/> at <see cref="ViaVertex"/> along the via edges in
/// order (each leaving where the last arrived), then onto <see cref="ToEdge"/> at the far end of the last.
/// </summary>
internal sealed record TurnRestriction(int FromEdge, int ViaVertex, int ToEdge, long RelationId, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The via ways' edges in travel order; empty for a restriction via a node.</summary>
    public int[] ViaEdges { get; init; } = [];

    /// <summary>Whether the restriction runs via ways rather than a node.</summary>
    public bool IsViaWay => ViaEdges.Length > 0;
}

namespace Routes.Geo.Osm;

/// <summary>The phases of an OpenStreetMap import.</summary>
public enum OsmImportPhase
{
    /// <summary>First pass: reading ways and relations.</summary>
    WaysAndRelations,

    /// <summary>Second pass: reading the positions of the nodes roads use.</summary>
    Nodes,

    /// <summary>Cutting ways into edges and measuring them.</summary>
    Building,
}

/// <summary>Progress of an import: the phase and how many elements it has read.</summary>
public readonly record struct OsmImportProgress(OsmImportPhase Phase, long ElementsRead);

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>Where <see cref="SyntheticNetwork.Generate"/> puts the nodes and ways it makes.</summary>
internal interface ISyntheticTarget
{
    void AddNode(long id, double latitude, double longitude);

    void AddWay(long id, long[] nodes, KeyValuePair<string, string>[] tags);
}

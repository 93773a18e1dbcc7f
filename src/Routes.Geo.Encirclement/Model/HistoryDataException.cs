namespace Routes.Geo.Encirclement;

/// <summary>
/// The historical data is malformed or inconsistent. The message names the data source, the record
/// (its id, or its position when it has none) and the problem, so a historian can correct the file.
/// </summary>
public sealed class HistoryDataException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="recordId"/> in <paramref name="sourceName"/>.</summary>
    public HistoryDataException(string sourceName, string recordId, string problem)
        : base($"{sourceName}: record '{recordId}': {problem}")
    {
        SourceName = sourceName;
        RecordId = recordId;
        Problem = problem;
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    public HistoryDataException(string sourceName, string recordId, string problem, Exception innerException)
        : base($"{sourceName}: record '{recordId}': {problem}", innerException)
    {
        SourceName = sourceName;
        RecordId = recordId;
        Problem = problem;
    }

    /// <summary>The data source given to the loader (a file or resource name).</summary>
    public string SourceName { get; }

    /// <summary>The faulty record's id, or a path such as <c>sites[3]</c> when it has no id.</summary>
    public string RecordId { get; }

    /// <summary>What is wrong with the record.</summary>
    public string Problem { get; }
}

namespace Routes.Geo.Charts;

/// <summary>A results file the chart tool cannot read: which file, which line (1-based), and what is wrong there.</summary>
internal sealed class ResultsFormatException : Exception
{
    /// <summary>Creates the error; the message starts with "file:line:" as compilers print positions.</summary>
    public ResultsFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The results file's name.</summary>
    public string File { get; }

    /// <summary>The 1-based line the problem is on.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}

namespace Routes.Geo.Fuzz.Running;

/// <summary>How one input ended. Every kind after <see cref="TypedError"/> is a finding.</summary>
internal enum OutcomeKind
{
    /// <summary>The reader returned a network that passed every use.</summary>
    Success,

    /// <summary>The reader refused the input with a <c>RoutesGeoException</c> (or the documented FileNotFoundException).</summary>
    TypedError,

    /// <summary>The reader threw an exception that is not one of the library's errors.</summary>
    UntypedException,

    /// <summary>The reader accepted the input, but its result failed when used.</summary>
    BadOutput,

    /// <summary>The input did not finish within the time limit.</summary>
    Hang,

    /// <summary>The input allocated more than the limit, or ran out of memory.</summary>
    MemoryBlowUp,
}

/// <summary>One input's result: its kind, the exception if any, what it cost, and whether its thread ended.</summary>
internal sealed record Outcome(OutcomeKind Kind, Exception? Error, long AllocatedBytes, TimeSpan Elapsed, bool Finished = true)
{
    public bool IsFinding => Kind > OutcomeKind.TypedError;

    /// <summary>What groups equal findings: kind, exception type and the library method that threw (or the use that failed).</summary>
    public string Signature
    {
        get
        {
            if (Error is Targets.UseFailedException { InnerException: { } inner } use)
            {
                return $"{Kind} {inner.GetType().Name} at {use.Step}";
            }

            Exception? root = Error;
            string thrower = root?.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Routes.Geo", StringComparison.Ordinal) && !l.StartsWith("at Routes.Geo.Fuzz", StringComparison.Ordinal)) is { } frame
                ? frame[3..].Split('(')[0]
                : "-";
            return $"{Kind} {root?.GetType().Name ?? "-"} {thrower}";
        }
    }
}

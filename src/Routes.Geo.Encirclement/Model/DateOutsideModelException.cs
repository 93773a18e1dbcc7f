using System.Globalization;

namespace Routes.Geo.Encirclement;

/// <summary>A date outside the period the model covers (<see cref="First"/>..<see cref="Last"/>, inclusive).</summary>
public sealed class DateOutsideModelException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="date"/>.</summary>
    public DateOutsideModelException(DateOnly date, DateOnly first, DateOnly last)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"{date:yyyy-MM-dd} is outside the encirclement model, which covers {first:yyyy-MM-dd} to {last:yyyy-MM-dd}."))
    {
        Date = date;
        First = first;
        Last = last;
    }

    /// <summary>The date asked for.</summary>
    public DateOnly Date { get; }

    /// <summary>First day the model covers.</summary>
    public DateOnly First { get; }

    /// <summary>Last day the model covers.</summary>
    public DateOnly Last { get; }
}

namespace Routes.Geo.Routing.Customizable;

/// <summary>Custom weights that cannot be used: JSON that does not parse, or a rule whose condition or factor is wrong; the message names the rule.</summary>
public sealed class InvalidCustomWeightsException : RoutesGeoException
{
    /// <summary>
    /// Creates the error for rule <paramref name="rule"/> (its place, e.g. <c>speed[2]</c>, or empty for the document) of
    /// the file <paramref name="file"/> (null: not from a file).
    /// </summary>
    public InvalidCustomWeightsException(string rule, string message, string? file = null)
        : base((file is null ? "Custom weights" : $"Custom weights '{file}'") + (rule.Length == 0 ? $": {message}" : $", rule {rule}: {message}"))
    {
        Rule = rule;
    }

    /// <summary>The rule at fault, e.g. <c>priority[0]</c>; empty when the document as a whole is.</summary>
    public string Rule { get; }
}
